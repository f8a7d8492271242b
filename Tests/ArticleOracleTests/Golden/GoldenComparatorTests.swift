import Testing

@testable import ArticleOracle

/// The field-level comparison, on hand-made golden/extraction pairs: one per item outcome.
@Suite("Golden comparator")
struct GoldenComparatorTests {
  typealias F = GoldenFixtures
  let tuesday = F.date("Tuesday", 10, "2022-04-26")

  func compare(_ golden: GoldenFile, _ items: GoldenComparator.Items) -> ArticleComparison {
    GoldenComparator.compare(golden, items)
  }

  @Test("Equal items match, pass, and count as true positives")
  func match() {
    let result = compare(F.golden(dates: [Marked(tuesday)]), .init(dates: [tuesday]))
    #expect(result.differences.isEmpty)
    #expect(result.passes)
    #expect(result.scores.dates == FieldCounts(tp: 1, fp: 0, fn: 0))
    #expect(result.scores.dates.f1 == 1)
  }

  @Test("A golden item not found is missing; a found item not in the golden is unexpected")
  func missingAndUnexpected() {
    let monday = F.date("Monday", 40, "2022-04-25")
    let result = compare(F.golden(dates: [Marked(tuesday)]), .init(dates: [monday]))
    #expect(result.differences.map(\.outcome) == [.missing, .unexpected])
    #expect(!result.passes)
    #expect(result.scores.dates == FieldCounts(tp: 0, fp: 1, fn: 1))
    #expect(result.scores.dates.precision == 0 && result.scores.dates.recall == 0)
  }

  @Test("A figure's value matches to four decimals: a hand-written 0.6667 is two-thirds, 0.667 is not")
  func figureValueTolerance() {
    let golden = F.golden(figures: [Marked(F.figure("two-thirds", 5, 0.6667))])
    #expect(compare(golden, .init(figures: [F.figure("two-thirds", 5, 2.0 / 3.0)])).passes)
    #expect(!compare(F.golden(figures: [Marked(F.figure("two-thirds", 5, 0.667))]), .init(figures: [F.figure("two-thirds", 5, 2.0 / 3.0)])).passes)
  }

  @Test("Same span with another value is changed, and both values are shown")
  func changed() throws {
    var wrong = tuesday
    wrong.value = "2022-04-19"
    let result = compare(F.golden(dates: [Marked(tuesday)]), .init(dates: [wrong]))
    let difference = try #require(result.differences.first)
    #expect(difference.outcome == .changed)
    #expect(difference.expected?["value"] == .string("2022-04-26"))
    #expect(difference.actual?["value"] == .string("2022-04-19"))
    #expect(difference.line.contains("value \"2022-04-26\" → \"2022-04-19\""))
    #expect(result.scores.dates == FieldCounts(tp: 0, fp: 1, fn: 1))
  }

  @Test("The same item at other offsets is moved")
  func moved() throws {
    let shifted = F.date("Tuesday", 12, "2022-04-26")
    let result = compare(F.golden(dates: [Marked(tuesday)]), .init(dates: [shifted]))
    let difference = try #require(result.differences.first)
    #expect(difference.outcome == .moved)
    #expect(difference.line.contains("@10-17 → @12-19"))
    #expect(!result.passes)
  }

  @Test("Figures compare value and unit on the same span")
  func figures() {
    let golden = F.golden(figures: [Marked(F.figure("$300 million", 5, 300_000_000, unit: "USD"))])
    #expect(compare(golden, .init(figures: [F.figure("$300 million", 5, 300_000_000, unit: "USD")])).passes)
    let noUnit = compare(golden, .init(figures: [F.figure("$300 million", 5, 300_000_000)]))
    #expect(noUnit.differences.map(\.outcome) == [.changed])
  }

