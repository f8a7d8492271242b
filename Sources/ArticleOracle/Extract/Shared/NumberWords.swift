/// Reads numbers written in words from a token stream: `two`, `twenty-one`,
/// `one hundred and five`, `a dozen`, `half a million`, `2.5 million`, `three thousand`.
public enum NumberWords {
  public static let units: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  public static let tens: [String: Double] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
  ]
  public static let scales: [String: Double] = [
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
  ]
  public static let ordinalUnits: [String: Double] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1e6, "billionth": 1e9,
  ]

  /// A number read from tokens: its value, the index after its last token, and whether the
  /// last word was an ordinal (`twenty-first`).
  public struct Reading: Hashable, Sendable {
    public var value: Double
    public var endIndex: Int
    public var isOrdinal: Bool
  }

  /// Reads the longest cardinal or ordinal number written in words (or digits followed by
  /// scale words) starting at `tokens[start]`. Returns nil when no number starts there.
  public static func read(_ tokens: [Token], from start: Int) -> Reading? {
    var total: Double = 0  // completed scale groups
    var group: Double = 0  // current group below the scale
    var index = start
    var consumed = false
    var lastEnd = start
    var isOrdinal = false
    var lastWasUnitOrTen = false
    var sawHundredInGroup = false

    func word(_ i: Int) -> String? {
      guard i < tokens.count, tokens[i].kind == .word else { return nil }
      return tokens[i].text.lowercased()
    }

    // "a dozen", "a hundred", "a million", "half a million"
    if let first = word(index) {
      if first == "half", word(index + 1) == "a", let scale = word(index + 2).flatMap({ scales[$0] ?? ($0 == "hundred" ? 100 : nil) }) {
        return Reading(value: scale / 2, endIndex: index + 3, isOrdinal: false)
      }
      if first == "a" || first == "an", let next = word(index + 1) {
        if next == "dozen" { return Reading(value: 12, endIndex: index + 2, isOrdinal: false) }
        if next == "hundred" || scales[next] != nil {
          group = 1
          index += 1
          consumed = true
        } else {
          return nil
        }
      }
    }
    if !consumed, index < tokens.count, tokens[index].kind == .number, let next = word(index + 1),
      scales[next] != nil || next == "hundred",
      let digits = Double(tokens[index].text.replacingOccurrences(of: ",", with: ""))
    {
      group = digits
      index += 1
      consumed = true
    }

    while let w = word(index) {
      if let u = units[w], !lastWasUnitOrTen || (group.truncatingRemainder(dividingBy: 100) >= 20 && group.truncatingRemainder(dividingBy: 10) == 0 && u < 10) {
        if lastWasUnitOrTen && group.truncatingRemainder(dividingBy: 100) < 20 { break }
        group += u
        lastWasUnitOrTen = true
      } else if let t = tens[w], !lastWasUnitOrTen {
        group += t
        lastWasUnitOrTen = true
      } else if let o = ordinalUnits[w], o < 100 || o == 100 || o >= 1000 {
        if o >= 100 {
          group = max(group, 1) * o
        } else {
          if lastWasUnitOrTen && (group.truncatingRemainder(dividingBy: 10) != 0 || o >= 10) { break }
          group += o
        }
        index += 1
        lastEnd = index
        isOrdinal = true
        consumed = true
        break
      } else if w == "hundred", !sawHundredInGroup {
        group = max(group, 1) * 100
        sawHundredInGroup = true
        lastWasUnitOrTen = false
      } else if let scale = scales[w] {
        total += max(group, 1) * scale
        group = 0
        sawHundredInGroup = false
        lastWasUnitOrTen = false
      } else if w == "and", consumed, let next = word(index + 1), units[next] != nil || tens[next] != nil {
        index += 1
        continue
      } else {
        break
      }
      index += 1
      lastEnd = index
      consumed = true
      // "twenty-one": a hyphen between a ten and a unit joins them.
      if index + 1 < tokens.count, tokens[index].isPunct("-"), !tokens[index].spaceBefore,
        let next = word(index + 1), units[next] != nil || ordinalUnits[next] != nil, tens[w] != nil
      {
        index += 1
      }
    }
    guard consumed, lastEnd > start else { return nil }
    return Reading(value: total + group, endIndex: lastEnd, isOrdinal: isOrdinal)
  }
}
