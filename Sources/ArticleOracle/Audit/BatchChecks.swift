/// The checks across a batch, on per-article summaries only: spellings of one actor,
/// exact and near-duplicate texts, and the same fact stated differently.
public struct BatchChecks: Sendable {
  public var events: EventTable
  public var limits: AuditPatterns.Limits
  /// At most this many article ids are listed in one batch finding.
  public static let listedArticles = 20
  /// In a bucket of candidates, members are compared with this many first members only.
  static let bucketAnchors = 16

  public init(events: EventTable, limits: AuditPatterns.Limits) {
    self.events = events
    self.limits = limits
  }

  /// Every batch finding, in a stable order (rule, then articles).
  public func findings(_ entries: [BatchEntry]) -> [AuditFinding] {
    let sorted = entries.sorted { $0.id < $1.id }
    var out = spellings(sorted) + duplicates(sorted) + conflictingFacts(sorted)
    out.sort { ($0.rule, $0.articles.first ?? "", $0.message) < ($1.rule, $1.articles.first ?? "", $1.message) }
    return out
  }

  // MARK: - Spellings

  /// Actors whose registered-name mentions use variant spellings of a word: the same
  /// letters but for diacritics (`Erdoğan`/`Erdogan`), or one or two letters apart in a
  /// word of five or more (`Zelenskyy`/`Zelensky`, `Sergei`/`Sergey`).
  func spellings(_ entries: [BatchEntry]) -> [AuditFinding] {
    var names: [String: String] = [:]
    var articlesBySpelling: [String: [String: [String]]] = [:]
    for entry in entries {
      for actor in entry.summary.actors where actor.isRegistered {
        names[actor.id] = actor.name
        for spelling in actor.spellings { articlesBySpelling[actor.id, default: [:]][spelling, default: []].append(entry.id) }
      }
    }
    var out: [AuditFinding] = []
    for actorID in articlesBySpelling.keys.sorted() {
      guard let bySpelling = articlesBySpelling[actorID], bySpelling.count > 1 else { continue }
      let words = Set(bySpelling.keys.flatMap { $0.split(separator: " ").map(String.init) }).sorted()
      var variantWords: Set<String> = []
      for (i, a) in words.enumerated() {
        for b in words[(i + 1)...] where Self.areVariants(a, b) {
          variantWords.insert(a)
          variantWords.insert(b)
        }
      }
      guard !variantWords.isEmpty else { continue }
      // The variant words, each with the articles that use it.
      var articlesByWord: [String: Set<String>] = [:]
      for (spelling, ids) in bySpelling {
        for word in spelling.split(separator: " ").map(String.init) where variantWords.contains(word) {
          articlesByWord[word, default: []].formUnion(ids)
        }
      }
      let parts = articlesByWord.keys.sorted().map { "`\($0)` (\(Self.list(Array(articlesByWord[$0] ?? []))))" }
      let ids = Set(articlesByWord.values.flatMap { $0 }).sorted()
      out.append(
        AuditFinding(
          rule: .actorSpellings,
          message: "\(names[actorID] ?? actorID) is spelt several ways across the batch: \(parts.joined(separator: ", ")); "
            + "choose one house spelling, or keep them all as registered aliases.",
          articles: Array(ids.prefix(Self.listedArticles))))
    }
    return out
  }

  static func areVariants(_ a: String, _ b: String) -> Bool {
    guard a != b, a.lowercased() != b.lowercased() else { return false }
    let fa = AuditText.fold(a)
    let fb = AuditText.fold(b)
    if fa == fb { return true }
    guard fa.count >= 5, fb.count >= 5, fa.first == fb.first, fa.first?.isLetter == true else { return false }
    return AuditText.editDistance(fa, fb, limit: 2) <= (min(fa.count, fb.count) >= 6 ? 2 : 1)
  }

  // MARK: - Duplicates

