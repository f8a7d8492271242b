import Foundation

/// Combines shard reports into the report of the whole batch: the articles of every
/// shard in batch order, and the checks across the batch run again on their summaries.
public enum AuditMerger {
  /// Reads `audit.json` files (and the `audit.html` beside each, when the writer makes
  /// one) and writes the merged reports through `writer`.
  @discardableResult
  public static func merge(
    reports: [String], checks: BatchChecks, baseline: BatchStatistics?, writer: AuditReportWriter
  ) throws -> BatchAudit {
    var articles: [(audit: ArticleAudit, fragment: String?)] = []
    var shardsSeen: Set<Int> = []
    var shardCount: Int?
    for path in reports {
      let report = try read(path)
      if let shard = report.shard {
        if let count = shardCount, count != shard.count {
          throw AuditError.mismatchedShards(reason: "\(path) is a shard of \(shard.count), others of \(count)")
        }
        shardCount = shard.count
        guard shardsSeen.insert(shard.index).inserted else {
          throw AuditError.mismatchedShards(reason: "shard \(shard) is given twice (\(path))")
        }
      }
      var fragments: [String]?
      if writer.writesHTML {
        let page = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("audit.html")
        if let data = FileManager.default.contents(atPath: page.path) {
          let found = Self.fragments(String(decoding: data, as: UTF8.self))
          if found.count == report.articles.count { fragments = found }
        }
      }
      for (index, audit) in report.articles.enumerated() {
        articles.append((audit, fragments?[index] ?? (writer.writesHTML ? AuditPage.fragment(nil, audit: audit) : nil)))
      }
    }
    if let count = shardCount {
      let missing = (1...count).filter { !shardsSeen.contains($0) }
      if !missing.isEmpty {
        throw AuditError.mismatchedShards(
          reason: "shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing")
      }
    }
    articles.sort { ($0.audit.id, $0.audit.source) < ($1.audit.id, $1.audit.source) }
    for article in articles { try writer.add(article.audit, fragment: article.fragment) }
    let findings = checks.findings(writer.entries)
    let statistics = BatchStatistics(entries: writer.entries, batchFindings: findings)
    let batch = BatchAudit(
      findings: findings, statistics: statistics, baseline: baseline.map { BaselineShift(before: $0, now: statistics) })
    try writer.finish(batch: batch)
    return batch
  }

  /// Reads an `audit.json`.
  public static func read(_ path: String) throws(AuditError) -> AuditReport {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableReport(path: path, reason: "cannot be read")
    }
    do {
      return try StableJSON.decode(AuditReport.self, from: data)
    } catch {
      throw .unreadableReport(path: path, reason: "\(error)")
    }
  }

  /// The article fragments of an audit page, in page order.
  static func fragments(_ page: String) -> [String] {
    var out: [String] = []
    var rest = page[...]
    while let begin = rest.range(of: AuditPage.fragmentBegin), let end = rest.range(of: AuditPage.fragmentEnd, range: begin.upperBound..<rest.endIndex) {
      out.append(String(rest[begin.lowerBound..<end.upperBound]) + "\n")
      rest = rest[end.upperBound...]
    }
    return out
  }
}
