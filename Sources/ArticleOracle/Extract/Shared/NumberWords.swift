/// Reads numbers written in words from a token stream: `two`, `twenty-one`,
/// `one hundred and five`, `a dozen`, `half a million`, `2.5 million`, `three thousand`,
/// `two point two million`, `two and a half`, `twenty—fifth`, `thirtyfirst`.
///
/// Shared by the date and figure extractors. It reads what is written and nothing more:
/// whether the number is a figure, a date or a name is the caller's decision.
public enum NumberWords {
  public static let units: [String: Double] = [
    "zero": 0, "naught": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
  ]
  public static let tens: [String: Double] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
  ]
  public static let scales: [String: Double] = [
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
  ]
  /// Plural scales, read only after a number (`three billions`); alone they are vague.
  public static let pluralScales: [String: Double] = [
    "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
  ]
  /// Words that multiply the number before them (`two dozen`, `200 dozens`).
  public static let multipliers: [String: Double] = ["dozen": 12, "dozens": 12]
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

    public init(value: Double, endIndex: Int, isOrdinal: Bool) {
      self.value = value
      self.endIndex = endIndex
      self.isOrdinal = isOrdinal
    }
  }

  /// The value of a digit token (`2,660`, `1.5`, `1,500,000`), or nil when its separators
  /// do not group thousands (`1,50`).
  public static func digitValue(_ text: String) -> Double? {
    var integer = Substring(text)
    var fraction: Substring = ""
    if let dot = text.firstIndex(of: ".") {
      integer = text[..<dot]
      fraction = text[text.index(after: dot)...]
      if fraction.contains(".") || fraction.contains(",") { return nil }
    }
    let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
    if groups.count > 1 {
      guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
        return nil
      }
    }
    let plain = groups.joined() + (fraction.isEmpty ? "" : "." + fraction)
    return Double(plain)
  }

  /// Lower-case words a number written in words can start with.
  static let starters: Set<String> = Set(units.keys).union(tens.keys).union(ordinalUnits.keys).union(scales.keys)
    .union(["a", "an", "half", "point", "hundred"])

  /// Whether a number in words may start with this lower-case word: a cheap test that lets
  /// callers skip `read` for most words.
  public static func mayStart(_ word: String) -> Bool {
    starters.contains(word) || gluedCompound(word) != nil
  }

  /// The tens as (name, value), for the glued-compound test.
  static let tensList: [(name: String, value: Double)] = tens.map { ($0.key, $0.value) }.sorted { $0.value < $1.value }

  /// Splits a word glued from a ten and a unit or ordinal (`thirtyfirst`, `twentyfive`).
  /// Cheap for every other word: it looks at bytes before it hashes anything.
  static func gluedCompound(_ word: String) -> (ten: Double, rest: String)? {
    let bytes = word.utf8
    guard bytes.count >= 8, bytes.count <= 14, let first = bytes.first,
      first == UInt8(ascii: "t") || first == UInt8(ascii: "f") || first == UInt8(ascii: "s")
        || first == UInt8(ascii: "e") || first == UInt8(ascii: "n")
    else { return nil }
    for (name, value) in tensList where bytes.starts(with: name.utf8) {
      let rest = String(decoding: bytes.dropFirst(name.utf8.count), as: UTF8.self)
      if let unit = units[rest], unit >= 1, unit <= 9 { return (value, rest) }
      if let ordinal = ordinalUnits[rest], ordinal <= 9 { return (value, rest) }
      return nil
    }
    return nil
  }

  static func isJoiner(_ token: Token) -> Bool {
    token.kind == .punct && !token.spaceBefore && (token.text == "-" || token.text == "—" || token.text == "–")
  }

  /// Reads the longest cardinal or ordinal number written in words (or digits followed by
  /// scale words) starting at `tokens[start]`. Returns nil when no number starts there.
  /// (Any random-access list of tokens indexed from 0: the date scanner passes tokens whose
  /// texts are made when read.)
  public static func read<Tokens: RandomAccessCollection>(_ tokens: Tokens, from start: Int) -> Reading?
  where Tokens.Element == Token, Tokens.Index == Int {
    var total: Double = 0  // completed scale groups
    var group: Double = 0  // current group below the scale
    var index = start
    var consumed = false
    var lastEnd = start
    var isOrdinal = false
    var lastWasUnitOrTen = false
    var sawHundredInGroup = false
    var sawPoint = false

    func word(_ i: Int) -> String? {
      guard i < tokens.count, tokens[i].kind == .word else { return nil }
      return tokens[i].text.lowercased()
    }

    // "a dozen", "a pair", "a hundred", "a million", "half a million", "half a dozen"
    if let first = word(index) {
      if first == "half", word(index + 1) == "a",
        let scale = word(index + 2).flatMap({ scales[$0] ?? ($0 == "hundred" ? 100 : $0 == "dozen" ? 12 : nil) })
      {
        return Reading(value: scale / 2, endIndex: index + 3, isOrdinal: false)
      }
      if first == "point", let (fraction, next) = decimals(tokens, from: index + 1) {
        group = fraction
        sawPoint = true
        consumed = true
        index = next
        lastEnd = next
      } else if first == "a" || first == "an", let next = word(index + 1) {
        if next == "dozen" { return Reading(value: 12, endIndex: index + 2, isOrdinal: false) }
        if next == "pair" { return Reading(value: 2, endIndex: index + 2, isOrdinal: false) }
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
      scales[next] != nil || next == "hundred" || pluralScales[next] != nil || multipliers[next] != nil || next == "point"
        || (next == "and" && word(index + 2) == "a" && word(index + 3) == "half"),
      let digits = digitValue(tokens[index].text)
    {
      group = digits
      index += 1
      lastEnd = index
      consumed = true
      sawPoint = tokens[index - 1].text.contains(".")
    }

    while var w = word(index) {
      if !lastWasUnitOrTen, let glued = gluedCompound(w), units[w] == nil, ordinalUnits[w] == nil {
        // "thirtyfirst": the ten, then the rest as if hyphenated.
        group += glued.ten
        w = glued.rest
        lastWasUnitOrTen = true
      }
      if let u = units[w], !lastWasUnitOrTen || (group.truncatingRemainder(dividingBy: 100) >= 20 && group.truncatingRemainder(dividingBy: 10) == 0 && u < 10 && u > 0) {
        if lastWasUnitOrTen && group.truncatingRemainder(dividingBy: 100) < 20 { break }
        group += u
        lastWasUnitOrTen = true
      } else if let t = tens[w], !lastWasUnitOrTen {
        group += t
        lastWasUnitOrTen = true
      } else if let o = ordinalUnits[w] {
        if o >= 100 {
          group = (group > 0 ? group : 1) * o
        } else {
          if lastWasUnitOrTen && (group.truncatingRemainder(dividingBy: 10) != 0 || o >= 10) { break }
          group += o
        }
        index += 1
        lastEnd = index
        isOrdinal = true
        consumed = true
        break
      } else if w == "hundred", !sawHundredInGroup, group < 100 {
        group = (group > 0 ? group : 1) * 100
        sawHundredInGroup = true
        lastWasUnitOrTen = false
      } else if let scale = scales[w] ?? (consumed ? pluralScales[w] : nil), scale > 100 || !sawHundredInGroup {
        if scale == 100 {
          group = (group > 0 ? group : 1) * 100
          sawHundredInGroup = true
        } else if total > 0, group == 0 {
          total *= scale  // "three thousand millions"
        } else {
          total += (group > 0 ? group : 1) * scale
          group = 0
          sawHundredInGroup = false
        }
        lastWasUnitOrTen = false
      } else if let multiplier = multipliers[w], consumed {
        total = (total + group) * multiplier
        group = 0
        index += 1
        lastEnd = index
        break
      } else if w == "point", consumed, !sawPoint, total == 0, let (fraction, next) = decimals(tokens, from: index + 1) {
        group += fraction
        sawPoint = true
        index = next
        lastEnd = index
        lastWasUnitOrTen = true
        continue
      } else if w == "and", consumed {
        if word(index + 1) == "a", word(index + 2) == "half" {
          group += 0.5
          index += 3
          lastEnd = index
          lastWasUnitOrTen = true
          sawPoint = true
          continue
        }
        if let next = word(index + 1), units[next] != nil || tens[next] != nil {
          index += 1
          continue
        }
        break
      } else {
        break
      }
      index += 1
      lastEnd = index
      consumed = true
      // "twenty-one", "twenty—fifth": a dash between a ten and a unit joins them.
      if index + 1 < tokens.count, isJoiner(tokens[index]), tens[w] != nil,
        let next = word(index + 1), units[next] != nil || ordinalUnits[next] != nil
      {
        index += 1
      }
    }
    guard consumed, lastEnd > start else { return nil }
    return Reading(value: total + group, endIndex: lastEnd, isOrdinal: isOrdinal)
  }

  /// The decimals after `point`: a digit token (`point 77`) or digit words (`point two five`).
  static func decimals<Tokens: RandomAccessCollection>(_ tokens: Tokens, from start: Int) -> (Double, Int)?
  where Tokens.Element == Token, Tokens.Index == Int {
    guard start < tokens.count else { return nil }
    if tokens[start].kind == .number, tokens[start].text.allSatisfy(\.isNumber), let value = Double("0." + tokens[start].text) {
      return (value, start + 1)
    }
    var digits = ""
    var index = start
    while index < tokens.count, tokens[index].kind == .word, let u = units[tokens[index].text.lowercased()], u < 10 {
      digits += String(Int(u))
      index += 1
    }
    guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
    return (value, index)
  }
}
