import Foundation

/// Reading the amount itself: currency before, sign, digits or words, scale, suffixes,
/// percent, currency after, hundredths.
extension FigureScanner {
  struct Amount {
    /// Token range of the amount as written (currency and percent signs included).
    var start: Int
    var end: Int
    var value: Double
    var kind: FigureItem.Kind
    var currency: String?
    var unit: String?
    /// A lone `one`, which is a figure only before a counted noun.
    var isBareOne = false
    /// An ordinal written as a word (`third`), which may be an adverb (`went first`).
    var isOrdinalWord = false
    /// A fraction in words (`two thirds`), whose noun may follow `of`.
    var isFraction = false
    /// The scale word or suffix it ends with (`million` → 1e6), which a range's lower bound
    /// shares (`5-6 million`).
    var scale: Double = 1
  }

  enum AmountOutcome {
    case none
    case blocked(next: Int)
    case found(Amount)
  }

  func amount(at start: Int) -> AmountOutcome {
    guard start < tokens.count else { return .none }
    var cursor = start
    var currency: String?
    if let prefix = currencyPrefix(at: cursor) {
      currency = prefix.code
      cursor = prefix.next
    }
    var sign = 1.0
    if isPunct(cursor, Punct.minusSigns), isNumber(cursor + 1), !tokens[cursor + 1].spaceBefore,
      cursor == 0 || tokens[cursor].spaceBefore || currency != nil || isPunct(cursor - 1, Punct.open)
    {
      sign = -1
      cursor += 1
    } else if isWord(cursor, WordClass.other), wordIs(cursor, "minus") || wordIs(cursor, "negative"), cursor + 1 < tokens.count,
      isNumber(cursor + 1) || NumberWords.read(tokens.asTokens, from: cursor + 1) != nil,
      !(wordIs(cursor - 1, "or") && wordIs(cursor - 2, "plus"))  // `plus or minus 3 points`: a margin, not negative
    {
      sign = -1
      cursor += 1
    }
    var result: Amount
    switch core(at: cursor, money: currency != nil) {
    case .none:
      if currency == nil, cursor == start, let vague = vagueAmount(at: start) { return vague }
      if currency == nil, cursor == start, let one = articleMoney(at: start) { return .found(one) }
      guard currency == nil, cursor == start, let share = articleFraction(at: start) else { return .none }
      if let percent = shareOfPercent(share) { return .found(percent) }
      let scaled = scaledFraction(share)
      guard scaled.scale > 1 else { return .found(share) }
      result = scaled  // a quarter of a million dollars: read on for the currency
    case .blocked(let next): return .blocked(next: next)
    case .found(let found): result = found
    }
    result.start = start
    result.value *= sign
    if result.kind == .ordinal { return .found(result) }
    multiply(&result)
    if let currency {
      result.currency = currency
      result.kind = .money
      if let named = currencyName(at: result.end), named.code == currency { result.end = named.next }
      hundredths(of: &result)
      return .found(result)
    }
    if let next = percentSuffix(at: result.end) {
      result.kind = .percent
      result.end = next
      result.isBareOne = false
      return .found(result)
    }
    if let suffix = currencySuffix(at: result.end, large: result.scale > 1 || abs(result.value) >= 1000) {
      result.currency = suffix.code
      result.kind = .money
      result.end = suffix.next
      result.isBareOne = false
      hundredths(of: &result)
      return .found(result)
    }
    if let w = word(result.end), let multiplier = lexicon.moneyMultipliers[w] {
      result.value *= multiplier
      result.kind = .money
      result.end += 1
      result.isBareOne = false
      return .found(result)
    }
    if let minor = standaloneMinor(at: result.end) {
      result.kind = .money
      result.end = minor.next
      result.isBareOne = false
      inMajorUnits(&result, minor: minor.unit, name: lower(minor.next - 1))
      return .found(result)
    }
    if let blocked = durationOrTime(after: result) { return blocked }
    return .found(result)
  }

