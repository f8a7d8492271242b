import Testing

@testable import ArticleOracle

/// Every table case extracts exactly its expected items, in text order.
@Suite("Date extractor table")
struct DateExtractorTableTests {
  @Test("The table has at least 150 cases")
  func tableSize() {
    #expect(DateCases.all.count >= 150)
  }

  @Test("Each sentence gives exactly the expected items", arguments: DateCases.all)
  func tableCase(_ c: DateCase) throws {
    let published = try c.published.map { try #require(CalendarDate(iso: $0)) }
    let items = DateExtractor().extract(from: c.sentence, published: published)
    let expected = c.expected.map(DateCase.Expectation.init)
    #expect(items.count == expected.count, "got \(items.map { "\($0.text) => \($0.value) \($0.type.rawValue) \($0.mod ?? "")" })")
    for (item, expectation) in zip(items, expected) {
      #expect(expectation.isMet(by: item), "expected \(expectation), got \(item.text) => \(item.value) \(item.type.rawValue) mod=\(item.mod ?? "-") anchor=\(item.anchor.rawValue)")
    }
  }

  @Test("Offsets are code points into the text, end exclusive")
  func offsets() throws {
    let text = "Erdoğan’s visit on Feb. 24 ended."
    let items = DateExtractor().extract(from: text, published: CalendarDate(year: 2022, month: 4, day: 26))
    let item = try #require(items.first)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == "Feb. 24")
    #expect(item.start == 19)
  }
}
