/// One pass over the tokens of one paragraph, turning numbers into figure items. Built per
/// paragraph by `figures(in:dates:lexicon:)`, so neither a figure nor any look-ahead
/// crosses a paragraph break; holds no state beyond the tokens being read.
struct FigureScanner {
  let tokens: FigureTokens
  /// `WordClass` bits of every token (0 for numbers, punctuation and most words).
  let classes: [UInt8]
  let lexicon: FigureLexicon
  /// Spans the date extractor owns, sorted by start.
  let dateSpans: [Range<Int>]
  /// First words of the qualifiers, to skip the phrase match for most tokens.
  var qualifierHeads: Set<String> { lexicon.qualifierHeads }

  /// The figures of a whole text, paragraph by paragraph, in text order.
  static func figures(in text: String, dates: [DateItem], lexicon: FigureLexicon) -> [FigureItem] {
    var text = text
    return text.withUTF8 { figures(utf8: $0, dates: dates, lexicon: lexicon) }
  }

  /// One pass over the bytes: token spans, one class lookup per token from its bytes, then
  /// the rules only where a class bit is set. Strings are made for the tokens rules read.
  static func figures(utf8 bytes: UnsafeBufferPointer<UInt8>, dates: [DateItem], lexicon: FigureLexicon) -> [FigureItem] {
    let all = Tokenizer.spans(utf8: bytes)
    guard !all.isEmpty else { return [] }
    let classes = all.map { startClass(of: $0, in: bytes, lexicon: lexicon) }
    let dateSpans = dates.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
    // A paragraph break is a gap of two or more white-space characters between tokens:
    // in normalized text only `\n\n` makes one (white space inside a paragraph is one space).
    var items: [FigureItem] = []
    var first = 0
    for index in 1...all.count where index == all.count || all[index].start - all[index - 1].end >= 2 {
      // A paragraph no rule can start in (no class bit) has no figure: skip it whole.
      if classes[first..<index].contains(where: { $0 != 0 }) {
        let scanner = FigureScanner(
          tokens: FigureTokens(spans: all, base: first, count: index - first, bytes: bytes),
          classes: Array(classes[first..<index]), dateSpans: dateSpans, lexicon: lexicon)
        items.append(contentsOf: scanner.scan())
      }
      first = index
    }
    return items
  }

  init(tokens: FigureTokens, classes: [UInt8], dateSpans: [Range<Int>], lexicon: FigureLexicon) {
    self.tokens = tokens
    self.classes = classes
    self.lexicon = lexicon
    self.dateSpans = dateSpans
  }

