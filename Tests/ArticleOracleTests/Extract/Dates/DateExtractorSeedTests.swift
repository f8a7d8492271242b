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
