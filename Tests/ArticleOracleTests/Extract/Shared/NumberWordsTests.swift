import Testing

@testable import ArticleOracle

/// `NumberWords.read`, the reader the date and figure extractors share.
@Suite("Number words")
struct NumberWordsTests {
  static let cases: [(String, Double, Bool, Int)] = [
    // text, value, isOrdinal, tokens consumed
    ("twenty-one", 21, false, 3),
    ("one hundred and five", 105, false, 4),
    ("a dozen", 12, false, 2),
    ("a pair", 2, false, 2),
    ("half a million", 500_000, false, 3),
    ("half a dozen", 6, false, 3),
    ("two point two million", 2_200_000, false, 4),
    ("point 77", 0.77, false, 2),
    ("three thousand millions", 3e9, false, 3),
    ("three billions", 3e9, false, 2),
    ("two hundred dozens", 2400, false, 3),
    ("2 dozens", 24, false, 2),
    ("5 million", 5e6, false, 2),
    ("1.2 billion", 1.2e9, false, 2),
    // A group below one before a scale is that share of it, not one (`million` alone is one).
    ("0.5 million", 500_000, false, 2),
    ("zero point five million", 500_000, false, 4),
    ("million", 1e6, false, 1),
    ("two and a half million", 2.5e6, false, 5),
    ("twenty—fifth", 25, true, 3),
    ("thirtyfirst", 31, true, 1),
    ("third", 3, true, 1),
    ("nought", 0, false, 1),
    ("one two", 1, false, 1),
    ("twenty five and thirty six", 25, false, 2),
    ("hundred and five hundred and six", 105, false, 3),
  ]

  @Test("Reads the value, whether it is an ordinal, and where it ends", arguments: cases.indices)
  func reads(index: Int) throws {
    let (text, value, isOrdinal, consumed) = Self.cases[index]
    let reading = try #require(NumberWords.read(Tokenizer.tokens(text), from: 0), "\(text)")
    #expect(reading.value == value, "\(text)")
    #expect(reading.isOrdinal == isOrdinal, "\(text)")
    #expect(reading.endIndex == consumed, "\(text)")
  }

  @Test("Words that start no number give nil", arguments: ["a", "the", "thousands", "several", "and", "point"])
  func noNumber(text: String) {
    #expect(NumberWords.read(Tokenizer.tokens(text), from: 0) == nil)
  }

  @Test("Digit values need real thousands groups")
  func digitValue() {
    #expect(NumberWords.digitValue("2,660") == 2660)
    #expect(NumberWords.digitValue("1,500,000") == 1_500_000)
    #expect(NumberWords.digitValue("1.5") == 1.5)
    #expect(NumberWords.digitValue("1,50") == nil)
    #expect(NumberWords.digitValue("1.2.3") == nil)
  }
}
