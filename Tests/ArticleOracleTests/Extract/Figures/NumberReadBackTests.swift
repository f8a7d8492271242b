import Testing

@testable import ArticleOracle

/// Any integer up to 999,999,999, written in words and in digits with separators, reads
/// back exactly. The integers come from a seeded generator, so every run checks the same
/// ones, plus the edges of every scale.
@Suite("Number read-back")
struct NumberReadBackTests {
  static let edges: [Int] = [
    0, 1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 105, 110, 999, 1000, 1001, 1010, 1100, 9999, 10_000,
    12_345, 99_999, 100_000, 100_001, 999_999, 1_000_000, 1_000_001, 1_001_000, 10_000_000,
    100_000_000, 999_999_999,
  ]

  static let samples: [Int] = {
    var generator = SeededGenerator(state: 20_221_122)
    var values = edges
    for _ in 0..<3000 {
      // Spread over magnitudes: pick a number of digits, then a value with that many.
      let digits = Int.random(in: 1...9, using: &generator)
      let upper = Int(pow10(digits)) - 1
      values.append(Int.random(in: 0...upper, using: &generator))
    }
    return values
  }()

  static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }

  @Test("There are values to check")
  func nonEmpty() {
    #expect(Self.samples.count > 3000)
  }

  @Test("Words read back exactly, through NumberWords and through the extractor")
  func words() {
    let extractor = FigureExtractor()
    for value in Self.samples {
      let text = EnglishSpeller.words(value)
      let reading = NumberWords.read(Tokenizer.tokens(text), from: 0)
      #expect(reading?.value == Double(value), "\(text)")
      #expect(reading?.endIndex == Tokenizer.tokens(text).count, "\(text)")
      // `one` alone is a pronoun unless it counts something: give it a noun.
      let items = extractor.extract(from: text + " people")
      #expect(items.map(\.value) == [Double(value)], "\(text)")
      #expect(items.first?.text == text, "\(text)")
    }
  }

  @Test("Digits with thousands separators read back exactly")
  func digits() {
    let extractor = FigureExtractor()
    for value in Self.samples {
      let text = EnglishSpeller.digits(value)
      let items = extractor.extract(from: "They counted " + text + " people.")
      #expect(items.map(\.value) == [Double(value)], "\(text)")
      #expect(items.first?.text == text, "\(text)")
    }
  }
}

/// Writes integers in English the way news copy does: `one hundred and five`,
/// `twenty-one thousand three hundred`, and in digits with commas.
enum EnglishSpeller {
  static let small = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

  /// 0...999 in words; `and` after the hundreds when `british` is set.
  static func belowThousand(_ n: Int, british: Bool) -> String {
    var parts: [String] = []
    if n >= 100 { parts.append(small[n / 100] + " hundred") }
    let rest = n % 100
    if rest > 0 {
      if n >= 100, british { parts.append("and") }
      if rest < 20 {
        parts.append(small[rest])
      } else {
        parts.append(tens[rest / 10] + (rest % 10 > 0 ? "-" + small[rest % 10] : ""))
      }
    }
    return parts.joined(separator: " ")
  }

  static func words(_ n: Int) -> String {
    if n == 0 { return "zero" }
    var parts: [String] = []
    let groups = [(1_000_000, "million"), (1000, "thousand")]
    var rest = n
    for (size, name) in groups where rest >= size {
      parts.append(belowThousand(rest / size, british: n % 2 == 0) + " " + name)
      rest %= size
    }
    if rest > 0 { parts.append(belowThousand(rest, british: n % 2 == 0)) }
    return parts.joined(separator: " ")
  }

  static func digits(_ n: Int) -> String {
    let plain = String(n)
    var out = ""
    for (index, character) in plain.enumerated() {
      if index > 0, (plain.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return out
  }
}
