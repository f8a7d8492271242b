import Testing

@testable import ArticleOracle

/// `Tokenizer.spans(utf8:)`, the byte-span view the actor linker reads, against `Tokenizer.tokens`.
@Suite("Token spans")
struct TokenSpanTests {
  func check(_ string: String) {
    var text = string
    let tokens = Tokenizer.tokens(text)
    let scalars = Array(text.unicodeScalars)
    text.withUTF8 { bytes in
      let spans = Tokenizer.spans(utf8: bytes)
      #expect(spans.count == tokens.count, "\(string.debugDescription)")
      var previousEnd = 0
      for (span, token) in zip(spans, tokens) {
        #expect(span.kind == token.kind && span.start == token.start && span.end == token.end)
        #expect(span.spaceBefore == token.spaceBefore)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte]), as: UTF8.self)
        #expect(text == token.text)
        #expect(span.newlineBefore == scalars[previousEnd..<token.start].contains("\n"))
        previousEnd = token.end
      }
    }
  }

  @Test("Spans have the kinds, offsets and texts of the tokens")
  func examples() {
    check("Erdoğan's 2,660 troops: $1.5bn.\nBan Ki-moon, COVID-19 (e\u{301}t\u{E9})")
    check("👍\u{A0}“Yes”\u{2003}—no\r\n\t1,5 2. 3,\u{2028}Ж\u{85}x")
    check("")
    check(" \n ")
  }

  @Test("Spans agree with the tokens on random text", arguments: 0..<50)
  func random(seed: Int) {
    var generator = SeededGenerator(state: UInt64(seed) &+ 1000)
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", "ğ", "é", "\u{301}", "1", "9", ",", ".", "-", "\u{2010}", "'", "’", " ", "\n", "\r", "\u{A0}",
      "\u{2028}", "$", "€", "😀", "Ж", "中", "\t", "\u{85}",
    ]
    var text = String.UnicodeScalarView()
    for _ in 0..<200 { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
    check(String(text))
  }
}
