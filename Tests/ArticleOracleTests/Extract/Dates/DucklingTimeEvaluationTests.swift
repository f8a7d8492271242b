import Foundation
import Testing

@testable import ArticleOracle

/// Reading Duckling Time/Duration lines, converting their values to TIMEX3, and the
/// found/whole/value scoring, on hand-written samples in the corpus format.
@Suite("Duckling time evaluation")
struct DucklingTimeEvaluationTests {
  // MARK: - Conversion

  /// (local datetime, grain, TIMEX3 value).
  static let instants: [(String, String, String)] = [
    ("2013-02-12T00:00:00", "year", "2013"),
    ("2013-05-01T00:00:00", "quarter", "2013-Q2"),
    ("2013-11-01T00:00:00", "month", "2013-11"),
    ("2013-02-11T00:00:00", "week", "2013-W07"),
    ("2012-12-31T00:00:00", "week", "2013-W01"),
    ("2016-01-01T00:00:00", "week", "2015-W53"),
    ("2013-02-15T00:00:00", "day", "2013-02-15"),
    ("2013-02-12T15:00:00", "hour", "2013-02-12T15"),
    ("2013-02-12T15:20:00", "minute", "2013-02-12T15:20"),
    ("2013-02-12T15:23:24.000", "second", "2013-02-12T15:23:24"),
    ("-0044-01-01T00:00:00", "year", "BC0044"),
  ]

  @Test("An instant converts to TIMEX3 at its grain, weeks as ISO weeks", arguments: instants)
  func instant(value: String, grain: String, timex: String) throws {
    #expect(try DucklingTimex.instant(value, grain: grain) == timex)
  }

  @Test("The conversion tables are not empty")
  func tablesNotEmpty() {
    #expect(!Self.instants.isEmpty && !Self.durations.isEmpty)
  }

