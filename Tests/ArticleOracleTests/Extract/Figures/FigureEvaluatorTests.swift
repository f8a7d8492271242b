import Foundation
import Testing

@testable import ArticleOracle

/// The scoring behind `article-oracle eval-figures`, on cases made here (never the corpus).
@Suite("Figure evaluator")
struct FigureEvaluatorTests {
  let evaluator = FigureEvaluator()

  @Test("A case passes when every wanted value is found, each figure used once")
  func values() {
    let both = FigureEvalCase(id: "a", input: "between 10 and 20 dollars", expected: [.init(from: 10, to: 20)])
    #expect(evaluator.passes(both, figures: FigureExtractor().extract(from: both.input)))
    let twice = FigureEvalCase(id: "b", input: "5", expected: [.init(value: 5), .init(value: 5)])
    #expect(!evaluator.passes(twice, figures: FigureExtractor().extract(from: twice.input)))
    let spelled = FigureEvalCase(id: "c", input: "one, two and three", expectedValues: [1, 2, 3])
    #expect(evaluator.passes(spelled, figures: FigureExtractor().extract(from: spelled.input)))
  }

  @Test("A negative case passes only when nothing is found; a case without expectations only must not crash")
  func negatives() {
    let negative = FigureEvalCase(id: "n", input: "on Feb. 24", expected: [])
    #expect(evaluator.passes(negative, figures: []))
    #expect(!evaluator.passes(negative, figures: [FigureItem(text: "24", start: 8, end: 10, value: 24, kind: .cardinal)]))
    let noCrash = FigureEvalCase(id: "x", input: "anything 5")
    #expect(evaluator.passes(noCrash, figures: [FigureItem(text: "5", start: 9, end: 10, value: 5, kind: .cardinal)]))
  }

  @Test("Excluded cases are counted, not scored; spans give exact and overlapping precision and recall")
  func scoring() {
    let exclusions = FigureEvalExclusions(entries: [.init(id: "skip", reason: "differs by design")])
    let scorer = FigureEvaluator(exclusions: exclusions)
    let cases = [
      FigureEvalCase(id: "ok", input: "It cost $300 million.", expected: [.init(start: 8, end: 20, value: 300_000_000)]),
      FigureEvalCase(id: "wide", input: "two meters long", expected: [.init(start: 0, end: 10, value: 2)]),
      FigureEvalCase(id: "skip", input: "a couple", expected: [.init(value: 2)]),
      FigureEvalCase(id: "miss", input: "no number", expected: [.init(start: 0, end: 2, value: 7)]),
    ]
    let score = scorer.score(cases, name: "mini")[0]
    #expect(score.cases == 4)
    #expect(score.excluded == 1)
    #expect(score.scored == 3)
    #expect(score.passed == 2)
    #expect(score.failures == ["miss"])
    #expect(score.predictedSpans == 2)
    #expect(score.expectedSpans == 3)
    #expect(score.exactSpans == 1)
    #expect(score.overlappingExpected == 2)
    #expect(score.line.hasPrefix("mini: 2/3 = 66.7% (4 cases, 1 excluded)"))
  }

  @Test("The quantulum subset keeps cases of plain counts, percentages and money only")
  func quantulumSubset() {
    let counts = FigureEvalCase(id: "1", input: "", expected: [.init(value: 1, unit: "dimensionless"), .init(value: 2, unit: "euro")])
    let mixed = FigureEvalCase(id: "2", input: "", expected: [.init(value: 1, unit: "dimensionless"), .init(value: 2, unit: "metre")])
    let empty = FigureEvalCase(id: "3", input: "", expected: [])
    #expect(FigureEvaluator.isCountPercentOrMoney(counts))
    #expect(!FigureEvaluator.isCountPercentOrMoney(mixed))
    #expect(!FigureEvaluator.isCountPercentOrMoney(empty))
    #expect(FigureEvaluator.subsets(forFile: "quantulum_quantities").count == 1)
    #expect(FigureEvaluator.subsets(forFile: "Numeral_EN").isEmpty)
  }

  @Test("JSONL cases decode, and a bad line is named")
  func reading() throws {
    let good = Data(#"{"id": "q#1", "input": "5 cats", "expected": [{"text": "5 cats", "start": 0, "end": 6, "value": 5, "unit": "dimensionless"}]}"#.utf8)
    let cases = try FigureEvaluator.readCases(jsonl: good + Data("\n\n".utf8), file: "q.jsonl")
    #expect(cases.count == 1 && cases[0].wantedValues == [5] && cases[0].hasSpans)
    #expect(throws: DataFileError.self) { try FigureEvaluator.readCases(jsonl: Data("{oops\n".utf8), file: "q.jsonl") }
  }

  @Test("The shipped exclusion file loads, and every entry has a reason")
  func shippedExclusions() throws {
    let exclusions = try FigureEvalExclusions.bundled()
    #expect(!exclusions.entries.isEmpty)
    #expect(exclusions.entries.allSatisfy { !$0.reason.isEmpty })
    #expect(throws: DataFileError.self) {
      try FigureEvalExclusions(yaml: "version: 1\nexclusions:\n  - {id: a, reason: x}\n  - {id: a, reason: y}\n")
    }
    let byInput = try FigureEvalExclusions(yaml: "version: 1\nexclusions:\n  - {input: a dime, reason: coins}\n")
    #expect(byInput.reason(for: FigureEvalCase(id: "any#3", input: "a dime")) == "coins")
    #expect(byInput.reason(for: FigureEvalCase(id: "any#4", input: "a dollar")) == nil)
  }
}
