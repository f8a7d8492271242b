/// Counts over a batch: articles, findings by rule and severity, the share without a
/// publication date, and actors by frequency.
public struct BatchStatistics: Hashable, Sendable, Codable {
  public struct ActorFrequency: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var articles: Int
    public var mentions: Int
  }

  public var articles: Int
  public var words: Int
  public var withoutDate: Int
  public var withoutDateShare: Double
  public var findingsByRule: [String: Int]
  public var findingsBySeverity: [String: Int]
  /// The most frequent actors (by articles, then mentions, then id), at most `topActors`.
  public var actors: [ActorFrequency]

  public static let topActors = 50

  enum CodingKeys: String, CodingKey {
    case articles, words, actors
    case withoutDate = "without_date"
    case withoutDateShare = "without_date_share"
    case findingsByRule = "findings_by_rule"
    case findingsBySeverity = "findings_by_severity"
  }

  public init(entries: [BatchEntry], batchFindings: [AuditFinding]) {
    articles = entries.count
    words = entries.reduce(0) { $0 + $1.summary.words }
    withoutDate = entries.filter { $0.summary.published == nil }.count
    withoutDateShare = entries.isEmpty ? 0 : (Double(withoutDate) / Double(entries.count) * 10_000).rounded() / 10_000
    var byRule: [String: Int] = [:]
    for entry in entries {
      for (rule, count) in entry.ruleCounts { byRule[rule, default: 0] += count }
    }
    for finding in batchFindings { byRule[finding.rule, default: 0] += 1 }
    findingsByRule = byRule
    var bySeverity: [String: Int] = [:]
    let severities = Dictionary(uniqueKeysWithValues: AuditRule.catalogue.map { ($0.id, $0.severity) })
    for (rule, count) in byRule { bySeverity[(severities[rule] ?? .note).rawValue, default: 0] += count }
    findingsBySeverity = bySeverity
    var frequency: [String: ActorFrequency] = [:]
    for entry in entries {
      for actor in entry.summary.actors where actor.isRegistered {
        frequency[actor.id, default: ActorFrequency(id: actor.id, name: actor.name, articles: 0, mentions: 0)].articles += 1
        frequency[actor.id]?.mentions += actor.mentions
      }
    }
    actors = Array(
      frequency.values.sorted { ($1.articles, $1.mentions, $0.id) < ($0.articles, $0.mentions, $1.id) }
        .prefix(Self.topActors))
  }
}

/// How a batch differs from an earlier batch's report (`--baseline`).
public struct BaselineShift: Hashable, Sendable, Codable {
  public struct RuleShift: Hashable, Sendable, Codable {
    public var rule: String
    public var before: Int
    public var now: Int
    /// Findings per 100 articles, before and now.
    public var ratePerHundredBefore: Double
    public var ratePerHundredNow: Double

    enum CodingKeys: String, CodingKey {
      case rule, before, now
      case ratePerHundredBefore = "per_100_before"
      case ratePerHundredNow = "per_100_now"
    }
  }

  public var articlesBefore: Int
  public var articlesNow: Int
  public var withoutDateShareBefore: Double
  public var withoutDateShareNow: Double
  public var rules: [RuleShift]
  /// Frequent actors that are new in the top list, and ones that left it.
  public var actorsNew: [String]
  public var actorsGone: [String]

  enum CodingKeys: String, CodingKey {
    case rules
    case articlesBefore = "articles_before"
    case articlesNow = "articles_now"
    case withoutDateShareBefore = "without_date_share_before"
    case withoutDateShareNow = "without_date_share_now"
    case actorsNew = "actors_new"
    case actorsGone = "actors_gone"
  }

  public init(before: BatchStatistics, now: BatchStatistics) {
    articlesBefore = before.articles
    articlesNow = now.articles
    withoutDateShareBefore = before.withoutDateShare
    withoutDateShareNow = now.withoutDateShare
    func rate(_ count: Int, _ articles: Int) -> Double {
      articles == 0 ? 0 : (Double(count) * 100 / Double(articles) * 100).rounded() / 100
    }
    rules = Set(before.findingsByRule.keys).union(now.findingsByRule.keys).sorted().map { rule in
      let b = before.findingsByRule[rule] ?? 0
      let n = now.findingsByRule[rule] ?? 0
      return RuleShift(
        rule: rule, before: b, now: n, ratePerHundredBefore: rate(b, before.articles),
        ratePerHundredNow: rate(n, now.articles))
    }
    let beforeIDs = Set(before.actors.map(\.id))
    let nowIDs = Set(now.actors.map(\.id))
    actorsNew = nowIDs.subtracting(beforeIDs).sorted()
    actorsGone = beforeIDs.subtracting(nowIDs).sorted()
  }
}