  @Test("A known miss still missed is reported as known and passes; once found it fails")
  func knownMiss() {
    let golden = F.golden(dates: [Marked(tuesday, status: .knownMiss, note: "weekday after 'lunch'")])
    let still = compare(golden, .init())
    #expect(still.differences.map(\.outcome) == [.knownMiss])
    #expect(still.passes)
    #expect(still.scores.dates == FieldCounts(tp: 0, fp: 0, fn: 1))
    let fixed = compare(golden, .init(dates: [tuesday]))
    #expect(fixed.differences.map(\.outcome) == [.fixedMiss])
    #expect(!fixed.passes)
    #expect(fixed.scores.dates == FieldCounts(tp: 1, fp: 0, fn: 0))
  }

  @Test("A known spurious item still emitted is reported as known; once gone it fails")
  func knownSpurious() {
    let wrong = F.figure("2022", 30, 2022)
    let golden = F.golden(figures: [Marked(wrong, status: .knownSpurious)])
    let still = compare(golden, .init(figures: [wrong]))
    #expect(still.differences.map(\.outcome) == [.knownSpurious])
    #expect(still.passes)
    #expect(still.scores.figures == FieldCounts(tp: 0, fp: 1, fn: 0))
    let gone = compare(golden, .init())
    #expect(gone.differences.map(\.outcome) == [.fixedSpurious])
    #expect(!gone.passes)
    #expect(gone.scores.figures == FieldCounts())
  }

  @Test("Actors match on id with mentions as a multiset; mention and role changes are reported")
  func actors() {
    let mentions = [F.mention("Putin", 0), F.mention("the Russian president", 20, via: .role)]
    let golden = F.golden(actors: [GoldenActor(F.actor("vladimir-putin", mentions, roles: ["President of Russia"]))])
    let reordered = F.actor("vladimir-putin", mentions.reversed(), roles: ["President of Russia"])
    #expect(compare(golden, .init(actors: [reordered])).passes)

    let lost = compare(golden, .init(actors: [F.actor("vladimir-putin", [mentions[0]], roles: ["President of Russia"])]))
    #expect(lost.differences.map(\.outcome) == [.changed, .missing])
    #expect(lost.differences.map(\.field) == [.actors, .mentions])
    #expect(lost.scores.actors == FieldCounts(tp: 1, fp: 0, fn: 0))
    #expect(lost.scores.mentions == FieldCounts(tp: 1, fp: 0, fn: 1))

    let noRole = compare(golden, .init(actors: [F.actor("vladimir-putin", mentions)]))
    #expect(noRole.differences.map(\.outcome) == [.changed])

    let other = compare(golden, .init(actors: [F.actor("someone-else", [F.mention("Putin", 0)])]))
    #expect(other.differences.map(\.outcome).sorted { $0.rawValue < $1.rawValue } == [.missing, .unexpected])
    #expect(other.scores.mentions == FieldCounts(tp: 0, fp: 1, fn: 2))
  }

  @Test("A known-miss mention inside a found actor is reported as known")
  func knownMissMention() {
    let golden = F.golden(actors: [
      GoldenActor(
        id: "antonio-guterres", name: "antonio-guterres", kind: .person,
        mentions: [Marked(F.mention("Guterres", 0)), Marked(F.mention("Guetteres", 30, via: .fuzzy), status: .knownMiss)],
        roles: [])
    ])
    let result = compare(golden, .init(actors: [F.actor("antonio-guterres", [F.mention("Guterres", 0)])]))
    #expect(result.passes)
    #expect(result.differences.map(\.outcome) == [.knownMiss])
    #expect(result.differences.first?.actor == "antonio-guterres")
  }

  @Test("Scores: precision, recall and F1 from TP, FP and FN")
  func scores() {
    let counts = FieldCounts(tp: 3, fp: 1, fn: 2)
    #expect(counts.precision == 0.75)
    #expect(counts.recall == 0.6)
    #expect(counts.f1 == 0.6667)
    #expect(FieldCounts().precision == 1 && FieldCounts().recall == 1)
  }
}

