/// What the batch keeps of one audited article: its summary and how many findings of
/// each rule it had. Texts and finding messages are never kept in memory; the MinHash
/// signature is kept as numbers (256 bytes) rather than its hex text.
public struct BatchEntry: Hashable, Sendable {
  public var id: String
  public var summary: ArticleSummary
  public var ruleCounts: [String: Int]
  public var signature: [UInt32]

  public init(id: String, summary: ArticleSummary, ruleCounts: [String: Int]) {
    self.id = id
    self.signature = MinHash.parse(hex: summary.signature)
    var kept = summary
    kept.signature = ""
    self.summary = kept
    self.ruleCounts = ruleCounts
  }

  public init(_ audit: ArticleAudit) {
    var counts: [String: Int] = [:]
    for finding in audit.findings { counts[finding.rule, default: 0] += 1 }
    self.init(id: audit.id, summary: audit.summary, ruleCounts: counts)
  }

  /// The entry with its repeated strings (actor ids, names, spellings, rule ids) shared
  /// through `pool`, so that a batch of many articles naming the same actors stores each
  /// name once.
  func interned(in pool: StringPool) -> BatchEntry {
    var entry = self
    entry.summary.actors = summary.actors.map { actor in
      var actor = actor
      actor.id = pool.intern(actor.id)
      actor.name = pool.intern(actor.name)
      actor.spellings = actor.spellings.map(pool.intern)
      return actor
    }
    entry.summary.facts = summary.facts.map { fact in
      var fact = fact
      fact.event = pool.intern(fact.event)
      return fact
    }
    entry.ruleCounts = Dictionary(uniqueKeysWithValues: ruleCounts.map { (pool.intern($0.key), $0.value) })
    return entry
  }
}

/// Shares equal strings: `intern` returns the first copy seen of each value.
final class StringPool {
  private var strings: Set<String> = []

  func intern(_ string: String) -> String {
    if let existing = strings.firstIndex(of: string) { return strings[existing] }
    strings.insert(string)
    return string
  }
}
