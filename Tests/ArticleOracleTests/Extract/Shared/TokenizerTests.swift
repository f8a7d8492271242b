import Testing

@testable import ArticleOracle

/// The tokenizer every extractor stands on: code-point offsets, words, numbers, punctuation.
@Suite("Tokenizer")
struct TokenizerTests {
  func describe(_ text: String) -> [String] {
    Tokenizer.tokens(text).map { "\($0.kind == .word ? "w" : $0.kind == .number ? "n" : "p"):\($0.text)\($0.spaceBefore ? "_" : "")" }
  }

  @Test("Words keep letters and marks, numbers keep inner separators, the rest is one-scalar punctuation")
  func kinds() {
    #expect(describe("Erdoğan's 2,660 troops: $1.5bn.") == ["w:Erdoğan", "p:'", "w:s", "n:2,660_", "w:troops_", "p::", "p:$_", "n:1.5", "w:bn", "p:."])
    #expect(describe("Ban Ki-moon, COVID-19 (e\u{301}t\u{E9})") == ["w:Ban", "w:Ki_", "p:-", "w:moon", "p:,", "w:COVID_", "p:-", "n:19", "p:(_", "w:e\u{301}t\u{E9}", "p:)"])
    #expect(describe("1,5 2. 3,") == ["n:1,5", "n:2_", "p:.", "n:3_", "p:,"])
    #expect(describe("👍\u{A0}“Yes”\u{2003}—no") == ["p:👍", "p:“_", "w:Yes", "p:”", "p:—_", "w:no"])
  }

  @Test("Every token's text is exactly its code-point slice, and all non-space text is covered", arguments: 0..<50)
  func offsetsAreCodePoints(seed: Int) {
    var generator = SeededGenerator(state: UInt64(seed))
    let alphabet: [Unicode.Scalar] = ["a", "Z", "ğ", "é", "\u{301}", "1", "9", ",", ".", "-", "'", "’", " ", "\n", "\u{A0}", "$", "€", "😀", "Ж", "中", "\t"]
    var text = String.UnicodeScalarView()
    for _ in 0..<200 { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
    let string = String(text)
    let scalars = Array(string.unicodeScalars)
    var covered = Array(repeating: false, count: scalars.count)
    var previousEnd = 0
    for token in Tokenizer.tokens(string) {
      #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
      #expect(token.start >= previousEnd)
      #expect(token.spaceBefore == (token.start > previousEnd))
      for index in token.start..<token.end { covered[index] = true }
      previousEnd = token.end
    }
    for (index, scalar) in scalars.enumerated() {
      #expect(covered[index] != scalar.properties.isWhitespace, "scalar \(index) \(scalar.escaped(asASCII: true))")
    }
  }
}
