import Foundation
import Testing

@testable import ArticleOracle

/// The seeds' figures, as section 4 of the extraction spec reads them: every figure a
/// careful reader finds, and nothing else.
@Suite("Figure seeds")
struct FigureSeedTests {
  let normalizer: Normalizer

  init() throws {
    normalizer = try Normalizer()
  }

  func seedFigures(_ prefix: String) throws -> [String] {
    let article = try normalizer.normalize(ArticleInput.read(path: TestPaths.seed(prefix).path))
    return FigureExtractor().extract(from: article.text).map(describe)
  }

  @Test("Seed 000: thousands, millions of Ukrainians, over 5 million, the first meeting, the two sides")
  func seed000() throws {
    #expect(
      try seedFigures("000") == [
        "thousands = 1000 vague",
        "millions = 1000000 vague /Ukrainians",
        "over 5 million = 5000000 cardinal more_than",
        "first = 1 ordinal /meeting",
        "two = 2 cardinal /sides",
      ])
  }

  @Test("Seed 001: day 61 and thousands of civilians; nine weeks is a duration, April 26, 2022 a date")
  func seed001() throws {
    #expect(try seedFigures("001") == ["day 61 = 61 ordinal /day", "thousands = 1000 vague /civilians"])
  }

  @Test("Seed 002 has no figure")
  func seed002() throws {
    #expect(try seedFigures("002") == [])
  }

  @Test("Seed 003: third month, the two countries, More than 2,660 civilians, $300 million, $165 million")
  func seed003() throws {
    #expect(
      try seedFigures("003") == [
        "third month = 3 ordinal /month",
        "two = 2 cardinal /countries",
        "More than 2,660 = 2660 cardinal more_than /civilians",
        "$300 million = 300000000 money /USD",
        "$165 million = 165000000 money /USD",
      ])
  }

  @Test("The pipeline's extraction carries the figures, and its JSON has a figures array")
  func pipelineJSON() throws {
    let pipeline = try ExtractionPipeline()
    let extraction = try pipeline.run(ArticleInput.read(path: TestPaths.seed("003").path))
    #expect(extraction.figures.map(describe).contains("$300 million = 300000000 money /USD"))
    let json = try StableJSON.string(extraction)
    #expect(json.contains("\"figures\""))
    #expect(json.contains("\"More than 2,660\""))
    #expect(pipeline.versions.figures == FigureExtractor.version)
  }

  @Test("With the date extractor's items, the seeds keep the same figures", arguments: ["000", "001", "002", "003", "004"])
  func withDates(prefix: String) throws {
    let pipeline = try ExtractionPipeline()
    let extraction = try pipeline.run(ArticleInput.read(path: TestPaths.seed(prefix).path))
    #expect(extraction.figures == FigureExtractor().extract(from: extraction.article.text))
  }

  @Test("Seed 004: the 58th day and Hundreds of troops; two months and five days are durations")
  func seed004() throws {
    #expect(try seedFigures("004") == ["58th day = 58 ordinal /day", "Hundreds = 100 vague /troops"])
  }
}