  @Test("An unknown grain or a malformed datetime is an error that names it")
  func badInstant() {
    #expect(throws: DucklingTimex.ConversionError.unknownGrain("fortnight")) {
      try DucklingTimex.instant("2013-02-12T00:00:00", grain: "fortnight")
    }
    #expect(throws: DucklingTimex.ConversionError.badDatetime("2013-02-30T00:00:00")) {
      try DucklingTimex.instant("2013-02-30T00:00:00", grain: "day")
    }
  }

  @Test("An hour matches with or without zero minutes; other grains match as written")
  func hourWithMinutes() {
    #expect(DucklingTimex.sameInstant("2013-02-12T15", "2013-02-12T15"))
    #expect(DucklingTimex.sameInstant("2013-02-12T15:00", "2013-02-12T15"))
    #expect(!DucklingTimex.sameInstant("2013-02-12T15:30", "2013-02-12T15"))
    #expect(!DucklingTimex.sameInstant("2013-02-12T15:20:00", "2013-02-12T15:20"))
    #expect(!DucklingTimex.sameInstant("2013-02-15:00", "2013-02-15"))
  }

  /// (amount, unit, TIMEX3 value).
  static let durations: [(Double, String, String)] = [
    (1, "second", "PT1S"), (90, "minute", "PT90M"), (12, "hour", "PT12H"), (2, "day", "P2D"),
    (7, "week", "P7W"), (1.5, "month", "P1.5M"), (3, "quarter", "P9M"), (2, "year", "P2Y"),
  ]

  @Test("A duration converts to TIMEX3, a quarter as three months", arguments: durations)
  func duration(amount: Double, unit: String, timex: String) throws {
    #expect(try DucklingTimex.duration(amount, unit: unit) == timex)
  }

  @Test("Durations are equal when they are the same amount, with a 30-day month and a 12-month year")
  func durationEquivalence() {
    #expect(DucklingTimex.sameDuration("PT1H30M", "PT90M"))
    #expect(DucklingTimex.sameDuration("P1.5M", "P45D"))
    #expect(DucklingTimex.sameDuration("P2Y3M", "P27M"))
    #expect(DucklingTimex.sameDuration("P1DT12H", "PT36H"))
    #expect(DucklingTimex.sameDuration("P2W", "P14D"))
    #expect(!DucklingTimex.sameDuration("P1Y", "P365D"))
    #expect(!DucklingTimex.sameDuration("PT90M", "PT90S"))
    #expect(DucklingTimex.sameDuration("PXM", "PXM"))
    #expect(!DucklingTimex.sameDuration("PXM", "P1M"))
    #expect(DucklingTimex.seconds(of: "2013-02-12") == nil)
  }

  // MARK: - Reading

  static func data(_ lines: String...) -> Data { Data(lines.joined(separator: "\n").utf8) }

  static let dayLine = """
    {"id": "T#1", "corpus": "main", "input": "on 3/14", "reference": "2013-02-12T04:30:00-02:00", \
    "expected": [{"text": "on 3/14", "start": 0, "end": 7, "value": "2013-03-14T00:00:00", "grain": "day"}]}
    """
  static let intervalLine = """
    {"id": "T#2", "corpus": "latent", "input": "dusk", "reference": "2013-02-12T04:30:00-02:00", \
    "expected": [{"text": "dusk", "start": 0, "end": 4, "value": null, "from": "2013-02-12T17:00:00", \
    "to": "2013-02-12T19:00:00", "grain": "hour"}]}
    """
  static let durationLine = """
    {"id": "D#1", "corpus": "main", "input": "ninety minutes", "reference": null, \
    "expected": [{"text": "ninety minutes", "start": 0, "end": 14, "value": 90, "unit": "minute"}]}
    """
  static let negativeLine = """
    {"id": "T#3", "corpus": "negative", "input": "mayor", "reference": "2013-02-12T04:30:00-02:00", "expected": []}
    """

  @Test("Lines read into instants, intervals, durations and negative cases")
  func readsTargets() throws {
    let cases = try DucklingTimeCase.readCases(
      jsonl: Self.data(Self.dayLine, "", Self.intervalLine, Self.durationLine, Self.negativeLine), file: "t.jsonl")
    try #require(cases.count == 4)
    #expect(cases[0].expected == [.init(start: 0, end: 7, target: .instant("2013-03-14"))])
    #expect(cases[0].referenceDate == CalendarDate(year: 2013, month: 2, day: 12))
    #expect(cases[1].expected.first?.target == .interval(from: "2013-02-12T17:00:00", to: "2013-02-12T19:00:00"))
    #expect(cases[1].expected.first?.target.value == nil)
    #expect(cases[2].expected.first?.target == .duration("PT90M"))
    #expect(cases[2].referenceDate == nil)
    #expect(cases[3].isNegative && cases[3].expected.isEmpty)
  }

  @Test("A bad line is an error naming the file and the line")
  func badLine() {
    let broken = #"{"id": "T#9", "corpus": "main", "input": "x"}"#
    #expect {
      _ = try DucklingTimeCase.readCases(jsonl: Self.data(Self.dayLine, broken), file: "t.jsonl")
    } throws: { error in
      let e = error as? DataFileError
      return e?.file == "t.jsonl" && e?.entry == "line 2"
    }
    let badGrain = Self.dayLine.replacingOccurrences(of: "\"day\"", with: "\"eon\"")
    #expect {
      _ = try DucklingTimeCase.readCases(jsonl: Self.data(badGrain), file: "t.jsonl")
    } throws: { error in
      let e = error as? DataFileError
      return e?.entry == "line 1" && e?.problem.contains("eon") == true
    }
  }

  // MARK: - Format detection

  @Test("The format is told from the first non-blank line")
  func detectsFormat() throws {
    let timebank = #"{"id": "a", "dct": "2013-02-12", "text": "Today.", "timex": []}"#
    #expect(try DateEvalFormat.detect(jsonl: Self.data("", timebank), file: "tb.jsonl") == .timebank)
    #expect(try DateEvalFormat.detect(jsonl: Self.data(Self.durationLine), file: "d.jsonl") == .duckling)
  }

  @Test("A file of neither format, or an empty one, is an error naming the file and line")
  func detectRejects() {
    #expect {
      _ = try DateEvalFormat.detect(jsonl: Self.data("", #"{"id": "a", "sentence": "x"}"#), file: "x.jsonl")
    } throws: { error in
      (error as? DataFileError).map { $0.file == "x.jsonl" && $0.entry == "line 2" } ?? false
    }
    #expect {
      _ = try DateEvalFormat.detect(jsonl: Self.data("not json"), file: "x.jsonl")
    } throws: { error in
      (error as? DataFileError)?.entry == "line 1"
    }
    #expect(throws: DataFileError.self) { _ = try DateEvalFormat.detect(jsonl: Data("\n \n".utf8), file: "e.jsonl") }
  }

  // MARK: - Scoring

  static func testCase(_ input: String, _ target: DucklingTimeCase.Target, corpus: String = "main")
    -> DucklingTimeCase
  {
    let length = input.unicodeScalars.count
    return DucklingTimeCase(
      id: input, corpus: corpus, input: input, reference: "2013-02-12T04:30:00-02:00",
      expected: [.init(start: 0, end: length, target: target)])
  }

  static func item(_ start: Int, _ end: Int, _ value: String, type: String = "DATE") -> TimexAnnotation {
    TimexAnnotation(start: start, end: end, type: type, value: value)
  }

  @Test("A negative case passes when nothing is found and fails when something is")
  func negative() {
    let negative = DucklingTimeCase(id: "n", corpus: "negative", input: "mayor", reference: nil, expected: [])
    var e = DucklingTimeEvaluation(name: "t")
    e.add(negative, items: [])
    e.add(negative, items: [Self.item(0, 3, "2013-05")])
    #expect(e.overall.negative == 2 && e.overall.negativePassed == 1)
    #expect(e.overall.positive == 0 && e.overall.found == 0)
    #expect(e.failures.map(\.failed) == [["negative"]])
  }

  @Test("A leading preposition may stay outside the item; other leading words may not")
  func leadingPreposition() {
    var e = DucklingTimeEvaluation(name: "t")
    e.add(Self.testCase("on 3/14", .instant("2013-03-14")), items: [Self.item(3, 7, "2013-03-14")])
    e.add(Self.testCase("@ 5pm", .instant("2013-02-12T17")), items: [Self.item(2, 5, "2013-02-12T17:00", type: "TIME")])
    e.add(Self.testCase("At  noon", .instant("2013-02-12T12")), items: [Self.item(4, 8, "2013-02-12T12")])
    #expect(e.overall.whole == 3 && e.overall.value == 3)
    // "the" is not a preposition, and "in" must be a whole word.
    e.add(Self.testCase("the 14th", .instant("2013-02-14")), items: [Self.item(4, 8, "2013-02-14")])
    e.add(Self.testCase("inauguration day", .instant("2013-01-21")), items: [Self.item(2, 16, "2013-01-21")])
    #expect(e.overall.found == 5 && e.overall.whole == 3 && e.overall.value == 5)
    #expect(e.failures.map(\.failed) == [["whole"], ["whole"]])
  }

  @Test("Found needs an overlapping item, value any item with the value; an interval scores no value")
  func foundWholeValue() {
    var e = DucklingTimeEvaluation(name: "t")
    e.add(Self.testCase("march 3 2015", .instant("2015-03-03")), items: [Self.item(8, 12, "2015")])
    e.add(Self.testCase("ninety minutes", .duration("PT90M")), items: [Self.item(0, 14, "PT1H30M", type: "DURATION")])
    e.add(Self.testCase("dusk", .interval(from: "2013-02-12T17:00:00", to: nil), corpus: "latent"), items: [])
    #expect(e.overall.cases == 3 && e.overall.positive == 3)
    #expect(e.overall.found == 2 && e.overall.whole == 1)
    #expect(e.overall.valued == 2 && e.overall.value == 1)
    #expect(e.byKind["latent"]?.valued == 0 && e.byKind["latent"]?.found == 0)
    #expect(e.failures.map(\.failed) == [["whole", "value"], ["found", "whole"]])
    #expect(e.failures.last?.expected == "interval 2013-02-12T17:00:00/…")
  }

  @Test("The extractor runs with the reference date as publication date")
  func scoresWithExtractor() {
    let cases = [Self.testCase("April 26, 2022", .instant("2022-04-26"))]
    let e = DucklingTimeEvaluation.score(cases, name: "t")
    #expect(e.overall.found == 1 && e.overall.whole == 1 && e.overall.value == 1)
  }

  @Test("The report lists kinds in Duckling's order, then all cases")
  func report() {
    var e = DucklingTimeEvaluation(name: "t.jsonl")
    e.add(DucklingTimeCase(id: "n", corpus: "negative", input: "x", reference: nil, expected: []), items: [])
    e.add(Self.testCase("on 3/14", .instant("2013-03-14"), corpus: "default"), items: [Self.item(3, 7, "2013-03-14")])
    e.add(Self.testCase("3/15", .instant("2013-03-15")), items: [])
    let lines = e.report()
    #expect(lines.first == "t.jsonl: 3 cases (main 1, default 1, negative 1)")
    #expect(lines.dropFirst(2).map { String($0.prefix(9)) } == ["main     ", "default  ", "negative ", "all      "])
    #expect(lines.last?.contains("found 1/2") == true && lines.last?.contains("no date 1/1") == true)
  }
}
