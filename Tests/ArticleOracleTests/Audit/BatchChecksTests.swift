import Foundation
import Testing
@testable import ArticleOracle

@Suite struct BatchChecksTests {
  let checks: BatchChecks
  init() throws { checks = BatchChecks(events: try EventTable.bundled(), limits: AuditPatterns.Limits()) }

  private func entry(
    _ id: String, text: String = "", published: String? = "2022-04-27", actors: [ArticleSummary.Actor] = [],
    facts: [ArticleSummary.Fact] = []
  ) -> BatchEntry {
    let summary = ArticleSummary(
      published: published.flatMap { CalendarDate(iso: $0) }, words: AuditText.wordCount(text),
      textSHA256: text.isEmpty ? "" : Digest.sha256(text), signature: MinHash.hex(MinHash.signature(text)),
      actors: actors, facts: facts, extracted: [:])
    return BatchEntry(id: id, summary: summary, ruleCounts: [:])
  }

  private func actor(_ id: String, _ name: String, _ spellings: [String]) -> ArticleSummary.Actor {
    ArticleSummary.Actor(id: id, name: name, mentions: spellings.count, spellings: spellings, isRegistered: true)
  }

  @Test("Variant spellings of one actor are reported by word; a full name and a surname are not variants")
  func spellings() throws {
    let entries = [
      entry("a", actors: [actor("erdogan", "Recep Tayyip Erdoğan", ["Erdoğan", "Recep Tayyip Erdoğan"]),
                          actor("putin", "Vladimir Putin", ["Putin", "Vladimir Putin"])]),
      entry("b", actors: [actor("erdogan", "Recep Tayyip Erdoğan", ["Erdogan"]), actor("putin", "Vladimir Putin", ["Putin"]),
                          actor("lavrov", "Sergey Lavrov", ["Sergei Lavrov"]), actor("zelenskyy", "Volodymyr Zelenskyy", ["Zelensky"])]),
      entry("c", actors: [actor("lavrov", "Sergey Lavrov", ["Sergey Lavrov", "Lavrov"]),
                          actor("zelenskyy", "Volodymyr Zelenskyy", ["Zelenskyy"])]),
    ]
    let found = checks.findings(entries).filter { $0.rule == "actor-spellings" }
    #expect(found.count == 3)
    #expect(found.map(\.articles) == [["a", "b"], ["b", "c"], ["b", "c"]])
    let erdogan = try #require(found.first)
    #expect(erdogan.message.contains("`Erdogan` (b), `Erdoğan` (a)"))
    #expect(!found.contains { $0.message.contains("Putin") })
  }

  @Test("Case differences and different words are not spelling variants", arguments: [
    ("ERDOGAN", "Erdogan", false), ("Sergei", "Sergey", true), ("Zelensky", "Zelenskyy", true),
    ("Erdoğan", "Erdogan", true), ("Putin", "Vladimir", false), ("Guterres", "Griffiths", false),
  ])
  func variants(_ a: String, _ b: String, _ expected: Bool) {
    #expect(BatchChecks.areVariants(a, b) == expected)
  }

  @Test("Exact duplicates are one finding; a near-duplicate with a changed sentence is another")
  func duplicates() {
    let base = AuditFixtures.prose(1) + " " + AuditFixtures.prose(2) + " " + AuditFixtures.prose(3)
    var near = base
    if let range = near.range(of: "day 3 of session 2") { near.replaceSubrange(range, with: "day three of session 2") }
    #expect(near != base)
    let entries = [
      entry("a", text: base), entry("b", text: base), entry("c", text: near),
      entry("d", text: AuditFixtures.prose(40) + " " + AuditFixtures.prose(41)),
      entry("e", text: AuditFixtures.prose(50) + " " + AuditFixtures.prose(51)),
    ]
    let found = checks.findings(entries)
    #expect(found.filter { $0.rule == "duplicate-article" }.map(\.articles) == [["a", "b"]])
    #expect(found.filter { $0.rule == "near-duplicate" }.map(\.articles) == [["a", "c"]])
  }

  @Test("MinHash estimates high similarity for near-copies and low for different texts")
  func minHash() {
    let a = MinHash.signature(AuditFixtures.prose(7) + " " + AuditFixtures.prose(8))
    let b = MinHash.signature(AuditFixtures.prose(7) + " " + AuditFixtures.prose(8) + " One more sentence here.")
    let c = MinHash.signature("Completely different words about football, rain and the price of bread in winter.")
    #expect(a.count == MinHash.size)
    #expect(MinHash.similarity(a, b) > 0.8)
    #expect(MinHash.similarity(a, c) < 0.2)
    #expect(MinHash.parse(hex: MinHash.hex(a)) == a)
  }

  @Test("Articles that imply different starts of the same event conflict; agreeing ones do not")
  func conflictingFacts() throws {
    let event = "russian-invasion-of-ukraine-2022"
    func fact(_ start: String, _ text: String) -> ArticleSummary.Fact {
      ArticleSummary.Fact(event: event, kind: .dayCount, impliedStart: start, text: text, start: 0, end: 1)
    }
    let agreeing = [entry("a", facts: [fact("2022-02-24", "day 63")]), entry("b", facts: [fact("XXXX-02-24", "Feb. 24")])]
    #expect(checks.findings(agreeing).isEmpty)
    let disagreeing = agreeing + [entry("c", facts: [fact("2022-03-01", "day 58")])]
    let found = try #require(checks.findings(disagreeing).first)
    #expect(found.rule == "conflicting-fact" && found.articles == ["a", "b", "c"])
    #expect(found.message.contains("2022-03-01 (c: `day 58`)"))
  }

  @Test("Statistics count articles, findings by rule, undated share and actors; the baseline shows shifts")
  func statisticsAndBaseline() {
    var a = entry("a", published: nil, actors: [actor("putin", "Vladimir Putin", ["Putin"])])
    a.ruleCounts = ["missing-date": 1, "short-text": 1]
    var b = entry("b", actors: [actor("putin", "Vladimir Putin", ["Putin"]), actor("lavrov", "Sergey Lavrov", ["Lavrov"])])
    b.ruleCounts = ["short-text": 1]
    let now = BatchStatistics(entries: [a, b], batchFindings: [])
    #expect(now.articles == 2 && now.withoutDate == 1 && now.withoutDateShare == 0.5)
    #expect(now.findingsByRule == ["missing-date": 1, "short-text": 2])
    #expect(now.findingsBySeverity == ["warning": 3])
    #expect(now.actors.map(\.id) == ["putin", "lavrov"])
    let before = BatchStatistics(entries: [b, b, b, b], batchFindings: [])
    let shift = BaselineShift(before: before, now: now)
    #expect(shift.rules.first { $0.rule == "missing-date" }?.ratePerHundredNow == 50)
    #expect(shift.rules.first { $0.rule == "short-text" }?.ratePerHundredBefore == 100)
    #expect(shift.withoutDateShareBefore == 0 && shift.withoutDateShareNow == 0.5)
  }

  @Test("Shards split a batch by id into disjoint parts that cover it", arguments: [2, 3, 7])
  func shards(_ count: Int) throws {
    let ids = (0..<500).map { "article-\($0)" }
    var seen = 0
    for index in 1...count {
      let shard = try #require(ShardSelector(index: index, count: count))
      seen += ids.filter { shard.contains(id: $0) }.count
    }
    #expect(seen == ids.count)
    #expect(ShardSelector("0/3") == nil && ShardSelector("4/3") == nil && ShardSelector("2/3") != nil)
  }
}