  /// The number alone: digits (with glued suffixes and scale words) or words.
  func core(at index: Int, money: Bool) -> AmountOutcome {
    guard index < tokens.count else { return .none }
    let token = tokens[index]
    if token.kind == .punct, token.text == ".", isNumber(index + 1), glued(index + 1),
      index == 0 || token.spaceBefore || !isNumber(index - 1),
      tokens[index + 1].text.allSatisfy(\.isNumber), let value = Double("0." + tokens[index + 1].text)
    {
      return .found(Amount(start: index, end: index + 2, value: value, kind: .cardinal))
    }
    if token.kind == .number { return digits(at: index, money: money) }
    if token.kind == .punct, let fraction = Self.vulgarFractions[token.text] {
      var amount = Amount(start: index, end: index + 1, value: fraction, kind: .cardinal)
      amount.isFraction = true
      return .found(amount)
    }
    guard isWord(index, WordClass.number) else { return .none }
    // `a`/`an` reads as a number only before `dozen`, `pair`, `hundred` or a scale word
    // (`NumberWords.read`), and alone it is none: most articles stop here.
    if isArticleWord(index), !(word(index + 1).map(Self.articleNumberNouns.contains) ?? false) { return .none }
    guard let reading = NumberWords.read(tokens.asTokens, from: index) else { return .none }
    let w = lower(index)
    if w == "a" || w == "an", reading.endIndex == index + 1 { return .none }
    // `World War Two`, `Air Force One`: a capitalized number word after a capitalized word
    // (not a determiner: `The Two`) ends a name.
    if isCapitalized(index), tokens[index].spaceBefore, index > 0, tokens[index - 1].kind == .word, isCapitalized(index - 1),
      let before = word(index - 1), !lexicon.determiners.contains(before), lexicon.qualifiers[before] == nil
    {
      return .blocked(next: reading.endIndex)
    }
    var amount = Amount(
      start: index, end: reading.endIndex, value: reading.value, kind: reading.isOrdinal ? .ordinal : .cardinal)
    amount.scale = endingScale(reading.endIndex)
    if reading.isOrdinal {
      amount.isOrdinalWord = true
      // Before a number it picks out a count, not a rank: `the first 28 days`, `the first
      // two million doses`. The number after it is read on its own.
      if isNumber(amount.end) || (isWord(amount.end, WordClass.number) && !isArticleWord(amount.end)
        && NumberWords.read(tokens.asTokens, from: amount.end).map({ !$0.isOrdinal && $0.value != 1 }) == true)
      {
        return .blocked(next: amount.end)
      }
      if isCapitalized(amount.end), !isMonth(amount.end) {
        // `her second Grand Slam title`, `the first Italian man`: a lower-case ordinal after a
        // determiner ranks the noun after the name (1.8.0); else a name (`Second World War`).
        if !isCapitalized(index), index > 0, let before = word(index - 1), lexicon.determiners.contains(before),
          let noun = nounAfterName(from: amount.end)
        {
          amount.unit = noun
          return .found(amount)
        }
        return .blocked(next: amount.end + 1)
      }
      // `second-largest`, `third-deadliest`, `first-ever`: the rank is the whole word.
      if isPunct(amount.end, Self.joiners), glued(amount.end), glued(amount.end + 1), let next = word(amount.end + 1),
        next.hasSuffix("est") || next == "ever"
      {
        amount.end += 2
      }
      if let unit = word(amount.end), lexicon.timeUnits.contains(unit) {
        // `the first weeks of the invasion`: a period, the date extractor's, not a rank.
        if unit.count > 2, unit.hasSuffix("s") { return .blocked(next: amount.end + 1) }
        amount.unit = unit  // `third month`: the noun is part of the expression
        amount.end += 1
      }
      return .found(amount)
    }
    amount.isBareOne = reading.endIndex == index + 1 && w == "one"
    if let fraction = fractionWord(after: amount) { return .found(shareOfPercent(fraction) ?? scaledFraction(fraction)) }
    return .found(amount)
  }

  /// Multiplier words after the number: `Rs 500 crore`, `5 lakh rupees`, `1.5 lakh crore`.
  /// After a South Asian scale the number goes on in that system, each part below the last
  /// scale: `three crore twelve lakh fifty-six thousand …` (a bare number after the scale only
  /// when written in words: `Rs 500 crore 20 people` stops at `crore`).
  func multiply(_ amount: inout Amount) {
    guard amount.kind == .cardinal, !amount.isFraction else { return }
    var last = Double.infinity
    // Multiplier words carry the `number` class: most next words are told without a `String`.
    while isWord(amount.end, WordClass.number), let w = word(amount.end), let multiplier = lexicon.multipliers[w] {
      amount.value *= multiplier
      amount.scale *= multiplier
      amount.end += 1
      amount.isBareOne = false
      last = multiplier
    }
    while last >= 1e5, last.isFinite, let part = plainNumber(at: amount.end), part.value < last {
      if isWord(part.endIndex, WordClass.number), let w = word(part.endIndex), let multiplier = lexicon.multipliers[w],
        multiplier < last, multiplier >= 1e5
      {
        amount.value += part.value * multiplier
        amount.end = part.endIndex + 1
        last = multiplier
      } else {
        if tokens[amount.end].kind == .word { amount.value += part.value; amount.end = part.endIndex }
        return
      }
    }
  }

