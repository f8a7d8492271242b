/// The words before an expression that belong to it: `the`, quantity qualifiers (`nearly`,
/// `more than`), point qualifiers (`early`, `the end of`) and `earlier`/`later`.
extension DateScanner {
  /// The expression starting at `i`, with the qualifiers written before it: its first token
  /// and the match.
  mutating func matchWithQualifiers(at i: Int) -> (Int, DateMatch)? {
    guard tokens[i].kind == .word else {
      return core(at: i).map { (i, $0) }
    }
    // `nearly nine weeks`, `more than four decades ago`, `at least the past 18 months`.
    if let (mod, length) = longest(DateLexicon.quantityMods, .quantityMod, at: i), !isBareOver(i) || isOverSpan(i, i + length) {
      let j = i + length
      var m = core(at: j)
      if m == nil, isWord(j, .the), let inner = core(at: j + 1), inner.takesArticle { m = inner }
      // `around 7:15 p.m.`, `about 6 a.m.`: an approximate time of day (TIMEX3 `APPROX`).
      if var m, m.type == .duration || isAgo(m) || (m.type == .time && mod == "APPROX") {
        m.mod = mod
        return (i, m)
      }
    }
    // `early next year`, `late November`, `mid-1990`, `the end of 1990`, `the late 1970s`.
    var phrase = longest(DateLexicon.pointMods, .pointMod, at: i)
    // `by end-2024`, `at end-June`: wire services' hyphenated end; a bare `end` is a noun or verb.
    if let (_, length) = phrase, length == 1, isWord(i, .end), !(isPunct(i + 1, "-") && isAttached(i + 1)) { phrase = nil }
    let articleBeforeMod = phrase == nil && isWord(i, .the) && (isWord(i + 1, .early) || isWord(i + 1, .late) || isWord(i + 1, .mid))
    if let (mod, length) = phrase ?? (articleBeforeMod ? longest(DateLexicon.pointMods, .pointMod, at: i + 1) : nil) {
      var j = (articleBeforeMod ? i + 1 : i) + length
      // `early Thursday`, `late Sunday`: the day with its qualifier in the extent, as the
      // spec writes `nearly nine weeks` and TimeBank `late yesterday` (`the early hours of
      // Monday` is its start, below). A day with its part (`early Friday morning`) is read
      // without the qualifier.
      if isWord(j, of: .weekday), !isWord(j - 2, .hours) {
        guard !articleBeforeMod, var m = core(at: j), m.type == .date, m.end == j + 1 else { return nil }
        m.mod = mod
        return (i, m)
      }
      if isPunct(j, "-"), isAttached(j) { j += 1 }
      var m = core(at: j)
      if m == nil, isWord(j, .the), let inner = core(at: j + 1), inner.takesArticle { m = inner }
      // `the end of the year`: the unit that contains the publication date.
      if m == nil || m?.type == .duration, isWord(j, .the), isWord(j + 1, of: .unit), let unitWord = word(j + 1), let unit = DateLexicon.units[unitWord],
        !DateLexicon.isPlural(unitWord), !unit.isTime
      {
        m = relative(j + 2, placeholder: DateScanner.placeholder(unit.granularity)) { shifted($0, by: 0, unit.granularity) }
      }
      if var m, m.type == .date, !m.value.hasPrefix("P"), !m.value.hasSuffix("_REF"), !articleBeforeMod || m.takesArticle {
        m.mod = mod
        return (i, m)
      }
      if m == nil, var part = partOfDay(at: j) {
        part.mod = mod
        return (i, part)
      }
    }
    // `earlier this year`, `later that day`, `earlier Sunday`.
    if isWord(i, .earlier) || isWord(i, .later), let next = id(i + 1),
      next == .this || next == .yesterday || next == .last || next == .next || next == .that,
      let m = core(at: i + 1)
    {
      return (i, m)
    }
    if isWord(i, .the), isWord(i - 1, .in) || isWord(i - 1, .during), let m = storyDayPart(at: i + 1) {
      return (i, m)
    }
    if isWord(i, .the), let m = core(at: i + 1), m.takesArticle {
      return (i, m)
    }
    return core(at: i).map { (i, $0) }
  }

