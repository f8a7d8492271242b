/// Calendar dates written with numbers and month names: `2022-04-26`, `4/26/2022`,
/// `26 April 2022`, `April 26, 2022`, `Feb. 24`, `April 2022`, `1990`, `the 1990s`, `10:35 a.m.`
extension DateScanner {
  mutating func numberLed(at i: Int) -> DateMatch? {
    let n = integer(i)
    // 2022-04-26
    if let y = n, byteCount(i) == 4, isPunct(i + 1, "-"), isAttached(i + 1), let m = integer(i + 2),
      isPunct(i + 3, "-"), isAttached(i + 3), let d = integer(i + 4),
      let date = CalendarDate(year: y, month: m, day: d)
    {
      if let (clock, end) = isoClock(after: i + 5) {
        return DateMatch(end: end, type: .time, value: date.iso + clock, anchor: .absolute)
      }
      return DateMatch(end: i + 5, type: .date, value: date.iso, anchor: .absolute)
    }
    // 4/26/2022 (month first, day first when the first number cannot be a month)
    if let a = n, isPunct(i + 1, "/"), isAttached(i + 1), let b = integer(i + 2), isAttached(i + 2),
      isPunct(i + 3, "/"), isAttached(i + 3), let c = integer(i + 4), isAttached(i + 4)
    {
      let year = byteCount(i + 4) == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c
      if let date = CalendarDate(year: year, month: a, day: b) ?? CalendarDate(year: year, month: b, day: a) {
        return DateMatch(end: i + 5, type: .date, value: date.iso, anchor: .absolute)
      }
    }
    // 26.04.2022: day first, as European sources write it (one number token).
    if let date = dottedDate(i) {
      return DateMatch(end: i + 1, type: .date, value: date.iso, anchor: .absolute)
    }
    if let m = clockTime(at: i) { return m }
    if let m = clockOffset(at: i) { return m }
    if let m = dayFirst(at: i) { return m }
    if let m = dayBeforeDayFirst(at: i) { return m }
    if let m = dayOfMonth(at: i) { return m }
    // 3rd quarter, 4th-quarter, 2nd half: as `third quarter`.
    if let k = n, (1...4).contains(k), hasOrdinalSuffix(i), let m = financial(at: i) { return m }
    // 20th century, 19th-century
    if hasOrdinalSuffix(i), let m = ordinalCentury(at: i) { return m }
    // 1990s
    if n != nil, byteCount(i) == 4, isWord(i + 1, .s), isAttached(i + 1) {
      return DateMatch(end: i + 2, type: .date, value: String(tokenText(i).prefix(3)), anchor: .absolute, takesArticle: true)
    }
    if let y = n, byteCount(i) == 4, let m = yearPeriod(year: y, at: i + 1) { return m }
    if let m = duration(at: i) { return m }
    if let y = n, isYear(at: i, y) {
      return DateMatch(end: i + 1, type: .date, value: TimexFormat.year(y), anchor: .absolute, takesArticle: isWord(i + 1, .period))
    }
    return nil
  }

  /// `T10:00`, `T10:00:30Z`, `T10:00+02:00` glued to an ISO 8601 date at `j`: the time of day
  /// (as written, in its own zone) and the token after it, zone included.
  private func isoClock(after j: Int) -> (String, Int)? {
    guard isWord(j, "t"), isAttached(j), isAttached(j + 1), let h = integer(j + 1), byteCount(j + 1) == 2, h <= 24,
      isPunct(j + 2, ":"), isAttached(j + 2), isAttached(j + 3), let m = integer(j + 3), byteCount(j + 3) == 2, m < 60
    else { return nil }
    var end = j + 4
    // Seconds (`:30`) are in the value, as TIMEX3 writes the granularity the text gives; a
    // fraction (`:30.5`) stays in the span only.
    var second: Int?
    if isPunct(end, ":"), isAttached(end), end + 1 < tokens.count, tokens[end + 1].kind == .number, isAttached(end + 1) {
      second = integer(end + 1).flatMap { byteCount(end + 1) == 2 && $0 < 60 ? $0 : nil } ?? twoDigitPrefix(end + 1)
      end += 2
    }
    if isWord(end, "z"), isAttached(end) {
      end += 1
    } else if isPunct(end, "+") || isPunct(end, "-"), isAttached(end), isAttached(end + 1), integer(end + 1) != nil {
      end += 2
      if isPunct(end, ":"), isAttached(end), isAttached(end + 1), integer(end + 1) != nil { end += 2 }
    }
    return (DateScanner.clock(h, m, second), end)
  }

  /// The seconds of a fractional seconds token (`30.5` → 30).
  private func twoDigitPrefix(_ i: Int) -> Int? {
    let b = tokens[i].startByte
    guard byteCount(i) > 3, utf8[b + 2] == UInt8(ascii: "."), let s = Int(String(decoding: utf8[b..<b + 2], as: UTF8.self)), s < 60
    else { return nil }
    return s
  }