  /// The `WordClass` bits of one token: a word's classes, `start` on numbers and on the
  /// signs a figure may start with (`.`, `-`, `−`, currency signs, `½`), else 0. A `String`
  /// is made only for a word of a classed shape or a currency-like sign.
  static func startClass(of span: TokenSpan, in bytes: UnsafeBufferPointer<UInt8>, lexicon: FigureLexicon) -> UInt8 {
    switch span.kind {
    case .number: return WordClass.start
    case .word: return lexicon.wordClass(utf8: UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte]))
    case .punct:
      let lead = bytes[span.startByte]
      if lead == UInt8(ascii: ".") || lead == UInt8(ascii: "-") { return WordClass.start }
      guard lead >= 0x80 || lead == UInt8(ascii: "$") else { return 0 }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte]), as: UTF8.self)
      if text == "−" { return WordClass.start }
      return lexicon.symbols[text] != nil || vulgarFractions[text] != nil ? WordClass.start : 0
    }
  }

  /// Whether the token is the first of its line (paragraph): only the first one.
  func isLineStart(_ index: Int) -> Bool { index == 0 }

  /// Lower case, without the Unicode machinery for the common all-ASCII word.
  static func lowercase(_ text: String) -> String {
    var hasUpper = false
    for byte in text.utf8 {
      if byte >= 0x80 { return text.lowercased() }
      if byte >= 65 && byte <= 90 { hasUpper = true }
    }
    guard hasUpper else { return text }
    let count = text.utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      for (offset, byte) in text.utf8.enumerated() { buffer[offset] = ASCIICase.lower(byte) }
      return count
    }
  }

  /// `lowercase(_:)` of a word given as its UTF-8 bytes, made in one go for ASCII words.
  static func lowercase(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    var hasUpper = false
    for byte in bytes {
      if byte >= 0x80 { return String(decoding: bytes, as: UTF8.self).lowercased() }
      if byte >= 65 && byte <= 90 { hasUpper = true }
    }
    guard hasUpper else { return String(decoding: bytes, as: UTF8.self) }
    return ASCIICase.lowercased(utf8: bytes)
  }

  // MARK: - The pass

  func scan() -> [FigureItem] {
    var items: [FigureItem] = []
    var index = 0
    while index < tokens.count {
      if classes[index] == 0 {  // a word or sign no rule starts with: most tokens
        index += 1
        continue
      }
      if tokens[index].kind == .punct, !isNumber(index + 1), punctSymbol(index) == nil,
        tokens[index].utf8.count == 1
      {
        // `.` or `-` starts a figure only before digits (`.5`, `-3`): skip the rules.
        index += 1
        continue
      }
      if insideDate(tokens[index].start..<tokens[index].end) {
        index += 1
        continue
      }
      if let end = dateLikeEnd(at: index) {
        index = max(end, index + 1)
        continue
      }
      if let end = urlEnd(at: index) {
        index = end
        continue
      }
      switch figures(at: index) {
      case .none:
        index += 1
      case .blocked(let next):
        index = max(next, index + 1)
      case .found(let found, let next):
        for item in found where item.value.isFinite && !insideDate(item.start..<item.end) { items.append(item) }
        index = max(next, index + 1)
      }
    }
    return items
  }

  /// The end of a URL starting at `index` (`https://…`, `www.…`): its glued tokens, which
  /// hold codes, not figures.
  func urlEnd(at index: Int) -> Int? {
    guard wordIs(index, "http") || wordIs(index, "https") || wordIs(index, "www"),
      isPunct(index + 1, Punct.colon) || isPunct(index + 1, Punct.dot), glued(index + 1)
    else { return nil }
    var end = index + 1
    while end < tokens.count, glued(end) { end += 1 }
    return end
  }

  enum Outcome {
    case none
    /// Not a figure, and the tokens up to `next` belong to what it is instead.
    case blocked(next: Int)
    case found([FigureItem], next: Int)
  }

  /// The figures (one, or two for a range) that start at `index`.
  func figures(at index: Int) -> Outcome {
    if let dayCount = dayCount(at: index) { return dayCount }
    if tokens[index].kind != .word {
      if let rank = rank(at: index) { return rank }
      if let end = scoreEnd(at: index) { return .found(scoreParts(index..<end), next: end) }
    }
    var cursor = index
    var mod: FigureItem.Mod?
    if let qualifier = qualifier(at: cursor) {
      mod = qualifier.mod
      cursor = qualifier.next
    }
    // (A qualifier before the number starts the text; a bound after it does not.)
    let qualifiedBefore = mod != nil
    var opensRange = false
    if wordIs(cursor, "between") || (wordIs(cursor, "from") && mod == nil) {
      opensRange = true
      cursor += 1
    }
    var first: Amount
    switch amount(at: cursor) {
    case .none: return .none
    case .blocked(let next): return cursor == index ? .blocked(next: next) : .none
    case .found(let found): first = found
    }
    if first.kind == .ordinal, mod != nil || opensRange { return .none }  // `over first`: read `first` alone
    var second: Amount?
    let range = rangeSecond(after: first, opensRange: opensRange)
    if case .duration(let next) = range { return cursor == index ? .blocked(next: next) : .none }
    if case .second(let joined) = range {
      second = joined
      if first.currency == nil, let currency = joined.currency {
        first.currency = currency
        first.kind = .money
      }
      if first.kind == .cardinal, joined.kind == .percent { first.kind = .percent }
      if first.scale == 1, joined.scale > 1, first.value < 1000 {  // 5-6 million
        first.value *= joined.scale
        first.scale = joined.scale
      }
      if first.kind == .cardinal, joined.kind == .cardinal, first.isBareOne { first.isBareOne = false }
    }
    if second == nil, let share = ratio(after: first) {
      // `a 1-in-100-year flood`: a return period, a frequency the date extractor owns.
      if let end = returnPeriodEnd(share) { return cursor == index ? .blocked(next: end) : .none }
      first = share
    }
    // `four or more people`, `$5 billion-plus`, `10 or fewer`: a bound written after the
    // number is its qualifier, in the extent (the unit follows it).
    if second == nil, mod == nil, first.kind != .ordinal, let (bound, end) = boundAfter(first.end) {
      mod = bound
      first.end = end
    }
    guard var last = second ?? Optional(first) else { return .none }
    if !accept(&first, mod: mod, qualifierStart: index, amountStart: cursor, isRange: second != nil) {
      return .none
    }
    if second != nil { _ = accept(&last, mod: mod, qualifierStart: index, amountStart: cursor, isRange: true) }
    if second != nil, first.unit == nil { first.unit = last.unit }
    let textStart = qualifiedBefore ? index : first.start
    var items = [item(first, from: textStart, mod: mod)]
    if let second { items.append(item(last, from: second.start, mod: mod)) }
    // A unit of several words is read past (`400 parts per million`: `million` is the unit's).
    let end = (second ?? first).end
    return .found(items, next: compoundUnit(at: end)?.1 ?? end)
  }

  /// A bound written after a number at `k`: a phrase of `qualifiers-after` in the words file
  /// (`or more`, `or fewer`), or a glued `-plus` (more_than); with the token after it.
  func boundAfter(_ k: Int) -> (FigureItem.Mod, Int)? {
    if isPunct(k, ["-"]), glued(k), wordIs(k + 1, "plus"), glued(k + 1) { return (.moreThan, k + 2) }
    guard word(k, in: lexicon.qualifierAfterHeads), let first = word(k), let second = word(k + 1),
      let mod = lexicon.qualifiersAfter[first + " " + second]
    else { return nil }
    return (mod, k + 2)
  }

  /// Checks the rules that depend on the words around the amount and fills its unit.
  /// Returns false when the amount is not a figure there (`one` as a pronoun, `first` as
  /// an adverb).
  func accept(_ amount: inout Amount, mod: FigureItem.Mod?, qualifierStart: Int, amountStart: Int, isRange: Bool) -> Bool {
    if amount.kind == .cardinal || amount.kind == .vague || amount.kind == .ordinal, amount.unit == nil {
      amount.unit = unitNoun(
        after: amount.end, skippingOf: amount.kind == .vague || amount.isFraction,
        many: amount.kind != .ordinal && amount.value != 1, share: amount.isFraction && amount.kind != .vague)
    }
    // `billions of dollars`, `hundreds of millions of euros`: a vague amount of money takes
    // its currency into the expression, as `$300 million` does, and the code as its unit.
    if amount.kind == .vague, wordIs(amount.end, "of"), let named = currencyName(at: amount.end + 1) {
      amount.end = named.next
      amount.unit = named.code
    }
    // `411 of the 650 seats`, `51 of 113 seats`, `all 11 of their road games`: the part counts
    // what the whole does.
    if amount.kind == .cardinal, amount.unit == nil, !amount.isBareOne, wordIs(amount.end, "of") {
      amount.unit = partitiveUnit(of: amount)
    }
    // A measure word before the number is its unit: `a magnitude 7.8 earthquake`, `a
    // magnitude-7.4 earthquake`.
    let measure = isPunct(amount.start - 1, Self.joiners) && glued(amount.start - 1) && glued(amount.start) ? amount.start - 2 : amount.start - 1
    if amount.kind == .cardinal, word(measure, in: lexicon.unitsBefore), let before = word(measure) {
      amount.unit = before
    }
    if amount.isBareOne, mod == nil, !isRange, !besideAnotherNumber(amount) {
      guard let unit = amount.unit, lexicon.countedNouns.contains(unit.lowercased()) else { return false }
      if contrastFollows(amount.end) { return false }
    }
    if amount.isOrdinalWord, mod == nil, !ordinalIsRank(amount) { return false }
    // An ordinal of a time unit takes it into the expression, as the spec's `58th day` and
    // `third month` do, with the adjectives of `unit-adjectives` between them (`third
    // consecutive day`, `17th straight year`). Any other noun is only its unit, as a
    // cardinal's counted noun is (`first` in `for the first time`, unit `time`; `16th` in
    // `his 16th victory`): both independent annotators read the spec so (1.8.0).
    if amount.kind == .ordinal, let head = ordinalHead(after: amount.end) { amount.unit = head }
    if amount.kind == .ordinal, let unit = amount.unit, lexicon.timeUnits.contains(unit.lowercased()) {
      var noun = amount.end
      while noun < tokens.count, noun < amount.end + 3, let w = word(noun), lexicon.unitAdjectives.contains(w), !isCapitalized(noun) {
        noun += 1
      }
      if noun < tokens.count, tokens[noun].kind == .word, lower(noun) == unit.lowercased() {
        amount.end = noun + 1
      }
    }
    return true
  }

  /// What a part written with `of` after a cardinal counts: the unit of the whole's number
  /// (`411 of the 650 seats`, `51 of 113 seats`, `20 of the country's 27 largest cities`,
  /// `two of its nine members`), or, past determiners or a possessive, the head of the phrase
  /// when it is a plural or a listed counted noun (`all 11 of their road games` → `games`,
  /// `three of the company's board members` → `members`; not `five of the best`). Not after a
  /// listed noun or a time unit, where the number is a label (`round 2 of the talks`), and not
  /// for a bare `one`, a pronoun (`one of the largest cities`).
  func partitiveUnit(of part: Amount) -> String? {
    if let before = word(part.start - 1), !isCapitalized(part.start - 1),
      lexicon.countedNouns.contains(before) || lexicon.timeUnits.contains(before) || lexicon.dayCount.contains(before)
    {
      return nil
    }
    var index = part.end + 1
    var determined = false
    for _ in 0..<2 where word(index).map(Self.ofDeterminers.contains) ?? false {
      index += 1
      determined = true
    }
    if word(index) != nil, isPunct(index + 1, Punct.apostrophes), glued(index + 1), wordIs(index + 2, "s"), glued(index + 2) {
      index += 3  // `of the country's`, `of Ukraine's`
      determined = true
    }
    if index < tokens.count, tokens[index].spaceBefore, classes[index] & (WordClass.start | WordClass.number) != 0 {
      guard case .found(let whole) = amount(at: index), whole.kind == .cardinal else { return nil }
      return whole.unit ?? unitNoun(after: whole.end, skippingOf: false, many: true)
    }
    guard determined, let unit = unitNoun(after: index, skippingOf: false, many: true) else { return nil }
    let last = unit.split(separator: " ").last.map(String.init) ?? unit
    return Self.looksPlural(Self.lowercase(last)) || lexicon.countedNouns.contains(Self.lowercase(last)) ? unit : nil
  }

  /// The head noun of the short lower-case noun phrase after an ordinal, when its first
  /// word only modifies it: `second anti-abortion activist` → `activist`, `first law
  /// enforcement official` → `official`, `third major bust` → `bust`. Nil when the first
  /// word ends the phrase itself, or the phrase does not end within four words, or its last
  /// word may be a verb or an adverb (`-ed`, `-ly`).
  func ordinalHead(after end: Int) -> String? {
    var index = end
    var words = 0
    var compound: String?  // `tie-break`, `full-colour`: the words of a hyphenated compound so far
    while index < tokens.count, words < 4, let w = word(index), !isCapitalized(index), !Self.phraseEnders.contains(w),
      NumberWords.read(tokens.asTokens, from: index) == nil
    {
      if isPunct(index + 1, Self.joiners), glued(index + 1), glued(index + 2), word(index + 2) != nil {
        compound = (compound ?? w) + "-" + lower(index + 2)
        index += 2
        continue
      }
      let whole = compound ?? w
      compound = nil
      words += 1
      if endsNounPhrase(after: index) {
        guard index > end, !w.hasSuffix("ed"), !w.hasSuffix("ly"), !lexicon.notUnits.contains(w) else { return nil }
        return whole
      }
      index += 1
    }
    return nil
  }

  /// Whether the word at `index` ends its noun phrase: punctuation other than a joining
  /// hyphen or apostrophe follows, or a function word, or nothing.
  func endsNounPhrase(after index: Int) -> Bool {
    let next = index + 1
    guard next < tokens.count else { return true }
    if tokens[next].kind == .punct { return !(glued(next) && isPunct(next, Self.joiners)) && !isPunct(next, ["'", "\u{2019}"]) }
    guard tokens[next].kind == .word else { return false }
    // A simple past ends the phrase before it (`the first model went on sale`, 1.11.0).
    let w = lower(next)
    return Self.phraseEnders.contains(w) || lexicon.pastTenses.contains(w)
  }

  /// Function words that start what follows a noun phrase (prepositions, conjunctions,
  /// pronouns, auxiliaries): a closed class of English.
  static let phraseEnders: Set<String> = [
    "of", "in", "on", "at", "to", "for", "from", "with", "by", "since", "after", "before", "during", "than", "as",
    "and", "or", "but", "that", "which", "who", "when", "where", "while", "he", "she", "it", "they", "we", "i", "you",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "did", "does", "do", "this", "there", "here", "ever", "against", "between", "into", "over", "under",
  ]

  /// Whether a number stands in a list or alternative with another (`one or two`,
  /// `one, two, three`), which makes a lone `one` a count.
  func besideAnotherNumber(_ amount: Amount) -> Bool {
    func isNumeral(_ index: Int) -> Bool {
      guard index >= 0, index < tokens.count else { return false }
      if tokens[index].kind == .number { return true }
      guard let w = word(index) else { return false }
      return NumberWords.units[w] != nil || NumberWords.tens[w] != nil
    }
    let links: Set<String> = [",", "and", "or", "to", "-", "–"]
    let after = amount.end
    if after < tokens.count, links.contains(lower(after)), isNumeral(after + 1) { return true }
    if tokens.indices.contains(after), tokens[after].kind == .word, isNumeral(after) { return true }  // one two and three
    let before = amount.start - 1
    if before >= 0, links.contains(lower(before)), isNumeral(before - 1) { return true }
    return false
  }

  func item(_ amount: Amount, from start: Int, mod: FigureItem.Mod?) -> FigureItem {
    let begin = tokens[start].start
    let finish = tokens[amount.end - 1].end
    return FigureItem(
      text: text(tokens: start..<amount.end), start: begin, end: finish, value: Self.snapped(amount.value), kind: amount.kind,
      mod: mod,
      unit: amount.kind == .money ? amount.currency : amount.unit)
  }

  /// A value with the binary rounding error of a decimal times a scale taken off: `$4.1bn`
  /// is 4.1 × 1e9 = 4099999999.9999995 in doubles, and 4100000000 as written. Only a value
  /// within a relative 1e-12 of a whole number is snapped to it, so `$1,234.50` and `0.333…`
  /// keep their fractions.
  static func snapped(_ value: Double) -> Double {
    let whole = value.rounded()
    guard abs(value) >= 1, whole != value, abs(value - whole) <= abs(value) * 1e-12 else { return value }
    return whole
  }

  /// The text of a run of tokens, white space between them as one space (the normalized
  /// text has no other white space inside a paragraph).
  func text(tokens range: Range<Int>) -> String {
    var result = ""
    for index in range {
      if index > range.lowerBound, tokens[index].spaceBefore { result += " " }
      result += tokens[index].text
    }
    return result
  }

  func insideDate(_ span: Range<Int>) -> Bool {
    guard !dateSpans.isEmpty else { return false }
    var low = 0
    var high = dateSpans.count
    while low < high {  // first date span starting at or after span.upperBound
      let mid = (low + high) / 2
      if dateSpans[mid].lowerBound < span.upperBound { low = mid + 1 } else { high = mid }
    }
    // Date spans do not overlap each other, so only the last few before `low` can reach in.
    for index in stride(from: low - 1, through: max(0, low - 3), by: -1) where dateSpans[index].overlaps(span) {
      return true
    }
    return false
  }

  // MARK: - Token helpers

  func word(_ index: Int) -> String? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
    return Self.lowercase(utf8: tokens[index].utf8)
  }

  /// Whether the token is a word of `words`, a small set of lower-case words: a word of
  /// another length is told from its byte count, without making its lower-case `String`
  /// (for checks that run at every number, such as `No.` before a rank).
  func word(_ index: Int, in words: Set<String>) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let count = tokens[index].utf8.count
    guard words.contains(where: { $0.utf8.count == count }), let w = word(index) else { return false }
    return words.contains(w)
  }

  /// Whether the token is this lower-case word in any case: `word(index) == literal`, told
  /// from the bytes for ASCII words.
  func wordIs(_ index: Int, _ literal: StaticString) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let utf8 = tokens[index].utf8
    let count = literal.utf8CodeUnitCount
    for byte in utf8 where byte >= 0x80 { return word(index) == literal.description }
    guard utf8.count == count else { return false }
    let expected = literal.utf8Start
    for offset in 0..<count {
      let byte = utf8[offset]
      if ASCIICase.lower(byte) != expected[offset] { return false }
    }
    return true
  }

  /// The token's text, lower-cased for words.
  func lower(_ index: Int) -> String {
    tokens[index].kind == .word ? Self.lowercase(utf8: tokens[index].utf8) : tokens[index].text
  }

  /// The currency code of a punctuation token that is a currency sign (`$`, `€`), or nil;
  /// ASCII signs are told from a table, without a `String`.
  func punctSymbol(_ index: Int) -> String? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .punct else { return nil }
    let utf8 = tokens[index].utf8
    if utf8.count == 1, !lexicon.asciiSymbolSigns[Int(utf8[0])] { return nil }
    return lexicon.symbols[tokens[index].text]
  }

  /// Whether the token is one of these punctuation signs (a punctuation token is one scalar).
  func isPunct(_ index: Int, _ signs: [Unicode.Scalar]) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .punct,
      let scalar = tokens[index].firstScalar
    else { return false }
    return signs.contains(scalar)
  }

  /// The scalar of a punctuation token, or nil.
  func sign(_ index: Int) -> Unicode.Scalar? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .punct else { return nil }
    return tokens[index].firstScalar
  }

  /// Whether the token is a word of this `WordClass`.
  func isWord(_ index: Int, _ bit: UInt8) -> Bool {
    index >= 0 && index < classes.count && classes[index] & bit != 0
  }

  func isNumber(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .number
  }

  /// Whether `tokens[index]` touches the token before it.
  func glued(_ index: Int) -> Bool {
    index > 0 && index < tokens.count && !tokens[index].spaceBefore
  }

  func isCapitalized(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word,
      let first = tokens[index].firstScalar
    else { return false }
    return first.properties.isUppercase
  }

  static let joiners: [Unicode.Scalar] = ["-", "–", "—"]
  static let sentenceEnds: [Unicode.Scalar] = [".", "!", "?", ":", ";", "\"", "“", "”"]
}