  /// `released in the afternoon`, `placed orders in the morning to start`: after `in the` or
  /// `during the`, a part of the day (not the night, whose day is unclear) is that part of the
  /// day the story last named, else of the publication day. Only as a noun: punctuation or a
  /// word that starts a clause or phrase follows (not `in the morning session`, `the morning
  /// of May 3`).
  private func storyDayPart(at j: Int) -> DateMatch? {
    guard isWord(j, .morning) || isWord(j, .afternoon) || isWord(j, .evening), let part = DateLexicon.dayParts[lower[j]] else { return nil }
    let k = j + 1
    if k < tokens.count {
      let isNoun = tokens[k].kind == .punct ? !isPunct(k, "-") && !isPossessive(k) : DateScanner.afterDayPart.contains(id(k))
      guard isNoun else { return nil }
    }
    return self.part(part, ofStoryDayEndingAt: k)
  }

  /// The part of the day `part` (`MO`, `AF`) of the day the story last named, else of the
  /// publication day, as a time whose words end before `end`.
  private func part(_ part: String, ofStoryDayEndingAt end: Int) -> DateMatch {
    if let day = lastDay, CalendarDate(iso: day.value) != nil {
      return DateMatch(end: end, type: .time, value: day.value + "T" + part, anchor: day.anchor)
    }
    return relative(end, .time, placeholder: "XXXX-XX-XXT" + part) { $0.iso + "T" + part }
  }

  static let afterDayPart: DateWordSet = [.to, .and, .but, .as, .before, .after, .at, .on, .in, .for, .by, .until, .when, .while, .with]

  /// `mid-afternoon yesterday`, `by mid afternoon,`: a part of the day after a point qualifier,
  /// a TIMEX3 time of the day that follows it, or else of the day the story last named (or the
  /// publication day). Bare, it must stand alone after a preposition (`late-night shows` is
  /// an adjective).
  private func partOfDay(at j: Int) -> DateMatch? {
    guard isWord(j, of: .dayPart), let part = DateLexicon.dayParts[lower[j]] else { return nil }
    if isWord(j + 1, of: .deictic), !isWord(j + 1, .tonight), let offset = DateScanner.deicticOffsets[lower[j + 1]] {
      return relative(j + 2, .time, placeholder: "XXXX-XX-XXT" + part) { $0.adding(days: offset).iso + "T" + part }
    }
    // `mid-afternoon Friday`, `late evening on Friday`
    let dayAt = isWord(j + 1, .on) ? j + 2 : j + 1
    if isWord(dayAt, of: .weekday), isCapitalized(dayAt), let day = weekday(at: dayAt, allowDayPart: false) {
      return DateMatch(end: day.end, type: .time, value: day.value + "T" + part, anchor: day.anchor)
    }
    var k = j - 1
    while k >= 0, tokens[k].kind == .punct || isWord(k, of: .pointMod) { k -= 1 }
    guard DateScanner.partOfDayPrepositions.contains(id(k)), j + 1 < tokens.count, tokens[j + 1].kind == .punct,
      !isPunct(j + 1, "-")
    else { return nil }
    return self.part(part, ofStoryDayEndingAt: j + 1)
  }

  /// Whether `over` at `i` has no `just` before it (`over`, `well over`: `over` also means
  /// `during`, which `just over` does not).
  private func isBareOver(_ i: Int) -> Bool { isWord(i, .over) || (isWord(i, .well) && isWord(i + 1, .over)) }