  /// A whole number in digits (one token) or words at `index`, not an ordinal.
  func plainNumber(at index: Int) -> (value: Double, endIndex: Int)? {
    if isNumber(index) {
      guard let value = NumberWords.digitValue(tokens[index].text) else { return nil }
      return (value, index + 1)
    }
    guard isWord(index, WordClass.number), let reading = NumberWords.read(tokens.asTokens, from: index), !reading.isOrdinal
    else { return nil }
    return (reading.value, reading.endIndex)
  }

  /// The words after `a`/`an` that `NumberWords.read` reads as a number.
  static let articleNumberNouns: Set<String> = Set(NumberWords.scales.keys).union(["dozen", "pair", "hundred"])

  /// Whether the token is `a` or `an`, in any case, told from its bytes.
  func isArticleWord(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let utf8 = tokens[index].utf8
    guard utf8[0] | 0x20 == UInt8(ascii: "a") else { return false }
    return utf8.count == 1 || (utf8.count == 2 && utf8[1] | 0x20 == UInt8(ascii: "n"))
  }

  /// A digit token and what is glued to it.
  func digits(at index: Int, money: Bool) -> AmountOutcome {
    let token = tokens[index]
    if !money, let end = dateLikeEnd(at: index) { return .blocked(next: end) }
    if let blocked = identifier(at: index) { return blocked }
    // Scale words, `point` and `dozen` after the digits.
    if let grouped = spacedThousands(at: index) { return .found(grouped) }
    if let reading = NumberWords.read(tokens.asTokens, from: index), reading.endIndex > index + 1 {
      var amount = Amount(start: index, end: reading.endIndex, value: reading.value, kind: .cardinal)
      amount.scale = endingScale(reading.endIndex)
      return .found(amount)
    }
    guard var value = NumberWords.digitValue(token.text) else { return .blocked(next: index + 1) }
    var scale = 1.0
    var end = index + 1
    // A scale word joined by a hyphen: `a $1.5-billion deal`, `a 2-million-strong army`.
    if isPunct(end, Punct.minus), glued(end), glued(end + 1), let w = word(end + 1), let wordScale = NumberWords.scales[w] {
      var amount = Amount(start: index, end: end + 2, value: value * wordScale, kind: .cardinal)
      amount.scale = wordScale
      return .found(amount)
    }
    // A vulgar fraction glued to the digits: 2½.
    if end < tokens.count, glued(end), let fraction = Self.vulgarFractions[tokens[end].text] {
      return .found(Amount(start: index, end: end + 1, value: value + fraction, kind: .cardinal))
    }
    // Scientific notation: 2.48×10−5, 4e14, 1e-3.
    if let (exponent, next) = exponent(at: end) {
      // Divide for negative powers: 2.48 / 1e5 is the double nearest 2.48e-5, 2.48 * 1e-5 is not.
      let scaled = exponent < 0 ? value / pow(10, -exponent) : value * pow(10, exponent)
      return .found(Amount(start: index, end: next, value: scaled, kind: .cardinal))
    }
    // A fraction: 1/40, 20/100 (a day and month are a date, caught above).
    if isPunct(end, Punct.slash), glued(end), isNumber(end + 1), glued(end + 1),
      let denominator = NumberWords.digitValue(tokens[end + 1].text), denominator != 0
    {
      return .found(Amount(start: index, end: end + 2, value: value / denominator, kind: .cardinal))
    }
    if end < tokens.count, tokens[end].kind == .word, glued(end) {
      let suffix = tokens[end].text
      let lower = lower(end)
      if Punct.ordinalSuffixes.contains(lower), !token.text.contains(".") {
        var amount = Amount(start: index, end: end + 1, value: value, kind: .ordinal)
        if isCapitalized(end + 1), !isMonth(end + 1) {
          // the 64th Motorized Rifle Brigade; but his 22nd Grand Slam title (a noun follows).
          guard let noun = nounAfterName(from: end + 1) else { return .blocked(next: end + 2) }
          amount.unit = noun
          return .found(amount)
        }
        if let unit = word(end + 1), lexicon.timeUnits.contains(unit) {
          amount.unit = unit
          amount.end = end + 2
        }
        return .found(amount)
      }
      if lower == "pc" || lower == "pct" {  // 12pc, 3.5pct: British and agency percent
        return .found(Amount(start: index, end: end + 1, value: value, kind: .percent))
      }
      if suffix == "C" || suffix == "F", isCodeNotDegrees(index) {  // The 4F form: a code
        return .blocked(next: end + 1)
      }
      if suffix == "C" || suffix == "F" {  // 40C, 104F: degrees
        var amount = Amount(start: index, end: end + 1, value: value, kind: .cardinal)
        amount.unit = "°" + suffix
        return .found(amount)
      }
      if suffix == "m", !money, isMetres(after: end + 1) || isDistanceSentence(index, after: end + 1) {  // the 100m final: metres
        var amount = Amount(start: index, end: end + 1, value: value, kind: .cardinal)
        amount.unit = suffix
        return .found(amount)
      }
      if let suffixScale = lexicon.scaleSuffixes[suffix] {
        value *= suffixScale
        scale = suffixScale
        end += 1
      } else if lexicon.codes[suffix] != nil || lexicon.symbols[suffix] != nil
        || (isPunct(end + 1, Punct.dollar) && lexicon.symbols[suffix + "$"] != nil) || lexicon.minorNames.values.contains(where: { $0.contains(lower) }) {
        // 20Rs, 42RM, 43c: read by the currency rules after the core.
      } else if lower == suffix, suffix.count <= 4, !lexicon.timeOfDay.contains(lower), lower != "s" {
        // 10kg, 5km, 120km/h: a unit of measure glued to the number.
        var amount = Amount(start: index, end: end + 1, value: value, kind: .cardinal)
        amount.unit = suffix
        if let per = perUnit(after: end + 1) {
          amount.unit = suffix + per
          amount.end = end + 3
        }
        return .found(amount)
      } else {
        return .blocked(next: end + 1)  // 5G, 4x4, 1990s-like codes
      }
    }
    // Degrees: 40°C, 104 °F, 40°.
    if isPunct(end, Punct.degree), glued(end) || scale == 1 {
      var amount = Amount(start: index, end: end + 1, value: value, kind: .cardinal)
      amount.unit = "°"
      if glued(end + 1), wordIs(end + 1, "c") || wordIs(end + 1, "f") {
        amount.unit = "°" + tokens[end + 1].text.uppercased()
        amount.end = end + 2
      }
      return .found(amount)
    }
    // A mixed fraction: 2 1/2.
    if scale == 1, value == value.rounded(), isNumber(end), tokens[end].spaceBefore, isPunct(end + 1, Punct.slash),
      glued(end + 1), isNumber(end + 2), glued(end + 2), let numerator = Double(tokens[end].text),
      let denominator = Double(tokens[end + 2].text), numerator < denominator, (2...16).contains(denominator)
    {
      return .found(Amount(start: index, end: end + 3, value: value + numerator / denominator, kind: .cardinal))
    }
    var amount = Amount(start: index, end: end, value: value, kind: .cardinal)
    amount.scale = scale
    return .found(amount)
  }

