import Foundation
import Testing

@testable import ArticleOracle

/// The seeds' dates match the spec (section 2) after normalization.
@Suite("Date extractor on seeds")
struct DateExtractorSeedTests {
  func dates(_ prefix: String) throws -> [DateItem] {
    let article = try Normalizer().normalize(ArticleInput.read(path: TestPaths.seed(prefix).path))
    return DateExtractor().extract(from: article.text, published: article.published)
  }

  func values(_ items: [DateItem], _ text: String) -> Set<String> {
    Set(items.filter { $0.text == text }.map(\.value))
  }

  @Test("Seed 003 resolves Monday, Thursday, last week and Feb. 24 against 2022-04-26")
  func seed003() throws {
    let items = try dates("003")
    #expect(values(items, "Monday") == ["2022-04-25"])
    #expect(values(items, "Thursday") == ["2022-04-28"])
    #expect(values(items, "last week") == ["2022-W16"])
    #expect(values(items, "Feb. 24") == ["2022-02-24"])
    #expect(values(items, "April 26") == ["2022-04-26"])
    #expect(values(items, "the Orthodox Easter weekend") == ["2022-W16-WE"])
    #expect(values(items, "the present moment") == ["PRESENT_REF"])
  }

  @Test("Seed 001: nearly nine weeks is P9W LESS_THAN; day 61 is a figure, not a date")
  func seed001Duration() throws {
    let items = try dates("001")
    let duration = items.filter { $0.text == "nearly nine weeks" }
    #expect(duration.map(\.value) == ["P9W"])
    #expect(duration.map(\.mod) == ["LESS_THAN"])
    #expect(!items.contains { $0.text.contains("61") })
  }

  @Test("Seed 004: its 58th day is not a date; around five days ago is APPROX and unresolved")
  func seed004() throws {
    let items = try dates("004")
    #expect(!items.contains { $0.text.contains("58") })
    let ago = items.filter { $0.text == "around five days ago" }
    #expect(ago.map(\.value) == ["XXXX-XX-XX"])
    #expect(ago.map(\.mod) == ["APPROX"])
    #expect(ago.map(\.anchor) == [.unresolved])
  }

  @Test("Seed 001 has April 26, 2022")
  func seed001() throws {
    #expect(values(try dates("001"), "April 26, 2022") == ["2022-04-26"])
  }

  @Test("Seed 000 has no publication date: Wednesday stays XXXX-WXX-3, unresolved")
  func seed000() throws {
    let items = try dates("000")
    let wednesday = items.filter { $0.text == "Wednesday" }
    #expect(!wednesday.isEmpty)
    #expect(wednesday.allSatisfy { $0.value == "XXXX-WXX-3" && $0.anchor == .unresolved })
    #expect(items.allSatisfy { $0.anchor != .publication })
  }
}