  /// Whether the bare `over` starting at `i` means `more than` before the count at `j`: after a
  /// word that takes a span (`for over a year`, `in well over a decade`, `a sentence of over
  /// 10 years`, `lasted over an hour`) or before `ago` (`over two years ago`); not `during`
  /// (`evolved over several years`, `spread over the next three quarters`, `over the past week`).
  private func isOverSpan(_ i: Int, _ j: Int) -> Bool {
    guard j < tokens.count, !isWord(j, .the), !isWord(j, .this), !isWord(j, .these), !isWord(j, of: .relativeDirection),
      !DateScanner.possessiveDeterminers.contains(lower[j])
    else { return false }
    if DateScanner.spanBeforeOver.contains(id(i - 1)) { return true }
    // `over two years ago` (not `took over two years ago`, a phrasal verb).
    var k = j
    while k < tokens.count, k < j + 4, !isWord(k, .ago) { k += 1 }
    return isWord(k, .ago) && !(i > 0 && DateScanner.phrasalOver.contains(lower[i - 1]))
  }

  static let spanBeforeOver: DateWordSet = [.for, .in, .after, .of, .last, .lasted, .lasting, .lasts]
  static let phrasalOver: Set<String> = ["took", "take", "takes", "taken", "taking", "handed", "turned", "hand", "turn", "won", "win"]

  static let partOfDayPrepositions: DateWordSet = [.by, .at, .in, .until, .since, .from, .around, .before, .after, .till]

  private func isAgo(_ m: DateMatch) -> Bool {
    guard m.end > 0 else { return false }
    let last = id(m.end - 1)
    return last == .ago || last == .earlier || last == .later
  }

  /// `the second Sunday in May`, `the last Friday of March 2021`: that day of the month,
  /// the month's year as `monthLed` reads it (nil when the year is unknown: no day to name).
  private mutating func nthWeekday(at i: Int) -> DateMatch? {
    guard let n = ids[i] == .last ? -1 : quarterOrdinal(i), let day = DateLexicon.weekdays[lower[i + 1]],
      isWord(i + 2, .in) || isWord(i + 2, .of), isWord(i + 3, of: .month), let month = monthLed(at: i + 3),
      month.value.utf8.count == 7, let y = Int(month.value.prefix(4)), let m = Int(month.value.suffix(2)),
      let first = CalendarDate(year: y, month: m, day: 1)
    else { return nil }
    let date: CalendarDate
    if n > 0 {
      date = first.adding(days: (day - first.weekday + 7) % 7 + 7 * (n - 1))
    } else {
      let last = first.adding(days: CalendarDate.daysIn(month: m, year: y) - 1)
      date = last.adding(days: -((last.weekday - day + 7) % 7))
    }
    guard date.month == m else { return nil }
    return DateMatch(end: month.end, type: .date, value: date.iso, anchor: month.anchor, takesArticle: true)
  }

  /// `the last day of October 2015`, `the first day of next month`, `the last day of the
  /// month`: the first or last day of the month or year named after `of` (`the month`, `the
  /// year` are the publication date's).
  private mutating func firstOrLastDay(at i: Int) -> DateMatch? {
    let k = i + 3
    let period: DateMatch
    if isWord(k, .the), isWord(k + 1, .month) {
      period = relative(k + 2, placeholder: "XXXX-XX") { TimexFormat.month($0.year, $0.month) }
    } else if isWord(k, .the), isWord(k + 1, .year) {
      period = relative(k + 2, placeholder: "XXXX") { TimexFormat.year($0.year) }
    } else if let m = core(at: k), m.type == .date, m.mod == nil {
      period = m
    } else {
      return nil
    }
    let v = Array(period.value.utf8), last = ids[i] == .last
    let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
    let value: String
    if v.count == 7, v[4] == UInt8(ascii: "-"), isDigit(v[5]), isDigit(v[6]), let m = Int(period.value.suffix(2)) {
      let year = Int(period.value.prefix(4))
      let day = last ? (year.map { CalendarDate.daysIn(month: m, year: $0) } ?? (m == 2 ? nil : CalendarDate.daysIn(month: m, year: 2001))) : 1
      guard let day else { return nil }
      value = period.value + "-" + TimexFormat.pad(day, 2)
    } else if v.count == 4, v.allSatisfy(isDigit) || period.value == "XXXX" {
      value = period.value + (last ? "-12-31" : "-01-01")
    } else {
      return nil
    }
    return DateMatch(end: period.end, type: .date, value: value, anchor: period.anchor, takesArticle: true)
  }

