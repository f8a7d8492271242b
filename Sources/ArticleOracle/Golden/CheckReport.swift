/// The canonical report of a golden check (`report.json`): deterministic, keys sorted,
/// articles by id, and one timestamp (`generated`). JUnit, SARIF, JSON Patches and the
/// console summary are all derived from it.
public struct CheckReport: Hashable, Sendable, Codable {
  public static let schemaVersion = 1

  public var schemaVersion: Int
  /// When the check ran (ISO 8601, UTC): the only timestamp of the report.
  public var generated: String
  /// The golden folder, as given.
  public var goldenDir: String
  /// The article paths, as given.
  public var paths: [String]
  /// Whether the check ran under CI (orphans fail, nothing is written to the goldens).
  public var ci: Bool
  public var versions: ComponentVersions
  public var summary: Summary
  /// Scores over all compared articles.
  public var totals: FieldScores
  public var articles: [ArticleResult]
  /// Files in the golden folder that are neither goldens nor their texts.
  public var strays: [String]

  public init(
    generated: String, goldenDir: String, paths: [String], ci: Bool, versions: ComponentVersions,
    articles: [ArticleResult], strays: [String]
  ) {
    self.schemaVersion = Self.schemaVersion
    self.generated = generated
    self.goldenDir = goldenDir
    self.paths = paths
    self.ci = ci
    self.versions = versions
    self.articles = articles.sorted { ($0.id, $0.status.rawValue) < ($1.id, $1.status.rawValue) }
    self.strays = strays
    self.totals = articles.reduce(FieldScores()) { $0 + $1.scores }
    self.summary = Summary(articles: self.articles, ci: ci)
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case goldenDir = "golden_dir"
    case generated, paths, ci, versions, summary, totals, articles, strays
  }

  /// 0 all pass; 1 a mismatch, stale or missing golden (or an orphan under CI); 2 an
  /// unreadable input or golden.
  public var exitCode: Int32 { summary.exitCode }

  public var failedArticles: [ArticleResult] { articles.filter { $0.status.isFailure(ci: ci) } }

  // MARK: - Summary

  public struct Summary: Hashable, Sendable, Codable {
    public var articles: Int
    public var pass: Int
    public var mismatch: Int
    public var stale: Int
    public var missingGolden: Int
    public var orphanGolden: Int
    public var error: Int
    /// Known problems that still hold, over all articles.
    public var knownMiss: Int
    public var knownSpurious: Int
    public var exitCode: Int32

    init(articles: [ArticleResult], ci: Bool) {
      func count(_ status: ArticleStatus) -> Int { articles.filter { $0.status == status }.count }
      self.articles = articles.filter { $0.status != .orphanGolden }.count
      pass = count(.pass)
      mismatch = count(.mismatch)
      stale = count(.stale)
      missingGolden = count(.missingGolden)
      orphanGolden = count(.orphanGolden)
      error = count(.error)
      let outcomes = articles.flatMap(\.differences).map(\.outcome)
      knownMiss = outcomes.filter { $0 == .knownMiss }.count
      knownSpurious = outcomes.filter { $0 == .knownSpurious }.count
      if error > 0 {
        exitCode = 2
      } else if articles.contains(where: { $0.status.isFailure(ci: ci) }) {
        exitCode = 1
      } else {
        exitCode = 0
      }
    }

    enum CodingKeys: String, CodingKey {
      case articles, pass, mismatch, stale, error
      case missingGolden = "missing_golden"
      case orphanGolden = "orphan_golden"
      case knownMiss = "known_miss"
      case knownSpurious = "known_spurious"
      case exitCode = "exit_code"
    }
  }
}

/// The outcome of one article (or of one golden without an article).
public enum ArticleStatus: String, Hashable, Sendable, Codable, CaseIterable {
  case pass
  case mismatch
  /// The source or its normalized text changed since the golden was recorded.
  case stale
  case missingGolden = "missing-golden"
  /// A golden with no article: a warning locally, a failure under CI.
  case orphanGolden = "orphan-golden"
  /// The input or the golden cannot be read.
  case error

  public func isFailure(ci: Bool) -> Bool {
    switch self {
    case .pass: return false
    case .orphanGolden: return ci
    case .mismatch, .stale, .missingGolden, .error: return true
    }
  }

  /// The stable SARIF rule id / JUnit failure type of the status.
  public var ruleID: String {
    switch self {
    case .pass: return "GOLD-PASS"
    case .mismatch: return "GOLD-MISMATCH"
    case .stale: return "GOLD-STALE"
    case .missingGolden: return "GOLD-MISSING"
    case .orphanGolden: return "GOLD-ORPHAN"
    case .error: return "GOLD-ERROR"
    }
  }
}

/// The result of one article.
public struct ArticleResult: Hashable, Sendable, Codable {
  public var id: String
  public var status: ArticleStatus
  /// The article path as given (nil for an orphan golden).
  public var source: String?
  /// The golden and its text, as paths under the golden folder.
  public var golden: String
  public var goldenText: String
  /// One line: what happened.
  public var message: String
  /// Why the golden is stale (source changed, normalized text changed, …).
  public var staleReasons: [String]
  /// The command that would update this golden (nil when it passes).
  public var updateCommand: String?
  /// Every item that is not a plain match, including known problems.
  public var differences: [ItemDifference]
  public var scores: FieldScores
  /// The JSON Patch file (in the report folder) that turns the golden into the new extraction.
  public var patch: String?

  public init(
    id: String, status: ArticleStatus, source: String?, golden: String, goldenText: String, message: String,
    staleReasons: [String] = [], updateCommand: String? = nil, differences: [ItemDifference] = [],
    scores: FieldScores = FieldScores(), patch: String? = nil
  ) {
    self.id = id
    self.status = status
    self.source = source
    self.golden = golden
    self.goldenText = goldenText
    self.message = message
    self.staleReasons = staleReasons
    self.updateCommand = updateCommand
    self.differences = differences
    self.scores = scores
    self.patch = patch
  }

  enum CodingKeys: String, CodingKey {
    case id, status, source, golden, message, differences, scores, patch
    case goldenText = "golden_text"
    case staleReasons = "stale_reasons"
    case updateCommand = "update_command"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(status, forKey: .status)
    try container.encode(source, forKey: .source)
    try container.encode(golden, forKey: .golden)
    try container.encode(goldenText, forKey: .goldenText)
    try container.encode(message, forKey: .message)
    try container.encode(staleReasons, forKey: .staleReasons)
    try container.encode(updateCommand, forKey: .updateCommand)
    try container.encode(differences, forKey: .differences)
    try container.encode(scores, forKey: .scores)
    try container.encode(patch, forKey: .patch)
  }
}