/// A wrong value the extractor gives on a known miss's span can itself be marked.
@Suite("Golden comparator, known wrong values")
struct GoldenComparatorKnownValueTests {
  @Test("A known miss and a known-spurious item on the same span are both known, and pass")
  func missAndSpuriousOnOneSpan() {
    let truth = GoldenFixtures.date("Tuesday", 10, "2022-04-26")
    var wrong = truth
    wrong.value = "2022-04-19"
    let golden = GoldenFixtures.golden(dates: [Marked(truth, status: .knownMiss), Marked(wrong, status: .knownSpurious)])
    let result = GoldenComparator.compare(golden, .init(dates: [wrong]))
    #expect(result.differences.map(\.outcome).sorted { $0.rawValue < $1.rawValue } == [.knownMiss, .knownSpurious])
    #expect(result.passes)
    #expect(result.scores.dates == FieldCounts(tp: 0, fp: 1, fn: 1))
    // The extractor fixed: the miss is found, the spurious value gone; both fail.
    let fixed = GoldenComparator.compare(golden, .init(dates: [truth]))
    #expect(fixed.differences.map(\.outcome).sorted { $0.rawValue < $1.rawValue } == [.fixedMiss, .fixedSpurious])
  }
}

/// `golden review` and `score` on hand-made goldens.
@Suite("Golden review and scoring")
struct GoldenReviewAndScoringTests {
  @Test("Review lists what the pending golden drops and adds, and the patch size")
  func review() throws {
    let tuesday = GoldenFixtures.date("Tuesday", 10, "2022-04-26")
    let monday = GoldenFixtures.date("Monday", 30, "2022-04-25")
    let current = GoldenFixtures.golden(dates: [Marked(tuesday)])
    let pending = GoldenFixtures.golden(dates: [Marked(monday)])
    let text = try GoldenReview.text(current: current, pending: pending, goldenDir: "Golden")
    #expect(text.contains("- dates missing \"Tuesday\""))
    #expect(text.contains("+ dates unexpected \"Monday\""))
    #expect(text.contains("JSON Patch operation(s)"))
    #expect(try GoldenReview.text(current: nil, pending: pending, goldenDir: "Golden").contains("new golden"))
  }

  @Test("A system output line decodes without roles, and scores against the golden items")
  func systemOutput() throws {
    let line = #"{"id": "a1", "dates": [{"text": "Tuesday", "start": 10, "end": 17, "type": "DATE", "value": "2022-04-26", "anchor": "publication"}], "actors": [{"id": "x", "name": "X", "kind": "person", "mentions": []}]}"#
    let output = try StableJSON.decode(SystemOutput.self, from: Data(line.utf8))
    #expect(output.items.dates.count == 1 && output.items.actors[0].roles.isEmpty && output.items.figures.isEmpty)
    let golden = GoldenFixtures.golden(dates: [Marked(GoldenFixtures.date("Tuesday", 10, "2022-04-26"))])
    let scores = GoldenComparator.compare(golden, output.items).scores
    #expect(scores.dates == FieldCounts(tp: 1, fp: 0, fn: 0))
    #expect(scores.actors == FieldCounts(tp: 0, fp: 1, fn: 0))
  }
}

import Foundation

/// Known wrong roles on an actor.
@Suite("Golden comparator, known wrong roles")
struct GoldenComparatorKnownRolesTests {
  @Test("Known wrong roles are reported as known; the right roles fail until the golden is updated")
  func knownRoles() {
    let mention = GoldenFixtures.mention("Guterres", 0)
    var actor = GoldenActor(GoldenFixtures.actor("antonio-guterres", [mention], roles: ["Secretary-General of the United Nations"]))
    actor.knownRoles = []
    let golden = GoldenFixtures.golden(actors: [actor])
    let still = GoldenComparator.compare(golden, .init(actors: [GoldenFixtures.actor("antonio-guterres", [mention])]))
    #expect(still.passes)
    #expect(still.differences.map(\.outcome) == [.knownSpurious])
    let fixed = GoldenComparator.compare(
      golden, .init(actors: [GoldenFixtures.actor("antonio-guterres", [mention], roles: ["Secretary-General of the United Nations"])]))
    #expect(fixed.differences.map(\.outcome) == [.fixedSpurious])
    #expect(!fixed.passes)
  }
}
