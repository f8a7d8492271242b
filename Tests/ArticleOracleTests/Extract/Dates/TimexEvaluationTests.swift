import Testing

@testable import ArticleOracle

/// The TempEval-3 figures on a hand-made document whose counts are worked out below.
@Suite("TIMEX3 evaluation")
struct TimexEvaluationTests {
  // Text: "He left on Friday, two days ago, last week and now."
  // Gold: Friday [11,17] DATE, two days ago [19,31] DATE, last week [33,42] DATE.
  // System: Friday [11,17] right value (strict), "two days" [19,27] wrong value (relaxed only),
  // "now" [47,50] spurious; "last week" missed.
  static let document = TimexGoldDocument(
    id: "d1", dct: "2022-04-26", text: "He left on Friday, two days ago, last week and now.",
    timex: [
      TimexAnnotation(start: 11, end: 17, text: "Friday", type: "DATE", value: "2022-04-22"),
      TimexAnnotation(start: 19, end: 31, text: "two days ago", type: "DATE", value: "2022-04-24"),
      TimexAnnotation(start: 33, end: 42, text: "last week", type: "DATE", value: "2022-W16"),
    ])
  static let system = [
    TimexAnnotation(start: 11, end: 17, type: "DATE", value: "2022-04-22"),
    TimexAnnotation(start: 19, end: 27, type: "DURATION", value: "P2D"),
    TimexAnnotation(start: 47, end: 50, type: "DATE", value: "PRESENT_REF"),
  ]

  @Test("Strict, relaxed and value P/R follow TempEval-3 counting")
  func overall() {
    let e = TimexEvaluation.score(gold: [Self.document], system: ["d1": Self.system])
    #expect(e.overall.strict == PRF(systemCorrect: 1, systemCount: 3, goldCorrect: 1, goldCount: 3))
    #expect(e.overall.relaxed == PRF(systemCorrect: 2, systemCount: 3, goldCorrect: 2, goldCount: 3))
    #expect(e.overall.value == PRF(systemCorrect: 1, systemCount: 3, goldCorrect: 1, goldCount: 3))
    #expect(abs(e.overall.relaxed.f1 - 2.0 / 3.0) < 1e-9)
  }

  @Test("By type, recall counts gold types and precision system types")
  func byType() throws {
    let e = TimexEvaluation.score(gold: [Self.document], system: ["d1": Self.system])
    let date = try #require(e.byType["DATE"])
    let duration = try #require(e.byType["DURATION"])
    #expect(date.relaxed.goldCount == 3 && date.relaxed.goldCorrect == 2)
    #expect(date.relaxed.systemCount == 2 && date.relaxed.systemCorrect == 1)
    #expect(duration.relaxed.systemCount == 1 && duration.relaxed.systemCorrect == 1 && duration.relaxed.goldCount == 0)
  }

  @Test("Errors name each miss, spurious item, span and value difference")
  func errors() {
    let e = TimexEvaluation.score(gold: [Self.document], system: ["d1": Self.system])
    #expect(e.errors.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.missed, .spurious, .value])
  }

  @Test("A document without system output counts as all missed")
  func noOutput() {
    let e = TimexEvaluation.score(gold: [Self.document], system: [:])
    #expect(e.overall.relaxed.recall == 0 && e.overall.relaxed.systemCount == 0)
    #expect(e.overall.relaxed.f1 == 0)
  }
}
