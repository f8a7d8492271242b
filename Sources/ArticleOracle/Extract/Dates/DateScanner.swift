/// A match of one pattern: the token after it and the TIMEX3 it denotes.
struct DateMatch {
  var end: Int
  var type: DateItem.TimexType
  var value: String
  var mod: String? = nil
  var anchor: DateItem.Anchor
  /// Whether a `the` right before belongs to the expression (`the third quarter`).
  var takesArticle = false
  /// Whether it names a quarter that later `a year earlier` refers back to.
  var namesQuarter = false
  /// Whether the text says the quarter has ended (`the fourth quarter ended Sept. 30`).
  var quarterEnded = false
  /// Whether the day of its value is the story's day for what follows (not for a past
  /// `midnight` without a day, written as the day before the one it begins).
  var namesStoryDay = true
  /// Whether the text calls it a fiscal quarter (a company's own reporting period).
  var fiscalQuarter = false
}

/// The state of one extraction: the tokens, their lowercased words, the publication date,
/// and what the text said so far that later expressions refer to (the last quarter named).
struct DateScanner {
  let text: String
  /// The text's UTF-8 bytes, which the token spans index: a token's text is made only for the
  /// items the scanner emits and the few rules that read it (`tokenText`, `lower`).
  let utf8: [UInt8]
  let tokens: [TokenSpan]
  let lower: LowerCaseWords
  /// The lexicon classes of each word token (empty for numbers and punctuation).
  let classes: [DateLexicon.WordClass]
  /// The `DateWord` of each token the rules name (nil for other words, numbers, punctuation).
  let ids: [DateWord?]
  let published: CalendarDate?
  /// The last quarter the text named, for `a year earlier` in earnings news.
  var lastQuarter: (year: Int, quarter: Int)?
  /// The last year the text wrote out, for `the following year`.
  var lastYear: Int?
  /// The last month the text named (`March 1989`, `Aug. 7`), for `the following month`.
  var lastMonth: (year: Int, month: Int)?
  /// The last day the text named (`Friday`, `Aug. 7`), which a bare time of day belongs to,
  /// and the byte after the expression that named it.
  var lastDay: (value: String, anchor: DateItem.Anchor, endByte: Int)?

  init(text: String, published: CalendarDate?) {
    self.text = text
    let utf8 = Array(text.utf8)
    self.utf8 = utf8
    let tokens = utf8.withUnsafeBufferPointer { Tokenizer.spans(utf8: $0) }
    self.tokens = tokens
    // One lookup per word over its bytes gives its table entry (for its lower-case text), its
    // classes and its `DateWord`.
    let table = DateLexicon.wordTable
    var entries: [Int16] = [], classes: [DateLexicon.WordClass] = [], ids: [DateWord?] = []
    entries.reserveCapacity(tokens.count)
    classes.reserveCapacity(tokens.count)
    ids.reserveCapacity(tokens.count)
    utf8.withUnsafeBufferPointer { bytes in
      for token in tokens {
        guard token.kind == .word else {
          entries.append(DateWordTable.Lowering.asciiBytes)
          classes.append([])
          ids.append(nil)
          continue
        }
        let (e, c, id) = table.lookUp(bytes: UnsafeBufferPointer(rebasing: bytes[token.startByte..<token.endByte]))
        entries.append(e)
        classes.append(c)
        ids.append(id)
      }
    }
    self.lower = LowerCaseWords(utf8: utf8, tokens: tokens, entries: entries, table: table)
    self.classes = classes
    self.ids = ids
    self.published = published
  }

