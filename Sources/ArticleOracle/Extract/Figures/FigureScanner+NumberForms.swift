import Foundation

/// Numbers beyond plain integers: fractions and shares, powers of ten, spaced thousands.
extension FigureScanner {
  static let vulgarFractions: [String: Double] = [
    "½": 1.0 / 2, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 1.0 / 4, "¾": 3.0 / 4, "⅕": 1.0 / 5, "⅖": 2.0 / 5,
    "⅗": 3.0 / 5, "⅘": 4.0 / 5, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 1.0 / 8, "⅜": 3.0 / 8, "⅝": 5.0 / 8,
    "⅞": 7.0 / 8,
  ]

  /// Thousands separated by spaces: `10 000`, `1 500 000` (groups of exactly three digits).
  func spacedThousands(at index: Int) -> Amount? {
    let head = tokens[index].text
    guard head.utf8.count <= 3, head.allSatisfy(\.isNumber), head.first != "0" || head == "0" else { return nil }
    var end = index + 1
    var digits = head
    while isNumber(end), tokens[end].spaceBefore, tokens[end].text.utf8.count == 3, tokens[end].text.allSatisfy(\.isNumber) {
      digits += tokens[end].text
      end += 1
    }
    guard end > index + 1, !(end < tokens.count && glued(end) && tokens[end].kind != .punct), let value = Double(digits) else {
      return nil
    }
    // `27 737 MAX jets`: a count, then a model's number; a model after a count wins.
    if end == index + 2, isModelNumber(index + 1) { return nil }
    return Amount(start: index, end: end, value: value, kind: .cardinal)
  }

  /// Whether the digits at `index`, right after a count written in digits, are a model's
  /// number (`737` of `27 737 MAX jets`, `27 737-800s`, `12 787 Dreamliners`; the count not
  /// glued to a word, as `7` of `i7` is): a whole number
  /// of two to four digits without a leading zero (`10 000` is a group of thousands) after a
  /// space, followed by a capitalised word that is no currency, or by a hyphen and glued digits.
  func isModelNumber(_ index: Int) -> Bool {
    guard index > 0, isNumber(index), isNumber(index - 1), tokens[index].spaceBefore,
      index == 1 || tokens[index - 1].spaceBefore || tokens[index - 2].kind != .word,  // not `i7 860`
      isDigitsOnly(index - 1), (2...4).contains(tokens[index].utf8.count),
      tokens[index].utf8.first != UInt8(ascii: "0"), isDigitsOnly(index)
    else { return false }
    let next = index + 1
    if isPunct(next, Self.joiners), glued(next), isNumber(next + 1), glued(next + 1) { return true }
    guard next < tokens.count, tokens[next].kind == .word, tokens[next].spaceBefore,
      isCapitalized(next) || hasInnerCapital(next)
    else { return false }
    return !isCurrencyWord(next) && !isMonth(next)
  }

