import Foundation
import Testing

@testable import ArticleOracle

/// The figure extractor's rules, case by case (section 4 of the extraction spec).
@Suite("Figure extractor")
struct FigureExtractorTests {
  @Test("The case table is large enough and has its negatives")
  func tableSize() {
    #expect(FigureCaseTable.positives.count + FigureCaseTable.negatives.count >= 150)
    #expect(FigureCaseTable.negatives.count >= 40)
  }

  @Test("Each text gives exactly its figures", arguments: FigureCaseTable.positives.indices)
  func positive(index: Int) {
    let (text, expected) = FigureCaseTable.positives[index]
    #expect(figures(text) == expected, "\(text)")
  }

  @Test("Each negative text gives no figure", arguments: FigureCaseTable.negatives)
  func negative(text: String) {
    #expect(figures(text) == [], "\(text)")
  }

  @Test("Offsets are code points and the span text is the text at those offsets")
  func offsets() {
    let text = "Erdoğan’s envoy said “more than 2,660” civilians — and €5bn."
    let scalars = Array(text.unicodeScalars)
    let items = FigureExtractor().extract(from: text)
    #expect(items.count == 2)
    for item in items {
      #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text)
    }
  }

  @Test("Spans the date extractor owns are never figures")
  func dateSpans() {
    let text = "The war has lasted 61 days."
    let date = DateItem(text: "61 days", start: 19, end: 26, type: .duration, value: "P61D", anchor: .absolute)
    #expect(figures(text, dates: [date]) == [])
    let owned = DateItem(text: "300", start: 5, end: 8, type: .date, value: "0300", anchor: .absolute)
    #expect(figures("Some 300 troops", dates: [owned]) == [])
    #expect(figures("Some 300 troops") == ["Some 300 = 300 cardinal approx /troops"])
  }

  @Test(
    "Centuries and split years the date extractor reads are not figures",
    arguments: ["A 19th-century law and the twentieth century.", "The winter of 2023-24 was mild."])
  func datesOwnTheirNumbers(text: String) throws {
    let dates = DateExtractor().extract(from: text, published: CalendarDate(iso: "2024-03-05"))
    #expect(!dates.isEmpty)
    #expect(figures(text, dates: dates) == [])
  }

  @Test("Figures come in text order and the output is the same on every run")
  func order() {
    let text = "over 5 million, $300 million and the third month; thousands of people."
    let first = FigureExtractor().extract(from: text)
    #expect(first == FigureExtractor().extract(from: text))
    #expect(first.map(\.start) == first.map(\.start).sorted())
    #expect(first.count == 4)
  }

  @Test("Random text of number-like pieces never traps, and every span is the text at its offsets")
  func robustness() {
    let pieces = [
      "1", "2,660", "0.5", "1e999", "999999999999999999999999", "-", "–", "$", "€", "%", "/", ":", ".", ",",
      "(", ")", "½", "×10", "^", "+", "million", "thousands", "of", "one", "the", "other", "first", "Feb",
      "24", "2022", "a", "half", "point", "and", "dozen", "per", "cent", "USD", "US", "Rs", "day", "years",
      "\n\n", "ğ", "é", "🙂", "between", "to", "more", "than", "about", "grand", "cents", "th", "st", "k", "bn",
    ]
    var generator = SeededGenerator(state: 7)
    let extractor = FigureExtractor()
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<Int.random(in: 1...14, using: &generator) {
        if Bool.random(using: &generator) { text += " " }
        text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      }
      let scalars = Array(text.unicodeScalars)
      for item in extractor.extract(from: text) {
        #expect(item.start < item.end && item.end <= scalars.count, "\(text)")
        #expect(item.value.isFinite, "\(text)")
        guard item.start < item.end, item.end <= scalars.count else { continue }
        let span = String(String.UnicodeScalarView(scalars[item.start..<item.end]))
        #expect(span.split(whereSeparator: \.isWhitespace) == item.text.split(separator: " "), "\(text)")
      }
    }
  }

  @Test("The shipped lexicon loads, and the version is 1.11.0")
  func lexicon() throws {
    _ = try FigureLexicon.bundled()
    #expect(FigureExtractor.version == "1.11.0")
  }

  @Test("A broken lexicon file names the file and the entry")
  func brokenLexicon() throws {
    let words = String(decoding: try BundledResource.data("figures-words.yaml"), as: UTF8.self)
    let bad = "version: 1\ncurrencies:\n  - {code: usd, symbols: [], names: [], minor: []}\nstandalone-minor: []\n"
    #expect(throws: DataFileError(file: "figures-currencies.yaml", entry: "usd", problem: "the code must be three capital letters (ISO 4217)")) {
      try FigureLexicon(currenciesYAML: bad, wordsYAML: words)
    }
    let unlisted = "version: 1\ncurrencies:\n  - {code: USD, symbols: [], names: [], minor: []}\nstandalone-minor:\n  - {unit: pence, currency: GBP, symbols: [], names: [pence]}\n"
    #expect(throws: DataFileError(file: "figures-currencies.yaml", entry: "standalone-minor.pence", problem: "currency GBP is not a listed currency")) {
      try FigureLexicon(currenciesYAML: unlisted, wordsYAML: words)
    }
    // A bound after the number is read as two words; another length is an error, not a miss.
    let currencies = String(decoding: try BundledResource.data("figures-currencies.yaml"), as: UTF8.self)
    let longBound = words.replacingOccurrences(of: "\"or more\",", with: "\"or even more\",")
    #expect(longBound != words)
    #expect(throws: DataFileError(file: "figures-words.yaml", entry: "qualifiers-after", problem: "\"or even more\" is not two words (\"or more\")")) {
      try FigureLexicon(currenciesYAML: currencies, wordsYAML: longBound)
    }
  }
}