  /// The expression whose first word is at `i`, by the kind of its first token.
  mutating func core(at i: Int) -> DateMatch? {
    guard i < tokens.count else { return nil }
    switch tokens[i].kind {
    case .number: return numberLed(at: i)
    case .punct: return decadeWithApostrophe(at: i)
    // A word no expression starts with ends the search with one set lookup (the scan loop
    // gates its own position the same way; this also covers the token after `the`, `about`).
    case .word: return classes[i].contains(.start) ? wordLed(at: i) : nil
    }
  }

  private mutating func wordLed(at i: Int) -> DateMatch? {
    let w = ids[i], c = classes[i]
    if c.contains(.month), let m = monthLed(at: i) { return m }
    if c.contains(.weekday), isCapitalized(i) {
      guard let m = weekday(at: i) else { return nil }
      // `on Monday and Tuesday nights`: the first day shares the set the second day names.
      if m.type == .date, m.end == i + 1, isWord(i + 1, .and) || isWord(i + 1, .or), let day = DateLexicon.weekdays[lower[i]],
        isWord(i + 2, of: .weekday) || isWord(i + 2, of: .weekdayPlural), isCapitalized(i + 2),
        let second = wordLed(at: i + 2), second.type == .set, second.value.hasPrefix("XXXX-WXX-")
      {
        let part = second.value.dropFirst("XXXX-WXX-".utf8.count + 1)
        return DateMatch(end: i + 1, type: .set, value: "XXXX-WXX-\(day)" + part, anchor: .absolute)
      }
      return m
    }
    if c.contains(.weekdayPlural), let day = DateLexicon.weekdaysPlural[lower[i]], isCapitalized(i) {
      return DateMatch(end: i + 1, type: .set, value: "XXXX-WXX-\(day)", anchor: .absolute)
    }
    // (In lower case `new` starts one rule only, and the frequent word skips the others;
    // capitalized it may start a holiday, `New Year's Day`.)
    if w == .new, !isCapitalized(i) { return newYear(at: i) }
    if let m = deictic(at: i) { return m }
    if c.contains(.numberStart), isWord(i + 1, .of) || isPunct(i + 1, "-"), let m = spelledDayOfMonth(at: i) { return m }
    if c.contains(.numberStart), centuryAhead(of: i), let m = ordinalCentury(at: i) { return m }
    // (`a` only before `quarter`: the most frequent start word skips the time reader.)
    if w == .half || w == .quarter || w == .a && isWord(i + 1, .quarter) || c.contains(.numberStart), let m = clockOffset(at: i) { return m }
    if w == .year, let m = spelledYear(at: i) { return m }
    if w == .overnight { return overnight(at: i) }
    if w == .earlier || w == .later, let m = withinStoryDay(at: i) { return m }
    if let m = reference(at: i) { return m }
    if w == .first || w == .last, isWord(i + 1, .day), isWord(i + 2, .of), let m = firstOrLastDay(at: i) { return m }
    if isWord(i + 1, of: .weekday), let m = nthWeekday(at: i) { return m }
    if let m = relativeUnit(at: i) { return m }
    if w == .first || w == .latest, let m = pastSpan(at: i) { return m }
    if let m = spelledYear(at: i) { return m }
    if let m = financial(at: i) { return m }
    if let m = holiday(at: i) { return m }
    if let m = set(at: i) { return m }
    if let m = timeWord(at: i) { return m }
    if let m = season(at: i) { return m }
    if let m = spelledDecade(at: i) { return m }
    if let m = anchoredToDate(at: i) { return m }
    return duration(at: i)
  }
}
