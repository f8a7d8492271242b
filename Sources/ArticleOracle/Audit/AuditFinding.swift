/// How serious a finding is. Ordered: `note` < `warning` < `error` (the SARIF levels).
public enum AuditSeverity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: AuditSeverity, rhs: AuditSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One thing wrong (or worth a look) in an article or across a batch.
public struct AuditFinding: Hashable, Sendable, Codable {
  /// The stable rule id (`role-anachronism`), listed in `AuditRule.catalogue`.
  public var rule: String
  public var severity: AuditSeverity
  /// What is wrong and what to do about it.
  public var message: String
  /// The span in the article's normalized text (code points, end exclusive), when it has one.
  public var start: Int?
  public var end: Int?
  /// The articles a batch finding is about (sorted); empty for an article's own finding.
  public var articles: [String]

  public init(
    rule: AuditRule, message: String, start: Int? = nil, end: Int? = nil, articles: [String] = []
  ) {
    self.rule = rule.id
    self.severity = rule.severity
    self.message = message
    self.start = start
    self.end = end
    self.articles = articles
  }

  /// Text order, then rule, then message: the order findings are written in.
  static func ordered(_ lhs: AuditFinding, _ rhs: AuditFinding) -> Bool {
    let l = (lhs.start ?? Int.max, lhs.end ?? Int.max)
    let r = (rhs.start ?? Int.max, rhs.end ?? Int.max)
    if l != r { return l < r }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    return lhs.message < rhs.message
  }
}