  /// Whether the token at `index` is ASCII digits only: no separator, sign or decimal point.
  func isDigitsOnly(_ index: Int) -> Bool {
    tokens[index].utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// The scale of the word that ends an amount (`million` → 1e6), or 1.
  func endingScale(_ end: Int) -> Double {
    guard let w = word(end - 1) else { return 1 }
    return NumberWords.scales[w] ?? NumberWords.pluralScales[w] ?? 1
  }

  /// The power of ten after a mantissa: `×10−5`, `x10^3`, `e14`, `e-3`.
  func exponent(at index: Int) -> (Double, Int)? {
    var cursor = index
    if isPunct(cursor, Punct.times) || wordIs(cursor, "x"), glued(cursor), isNumber(cursor + 1), tokens[cursor + 1].text == "10",
      glued(cursor + 1)
    {
      cursor += 2
      if isPunct(cursor, Punct.caret), glued(cursor) { cursor += 1 }
    } else if wordIs(cursor, "e"), glued(cursor) {
      cursor += 1
    } else {
      return nil
    }
    var sign = 1.0
    if isPunct(cursor, Punct.minusSigns), glued(cursor) {
      sign = -1
      cursor += 1
    } else if isPunct(cursor, Punct.plus), glued(cursor) {
      cursor += 1
    }
    guard isNumber(cursor), glued(cursor), let power = Int(tokens[cursor].text), power < 300 else { return nil }
    return (sign * Double(power), cursor + 1)
  }

  /// `a third of`, `a quarter of`, `half of`: a share written with an article. Without `of`
  /// the share is the size of a change or a bound, after `by` or a qualifier and ending its
  /// phrase: `fell by a fifth.`, `cut by half in 2023`, `nearly a third,` (but `a third
  /// party`, `for a third time`, `by a fourth attempt to` are ranks).
  func articleFraction(at index: Int) -> Amount? {
    guard isWord(index, WordClass.other) else { return nil }
    guard let w = word(index) else { return nil }
    if w == "half", wordIs(index + 1, "of") || wordIs(index + 1, "the") || (wordIs(index - 1, "by") && endsNounPhrase(after: index))
      || isArticleWord(index + 1) && (percentSuffix(at: index + 2) != nil || wordIs(index + 2, "point"))  // half a percentage point
    {
      var amount = Amount(start: index, end: index + 1, value: 0.5, kind: .cardinal)
      amount.isFraction = true
      return amount
    }
    guard w == "a" || w == "an", isWord(index + 1, WordClass.number) || wordIs(index + 1, "quarter"),
      let denominatorWord = word(index + 1)
    else { return nil }
    let denominator: Double
    switch denominatorWord {
    case "half": denominator = 2
    case "quarter": denominator = 4
    case "second": return nil
    default:
      guard let ordinal = NumberWords.ordinalUnits[denominatorWord], ordinal >= 3, ordinal <= 100 else { return nil }
      denominator = ordinal
    }
    guard wordIs(index + 2, "of")
      || (wordIs(index - 1, "by") || qualifierEnds(before: index)) && endsNounPhrase(after: index + 1)
    else { return nil }
    var amount = Amount(start: index, end: index + 2, value: 1 / denominator, kind: .cardinal)
    amount.isFraction = true
    return amount
  }

  /// A share of a percent or of a point: `a quarter of a percentage point`, `half a
  /// percentage point`, `a tenth of a percent` are percentages (0.25, 0.5, 0.1), with the
  /// percent words in the text like `0.25 percentage point`; `three-quarters of a point`,
  /// `half a point` count points (0.75, 0.5, unit `point`), like `1.5 points`. The article is
  /// required: `a third of percent` is not English, and `half of points` counts points.
  func shareOfPercent(_ share: Amount) -> Amount? {
    guard share.isFraction else { return nil }
    var cursor = share.end
    if wordIs(cursor, "of") { cursor += 1 }
    guard isArticleWord(cursor) else { return nil }
    var amount = share
    if let end = percentSuffix(at: cursor + 1) {
      amount.kind = .percent
      amount.end = end
      amount.isFraction = false
      return amount
    }
    guard wordIs(cursor + 1, "point") else { return nil }
    amount.unit = "point"
    return amount
  }

  /// A share of a scale word: `a quarter of a million`, `three quarters of a billion`,
  /// `half of a million` are numbers (250000, 750000000, 500000), read on (a currency name
  /// or counted noun may follow) like `half a million`.
  func scaledFraction(_ share: Amount) -> Amount {
    guard share.isFraction, wordIs(share.end, "of"), isArticleWord(share.end + 1), let w = word(share.end + 2),
      let scale = NumberWords.scales[w]
    else { return share }
    var amount = share
    amount.value *= scale
    amount.scale = scale
    amount.end += 3
    amount.isFraction = false
    return amount
  }

  /// A share written as a ratio of two whole numbers: `one in five`, `1 in 4`, `one in
  /// every three`, `nine out of 10` (0.2, 0.25, 0.333…, 0.9), one cardinal figure like `two
  /// thirds`. Not when the second number is not a plain count (`1 in 2022`, `2 in 3 years`,
  /// `one in 10%`) or not the larger.
  func ratio(after first: Amount) -> Amount? {
    guard first.kind == .cardinal, first.scale == 1, !first.isFraction, first.value >= 1,
      first.value == first.value.rounded()
    else { return nil }
    var index = first.end
    // `a 1-in-100-year flood`: a return period, one share joined by hyphens.
    let hyphened = isPunct(index, Self.joiners) && glued(index) && wordIs(index + 1, "in") && glued(index + 1)
      && isPunct(index + 2, Self.joiners) && glued(index + 2) && glued(index + 3)
    if hyphened {
      index += 3
    } else if wordIs(index, "in") {
      index += wordIs(index + 1, "every") ? 2 : 1
    } else if wordIs(index, "out"), wordIs(index + 1, "of") {
      index += 2
    } else {
      return nil
    }
    var denominator: Amount?
    if case .found(let whole) = amount(at: index) {
      denominator = whole
    } else if hyphened, isNumber(index), let value = NumberWords.digitValue(tokens[index].text) {
      // `100-year`: the period after the share is no duration of its own.
      denominator = Amount(start: index, end: index + 1, value: value, kind: .cardinal)
    }
    guard let whole = denominator, whole.kind == .cardinal, !whole.isFraction,
      whole.value > first.value, whole.value == whole.value.rounded()
    else { return nil }
    var share = first
    share.value = first.value / whole.value
    share.end = whole.end
    share.scale = whole.scale
    share.isBareOne = false
    share.isFraction = true
    return share
  }

  /// `1-in-100-year`, `one-in-50-year`: a ratio joined by hyphens to a time unit is a return
  /// period (once in so many years), a frequency like `every 100 years`, not a figure; the
  /// end of the time unit, or nil. `a 1-in-100 chance` stays a share.
  func returnPeriodEnd(_ share: Amount) -> Int? {
    let end = share.end
    guard share.isFraction, isPunct(end, Self.joiners), glued(end), glued(end + 1), let unit = word(end + 1),
      lexicon.timeUnits.contains(unit)
    else { return nil }
    return end + 2
  }

  /// Whether a qualifier phrase (`nearly`, `more than`) ends right before `index`.
  func qualifierEnds(before index: Int) -> Bool {
    var key = ""
    for count in 1...max(lexicon.longestQualifier, 1) {
      guard let w = word(index - count) else { return false }
      key = count == 1 ? w : w + " " + key
      if lexicon.qualifiers[key] != nil { return true }
    }
    return false
  }

  /// `one third`, `two thirds`, `one-half`, `three quarters`.
  func fractionWord(after amount: Amount) -> Amount? {
    guard amount.value >= 1, amount.value <= 20, amount.value == amount.value.rounded() else { return nil }
    var index = amount.end
    if isPunct(index, Self.joiners), glued(index) { index += 1 }
    guard let w = word(index) else { return nil }
    let singular = w.hasSuffix("s") ? String(w.dropLast()) : w
    let denominator: Double
    switch singular {
    case "half", "halve": denominator = 2
    case "quarter": denominator = 4
    case "second": return nil
    default:
      guard let ordinal = NumberWords.ordinalUnits[singular], ordinal >= 3, ordinal <= 100 else { return nil }
      denominator = ordinal
    }
    if w.hasSuffix("s") != (amount.value > 1) && singular != "half" { return nil }
    var fraction = Amount(start: amount.start, end: index + 1, value: amount.value / denominator, kind: .cardinal)
    fraction.isFraction = true
    return fraction
  }
}