  mutating func scan() -> [DateItem] {
    var items: [DateItem] = []
    var i = 0
    // The second day of `April 24 and 25`, found with the first.
    var coordinated: (start: Int, match: DateMatch)?
    // The last expression's tokens and value, for the end of a range (`between X and Y`).
    var previous: (start: Int, end: Int, value: String)?
    while i < tokens.count {
      let token = tokens[i]
      let pending = coordinated.flatMap { $0.start == i ? $0.match : nil }
      if pending == nil,
        token.kind == .word ? !classes[i].contains(.start) : token.kind == .punct && !isPunct(i, "'") && !isPunct(i, "\u{2019}")
      {
        i += 1
        continue
      }
      let found = pending.map { (i, $0) } ?? matchWithQualifiers(at: i)
      guard let (start, found) = found else {
        i += 1
        continue
      }
      var match = found
      if let previous, let later = laterRangeEnd(match, at: start, after: previous) { match.value = later }
      if isQuotedTitle(start, match.end) {
        i += 1
        continue
      }
      let from = tokens[start].start, to = tokens[match.end - 1].end
      items.append(
        DateItem(
          text: String(decoding: utf8[tokens[start].startByte..<tokens[match.end - 1].endByte], as: UTF8.self), start: from, end: to,
          type: match.type, value: match.value, mod: match.mod, anchor: match.anchor))
      if match.namesQuarter { noteContext(match.value, ended: match.quarterEnded, fiscal: match.fiscalQuarter) }
      // (A time's day counts too: `midnight Thursday (2100 GMT)`.)
      if match.type == .date || match.type == .time, match.namesStoryDay, case let day = String(match.value.prefix(10)),
        DateScanner.isDayValue(day)
      {
        lastDay = (day, match.anchor, tokens[match.end - 1].endByte)
      }
      if match.type == .date, match.value.utf8.count == 7 || match.value.utf8.count == 10,
        let y = Int(match.value.prefix(4)), let m = Int(match.value.dropFirst(5).prefix(2))
      {
        lastMonth = (y, m)
      }
      if match.anchor == .absolute, match.type == .date, match.value.utf8.count >= 4, let y = Int(match.value.prefix(4)) {
        lastYear = y
      }
      if let second = coordinatedDay(after: match) ?? splitYear(after: match) { coordinated = (match.end + 1, second) }
      previous = (start, match.end, match.value)
      i = match.end
    }
    return items
  }

  /// `between Christmas Eve and New Year's Day`, `from November to February`: the end of a
  /// range is not before its start. An end resolved from the publication date to a day, a
  /// month, a quarter or a season before the start moves to its next occurrence, a year on
  /// (not for a feast that moves, whose day changes).
  /// (A past reporting verb does not stop it: `warned of delays between Christmas Eve and
  /// New Year's Day` speaks of days to come.)
  private func laterRangeEnd(_ m: DateMatch, at start: Int, after x: (start: Int, end: Int, value: String)) -> String? {
    guard m.type == .date, m.anchor == .publication, start == x.end + 1, let joint = id(x.end), let opener = id(x.start - 1),
      (joint == .and && opener == .between) || (opener == .from && (joint == .to || joint == .through || joint == .until || joint == .till)),
      m.value.utf8.count == x.value.utf8.count, m.value < x.value, x.value.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
    else { return nil }
    // (`2025-02`, `2025-Q1`, `2025-SP` have one length: a month is compared with a month only.)
    if m.value.utf8.count == 7, let y = Int(m.value.prefix(4)), Self.periodKind(m.value) == Self.periodKind(x.value) {
      return TimexFormat.year(y + 1) + m.value.dropFirst(4)
    }
    // (A weekday's range is read with the weekday: `weekdayRangeLength`.)
    guard DateScanner.isDayValue(m.value), let date = CalendarDate(iso: m.value), !isWord(start, of: .weekday) else { return nil }
    if let (holiday, _) = holidayName(at: isWord(start, .the) ? start + 1 : start), holiday.fixedMonthDay == nil { return nil }
    return CalendarDate(year: date.year + 1, month: date.month, day: date.day)?.iso
  }

  /// The kind of a seven-character value: 0 a month (`2025-02`), 1 a quarter (`2025-Q1`), 2 a
  /// season or half (`2025-SP`, `2025-H1`).
  private static func periodKind(_ value: String) -> Int {
    let c = value.utf8.dropFirst(5).first ?? 0
    return c >= 0x30 && c <= 0x39 ? 0 : c == UInt8(ascii: "Q") ? 1 : 2
  }

  /// Whether a TIMEX3 value names one day (`2022-04-26`, `XXXX-02-24`), not a week day of an
  /// unknown week (`XXXX-WXX-3`) or a reference of the same length (`FUTURE_REF`).
  static func isDayValue(_ value: String) -> Bool {
    let b = value.utf8
    guard b.count == 10 else { return false }
    let at = { (k: Int) in b[b.index(b.startIndex, offsetBy: k)] }
    return at(4) == UInt8(ascii: "-") && at(7) == UInt8(ascii: "-") && at(5) != UInt8(ascii: "W")
  }

