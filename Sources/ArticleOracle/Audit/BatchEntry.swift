/// What the batch keeps of one audited article: its summary and how many findings of
/// each rule it had. Texts and finding messages are never kept in memory.
public struct BatchEntry: Hashable, Sendable {
  public var id: String
  public var summary: ArticleSummary
  public var ruleCounts: [String: Int]

  public init(id: String, summary: ArticleSummary, ruleCounts: [String: Int]) {
    self.id = id
    self.summary = summary
    self.ruleCounts = ruleCounts
  }

  public init(_ audit: ArticleAudit) {
    var counts: [String: Int] = [:]
    for finding in audit.findings { counts[finding.rule, default: 0] += 1 }
    self.init(id: audit.id, summary: audit.summary, ruleCounts: counts)
  }
}
