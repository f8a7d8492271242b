import Testing

@testable import ArticleOracle

/// The byte-level lookups the figure scanner uses instead of a `String` per token must
/// answer what the `String` forms answer.
@Suite("Figure token lookups")
struct FigureTokenLookupTests {
  static let text =
    "About A dozen AN estimated $5 over 2,660 Thirtyfirst twentyfive MILLION May hryvnias US$ 3 "
    + "a an Between between BETWEEN from http www Erdoğan İstanbul \u{212A}m ½ − . - £ € Rs Half"

  @Test("A word's classes from its bytes equal those from its String")
  func wordClassFromBytes() throws {
    let lexicon = try FigureLexicon.bundled()
    var text = Self.text
    let tokens = Tokenizer.tokens(text)
    #expect(!tokens.isEmpty)
    text.withUTF8 { bytes in
      for span in Tokenizer.spans(utf8: bytes) where span.kind == .word {
        let utf8 = UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte])
        let word = String(decoding: utf8, as: UTF8.self)
        #expect(lexicon.wordClass(utf8: utf8) == lexicon.wordClass(word), "\(word)")
      }
    }
  }

  @Test("Lazy token texts, lower-cased words and word tests match the tokenizer's tokens")
  func lazyTokens() throws {
    let lexicon = try FigureLexicon.bundled()
    var text = Self.text
    let tokens = Tokenizer.tokens(text)
    #expect(!tokens.isEmpty)
    text.withUTF8 { bytes in
      let spans = Tokenizer.spans(utf8: bytes)
      let list = FigureTokens(spans: spans, base: 0, count: spans.count, bytes: bytes)
      let scanner = FigureScanner(
        tokens: list, classes: [UInt8](repeating: 0, count: spans.count), dateSpans: [], lexicon: lexicon)
      #expect(Array(list.asTokens) == tokens)
      for (index, token) in tokens.enumerated() {
        #expect(list[index].firstScalar == token.text.unicodeScalars.first)
        let lower: String? = token.kind == .word ? FigureScanner.lowercase(token.text) : nil
        #expect(scanner.word(index) == lower)
        for literal: StaticString in ["a", "an", "between", "from", "http", "www", "km", "half"] {
          #expect(scanner.wordIs(index, literal) == (lower == literal.description), "\(token.text) \(literal)")
        }
      }
    }
  }
}
