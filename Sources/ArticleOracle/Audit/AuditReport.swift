/// The batch part of `audit.json`: findings across articles, statistics, and the shift
/// against a baseline report.
public struct BatchAudit: Hashable, Sendable, Codable {
  public var findings: [AuditFinding]
  public var statistics: BatchStatistics
  public var baseline: BaselineShift?

  public init(findings: [AuditFinding], statistics: BatchStatistics, baseline: BaselineShift? = nil) {
    self.findings = findings
    self.statistics = statistics
    self.baseline = baseline
  }
}

/// Which part of a batch a report covers: shard `index` (from 1) of `count`.
public struct ShardSelector: Hashable, Sendable, Codable, CustomStringConvertible {
  public var index: Int
  public var count: Int

  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses `K/N`.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
    self.init(index: k, count: n)
  }

  /// Whether the article with `id` belongs to this shard: a stable hash of the id.
  public func contains(id: String) -> Bool {
    Int(AuditText.fnv1a(id) % UInt64(count)) == index - 1
  }

  public var description: String { "\(index)/\(count)" }
}

/// The head of `audit.json`. The articles are streamed between head and batch when the
/// file is written, so a report of any size never sits in memory whole.
public struct AuditReportHead: Hashable, Sendable, Codable {
  public static let schemaVersion = 1
  /// The version of the audit's rules and report format.
  public static let toolVersion = "1.0.0"
  public var schemaVersion = AuditReportHead.schemaVersion
  public var tool = "article-oracle audit"
  public var versions: ComponentVersions
  public var shard: ShardSelector?

  public init(versions: ComponentVersions, shard: ShardSelector?) {
    self.versions = versions
    self.shard = shard
  }

  enum CodingKeys: String, CodingKey {
    case tool, versions, shard
    case schemaVersion = "schema_version"
  }
}

/// `audit.json` read back whole (for `merge` and `--baseline`).
public struct AuditReport: Hashable, Sendable, Codable {
  public var schemaVersion: Int
  public var tool: String
  public var versions: ComponentVersions
  public var shard: ShardSelector?
  public var articles: [ArticleAudit]
  public var batch: BatchAudit

  enum CodingKeys: String, CodingKey {
    case tool, versions, shard, articles, batch
    case schemaVersion = "schema_version"
  }
}

/// Errors of the audit's inputs and outputs, each naming the file and what to do.
public enum AuditError: Error, Hashable, Sendable, CustomStringConvertible {
  case unreadableReport(path: String, reason: String)
  case unwritable(path: String, reason: String)
  case mismatchedShards(reason: String)

  public var description: String {
    switch self {
    case .unreadableReport(let path, let reason):
      return "\(path): not an audit.json this version can read (\(reason)); re-run the audit that wrote it"
    case .unwritable(let path, let reason): return "\(path): cannot be written (\(reason)); check the report directory"
    case .mismatchedShards(let reason): return "the shard reports do not fit together: \(reason)"
    }
  }
}