  func duplicates(_ entries: [BatchEntry]) -> [AuditFinding] {
    var out: [AuditFinding] = []
    var bySHA: [String: [String]] = [:]
    var representatives: [(id: String, signature: [UInt32])] = []
    for entry in entries where !entry.summary.textSHA256.isEmpty {
      if bySHA[entry.summary.textSHA256] == nil {
        if entry.signature.count == MinHash.size { representatives.append((entry.id, entry.signature)) }
      }
      bySHA[entry.summary.textSHA256, default: []].append(entry.id)
    }
    for ids in bySHA.values where ids.count > 1 {
      out.append(
        AuditFinding(
          rule: .duplicate,
          message: "\(ids.count) articles have the same text: \(Self.list(ids)); keep one.",
          articles: Array(ids.sorted().prefix(Self.listedArticles))))
    }
    var parent = Array(representatives.indices)
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    // Banding: only articles that agree on every row of some band are compared. One band
    // at a time, so only one band's buckets are in memory; a pair already in one cluster
    // is not compared again.
    let bandKeys = representatives.map { MinHash.bandKeys($0.signature) }
    var edges: [(Int, Int, Double)] = []
    for band in 0..<MinHash.bands {
      var buckets: [UInt64: [Int]] = [:]
      for index in representatives.indices { buckets[bandKeys[index][band], default: []].append(index) }
      for key in buckets.keys.sorted() {
        guard let members = buckets[key], members.count > 1 else { continue }
        // A bucket of many near-copies compares each member with its first few members
        // only: the clusters join through them, and the cost stays linear in the batch.
        for (i, a) in members.prefix(Self.bucketAnchors).enumerated() {
          for b in members[(i + 1)...] where root(a) != root(b) {
            let similarity = MinHash.similarity(representatives[a].signature, representatives[b].signature)
            guard similarity >= limits.nearDuplicateSimilarity else { continue }
            edges.append((a, b, similarity))
            let (ra, rb) = (root(a), root(b))
            parent[max(ra, rb)] = min(ra, rb)
          }
        }
      }
    }
    var lowest: [Int: Double] = [:]
    for (a, _, similarity) in edges { lowest[root(a)] = min(lowest[root(a)] ?? 1, similarity) }
    var clusters: [Int: [String]] = [:]
    for index in representatives.indices where lowest[root(index)] != nil {
      clusters[root(index), default: []].append(representatives[index].id)
    }
    for (rootIndex, ids) in clusters where ids.count > 1 {
      let similarity = Int(((lowest[rootIndex] ?? 1) * 100).rounded())
      out.append(
        AuditFinding(
          rule: .nearDuplicate,
          message: "\(ids.count) articles are near-duplicates (linked by estimated word 4-gram similarities of "
            + "\(similarity)% or more): \(Self.list(ids)); keep one, or check that they are different stories.",
          articles: Array(ids.sorted().prefix(Self.listedArticles))))
    }
    return out
  }

  // MARK: - Facts

  /// Articles that imply different starts for the same known event.
  func conflictingFacts(_ entries: [BatchEntry]) -> [AuditFinding] {
    struct Statement {
      var day: Int
      var article: String
      var text: String
    }
    var byEvent: [String: [Statement]] = [:]
    for entry in entries {
      for fact in entry.summary.facts {
        guard let event = events.events.first(where: { $0.id == fact.event }) else { continue }
        var iso = fact.impliedStart
        if iso.hasPrefix("XXXX") { iso = String(event.start.year) + iso.dropFirst(4) }
        guard let day = CalendarDate(iso: iso) else { continue }
        byEvent[fact.event, default: []].append(Statement(day: day.dayNumber, article: entry.id, text: fact.text))
      }
    }
    var out: [AuditFinding] = []
    for eventID in byEvent.keys.sorted() {
      guard let statements = byEvent[eventID], let event = events.events.first(where: { $0.id == eventID }) else { continue }
      let articles = Set(statements.map(\.article))
      guard articles.count > 1, let low = statements.map(\.day).min(), let high = statements.map(\.day).max(),
        high - low > limits.dayCountTolerance
      else { continue }
      var byDay: [Int: [Statement]] = [:]
      var seen: Set<String> = []
      for statement in statements where seen.insert("\(statement.day)|\(statement.article)|\(statement.text)").inserted {
        byDay[statement.day, default: []].append(statement)
      }
      let parts = byDay.keys.sorted().map { day -> String in
        let group = (byDay[day] ?? []).sorted { ($0.article, $0.text) < ($1.article, $1.text) }
        let shown = group.prefix(5).map { "\($0.article): `\($0.text)`" }.joined(separator: ", ")
        return "\(CalendarDate(dayNumber: day).iso) (\(shown)\(group.count > 5 ? ", …" : ""))"
      }
      out.append(
        AuditFinding(
          rule: .conflictingFact,
          message: "Articles disagree on when \(event.name) began: \(parts.joined(separator: "; ")); "
            + "check the day counts and dates against a source.",
          articles: Array(articles.sorted().prefix(Self.listedArticles))))
    }
    return out
  }

  static func list(_ ids: [String]) -> String {
    let sorted = ids.sorted()
    let shown = sorted.prefix(5).joined(separator: ", ")
    return sorted.count > 5 ? "\(shown) and \(sorted.count - 5) more" : shown
  }
}