  /// Whether a whole number glued to `C` or `F` at `index` is a code, not degrees: after a
  /// determiner and before a lower-case noun that is not a temperature's (`The 4F form`, but
  /// `the 40C heat`, `a 1.5C rise`, `reach 40C in`).
  func isCodeNotDegrees(_ index: Int) -> Bool {
    let next = index + 2
    guard !tokens[index].text.contains("."), word(index - 1).map(lexicon.determiners.contains) == true,
      let w = word(next), tokens[next].spaceBefore, !isCapitalized(next)
    else { return false }
    return !lexicon.degreeNouns.contains(w) && !lexicon.notUnits.contains(w) && !Self.phraseEnders.contains(w)
      && lexicon.qualifiers[w] == nil && !Self.isDerived(w)
  }

  /// Whether the word at `index` after a glued `m` makes it metres (`100m final`, `300m
  /// long`, `300m-long`), by `metre-words`.
  func isMetres(after index: Int) -> Bool {
    var at = index
    if isPunct(at, Punct.minus), glued(at), glued(at + 1) { at += 1 } else if !(tokens.indices.contains(at) && tokens[at].spaceBefore) {
      return false
    }
    return word(at).map(lexicon.metreWords.contains) ?? false
  }

  /// `He ran 100m in 9.58 seconds`, `Bolt won the 100m at the Olympics`: a glued `m` with no
  /// noun after it (the phrase ends, or a function word follows) is metres in a sentence
  /// about running or racing (`metre-context-words`: `ran`, `swam`, `Olympics`) that has no
  /// money in it (`money-context-words`: `debts`, `worth`, `raised`, or a currency sign or
  /// name): `He ran up debts of 100m.` stays 100 million. Reads at most the sentence around
  /// the number, bounded by `metreContextReach` tokens each way; only for a glued `m`.
  func isDistanceSentence(_ index: Int, after next: Int) -> Bool {
    if next < tokens.count, tokens[next].kind == .word, let w = word(next),
      !lexicon.notUnits.contains(w) || lexicon.countedNouns.contains(w)
    {
      return false  // `300m people`, `100m euros`: what follows is counted
    }
    var sport = false
    func reads(_ i: Int) -> Bool? {  // nil: the sentence ends here
      let token = tokens[i]
      if token.kind == .punct {
        if let s = sign(i), s == "." || s == "!" || s == "?" || s == ";" { return nil }
        if lexicon.symbols[token.text] != nil { return false }
        return true
      }
      if isCurrencyWord(i) { return false }
      guard let w = word(i) else { return true }
      if lexicon.moneyContextWords.contains(w) || lexicon.names[w] != nil { return false }
      if lexicon.metreContextWords.contains(w) { sport = true }
      return true
    }
    var i = index - 1
    while i >= 0, index - i <= Self.metreContextReach {
      guard let keep = reads(i) else { break }
      if !keep { return false }
      i -= 1
    }
    i = next
    while i < tokens.count, i - next <= Self.metreContextReach {
      guard let keep = reads(i) else { break }
      if !keep { return false }
      i += 1
    }
    return sport
  }