  private mutating func noteContext(_ value: String, ended: Bool, fiscal: Bool) {
    let utf8 = Array(value.utf8)
    guard utf8.count == 7, utf8[5] == UInt8(ascii: "Q"), let y = Int(value.prefix(4)), let q = Int(value.suffix(1)) else { return }
    // Only a quarter that has ended by publication is a reported period that `the quarter` and
    // `a year ago` refer back to; a quarter still running or ahead is an outlook.
    if !ended, let p = published, y * 4 + q >= p.year * 4 + TimexFormat.quarterOf(month: p.month) { return }
    // An earlier quarter named after the reported one is background (`after a flat second
    // quarter`, `the 1988 third quarter`), not the period the story now reports; a fiscal
    // quarter is another company's report (`Separately, ... fiscal second-quarter profit`).
    if !fiscal, let last = lastQuarter, y * 4 + q < last.year * 4 + last.quarter { return }
    lastQuarter = (y, q)
  }

  /// Whether tokens `start..<end` open a quotation and write a unit with a capital
  /// (`"This Week"`, `''60 Minutes''`): the title of a programme, not a time.
  private func isQuotedTitle(_ start: Int, _ end: Int) -> Bool {
    guard start > 0, tokens[start - 1].kind == .punct, let quote = firstScalar(start - 1),
      "\"'`\u{201C}\u{2018}".unicodeScalars.contains(quote)
    else { return false }
    for k in (start + 1)..<max(start + 1, end) where classes[k].contains(.unit) && isCapitalized(k) {
      return true
    }
    return false
  }

  // MARK: - Token access