  /// `26.04.2022`, `1.3.2022`: a day, a month and a four-digit year joined by periods.
  private func dottedDate(_ i: Int) -> CalendarDate? {
    let n = byteCount(i), b = tokens[i].startByte
    guard n >= 8, n <= 10, utf8[b + 1] == UInt8(ascii: ".") || utf8[b + 2] == UInt8(ascii: ".") else { return nil }
    let parts = tokenText(i).split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// `12 to 14 July`, `1 and 3 June`, `12-14 July 2024`: the first day of a range or pair
  /// written day first is a date of the second's month and year, as `June 28-30` is month first.
  private func dayBeforeDayFirst(at i: Int) -> DateMatch? {
    // (Not a part of another date or code: `2022-04-26 April`.)
    guard let d = integer(i), (1...31).contains(d), byteCount(i) <= 2, !(i > 0 && isAttached(i) && tokens[i - 1].kind == .punct) else { return nil }
    let j = i + 1
    let joined = isWord(j, .to) || isWord(j, .and) || isWord(j, .or) || ((isPunct(j, "-") || isPunct(j, "\u{2013}")) && isAttached(j) && isAttached(j + 1))
    guard joined, let d2 = integer(j + 1), d2 > d, let second = dayFirst(at: j + 1), second.type == .date, second.value.utf8.count == 10
    else { return nil }
    let monthPart = second.value.prefix(8)
    if let year = Int(monthPart.prefix(4)), let month = Int(monthPart.dropFirst(5).prefix(2)), CalendarDate(year: year, month: month, day: d) == nil {
      return nil
    }
    return DateMatch(end: i + 1, type: .date, value: monthPart + TimexFormat.pad(d, 2), anchor: second.anchor)
  }

  /// A date written day first: `26 April 2022`, `26 April`, `15th February`, `the 24th of
  /// February` (also after a weekday: `Thursday, 24 February`).
  func dayFirst(at i: Int) -> DateMatch? {
    guard let d = integer(i), (1...31).contains(d), byteCount(i) <= 2 else { return nil }
    var k = i + 1
    if hasOrdinalSuffix(i) {
      k += 1
      if isWord(k, .of) { k += 1 }
    }
    guard let w = word(k), let month = DateLexicon.months[w], isCapitalized(k) else { return nil }
    var end = k + 1
    if isPunct(end, "."), isAttached(end), DateLexicon.isAbbreviation(w) { end += 1 }
    return dayMonth(day: d, month: month, start: i, end: end)
  }

  /// `the 20th century`, `a 19th-century law`, `the twentieth century`, `the 5th century BC`
  /// (`BC04`, as TIMEX3 writes years before the era), and the first of two (`the 20th and
  /// 21st centuries`, `from the 18th to the 19th century`): the century as its first two
  /// digits (`19`).
  func ordinalCentury(at i: Int) -> DateMatch? {
    let ordinal: (Int, Int)?
    if let d = integer(i), byteCount(i) <= 2, hasOrdinalSuffix(i) { ordinal = (d, i + 2) } else { ordinal = spelledOrdinalDay(at: i) }
    guard let (k, after) = ordinal, (1...30).contains(k) else { return nil }
    var end = after
    // (`a 19th-century law`: as an adjective, the article is the noun's.)
    let adjective = isPunct(end, "-") && isAttached(end) && isAttached(end + 1)
    if adjective { end += 1 }
    if isWord(end, .century) || isWord(end, "centuries") {
      end += 1
    } else if isWord(after, .and) || isWord(after, .or) || isWord(after, .to),
      let second = ordinalCentury(at: isWord(after + 1, .the) ? after + 2 : after + 1)
    {
      return DateMatch(end: after, type: .date, value: (second.value.hasPrefix("BC") ? "BC" : "") + TimexFormat.pad(k - 1, 2), anchor: .absolute, takesArticle: true)
    } else {
      return nil
    }
    let era = beforeCommonEra(at: end)
    return DateMatch(
      end: era ?? end, type: .date, value: (era == nil ? "" : "BC") + TimexFormat.pad(k - 1, 2), anchor: .absolute, takesArticle: !adjective)
  }

  /// Whether `century` or `centuries` comes within the eight tokens after `i` (a cheap test
  /// before reading number words).
  func centuryAhead(of i: Int) -> Bool {
    var k = i + 1
    while k < tokens.count, k <= i + 8 {
      if isWord(k, .century) || isWord(k, "centuries") { return true }
      k += 1
    }
    return false
  }

  /// `BC`, `BCE` or `B.C.` at `k`: the token after it.
  func beforeCommonEra(at k: Int) -> Int? {
    if isWord(k, "bc") || isWord(k, "bce") { return k + 1 }
    if isWord(k, "b"), isPunct(k + 1, "."), isAttached(k + 1), isWord(k + 2, "c"), isAttached(k + 2) {
      return isPunct(k + 3, ".") && isAttached(k + 3) ? k + 4 : k + 3
    }
    return nil
  }

  /// `the first of March`, `the twenty-first of June 2022`: a day written as an ordinal word,
  /// `of` and a month (as `the 24th of February` is written with digits).
  func spelledDayOfMonth(at i: Int) -> DateMatch? {
    guard let (day, after) = spelledOrdinalDay(at: i), isWord(after, .of),
      let w = word(after + 1), let month = DateLexicon.months[w], isCapitalized(after + 1)
    else { return nil }
    var end = after + 2
    if isPunct(end, "."), isAttached(end), DateLexicon.isAbbreviation(w) { end += 1 }
    return dayMonth(day: day, month: month, start: i, end: end)
  }

  /// A day of a month written as an ordinal word at `i` (`first`, `twenty-first`): the day
  /// and the token after it.
  func spelledOrdinalDay(at i: Int) -> (Int, Int)? {
    guard let reading = NumberWords.read(tokenTexts, from: i), reading.isOrdinal, reading.value >= 1, reading.value <= 31,
      reading.value == reading.value.rounded()
    else { return nil }
    return (Int(reading.value), reading.endIndex)
  }

  /// `on the 28th.`, `by the 3rd,`, `the 24th of last month`: a day of a month the text does
  /// not write, after a preposition of time, ending the phrase. The publication's month,
  /// or the one before or after it by the tense (without a cue, the nearer day); `of
  /// last/next month` names it.
  func dayOfMonth(at i: Int) -> DateMatch? {
    guard let d = integer(i), (1...31).contains(d), byteCount(i) <= 2, hasOrdinalSuffix(i), isWord(i - 1, .the),
      DateScanner.beforeDayOfMonth.contains(id(i - 2))
    else { return nil }
    var end = i + 2
    var shift: Int?
    if isWord(end, .of), let (months, after) = relativePeriod(after: end, .month) {
      (shift, end) = (months, after)
    } else if !endsPhrase(before: end) {
      return nil
    }
    // Without a tense cue, the nearer of this month's day and the other side's.
    let tense = tense(around: i)
    var m = relative(end, placeholder: "XXXX-XX-\(TimexFormat.pad(d, 2))") { p in
      let future = tense ?? (d > p.day && d - p.day < 15 || d < p.day && p.day - d > 15)
      let months = shift ?? (future ? (d < p.day ? 1 : 0) : (d > p.day ? -1 : 0))
      let first = p.adding(days: 1 - p.day).adding(months: months)
      guard d <= CalendarDate.daysIn(month: first.month, year: first.year) else { return nil }
      return TimexFormat.day(first.adding(days: d - 1))
    }
    m.takesArticle = true
    return m
  }

  /// Prepositions of time before `the 28th`.
  static let beforeDayOfMonth: DateWordSet = [.on, .by, .until, .from, .since, .before, .after, .till]

  /// `the 1988 second quarter`, `the 1988 quarter`, `the 1989 period`.
  func yearPeriod(year: Int, at j: Int) -> DateMatch? {
    var k = j
    if isWord(k, .fiscal) { k += 1 }
    if let q = quarterOrdinal(k) {
      var end = k + 1
      if isPunct(end, "-") { end += 1 }
      if isWord(end, .quarter) {
        return DateMatch(end: end + 1, type: .date, value: TimexFormat.quarter(year, q), anchor: .absolute, takesArticle: true, namesQuarter: true)
      }
      if isWord(end, .half), q <= 2 {
        return DateMatch(end: end + 1, type: .date, value: TimexFormat.year(year) + "-H\(q)", anchor: .absolute, takesArticle: true)
      }
      return nil
    }
    if isWord(k, .quarter) || isWord(k, .period), isWord(j - 2, .the) {
      let value = lastQuarter.map { reportsMultiQuarterSpan(before: j) ? TimexFormat.year(year) : TimexFormat.quarter(year, $0.quarter) } ?? TimexFormat.year(year)
      return DateMatch(end: k + 1, type: .date, value: value, anchor: lastQuarter == nil ? .absolute : .publication, takesArticle: true)
    }
    return nil
  }

  /// `'80s`
  func decadeWithApostrophe(at i: Int) -> DateMatch? {
    guard isPunct(i, "'") || isPunct(i, "\u{2019}"), let n = integer(i + 1), byteCount(i + 1) == 2,
      isAttached(i + 1), isWord(i + 2, .s), isAttached(i + 2)
    else { return nil }
    let century = n >= 30 ? "19" : "20"
    return DateMatch(end: i + 3, type: .date, value: century + String(n / 10), anchor: .absolute, takesArticle: true)
  }

  /// Whether a four-digit number is a year, not a count (`2000 people`) or an amount.
  func isYear(at i: Int, _ y: Int) -> Bool {
    guard byteCount(i) == 4, (1900...2099).contains(y) || ((1000...1899).contains(y) && yearCue(i - 1)) else {
      return false
    }
    // (A punctuation token is one code point.)
    if i > 0, tokens[i - 1].kind == .punct, let p = firstScalar(i - 1), "$#£€:/".unicodeScalars.contains(p) { return false }
    if i + 1 < tokens.count, isAttached(i + 1), tokens[i + 1].kind != .punct || ":/%".unicodeScalars.contains(firstScalar(i + 1)!),
      splitYearEnd(after: i, y) == nil
    {
      return false
    }
    if DateScanner.countedThings.contains(id(i + 1)) {
      return false
    }
    return true
  }

  private func yearCue(_ i: Int) -> Bool {
    DateScanner.yearCues.contains(id(i))
  }

  static let countedThings: DateWordSet = [
    .percent, .people, .shares, .troops, .members, .points, .feet, .meters, .miles, .hours, .votes, .cases, .deaths, .soldiers, .residents, .times, .units,
  ]
  static let yearCues: DateWordSet = [.in, .since, .from, .until, .by, .of, .before, .after, .year, .fiscal]
  static let monthCues: DateWordSet = [
    .in, .since, .until, .till, .into, .by, .last, .next, .this, .early, .late, .mid, .of, .through, .during, .before, .after, .from,
  ]
  /// Words that may follow the second day of `April 24 and 25` (others make it a count).
  static let afterCoordinatedDay: DateWordSet = [
    .in, .at, .on, .to, .and, .or, .the, .by, .for, .from, .until, .before, .after, .during, .of, .this, .next, .last, .since, .through,
  ]
  /// Possessive determiners before a month that modifies a noun (`its May meeting`; not
  /// `her`, also an object: `told her May …`).
  static let possessiveDeterminers: Set<String> = ["its", "their", "his", "our", "my", "your"]
  /// Words after `the March` that make it a noun (`the March on Washington`), not a month.
  static let notNounAfterMonth: DateWordSet = [.of, .on, .in, .to, .at, .for, .by, .from, .and, .or, .as, .through, .since, .until]
  /// Prepositions before a bare hour that make it a time of day (`at 4 in the morning`).
  static let beforeClock: DateWordSet = [.at, .by, .until, .till, .before, .after, .around, .about, .from, .to, .since]
  static let timeZones: DateWordSet = [
    .est, .edt, .cst, .cdt, .pst, .pdt, .gmt, .utc, .et, .pt, .ct, .mt, .bst, .cet, .cest, .eet, .eest, .msk, .jst, .ist, .aest,
  ]

  /// A day and month, with the year when written (`, 2022`) or resolved from the tense.
  func dayMonth(day: Int, month: Int, start: Int, end: Int) -> DateMatch? {
    var end = end
    if let (year, after) = followingYear(end) {
      guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
      end = after
      return DateMatch(end: end, type: .date, value: date.iso, anchor: .absolute)
    }
    guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
    // `Feb. 24 last year`, `March 3 of next year`, as `June last year` is.
    if let (shift, after) = relativePeriod(after: end) {
      let placeholder = "XXXX-\(TimexFormat.pad(month, 2))-\(TimexFormat.pad(day, 2))"
      return relative(after, placeholder: placeholder) { CalendarDate(year: $0.year + shift, month: month, day: day)?.iso }
    }
    // `Oct. 9 or 10, 2021`, `June 28-30, 2022`: the year after the second day is the first day's too.
    let joined = isWord(end, .and) || isWord(end, .or) || ((isPunct(end, "-") || isPunct(end, "\u{2013}")) && isAttached(end) && isAttached(end + 1))
    if joined, let second = integer(end + 1), second > day, second <= 31,
      byteCount(end + 1) <= 2, let (year, _) = followingYear(end + 2),
      let date = CalendarDate(year: year, month: month, day: day)
    {
      return DateMatch(end: end, type: .date, value: date.iso, anchor: .absolute)
    }
    // `from June 1 to Nov. 30, 2023`, `between 1 January and 30 June 2023`: the start of a
    // range is of the year its end writes (the year before when it comes later in the year).
    if let range = rangeEndYear(after: end, start: start) {
      let later = range.day.map { month * 100 + day > range.month * 100 + $0 } ?? (month > range.month)
      if let date = CalendarDate(year: later ? range.year - 1 : range.year, month: month, day: day) {
        return DateMatch(end: end, type: .date, value: date.iso, anchor: .absolute)
      }
    }
    // `from June 1 to Nov. 30`, `Dec. 20 through Jan. 3`: the end of a range of days is the
    // first such day on or after its start (the publication date's side would put it before).
    if let first = rangeStartDay(before: start) {
      let year = month * 100 + day >= first.date.month * 100 + first.date.day ? first.date.year : first.date.year + 1
      if let date = CalendarDate(year: year, month: month, day: day) {
        return DateMatch(end: end, type: .date, value: date.iso, anchor: first.anchor)
      }
    }
    let (future, window) = yearlessSide(start: start, around: end - 1)
    let placeholder = "XXXX-\(TimexFormat.pad(month, 2))-\(TimexFormat.pad(day, 2))"
    return relative(end, placeholder: placeholder) { p in
      let year = DateScanner.nearestYear(month: month, day: day, from: p, future: future, window: window)
      return CalendarDate(year: year, month: month, day: day)?.iso
    }
  }

  /// The year, month and day (nil for a month) of a range's end that writes its year, when
  /// the expression at `start..<j` starts the range: `to`, `through`, `until`, a dash, or `and`
  /// after `between`, then a date or month with its year (`Nov. 30, 2023`, `30 June 2023`,
  /// `June 2023`).
  func rangeEndYear(after j: Int, start: Int) -> (year: Int, month: Int, day: Int?)? {
    let dash = (isPunct(j, "-") || isPunct(j, "\u{2013}")) && isAttached(j + 1)
    guard dash || isWord(j, .to) || isWord(j, .through) || isWord(j, .until) || isWord(j, .till) || (isWord(j, .and) && isWord(start - 1, .between)),
      j + 1 < tokens.count
    else { return nil }
    let k = j + 1
    let written = tokens[k].kind == .number ? dayFirst(at: k) : tokens[k].kind == .word ? monthLed(at: k) : nil
    guard let written, written.anchor == .absolute, written.type == .date, written.value.utf8.count >= 7,
      let year = Int(written.value.prefix(4)), let month = Int(written.value.dropFirst(5).prefix(2))
    else { return nil }
    return (year, month, written.value.utf8.count == 10 ? Int(written.value.suffix(2)) : nil)
  }

  /// The day a range of days starts with when the date at `start` ends it: `to`, `through`,
  /// `until` or a dash right after a month and day (`June 1 to`, `Dec. 20, 2022 -`) that the
  /// story named last. Nil without one, or when its year is unknown.
  private func rangeStartDay(before start: Int) -> (date: CalendarDate, anchor: DateItem.Anchor)? {
    var k = start - 1
    guard isWord(k, .to) || isWord(k, .through) || isWord(k, .until) || isWord(k, .till) || isPunct(k, "-") || isPunct(k, "\u{2013}"),
      let named = lastDay, let date = CalendarDate(iso: named.value)
    else { return nil }
    k -= 1
    // (`Dec. 20, 2022 to`: the first day's year.)
    if integer(k) == date.year, byteCount(k) == 4 {
      k -= 1
      if isPunct(k, ",") { k -= 1 }
    }
    if tokens.indices.contains(k), tokens[k].kind == .word, hasOrdinalSuffix(k - 1) { k -= 1 }
    guard integer(k) == date.day, byteCount(k) <= 2 else { return nil }
    k -= 1
    if isPunct(k, ".") { k -= 1 }
    guard isWord(k, of: .month), let w = word(k), DateLexicon.months[w] == date.month else { return nil }
    return (date, named.anchor)
  }

  /// `April 24 and 25`: a second day of the same month after a month and day, starting at the
  /// token after `and`/`or` (nil when the number counts something: `April 24 and 25 people`).
  func coordinatedDay(after match: DateMatch) -> DateMatch? {
    let utf8 = match.value.utf8
    guard match.type == .date, utf8.count == 10, utf8.dropFirst(5).first != UInt8(ascii: "W"),
      let first = Int(match.value.suffix(2)), let month = Int(match.value.dropFirst(5).prefix(2))
    else { return nil }
    var last = match.end - 1
    if !(tokens[last].kind == .number) { last -= 1 }  // `24th`: the suffix is a word token
    // `April 24 and 25`, `Oct. 9 or 10`, `February 23-24` (a hyphen or dash between the days),
    // `from Sept. 17 to 19`, `Sept. 17 through 19`.
    let dash = (isPunct(match.end, "-") || isPunct(match.end, "\u{2013}")) && isAttached(match.end) && isAttached(match.end + 1)
    let joint = id(match.end)
    guard integer(last) == first, joint == .and || joint == .or || joint == .to || joint == .through || joint == .until || dash else { return nil }
    let k = match.end + 1
    guard let day = integer(k), byteCount(k) <= 2, day > first,
      day <= CalendarDate.daysIn(month: month, year: Int(match.value.prefix(4)) ?? 2000)
    else { return nil }
    var end = k + 1
    if hasOrdinalSuffix(k) { end += 1 }
    if let (year, after) = followingYear(end) {
      guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
      return DateMatch(end: after, type: .date, value: date.iso, anchor: .absolute)
    }
    // After the second day: punctuation or a function word (`April 24 and 25 in Washington`),
    // not a noun it counts (`April 3 and 4 others died`, `May 2 and 15 people`).
    if end < tokens.count, tokens[end].kind != .punct, !DateScanner.afterCoordinatedDay.contains(id(end)) { return nil }
    if isPunct(end, "%") || (isAttached(end) && (isPunct(end, ":") || isPunct(end, ".")) && integer(end + 1) != nil) { return nil }
    return DateMatch(end: end, type: .date, value: String(match.value.prefix(8)) + TimexFormat.pad(day, 2), anchor: match.anchor)
  }

  /// The second year of a split year (`the 2023-24 season`, `the 2022/23 financial year`),
  /// written by its last two digits: a year of its own, as the second day of `Oct. 20-22` is.
  func splitYear(after match: DateMatch) -> DateMatch? {
    guard match.type == .date, match.anchor == .absolute, match.value.utf8.count == 4, let y = Int(match.value),
      let end = splitYearEnd(after: match.end - 1, y)
    else { return nil }
    return DateMatch(end: end, type: .date, value: TimexFormat.year(y + 1), anchor: .absolute)
  }

  /// After the year at `i`, a hyphen, dash or slash and the next year's last two digits, all
  /// joined (`2023-24`, not `2023-25`, a code, or `2023/24/25`): the token after them.
  func splitYearEnd(after i: Int, _ y: Int) -> Int? {
    let k = i + 1
    guard isPunct(k, "-") || isPunct(k, "/") || isPunct(k, "\u{2013}"), isAttached(k), isAttached(k + 1),
      let n = integer(k + 1), byteCount(k + 1) == 2, n == (y + 1) % 100
    else { return nil }
    if k + 2 < tokens.count, isAttached(k + 2), tokens[k + 2].kind != .punct || "-/:%".unicodeScalars.contains(firstScalar(k + 2)!) {
      return nil
    }
    if (isPunct(k + 2, ".") || isPunct(k + 2, ",")) && isAttached(k + 2) && integer(k + 3) != nil && isAttached(k + 3) { return nil }
    return k + 2
  }

  /// A year written after a date: `, 2022` or ` 2022`, or `that year` for the year the story
  /// last named (`26 September that year`, `December that year`). Returns the year and the
  /// token after it.
  func followingYear(_ j: Int) -> (Int, Int)? {
    if let named = thatYear(at: j) { return named }
    var k = j
    if isPunct(k, ",") { k += 1 }
    guard let y = integer(k), byteCount(k) == 4, (1000...2999).contains(y) else { return nil }
    if isPunct(k + 1, ":") { return nil }
    return (y, k + 1)
  }

  /// `that year` at `j` (not `that year's`), when the story has named a year: that year and
  /// the token after it.
  func thatYear(at j: Int) -> (Int, Int)? {
    guard isWord(j, .that), isWord(j + 1, .year), !isPunct(j + 2, "'"), !isPunct(j + 2, "\u{2019}"), let year = lastYear else {
      return nil
    }
    return (year, j + 2)
  }

  /// A year (or month) named by its distance from publication after a period (`March last
  /// year`, `the fourth quarter of last year`, `the 24th of last month`): the units to add,
  /// and the token after it.
  func relativePeriod(after j: Int, _ unit: DateWord = .year) -> (shift: Int, end: Int)? {
    let k = isWord(j, .of) ? j + 1 : j
    guard isWord(k + 1, unit) else { return nil }
    switch id(k) {
    case .last: return (-1, k + 2)
    case .this: return (0, k + 2)
    case .next: return (1, k + 2)
    default: return nil
    }
  }

  /// `April 26, 2022`, `Feb. 24`, `April 2022`, `May of 1990`, `January`.
  func monthLed(at i: Int) -> DateMatch? {
    let w = lower[i]
    guard let month = DateLexicon.months[w], isCapitalized(i) else { return nil }
    var j = i + 1
    if DateLexicon.isAbbreviation(w) {
      if isPunct(j, "."), isAttached(j) {
        j += 1
      } else {
        // Without its period (`Feb 24`, `Sept 30, 2021`, `Oct 1974`) an abbreviation is a month
        // only before a day or a year: alone it is a word or a name (`Jan`, `Mar`).
        guard let n = integer(j), byteCount(j) <= 2 ? (1...31).contains(n) : byteCount(j) == 4 && (1000...2999).contains(n) else {
          return nil
        }
      }
    }
    if let d = integer(j), (1...31).contains(d), byteCount(j) <= 2, !(isPunct(j + 1, ":") && integer(j + 2) != nil && isAttached(j + 2)) {
      var end = j + 1
      if hasOrdinalSuffix(j) { end += 1 }
      return dayMonth(day: d, month: month, start: i, end: end)
    }
    // `February the 15th`
    if isWord(j, .the), let d = integer(j + 1), (1...31).contains(d), byteCount(j + 1) <= 2, hasOrdinalSuffix(j + 1) {
      return dayMonth(day: d, month: month, start: i, end: j + 3)
    }
    if let quarter = quarterOfMonths(from: month, start: i, after: j) { return quarter }
    var k = j
    if isWord(k, .of) { k += 1 }
    if let y = integer(k), byteCount(k) == 4, (1000...2999).contains(y) {
      return DateMatch(end: k + 1, type: .date, value: TimexFormat.month(y, month), anchor: .absolute)
    }
    // `December that year`: the year the story last named.
    if let (y, end) = thatYear(at: j) {
      return DateMatch(end: end, type: .date, value: TimexFormat.month(y, month), anchor: .absolute)
    }
    // `January nineteen ninety-seven`, as broadcast transcripts write years.
    if k < tokens.count, let spelled = spelledYear(at: k), spelled.value.utf8.count == 4, let y = Int(spelled.value) {
      return DateMatch(end: spelled.end, type: .date, value: TimexFormat.month(y, month), anchor: .absolute)
    }
    // `June last year`, `February this year`, `March of last year`
    if let (shift, end) = relativePeriod(after: j) {
      return relative(end, placeholder: "XXXX-\(TimexFormat.pad(month, 2))") { TimexFormat.month($0.year + shift, month) }
    }
    // `from January to June 2023`, `between March and May 2022`: the year the range's end writes.
    if let range = rangeEndYear(after: j, start: i), range.day == nil {
      return DateMatch(end: j, type: .date, value: TimexFormat.month(month > range.month ? range.year - 1 : range.year, month), anchor: .absolute)
    }
    if DateLexicon.ambiguousMonths.contains(w) {
      // `the March accession`: after `the`, March that modifies a noun is the month (not `the
      // March on Washington`, a procession: a preposition follows it there). Not `the May
      // government`: May is also a name, and `Jan`, `Dec` are names without their period.
      // After a possessive (`its May meeting`, `their March rally`) any of them is the month.
      let possessive = i > 0 && DateScanner.possessiveDeterminers.contains(lower[i - 1])
      let modifiesNoun =
        (ids[i] == .march && isWord(i - 1, .the) || possessive) && j < tokens.count && tokens[j].kind == .word && !isCapitalized(j)
        && !DateScanner.notNounAfterMonth.contains(id(j)) && !isWord(j, of: .modal)
      // `mid-March`
      let afterMid = isPunct(i - 1, "-") && isWord(i - 2, .mid)
      // `from January to March`, `Feb. 24 to March 3`: the end of a range of months.
      // `the year to March`, `the 12 months to March`: the end of a reporting period.
      let endOfRange = isWord(i - 1, .to) && (isWord(i - 2, of: .month) || isWord(i - 3, of: .month) || isWord(i - 4, of: .month) || isWord(i - 2, of: .unit))
        // `in April-May`: two months joined by a dash.
        || ((isPunct(i - 1, "-") || isPunct(i - 1, "\u{2013}")) && isAttached(i) && isWord(i - 2, of: .month) && isCapitalized(i - 2))
      // `between January and March`, `in January or March`: the second of two months (1.8.0).
      let joinedMonth = (isWord(i - 1, .and) || isWord(i - 1, .or)) && isWord(i - 2, of: .month) && isCapitalized(i - 2)
      // `between May and July`: the first of two months (not `between May and Juncker`).
      let rangeStart = isWord(i - 1, .between) && isWord(j, .and) && isWord(j + 1, of: .month) && isCapitalized(j + 1)
      guard DateScanner.monthCues.contains(id(i - 1)) || modifiesNoun || afterMid || endOfRange || joinedMonth || rangeStart else {
        return nil
      }
      // `marched into May Square`: a name goes on with a capital.
      if isWord(i - 1, .into), j < tokens.count, tokens[j].kind == .word, isCapitalized(j) { return nil }
    }
    let (future, window) = yearlessSide(start: i, around: i)
    return relative(j, placeholder: "XXXX-\(TimexFormat.pad(month, 2))") { p in
      TimexFormat.month(DateScanner.nearestYear(month: month, day: nil, from: p, future: future, window: window), month)
    }
  }

  /// `the April-June quarter`, `the October-December period`, `the Jan.-March 2024 quarter`:
  /// three months that make a calendar quarter, named as a quarter, are that quarter (as
  /// firms that report by fiscal quarter write them). `j` is the token after the first month.
  private func quarterOfMonths(from first: Int, start i: Int, after j: Int) -> DateMatch? {
    if first % 3 == 0 { return quarterEnding(in: first, start: i, after: j) }
    guard first % 3 == 1, isPunct(j, "-") || isPunct(j, "\u{2013}"), isAttached(j), isAttached(j + 1),
      let w = word(j + 1), DateLexicon.months[w] == first + 2, isCapitalized(j + 1)
    else { return nil }
    var k = j + 2
    if isPunct(k, "."), isAttached(k), DateLexicon.isAbbreviation(w) { k += 1 }
    var year: Int?
    if let y = integer(k), byteCount(k) == 4, (1000...2999).contains(y) {
      year = y
      k += 1
    }
    guard isWord(k, .quarter) || isWord(k, .period) else { return nil }
    let q = TimexFormat.quarterOf(month: first)
    if let year {
      return DateMatch(end: k + 1, type: .date, value: TimexFormat.quarter(year, q), anchor: .absolute, takesArticle: true)
    }
    let (future, window) = yearlessSide(start: i, around: i)
    var m = relative(k + 1, placeholder: "XXXX-Q\(q)") { p in
      TimexFormat.quarter(DateScanner.nearestYear(month: first + 2, day: nil, from: p, future: future, window: window), q)
    }
    m.takesArticle = true
    return m
  }

  /// `the December quarter`, `the June 2024 quarter`, `December-quarter sales`: a calendar
  /// quarter named by its last month, as firms and statistics offices that report by quarter
  /// write it (Q4, Q2, Q4). Yearless, it is the one whose last day is nearest on the side the
  /// tense gives; a future clause may also mean one that ended up to two months before
  /// publication, as results are reported after the quarter (`will report results for the
  /// December quarter on Jan. 27`).
  private func quarterEnding(in last: Int, start i: Int, after j: Int) -> DateMatch? {
    var k = j
    let hyphenated = isPunct(k, "-") && isAttached(k) && isAttached(k + 1)
    if hyphenated { k += 1 }
    var year: Int?
    if !hyphenated, let y = integer(k), byteCount(k) == 4, (1000...2999).contains(y) {
      year = y
      k += 1
    }
    guard isWord(k, .quarter), !(isPunct(k + 1, "-") && isWord(k + 2, .to)) else { return nil }
    let q = last / 3
    if let year {
      return DateMatch(end: k + 1, type: .date, value: TimexFormat.quarter(year, q), anchor: .absolute, takesArticle: true)
    }
    let (future, window) = yearlessSide(start: i, around: i)
    var m = relative(k + 1, placeholder: "XXXX-Q\(q)") { p in
      let year = DateScanner.nearestYear(
        month: last, day: CalendarDate.daysIn(month: last, year: p.year), from: p, future: future,
        window: future ? DateScanner.monthWindow : window)
      return TimexFormat.quarter(year, q)
    }
    m.takesArticle = !hyphenated
    return m
  }

  /// How far (in days) the other side of publication may lie for a date without a year.
  static let monthWindow = 62

  /// How far (in days) the other side of publication may lie when the date's own past verb,
  /// or a future clause, puts it on one side (`yearlessSide`).
  static let tensedWindow = 7

  /// The year of a month (and day) written without one: the occurrence on the clause's side
  /// of the publication date (before it in the past tense or without a cue), unless the other
  /// side's is within `window` days (`Dec. 7` in a November article is that December).
  static func nearestYear(month: Int, day: Int?, from p: CalendarDate, future: Bool, window: Int) -> Int {
    let here = p.month * 100 + p.day
    let there = month * 100 + (day ?? (month == p.month ? p.day : 1))
    let before = there <= here ? p.year : p.year - 1
    let after = there >= here ? p.year : p.year + 1
    func distance(_ year: Int) -> Int {
      let d = CalendarDate(year: year, month: month, day: min(day ?? 1, CalendarDate.daysIn(month: month, year: year)))
      return abs(d.map { p.days(to: $0) } ?? 366)
    }
    if future { return distance(before) <= window && distance(after) > window ? before : after }
    return distance(after) <= window && distance(before) > window ? after : before
  }

  /// The side of publication a month (and day) without a year lies on, and how far the other
  /// side may be: `monthWindow` days (news tells coming dates in past-tense reports: `the
  /// dividend is payable Dec. 7, the company said`), but a week when a past verb of its own
  /// comes right before it (`resumed in early May`, `signed May 3` in a March article are
  /// last year's; `will report on the quarter ended Feb. 28` in March is this February) or
  /// else a future clause names it (`will join NATO on March 12` in an April article is next
  /// year's). A verb that sets a date (`set for`, `extended to`) may set one ahead.
  func yearlessSide(start: Int, around i: Int) -> (future: Bool, window: Int) {
    if hasPastVerb(before: start) || followsSince(start) { return (false, DateScanner.tensedWindow) }
    // `runs through Sept. 1`, `lasts until March`: a state in the present lasts into the future.
    if isWord(start - 1, .through) || isWord(start - 1, .until) || isWord(start - 1, .till), start >= 2,
      DateScanner.presentStates.contains(lower[start - 2])
    {
      return (true, DateScanner.monthWindow)
    }
    let future = isFuture(around: i)
    return (future, future ? DateScanner.tensedWindow : DateScanner.monthWindow)
  }

  /// Whether a past verb comes right before the date at `start` (`signed May 3`, `resumed in
  /// early May`, `the quarter ended Feb. 28`, `was charged on May 6`), not one that sets a date.
  private func hasPastVerb(before start: Int) -> Bool {
    var k = start - 1
    if isPunct(k, "-"), isWord(k - 1, .mid) { k -= 2 }
    if isWord(k, .early) || isWord(k, .late) || isWord(k, .mid) { k -= 1 }
    if DateScanner.beforeEventDate.contains(id(k)) { k -= 1 }
    guard k >= 0, tokens[k].kind == .word, !DateScanner.datingVerbs.contains(lower[k]) else { return false }
    // (`was charged`: a participle after `was` is no past cue of `tenseCue`, but a past here.)
    return tenseCue(k) == false || (lower[k].hasSuffix("ed") && (isWord(k - 1, "was") || isWord(k - 1, "were")))
  }

  /// Present-tense verbs of a lasting state, before `through`/`until` and a date ahead.
  static let presentStates: Set<String> = ["runs", "run", "lasts", "last", "continues", "continue", "remains", "remain", "stays", "stay", "extends"]
  /// Prepositions between a past verb and its date (`resumed in May`, `lasted from late June`,
  /// `ran through May`).
  static let beforeEventDate: DateWordSet = [.in, .on, .during, .from, .through, .until, .till, .since]
  /// Verbs that set or move a date, which may lie ahead of a past report (`set for May 3`).
  static let datingVerbs: Set<String> = [
    "set", "scheduled", "rescheduled", "planned", "slated", "extended", "postponed", "delayed", "moved", "pushed", "deferred", "adjourned", "fixed",
    "called", "timed", "targeted", "expected", "due",
  ]

  /// `10:35 a.m.`, `6 p.m. EST`, `5.30am`, `0800 GMT`, `9 a.m. Tuesday`, `5 p.m. EST, Nov. 9`,
  /// `3pm tomorrow`, `4 in the morning`, `8 o'clock`.
  func clockTime(at i: Int) -> DateMatch? {
    if let reading = clockReading(at: i) {
      return time(DateScanner.clock(reading.hour, reading.minute, reading.second), endingAt: reading.end)
    }
    return hourStartingRange(at: i)
  }

  /// `half past nine`, `a quarter to midnight`, `20 minutes past 3 p.m.`, `at twenty past six`:
  /// minutes before or after an hour. A count without `minutes` is a time only after `past` or
  /// `after` and a preposition of time (`from five to seven` is a range, `won five to four` a score).
  func clockOffset(at i: Int) -> DateMatch? {
    // (Most words that reach here have no `past`/`to` within four tokens.)
    guard (i + 1...i + 4).contains(where: { DateScanner.clockOffsetWords.contains(id($0)) }) else { return nil }
    var k = i, minutes: Int, counted = false
    if isWord(k, .half) {
      minutes = 30
      k += 1
    } else if isWord(k, .quarter) || isWord(k, .a) && isWord(k + 1, .quarter) {
      minutes = 15
      k += isWord(k, .a) ? 2 : 1
    } else {
      if let n = integer(k), byteCount(k) <= 2 {
        minutes = n
        k += 1
      } else if classes[k].contains(.numberStart), let r = NumberWords.read(tokenTexts, from: k), !r.isOrdinal, r.value == r.value.rounded(),
        r.value < 60
      {
        minutes = Int(r.value)
        k = r.endIndex
      } else {
        return nil
      }
      guard (1...59).contains(minutes) else { return nil }
      if let w = word(k), w == "minutes" || w == "minute" {
        k += 1
      } else {
        counted = true
      }
    }
    let forward: Bool
    switch id(k) {
    case .past?, .after?: forward = true
    case .to?, .before?: forward = false
    default: return nil
    }
    if counted && (!forward || !DateScanner.beforeClock.contains(id(i - 1))) { return nil }
    guard let (hour, end) = offsetHour(at: k + 1) else { return nil }
    let total = ((hour * 60 + (forward ? minutes : -minutes)) % 1440 + 1440) % 1440
    return time(DateScanner.clock(total / 60, total % 60), endingAt: end)
  }

  static let clockOffsetWords: DateWordSet = [.past, .after, .to, .before]

  /// The hour after `past`/`to` (`nine`, `3 p.m.`, `six o'clock`, `noon`, `midnight` as 24) and
  /// the token after it.
  private func offsetHour(at j: Int) -> (Int, Int)? {
    guard j < tokens.count else { return nil }
    if let w = word(j), let named = DateScanner.namedTimes[w] { return (named == "T24:00" ? 24 : 12, j + 1) }
    if let r = clockReading(at: j) { return r.minute == 0 && r.second == nil ? (r.hour, r.end) : nil }
    var hour: Int
    if let n = integer(j), byteCount(j) <= 2 {
      hour = n
    } else if let w = word(j), let n = NumberWords.units[w] {
      hour = Int(n)
    } else {
      return nil
    }
    guard (1...12).contains(hour) else { return nil }
    var end = j + 1
    if isWord(end, .o), isPunct(end + 1, "'") || isPunct(end + 1, "\u{2019}"), isWord(end + 2, .clock) { end += 3 }
    if let (isPM, after) = meridiem(end) {
      hour = isPM ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
      end = after
    }
    return (hour, end)
  }

  /// `between 2 and 4 p.m.`, `from 9 to 11 a.m.`: a bare hour starting a range of hours
  /// takes the second's half of the day, and its day.
  private func hourStartingRange(at i: Int) -> DateMatch? {
    let j = i + 1
    guard let hour = integer(i), (1...12).contains(hour), byteCount(i) <= 2, isWord(i - 1, .between) || isWord(i - 1, .from),
      isWord(j, .and) || isWord(j, .to) || isPunct(j, "-"), let second = clockReading(at: j + 1)
    else { return nil }
    let h = second.hour >= 12 && hour + 12 <= second.hour ? hour + 12 : hour
    var m = time(DateScanner.clock(h, 0), endingAt: second.end)
    m.end = j
    return m
  }

  /// `T14:05` (`T14:05:30` with seconds), the time part of a TIMEX3 value.
  static func clock(_ hour: Int, _ minute: Int, _ second: Int? = nil) -> String {
    "T\(TimexFormat.pad(hour, 2)):\(TimexFormat.pad(minute, 2))" + (second.map { ":\(TimexFormat.pad($0, 2))" } ?? "")
  }

  /// The hour (0–24) and minute of the clock time written at `i`, and the token after it
  /// (its zone included); nil for a bare hour, which is a time only in a range.
  private func clockReading(at i: Int) -> (hour: Int, minute: Int, second: Int?, end: Int)? {
    var j = i + 1
    var hour: Int, minute = 0
    var second: Int?
    // A dotted or four-digit time (`5.30`, `0800`) is one only with a meridiem or a zone.
    var zoneOnly = false
    if let h = integer(i) {
      hour = h
      if isPunct(j, ":"), isAttached(j), let m = integer(j + 1), byteCount(j + 1) == 2, m < 60 {
        minute = m
        j += 2
        // `15:23:24`
        if isPunct(j, ":"), isAttached(j), isAttached(j + 1), let s = integer(j + 1), byteCount(j + 1) == 2, s < 60 {
          second = s
          j += 2
        }
      } else if byteCount(i) == 4, h % 100 < 60, DateScanner.timeZones.contains(id(j)) || isLocalZone(j) {
        // `0800 GMT`, `1430 GMT`, `0900 local`: the wires' four-digit 24-hour times, only with
        // their zone (`local` stays out of the extent, as in `6 a.m. local time`).
        (hour, minute, zoneOnly) = (h / 100, h % 100, true)
      }
    } else if let (h, m) = dottedClock(i) {
      // `5.30am`: British style, a time only with its meridiem or zone (else it is a decimal).
      (hour, minute, zoneOnly) = (h, m, true)
    } else {
      return nil
    }
    guard hour <= 24 else { return nil }
    var h = hour
    // `8 o'clock`
    let oClock = !zoneOnly && (1...12).contains(hour) && isWord(j, .o) && (isPunct(j + 1, "'") || isPunct(j + 1, "\u{2019}")) && isWord(j + 2, .clock)
    if oClock { j += 3 }
    if let (isPM, after) = meridiem(j) {
      guard hour >= 1, hour <= 12 else { return nil }
      h = isPM ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
      j = after
    } else if zoneOnly {
      // `14.02 BST`, `0800 GMT`: a 24-hour time with its zone (British papers' timestamps).
      guard DateScanner.timeZones.contains(id(j)) || isLocalZone(j), hour <= 23 else { return nil }
    } else if let (part, after) = clockDayPart(j), (1...12).contains(hour), oClock || DateScanner.beforeClock.contains(id(i - 1)) {
      // `at 4 in the morning`, `by 8 in the evening`, `at 11 at night`, `at 8 tonight` (after a
      // preposition of time: `shares fell 5 in the afternoon` counts points).
      switch part {
      case "MO": h = hour == 12 ? 0 : hour
      case "NI": guard hour >= 7 else { return nil }
        h = hour == 12 ? 0 : hour + 12
      default: h = hour == 12 ? 12 : hour + 12
      }
      j = after
    } else if j == i + 1 {
      return nil
    }
    if DateScanner.timeZones.contains(id(j)) { j += 1 }
    return (h, minute, second, j)
  }

  /// `local` as a time's zone: `0900 local (0600 GMT)`, `14.30 local time` (not `the 2022
  /// local elections`).
  private func isLocalZone(_ j: Int) -> Bool {
    isWord(j, .local) && (isWord(j + 1, .time) || j + 1 >= tokens.count || tokens[j + 1].kind == .punct)
  }

  /// The day written after a time whose words end before `j`: its value (a day, or a day's
  /// placeholder), anchor, and where the time's expression ends. `Tuesday`, `, Nov. 6` and
  /// `tomorrow` join the time. A day after `on` (`5 p.m. on Sunday`, `6 p.m. on Christmas
  /// Eve`) or after the time's gloss (`6 a.m. local time (0300 GMT) on Saturday`) is its day
  /// too, but stays an expression of its own: TIMEX3 extents leave prepositions out, so
  /// TimeML writes `twelve o'clock` and `January 3, 1984` as two expressions.
  func writtenDay(after j: Int) -> (value: String, anchor: DateItem.Anchor, end: Int)? {
    var k = j
    let on = isWord(k, .on)
    if isPunct(k, ",") || on { k += 1 }
    if word(k).flatMap({ DateLexicon.weekdays[$0] ?? DateLexicon.months[$0] }) != nil, let day = DateScannerDay.match(self, at: k) {
      return (day.value, day.anchor, on ? j : day.end)
    }
    // `11.59pm on 31 March`, `at 9am, 26 April 2022`: a day written day first.
    if k > j, k < tokens.count, tokens[k].kind == .number, let day = dayFirst(at: k), day.type == .date, day.value.utf8.count == 10 {
      return (day.value, day.anchor, on ? j : day.end)
    }
    // `5 a.m. on New Year's Day`: a holiday's day (not its weekend or week).
    if on, let day = holiday(at: k), day.type == .date, DateScanner.isDayValue(day.value) {
      return (day.value, day.anchor, j)
    }
    // `10 a.m. today`, `3pm tomorrow`, `9 p.m. yesterday`: the day the word names.
    if isWord(j, of: .deictic), let day = deictic(at: j), day.end == j + 1 {
      return (String(day.value.prefix(10)), day.anchor, day.end)
    }
    // `noon next Thursday`, `2 p.m. last Wednesday`, `8pm last night`: the day a relative
    // phrase names (not a week or a month: `9 a.m. next week` stays two expressions).
    if isWord(j, of: .relativeDirection), let day = relativeUnit(at: j), day.type == .date || day.type == .time,
      day.value.utf8.count >= 10, DateScanner.isDayValue(String(day.value.prefix(10)))
    {
      return (String(day.value.prefix(10)), day.anchor, day.end)
    }
    return dayAfterGloss(j).map { ($0.value, $0.anchor, j) }
  }

  /// A time of day whose words end before `j` (`10 a.m.`, `noon`), on the day written after it
  /// (`writtenDay`), else on the day the story last named, else on the publication day.
  func time(_ clock: String, endingAt j: Int) -> DateMatch {
    if let day = writtenDay(after: j) {
      return DateMatch(end: day.end, type: .time, value: day.value + clock, anchor: day.anchor)
    }
    if let day = dayOfRangeEnd(after: j, clock: clock) {
      return DateMatch(end: j, type: .time, value: day.value + clock, anchor: day.anchor)
    }
    // A time alone belongs to the day the story last named: in its paragraph, or in the week
    // up to publication (the day the story tells); else to the publication day (`ahead of
    // book-closing on March 31` … a paragraph on, `at 5 p.m.` is the story's day).
    if let day = lastDay, isStoryDay(day.value) || !paragraphBreak(fromByte: day.endByte, to: tokens[max(j - 1, 0)].startByte) {
      return DateMatch(end: j, type: .time, value: day.value + clock, anchor: day.anchor)
    }
    return relative(j, .time, placeholder: "XXXX-XX-XX" + clock) { $0.iso + clock }
  }

  /// Whether a day falls in the week up to publication (or is a day of an undated story).
  func isStoryDay(_ value: String) -> Bool {
    guard let p = published else { return true }
    guard let date = CalendarDate(iso: value) else { return false }
    let back = date.days(to: p)
    return back >= 0 && back <= 7
  }

  /// Whether a blank line (two line breaks) lies between two byte offsets of the text.
  func paragraphBreak(fromByte start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    var previousWasBreak = false
    for k in start..<min(end, utf8.count) {
      let isBreak = utf8[k] == 0x0A
      if isBreak && previousWasBreak { return true }
      if isBreak { previousWasBreak = true } else if utf8[k] != 0x20 && utf8[k] != 0x0D && utf8[k] != 0x09 { previousWasBreak = false }
    }
    return false
  }

  /// `from 6 a.m. to noon on Sunday`, `between 9 p.m. and 5 a.m. Saturday`: the day of a
  /// range of times written after its end is its start's too, the day before when the start
  /// is the later hour (`11 p.m. to 5 a.m.` runs over midnight). `j` is the token after the
  /// first time.
  private func dayOfRangeEnd(after j: Int, clock: String) -> (value: String, anchor: DateItem.Anchor)? {
    guard isWord(j, .to) || isWord(j, .until) || isWord(j, .till) || isWord(j, .and) || isPunct(j, "-"), j + 1 < tokens.count else { return nil }
    let second: (clock: String, end: Int)
    if let reading = clockReading(at: j + 1) {
      second = (DateScanner.clock(reading.hour, reading.minute, reading.second), reading.end)
    } else if let w = word(j + 1), let named = DateScanner.namedTimes[w] {
      second = (named, j + 2)
    } else {
      return nil
    }
    guard let day = writtenDay(after: second.end) else { return nil }
    guard second.clock < clock else { return (day.value, day.anchor) }
    // (Over midnight: the day before, when the day is known.)
    guard let date = CalendarDate(iso: day.value) else { return nil }
    return (date.adding(days: -1).iso, day.anchor)
  }

  /// The day written after a time's gloss: `local time`, a place's time (`New York time`,
  /// `Moscow time`), a bracketed time in another zone (`(0300 GMT)`), or the closing bracket
  /// of one, then `on` or a comma and the day.
  private func dayAfterGloss(_ j: Int) -> DateMatch? {
    var k = j
    if isWord(k, .local), isWord(k + 1, .time) {
      k += 2
    } else if let place = (k..<k + 3).first(where: { isWord($0 + 1, .time) }),
      (k...place).allSatisfy({ tokens.indices.contains($0) && tokens[$0].kind == .word && isCapitalized($0) && !isWord($0, of: .weekday) && !isWord($0, of: .month) })
    {
      k = place + 2
    }
    if isPunct(k, "(") {
      // (A short gloss: `(0300 GMT)`, `(1100 GMT Saturday)` is read on its own.)
      guard let close = (k + 1...k + 4).first(where: { isPunct($0, ")") }) else { return nil }
      k = close
    }
    if isPunct(k, ")") { k += 1 }
    guard k > j else { return nil }
    if isPunct(k, ",") || isWord(k, .on) { k += 1 }
    guard word(k).flatMap({ DateLexicon.weekdays[$0] ?? DateLexicon.months[$0] }) != nil, isCapitalized(k) else { return nil }
    return DateScannerDay.match(self, at: k)
  }

  /// `5.30` (one number token): its hour and minute.
  private func dottedClock(_ i: Int) -> (Int, Int)? {
    guard tokens[i].kind == .number else { return nil }
    let b = tokens[i].startByte, n = byteCount(i)
    guard n == 4 || n == 5, utf8[b + n - 3] == UInt8(ascii: ".") else { return nil }
    var hour = 0, minute = 0
    for k in b..<(b + n - 3) {
      guard utf8[k] >= 48, utf8[k] <= 57 else { return nil }
      hour = hour * 10 + Int(utf8[k] - 48)
    }
    for k in (b + n - 2)..<(b + n) { minute = minute * 10 + Int(utf8[k] - 48) }
    return minute < 60 ? (hour, minute) : nil
  }

  /// The part of the day after a bare hour (`in the morning`, `at night`, `tonight`): its
  /// TIMEX3 code and the token after it.
  private func clockDayPart(_ j: Int) -> (String, Int)? {
    if isWord(j, .in), isWord(j + 1, .the), let w = word(j + 2), let part = DateLexicon.dayParts[w], part != "NI" { return (part, j + 3) }
    if isWord(j, .at), isWord(j + 1, .night) { return ("NI", j + 2) }
    if isWord(j, .tonight) { return ("NI", j) }
    return nil
  }

  /// `a.m.`, `p.m`, `am`, `PM`: whether it is afternoon and the token after it.
  private func meridiem(_ j: Int) -> (Bool, Int)? {
    let w = id(j)
    if w == .am || w == .pm { return (w == .pm, j + 1) }
    guard w == .a || w == .p, isPunct(j + 1, "."), isWord(j + 2, .m) else { return nil }
    var end = j + 3
    if isPunct(end, "."), isAttached(end) { end += 1 }
    return (w == .p, end)
  }
}

/// The day a time of day belongs to, when written after it (`Tuesday`, `Nov. 9`).
enum DateScannerDay {
  static func match(_ scanner: DateScanner, at k: Int) -> DateMatch? {
    guard let w = scanner.word(k) else { return nil }
    if DateLexicon.weekdays[w] != nil { return scanner.weekday(at: k, allowDayPart: false) }
    let m = scanner.monthLed(at: k)
    guard let m, m.value.count == 10 else { return nil }
    return m
  }
}