  static let metreContextReach = 30

  /// The lower-case noun after one to three capitalised words that modify it (`Grand Slam`
  /// of `22nd Grand Slam title in`, `NATO` of `15th NATO summit.`), when it ends its phrase;
  /// nil when the capitalised words are a name of their own (`Motorized Rifle Brigade`,
  /// `ordinal-name-ends`) or what follows is not a noun.
  func nounAfterName(from start: Int) -> String? {
    var cursor = start
    while cursor < start + 3, isCapitalized(cursor), tokens[cursor].spaceBefore, !isMonth(cursor) {
      if lexicon.ordinalNameEnds.contains(lower(cursor)) { return nil }
      cursor += 1
    }
    guard cursor > start, tokens.indices.contains(cursor), tokens[cursor].spaceBefore, !isCapitalized(cursor),
      let w = word(cursor), !lexicon.notUnits.contains(w), !Self.phraseEnders.contains(w), !Self.isDerived(w),
      endsNounPhrase(after: cursor)
    else { return nil }
    return w
  }

  /// `thousands`, `tens of thousands`, `hundreds of millions`, `dozens`.
  func vagueAmount(at index: Int) -> AmountOutcome? {
    guard isWord(index, WordClass.vague | WordClass.other) else { return nil }
    // `several thousand`, `a few hundred`, `many millions`: vague, of the scale's magnitude.
    if let w = word(index), lexicon.vagueDeterminers.contains(w) || (w == "a" && wordIs(index + 1, "few")) {
      let at = w == "a" ? index + 2 : index + 1
      if let scaleWord = word(at), let scale = NumberWords.scales[scaleWord] ?? (scaleWord == "hundred" ? 100 : NumberWords.pluralScales[scaleWord]) {
        var end = at + 1
        var value = scale
        if let next = word(end), let more = NumberWords.scales[next], more > value {  // several hundred thousand
          value *= more
          end += 1
        }
        if wordIs(end, "of"), let unit = word(end + 1), lexicon.timeUnits.contains(unit) { return .blocked(next: end + 2) }
        if let unit = word(end), lexicon.timeUnits.contains(unit) { return .blocked(next: end + 1) }
        return .found(Amount(start: index, end: end, value: value, kind: .vague))
      }
    }
    guard isWord(index, WordClass.vague), let w = word(index) else { return nil }
    var value: Double
    if let found = lexicon.vague[w] {
      value = found
    } else if let found = lexicon.vagueBeforeOf[w], isVagueBeforeOf(index) {
      value = found
    } else {
      return nil
    }
    var end = index + 1
    if wordIs(end, "of"), let w2 = word(end + 1), let inner = lexicon.vague[w2], inner > value, w != "dozens" || inner >= 100 {
      value *= inner
      end += 2
    } else if w == "tens" {
      return nil
    }
    // `thousands of years` is a duration, not a figure.
    if wordIs(end, "of"), let unit = word(end + 1), lexicon.timeUnits.contains(unit) { return .blocked(next: end + 2) }
    if let unit = word(end), lexicon.timeUnits.contains(unit) { return .blocked(next: end + 1) }
    return .found(Amount(start: index, end: end, value: value, kind: .vague))
  }

