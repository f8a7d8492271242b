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
  /// Whether the text calls it a fiscal quarter (a company's own reporting period).
  var fiscalQuarter = false
}

/// The state of one extraction: the tokens, their lowercased words, the publication date,
/// and what the text said so far that later expressions refer to (the last quarter named).
struct DateScanner {
  let text: String
  /// The last code-point offset an item's text was cut at and its UTF-8 offset: items come in
  /// text order, so cutting walks the text's bytes once instead of copying out its code points.
  private var cursor: (offset: Int, byte: Int)
  let tokens: [Token]
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
  /// The last day the text named (`Friday`, `Aug. 7`), which a bare time of day belongs to.
  var lastDay: (value: String, anchor: DateItem.Anchor)?

  init(text: String, published: CalendarDate?) {
    self.text = text
    self.cursor = (0, 0)
    self.tokens = Tokenizer.tokens(text)
    // One lookup per word over its bytes gives its lower-case text (lower-case words keep
    // theirs, lexicon words share the table's), its classes and its `DateWord`.
    let table = DateLexicon.wordTable
    var lower = LowerCaseWords(capacity: tokens.count)
    var classes: [DateLexicon.WordClass] = [], ids: [DateWord?] = []
    classes.reserveCapacity(tokens.count)
    ids.reserveCapacity(tokens.count)
    for token in tokens {
      guard token.kind == .word else {
        lower.append(token.text)
        classes.append([])
        ids.append(nil)
        continue
      }
      let (w, later, c, id) = table.lookUp(token.text)
      lower.append(w, lowerLater: later)
      classes.append(c)
      ids.append(id)
    }
    self.lower = lower
    self.classes = classes
    self.ids = ids
    self.published = published
  }

  mutating func scan() -> [DateItem] {
    var items: [DateItem] = []
    var i = 0
    // The second day of `April 24 and 25`, found with the first.
    var coordinated: (start: Int, match: DateMatch)?
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
      guard let (start, match) = found else {
        i += 1
        continue
      }
      if isQuotedTitle(start, match.end) {
        i += 1
        continue
      }
      let from = tokens[start].start, to = tokens[match.end - 1].end
      let fromIndex = index(at: from), toIndex = index(at: to)
      items.append(
        DateItem(
          text: String(text.unicodeScalars[fromIndex..<toIndex]), start: from, end: to,
          type: match.type, value: match.value, mod: match.mod, anchor: match.anchor))
      if match.namesQuarter { noteContext(match.value, ended: match.quarterEnded, fiscal: match.fiscalQuarter) }
      if match.type == .date, match.value.utf8.count == 10, !match.value.hasPrefix("XXXX-W") {
        lastDay = (match.value, match.anchor)
      }
      if match.type == .date, match.value.utf8.count == 7 || match.value.utf8.count == 10,
        let y = Int(match.value.prefix(4)), let m = Int(match.value.dropFirst(5).prefix(2))
      {
        lastMonth = (y, m)
      }
      if match.anchor == .absolute, match.type == .date, match.value.utf8.count >= 4, let y = Int(match.value.prefix(4)) {
        lastYear = y
      }
      if let second = coordinatedDay(after: match) { coordinated = (match.end + 1, second) }
      i = match.end
    }
    return items
  }

  /// The index of code-point `offset`, walked forward over UTF-8 bytes from the last one asked for.
  private mutating func index(at offset: Int) -> String.Index {
    if offset < cursor.offset { cursor = (0, 0) }
    let start = cursor
    let byte =
      text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
        var b = start.byte
        var steps = offset - start.offset
        let raw = UnsafeRawBufferPointer(bytes)
        while steps > 0 {
          // Eight ASCII bytes are eight code points.
          if steps >= 8, b + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: b, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            b += 8
            steps -= 8
            continue
          }
          b += 1
          while b < bytes.count, bytes[b] & 0xC0 == 0x80 { b += 1 }
          steps -= 1
        }
        return b
      }
      ?? text.utf8.distance(from: text.utf8.startIndex, to: text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset))
    cursor = (offset, byte)
    return text.utf8.index(text.utf8.startIndex, offsetBy: byte)
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
    guard start > 0, tokens[start - 1].kind == .punct, let quote = tokens[start - 1].text.unicodeScalars.first,
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

  func isPunct(_ i: Int, _ c: Unicode.Scalar) -> Bool { i >= 0 && i < tokens.count && tokens[i].isPunct(c) }

  /// Whether token `i` is attached to the previous one (no space between).
  func isAttached(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

  func isCapitalized(_ i: Int) -> Bool {
    guard let first = tokens[i].text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }

  /// The integer value of a digits-only token (no inner `,` or `.`).
  func integer(_ i: Int) -> Int? {
    guard i >= 0, i < tokens.count, tokens[i].kind == .number, tokens[i].text.utf8.count <= 9 else { return nil }
    return Int(tokens[i].text)
  }

  /// Whether the token after a number is an ordinal suffix (`58th`).
  func hasOrdinalSuffix(_ i: Int) -> Bool {
    guard let w = word(i + 1), isAttached(i + 1) else { return false }
    return w == "th" || w == "st" || w == "nd" || w == "rd"
  }

  /// Whether the words starting at `i` are `phrase`.
  func matches(_ phrase: [String], at i: Int) -> Bool {
    for (k, w) in phrase.enumerated() where word(i + k) != w { return false }
    return true
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
    if let byID = table.byFirstID {
      guard let first = ids[i], table.singleWords.contains(first) || table.secondWords.contains(id(i + 1)) else { return nil }
      for (phrase, value) in byID[Int(first.rawValue)] where matches(phrase, at: i) {
        return (value, phrase.count)
      }
      return nil
    }
    guard let first = word(i), let candidates = table.byFirstWord[first] else { return nil }
    for (phrase, value) in candidates where matches(phrase, at: i) {
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
