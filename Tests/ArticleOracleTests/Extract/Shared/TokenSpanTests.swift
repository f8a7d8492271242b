import Testing

@testable import ArticleOracle

/// `Tokenizer.spans(utf8:)` (the byte-level pass every extractor reads) and `Tokenizer.tokens`
/// (spans with their texts) against a reference written from the documented rules over
/// Unicode scalars: a word is letters then letters or marks, a number is digits with inner
/// `,`/`.` between digits, anything else that is not white space is one punctuation token.
@Suite("Token spans")
struct TokenSpanTests {
  struct Reference: Equatable {
    var kind: Token.Kind
    var text: String
    var start: Int
    var end: Int
    var spaceBefore: Bool
    var newlineBefore: Bool
  }

  func reference(_ text: String) -> [Reference] {
    let s = Array(text.unicodeScalars)
    var out: [Reference] = []
    var i = 0
    var space = false
    var newline = false
    func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    func isMark(_ c: Unicode.Scalar) -> Bool {
      c.value >= 0x300 && [.nonspacingMark, .spacingMark].contains(c.properties.generalCategory)
    }
    func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    while i < s.count {
      if isSpace(s[i]) {
        space = true
        if s[i] == "\n" { newline = true }
        i += 1
        continue
      }
      let start = i
      let kind: Token.Kind
      if isLetter(s[i]) {
        kind = .word
        i += 1
        while i < s.count, isLetter(s[i]) || isMark(s[i]) { i += 1 }
      } else if isDigit(s[i]) {
        kind = .number
        i += 1
        while i < s.count {
          if isDigit(s[i]) {
            i += 1
          } else if s[i] == "," || s[i] == ".", i + 1 < s.count, isDigit(s[i + 1]) {
            i += 2
          } else {
            break
          }
        }
      } else {
        kind = .punct
        i += 1
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: s[start..<i])
      out.append(Reference(kind: kind, text: String(view), start: start, end: i, spaceBefore: space, newlineBefore: newline))
      space = false
      newline = false
    }
    return out
  }

  func check(_ string: String) {
    var text = string
    let expected = reference(string)
    let tokens = Tokenizer.tokens(text)
    #expect(tokens.map { Reference(kind: $0.kind, text: $0.text, start: $0.start, end: $0.end, spaceBefore: $0.spaceBefore, newlineBefore: false) }
      == expected.map { var r = $0; r.newlineBefore = false; return r }, "\(string.debugDescription)")
    text.withUTF8 { bytes in
      let spans = Tokenizer.spans(utf8: bytes).map { span in
        Reference(
          kind: span.kind, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte]), as: UTF8.self),
          start: span.start, end: span.end, spaceBefore: span.spaceBefore, newlineBefore: span.newlineBefore)
      }
      #expect(spans == expected, "\(string.debugDescription)")
    }
  }

  @Test("Spans and tokens have the kinds, offsets and texts of the reference")
  func examples() {
    check("Erdoğan's 2,660 troops: $1.5bn.\nBan Ki-moon, COVID-19 (e\u{301}t\u{E9})")
    check("👍\u{A0}“Yes”\u{2003}—no\r\n\t1,5 2. 3,\u{2028}Ж\u{85}x")
    check("")
    check(" \n ")
  }

  @Test("Spans and tokens agree with the reference on random text", arguments: 0..<50)
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