  /// Whether a word of `vague-before-of` at `index` is a quantity: `of` and a word follow, not a
  /// determiner or a number (`scores of aftershocks`; not `scores of 80`, `the scores of the
  /// games`), and no determiner or possessive stands before it (`their scores of`).
  func isVagueBeforeOf(_ index: Int) -> Bool {
    guard wordIs(index + 1, "of"), let after = word(index + 2), !Self.ofDeterminers.contains(after),
      NumberWords.read(tokens.asTokens, from: index + 2) == nil
    else { return false }
    if let before = word(index - 1), Self.ofDeterminers.contains(before) || before == "s" && isPunct(index - 2, Punct.apostrophes) {
      return false
    }
    return true
  }

  /// `a dollar`, `a penny`: one unit of a currency.
  func articleMoney(at index: Int) -> Amount? {
    guard isWord(index, WordClass.other) else { return nil }
    guard let w = word(index), w == "a" || w == "an" else { return nil }
    if let named = currencyName(at: index + 1) {
      var amount = Amount(start: index, end: named.next, value: 1, kind: .money)
      amount.currency = named.code
      hundredths(of: &amount)
      return amount
    }
    if let w = word(index + 1), let multiplier = lexicon.moneyMultipliers[w] {
      return Amount(start: index, end: index + 2, value: multiplier, kind: .money)
    }
    if let minor = standaloneMinor(at: index + 1) {
      var amount = Amount(start: index, end: minor.next, value: 1, kind: .money)
      inMajorUnits(&amount, minor: minor.unit, name: lower(minor.next - 1))
      return amount
    }
    return nil
  }

  /// A count of a minor unit as money of its currency: `34 cents` → 0.34 USD, `529p` → 5.29
  /// GBP; after `€1.20` in the 60 tokens before, `5 cents` is EUR. A minor unit without a
  /// currency of its own keeps the count, its unit the minor unit's name.
  func inMajorUnits(_ amount: inout Amount, minor unit: String, name: String) {
    guard let fallback = lexicon.minorCurrency[unit] else {
      amount.currency = unit
      return
    }
    var code = fallback
    var k = amount.start - 1
    while k >= 0, k >= amount.start - 60 {
      if let named = currencyPrefix(at: k)?.code ?? currencyName(at: k)?.code {
        if lexicon.minorNames[named]?.contains(name) == true { code = named }
        break
      }
      k -= 1
    }
    amount.currency = code
    amount.value /= 100
  }

  /// Cents after a whole amount of money: `$20 and 43c`, `20 dollars 43 cents`.
  func hundredths(of amount: inout Amount) {
    guard let code = amount.currency, let minors = lexicon.minorNames[code], !minors.isEmpty else { return }
    var index = amount.end
    if wordIs(index, "and") { index += 1 }
    let value: Double
    let after: Int
    if isNumber(index), let digits = NumberWords.digitValue(tokens[index].text), digits < 100 {
      value = digits
      after = index + 1
    } else if let reading = NumberWords.read(tokens.asTokens, from: index), !reading.isOrdinal, reading.value < 100 {
      value = reading.value
      after = reading.endIndex
    } else {
      return
    }
    guard let name = word(after), minors.contains(name) else { return }
    if name.count == 1, !glued(after) { return }  // `43 c` is too loose; `43c` is a price
    amount.value += value / 100
    amount.end = after + 1
  }
}