  func word(_ i: Int) -> String? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
    return lower[i]
  }

  func isWord(_ i: Int, _ w: String) -> Bool { word(i) == w }

  /// Whether token `i` is the word `w` (an integer comparison).
  @inline(__always) func isWord(_ i: Int, _ w: DateWord) -> Bool { i >= 0 && i < ids.count && ids[i] == w }

  /// The `DateWord` of token `i`, nil for other words and tokens and out of range.
  @inline(__always) func id(_ i: Int) -> DateWord? { i >= 0 && i < ids.count ? ids[i] : nil }

  /// Whether token `i` is a word of lexicon class `c`.
  @inline(__always) func isWord(_ i: Int, of c: DateLexicon.WordClass) -> Bool { i >= 0 && i < classes.count && classes[i].contains(c) }

  /// Whether token `i` is punctuation `c` (a punctuation token is one code point).
  func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool {
    guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return false }
    if c.isASCII { return tokens[i].endByte - tokens[i].startByte == 1 && utf8[tokens[i].startByte] == UInt8(c.value) }
    return firstScalar(i) == c
  }

  /// The text of token `i`, made from its bytes.
  func tokenText(_ i: Int) -> String {
    String(decoding: utf8[tokens[i].startByte..<tokens[i].endByte], as: UTF8.self)
  }

  /// The length of token `i` in UTF-8 bytes (`tokenText(i).utf8.count`).
  @inline(__always) func byteCount(_ i: Int) -> Int { tokens[i].endByte - tokens[i].startByte }

  /// The first code point of token `i`.
  func firstScalar(_ i: Int) -> Unicode.Scalar? {
    let j = tokens[i].startByte
    let lead = utf8[j]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length { value = value << 6 | (UInt32(utf8[j + k]) & 0x3F) }
    return Unicode.Scalar(value)
  }

  /// The scanner's tokens as `Token`s with their texts, each made when read (for `NumberWords`).
  var tokenTexts: DateTokenTexts { DateTokenTexts(utf8: utf8, spans: tokens) }

  /// Whether token `i` is attached to the previous one (no space between).
  func isAttached(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

  func isCapitalized(_ i: Int) -> Bool {
    let lead = utf8[tokens[i].startByte]
    if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
    guard let first = firstScalar(i) else { return false }
    return first.properties.isUppercase
  }

  /// The integer value of a digits-only token (no inner `,` or `.`).
  func integer(_ i: Int) -> Int? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .number, byteCount(i) <= 9 else { return nil }
    // (`Int(text)`: digits only; a number token starts with a digit.)
    var value = 0
    for k in tokens[i].startByte..<tokens[i].endByte {
      let b = utf8[k]
      guard b >= 48 && b <= 57 else { return nil }
      value = value * 10 + Int(b - 48)
    }
    return value
  }

  /// Whether the token after a number is an ordinal suffix (`58th`).
  func hasOrdinalSuffix(_ i: Int) -> Bool {
    guard let w = word(i + 1), isAttached(i + 1) else { return false }
    return w == "th" || w == "st" || w == "nd" || w == "rd"
  }

  /// Whether the words starting at `i` are `phrase`.
  func matches(_ phrase: [DateWord], at i: Int) -> Bool {
    for (k, w) in phrase.enumerated() where id(i + k) != w { return false }
    return true
  }

  /// The longest phrase of `table` whose words start at `i`: its value and length.
  /// (`firstWords` is the class of the table's first words: other words skip the lookup.)
  /// (The table is read only after the class test: most calls end there.)
  func longest<V>(_ table: @autoclosure () -> PhraseTable<V>, _ firstWords: DateLexicon.WordClass, at i: Int) -> (V, Int)? {
    guard isWord(i, of: firstWords) else { return nil }
    let table = table()
    guard let first = ids[i], table.singleWords.contains(first) || table.secondWords.contains(id(i + 1)) else { return nil }
    for (phrase, value) in table.byFirstID[Int(first.rawValue)] where matches(phrase, at: i) {
      return (value, phrase.count)
    }
    return nil
  }

  // MARK: - Resolution

  /// `value(published)` when the publication date is known, otherwise the placeholder.
  func resolve(_ placeholder: String, _ value: (CalendarDate) -> String?) -> (String, DateItem.Anchor) {
    guard let published, let v = value(published) else { return (placeholder, .unresolved) }
    return (v, .publication)
  }

  func relative(_ end: Int, _ type: DateItem.TimexType = .date, placeholder: String, _ value: (CalendarDate) -> String?) -> DateMatch {
    let (v, anchor) = resolve(placeholder, value)
    return DateMatch(end: end, type: type, value: v, anchor: anchor)
  }

  /// The publication date moved by `amount` units, written at the unit's granularity.
  func shifted(_ d: CalendarDate, by amount: Int, _ granularity: DateLexicon.Granularity) -> String? {
    switch granularity {
    case .day: return TimexFormat.day(d.adding(days: amount))
    case .week: return TimexFormat.week(d.adding(days: 7 * amount))
    case .month:
      let m = d.adding(months: amount)
      return TimexFormat.month(m.year, m.month)
    case .quarter:
      let total = d.year * 4 + TimexFormat.quarterOf(month: d.month) - 1 + amount
      return TimexFormat.quarter(total / 4, total % 4 + 1)
    case .year: return TimexFormat.year(d.year + amount)
    case .decade: return String(TimexFormat.year(d.year + 10 * amount).prefix(3))
    case .century: return String(TimexFormat.year(d.year + 100 * amount).prefix(2))
    case .second, .minute, .hour: return nil
    }
  }

  /// A placeholder of the unit's granularity (`XXXX-WXX`).
  static func placeholder(_ granularity: DateLexicon.Granularity) -> String {
    switch granularity {
    case .day, .second, .minute, .hour: return "XXXX-XX-XX"
    case .week: return "XXXX-WXX"
    case .month: return "XXXX-XX"
    case .quarter: return "XXXX-QX"
    case .year: return "XXXX"
    case .decade: return "XXX"
    case .century: return "XX"
    }
  }
}

/// Tokens as `Token`s made from spans and the text's bytes when read, so that `NumberWords`
/// reads the date scanner's tokens without a `String` made for every token of the text.
struct DateTokenTexts: RandomAccessCollection {
  let utf8: [UInt8]
  let spans: [TokenSpan]

  var startIndex: Int { 0 }
  var endIndex: Int { spans.count }

  subscript(i: Int) -> Token {
    let s = spans[i]
    return Token(
      kind: s.kind, text: String(decoding: utf8[s.startByte..<s.endByte], as: UTF8.self), start: s.start, end: s.end,
      spaceBefore: s.spaceBefore)
  }
}