/// Punctuation sets the scanner tests, built once.
enum Punct {
  static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
  static let sentenceStops: [Unicode.Scalar] = [".", "!", "?", ";"]
  static let comma: [Unicode.Scalar] = [","]
  static let apostrophes: [Unicode.Scalar] = ["'", "’"]
  static let dollarOrPound: [Unicode.Scalar] = ["$", "£"]
  static let dot: [Unicode.Scalar] = ["."]
  static let minus: [Unicode.Scalar] = ["-"]
  static let dollar: [Unicode.Scalar] = ["$"]
  static let percent: [Unicode.Scalar] = ["%"]
  static let minusSigns: [Unicode.Scalar] = ["-", "−"]
  static let slash: [Unicode.Scalar] = ["/"]
  static let times: [Unicode.Scalar] = ["×"]
  static let caret: [Unicode.Scalar] = ["^"]
  static let plus: [Unicode.Scalar] = ["+"]
  static let colon: [Unicode.Scalar] = [":"]
  static let open: [Unicode.Scalar] = ["("]
  static let close: [Unicode.Scalar] = [")"]
  /// Punctuation an inline list marker follows (`priorities: 1) …, 2) …`).
  static let listLeads: [Unicode.Scalar] = [":", ",", ";"]
  static let listMarkerEnds: [Unicode.Scalar] = [".", ")"]
  static let degree: [Unicode.Scalar] = ["°"]
}
