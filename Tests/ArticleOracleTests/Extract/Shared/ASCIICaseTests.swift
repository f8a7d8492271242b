import Testing

@testable import ArticleOracle

/// `ASCIICase`, the byte-level lower-casing the word lookups share, agrees with `lowercased()`.
@Suite("ASCII case")
struct ASCIICaseTests {
  @Test("Every ASCII byte is lowered as lowercased() lowers it")
  func everyASCIIByte() {
    for b in UInt8(0)..<0x80 {
      let expected = String(UnicodeScalar(b)).lowercased().utf8
      #expect(expected.count == 1)
      #expect(ASCIICase.lower(b) == expected.first, "\(b)")
    }
  }

  @Test("Bytes at or above 0x80 are kept")
  func otherBytes() {
    for b in UInt8(0x80)...0xFF { #expect(ASCIICase.lower(b) == b, "\(b)") }
  }

  @Test("A word's bytes give its lower-case text")
  func words() {
    for word in ["Guterres", "UPDATED", "said", "Q3", "U.S.", ""] {
      var text = word
      #expect(text.withUTF8 { ASCIICase.lowercased(utf8: $0) } == word.lowercased(), "\(word)")
    }
  }
}
