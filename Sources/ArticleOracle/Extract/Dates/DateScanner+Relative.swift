/// Dates relative to the publication date: weekdays, `yesterday`, `last week`,
/// `this weekend`, `now`, `recently`.
extension DateScanner {
  /// `Monday`, `Thursday morning`, `Monday, Oct. 26`. The weekday is the nearest matching day,
  /// back in a past-tense clause and forward in a future one; the publication day itself
  /// when they are the same day.
  func weekday(at i: Int, allowDayPart: Bool = true) -> DateMatch? {
    guard isWord(i, of: .weekday), let day = DateLexicon.weekdays[lower[i]], !isWord(i - 1, .a) else { return nil }
    // `The Sunday Times`, `the Sunday Telegraph`: a weekday between `the` and a capitalized
    // word that is no month, weekday or part of the day names a paper or a show.
    if isWord(i - 1, .the), i + 1 < tokens.count, tokens[i + 1].kind == .word, isCapitalized(i + 1),
      !isWord(i + 1, of: .month), !isWord(i + 1, of: .weekday), !isWord(i + 1, of: .dayPart)
    {
      return nil
    }
    var k = i + 1
    if isPunct(k, ",") { k += 1 }
    if isWord(k, of: .month), let m = monthLed(at: k), m.value.count == 10, m.anchor == .absolute || !m.value.hasPrefix("X") {
      return m
    }
    // `Thursday, 24 February 2022`, `Thursday 24th February`
    if let m = dayFirst(at: k), m.value.count == 10, m.anchor == .absolute || !m.value.hasPrefix("X") {
      return m
    }
    // `Tuesday the 19th of March`
    if isWord(k, .the), let m = dayFirst(at: k + 1), m.value.count == 10, m.anchor == .absolute || !m.value.hasPrefix("X") {
      return m
    }
    if let m = weekdayOfMonthDay(weekday: day, at: i, the: k) { return m }
    // `from Monday to Friday`, `Monday through Thursday`, `Monday-Friday`: the end of a range
    // of weekdays is the first such day after its start.
    if isWord(i - 2, of: .weekday), let start = lastDay, let date = CalendarDate(iso: start.value),
      let length = weekdayRangeLength(startingAt: i - 2, day: date.weekday)
    {
      return DateMatch(end: i + 1, type: .date, value: date.adding(days: length).iso, anchor: start.anchor)
    }
    // `on Wednesday last week`, `Friday of next week`: that day of the week named.
    if let (shift, end) = relativePeriod(after: i + 1, .week), !isPossessive(end) {
      return relative(end, placeholder: "XXXX-WXX-\(day)") { p in p.adding(days: 7 * shift + day - p.weekday).iso }
    }
    // `The final is on Thursday week`, `from Monday week`: British for the day a week after the
    // coming one (not `Thursday week's`, nor `Monday week-long`, nor before a noun).
    if isWord(i + 1, .week), i + 2 >= tokens.count || (tokens[i + 2].kind == .punct && !isPossessive(i + 2) && !isPunct(i + 2, "-"))
      || DateScanner.afterWeekdayWeek.contains(id(i + 2))
    {
      return relative(i + 2, placeholder: "XXXX-WXX-\(day)") { p in
        var diff = day - p.weekday
        if diff < 0 { diff += 7 }
        return p.adding(days: diff + 7).iso
      }
    }
    let tense = tense(around: i)
    let future = tense ?? false
    // The start of a range told in the past whose end would fall after publication (`ran from
    // Monday to Friday`, on a Tuesday) lies a week further back, so that its end has passed too.
    let rangeLength = tense == false ? weekdayRangeLength(startingAt: i, day: day) : nil
    var match = relative(i + 1, placeholder: "XXXX-WXX-\(day)") { p in
      var diff = day - p.weekday
      if diff != 0 {
        if future { if diff < 0 { diff += 7 } } else if diff > 0 { diff -= 7 }
      }
      if let length = rangeLength, diff + length > 0 { diff -= 7 }
      return p.adding(days: diff).iso
    }
    // `Tuesday nights`: every Tuesday night, a set.
    if allowDayPart, isWord(i + 1, of: .dayPartPlural), let part = DateLexicon.dayPartsPlural[lower[i + 1]] {
      return DateMatch(end: i + 2, type: .set, value: "XXXX-WXX-\(day)T" + part, anchor: .absolute)
    }
    if allowDayPart, isWord(i + 1, of: .dayPart), let part = DateLexicon.dayParts[lower[i + 1]] {
      match.end = i + 2
      match.type = .time
      match.value += "T" + part
    }
    return match
  }

  /// `Tuesday the 19th`, `on Friday the thirteenth`: a weekday and a day of a month the text
  /// does not write. The day is the nearest 19th that falls on a Tuesday, on the side of the
  /// publication date the tense gives (without a cue, the past), else on the other side;
  /// both are looked for within a year.
  /// (`k` is the token after the weekday and its comma.)
  private func weekdayOfMonthDay(weekday: Int, at i: Int, the k: Int) -> DateMatch? {
    // (The phrase ends there: not `Friday the first time`.)
    guard isWord(k, .the), let (d, end) = ordinalDay(at: k + 1), endsPhrase(before: end) || DateScanner.afterWeekdayWeek.contains(id(end))
    else { return nil }
    let future = tense(around: i) ?? false
    return relative(end, placeholder: "XXXX-XX-\(TimexFormat.pad(d, 2))") { p in
      let firstOfMonth = p.adding(days: 1 - p.day)
      for side in future ? [1, -1] : [-1, 1] {
        for months in 0...12 {
          let first = firstOfMonth.adding(months: side * months)
          guard d <= CalendarDate.daysIn(month: first.month, year: first.year) else { continue }
          let date = first.adding(days: d - 1)
          if date.weekday == weekday, side > 0 ? date >= p : date <= p { return date.iso }
        }
      }
      return nil
    }
  }

  /// A day of a month written as an ordinal at `i` (`19th`, `nineteenth`, `1st`): the day and
  /// the token after it.
  private func ordinalDay(at i: Int) -> (Int, Int)? {
    if let d = integer(i), (1...31).contains(d), byteCount(i) <= 2, hasOrdinalSuffix(i) { return (d, i + 2) }
    return isWord(i, of: .numberStart) ? spelledOrdinalDay(at: i) : nil
  }

  /// Words that may follow `Thursday week` (others make `week` a noun of its own).
  static let afterWeekdayWeek: DateWordSet = [.and, .or, .at, .in, .on, .to, .for, .but]

  /// The days from the weekday at `i` to the end of the range it starts (`Monday to Friday`
  /// is 4, `Friday through Monday` 3), or nil when no weekday range starts there. Two days
  /// joined by `and` are one only in the week's order (`Friday and Saturday`; `statements
  /// made Friday and Thursday` lists back in time), and not before a part of the day
  /// (`Monday and Tuesday nights` is a set).
  func weekdayRangeLength(startingAt i: Int, day: Int) -> Int? {
    let joined = isWord(i + 1, .and)
    guard joined || isWord(i + 1, .to) || isWord(i + 1, .through) || isWord(i + 1, .until) || isPunct(i + 1, "-"),
      isWord(i + 2, of: .weekday), let last = DateLexicon.weekdays[lower[i + 2]],
      !isWord(i + 3, of: .dayPart), !isWord(i + 3, of: .dayPartPlural)
    else { return nil }
    let length = last - day
    if joined, length <= 0 { return nil }
    return length <= 0 ? length + 7 : length
  }

  /// `shelled the city overnight`, `Overnight, rockets hit`, `overnight Tuesday`: the night
  /// before publication, as `last night` (or the weekday's night). Used as an adjective
  /// (`overnight rates`, `an overnight stay`, `an overnight success`) it names no night.
  func overnight(at i: Int) -> DateMatch? {
    guard ids[i] == .overnight, !isWord(i - 1, .a), !isWord(i - 1, .an), !isWord(i - 1, .the) else { return nil }
    if isWord(i + 1, of: .weekday), isCapitalized(i + 1), let day = weekday(at: i + 1, allowDayPart: false), day.type == .date {
      return DateMatch(end: day.end, type: .time, value: day.value + "TNI", anchor: day.anchor)
    }
    guard i + 1 >= tokens.count || tokens[i + 1].kind == .punct || DateScanner.afterAdverb.contains(id(i + 1)) else { return nil }
    return relative(i + 1, .time, placeholder: "XXXX-XX-XXTNI") { $0.adding(days: -1).iso + "TNI" }
  }

  /// Words that follow an adverb of time and never its noun (`overnight in Kyiv`).
  static let afterAdverb: DateWordSet = [
    .in, .on, .at, .and, .or, .but, .as, .after, .before, .to, .into, .from, .until, .through, .during, .over, .for, .since, .by,
  ]

  /// `yesterday`, `today`, `tomorrow`, `tonight`, `yesterday morning`, `last night`.
  func deictic(at i: Int) -> DateMatch? {
    let offsets = DateScanner.deicticOffsets
    guard isWord(i, of: .deictic), let offset = offsets[lower[i]] else { return nil }
    // `USA Today`, `VOA Today`: after an acronym, a capitalized `Today` is a name.
    if isCapitalized(i), !isAcronym(i), isAcronym(i - 1) { return nil }
    if ids[i] == .tonight {
      return relative(i + 1, .time, placeholder: "XXXX-XX-XXTNI") { $0.iso + "TNI" }
    }
    // `today's world`, `the leaders of tomorrow`: the present or the future at large, not a
    // day (TimeML's `PRESENT_REF`/`FUTURE_REF`); `today's vote`, `tomorrow's meeting` are days.
    if offset >= 0, isGenericDeictic(i) {
      return DateMatch(end: i + 1, type: .date, value: offset == 0 ? "PRESENT_REF" : "FUTURE_REF", anchor: .absolute)
    }
    if isWord(i + 1, of: .dayPart), let part = DateLexicon.dayParts[lower[i + 1]] {
      return relative(i + 2, .time, placeholder: "XXXX-XX-XXT" + part) { $0.adding(days: offset).iso + "T" + part }
    }
    return relative(i + 1, placeholder: "XXXX-XX-XX") { $0.adding(days: offset).iso }
  }

  /// `today's world`, `today's dollars` (a possessive before a noun of the age, not of an
  /// event), `the world of today`, `the leaders of tomorrow` (after `of`, ending its phrase).
  private func isGenericDeictic(_ i: Int) -> Bool {
    if isPunct(i + 1, "'") || isPunct(i + 1, "\u{2019}"), isWord(i + 2, .s), let noun = word(i + 3) {
      return DateLexicon.ageNouns.contains(noun)
    }
    guard isWord(i - 1, .of) else { return false }
    return i + 1 >= tokens.count || isWord(i + 1, .and) || isWord(i + 1, .or)
      || (tokens[i + 1].kind == .punct && !isPunct(i + 1, "'") && !isPunct(i + 1, "\u{2019}"))
  }

  /// Whether token `j` is a word of two or more capital ASCII letters (`USA`, `VOA`).
  func isAcronym(_ j: Int) -> Bool {
    guard j >= 0, j < tokens.count, tokens[j].kind == .word, byteCount(j) >= 2 else { return false }
    for b in utf8[tokens[j].startByte..<tokens[j].endByte] where !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) { return false }
    return true
  }

  /// Modals and the infinitive `to` that put `soon` in a future verb group.
  static let futureModals: DateWordSet = [.will, .would, .may, .might, .could, .should, .can, .shall, .to]

  /// `now`, `currently`, `recently`, `the past`, `the future`, `soon`: TIMEX3 reference values.

  func reference(at i: Int) -> DateMatch? {
    let w = ids[i]
    func ref(_ value: String, _ end: Int, article: Bool = false) -> DateMatch {
      DateMatch(end: end, type: .date, value: value, anchor: .absolute, takesArticle: article)
    }
    switch w {
    case .now:
      // (`now that we know` is still the present: TimeML marks it `PRESENT_REF`, and so is
      // the start of `from now on`; `two weeks from now` is read with its count.)
      if isWord(i - 1, .from), !isWord(i + 1, .on) { return nil }
      return ref("PRESENT_REF", i + 1)
    case .currently, .nowadays, .presently: return ref("PRESENT_REF", i + 1)
    case .soon:
      // `it will soon seek`, `expects sales to soon grow`, `it soon will begin`: `soon` in the
      // verb group of a future is some time to come. Not the conjunction `as soon as`, not
      // `soon after` (a time after an event), not `was soon released` (a past).
      guard !isWord(i - 1, .as), !isWord(i + 1, .as), !isWord(i + 1, .after) else { return nil }
      guard DateScanner.futureModals.contains(id(i - 1)) || DateScanner.futureModals.contains(id(i + 1)) else { return nil }
      return ref("FUTURE_REF", i + 1)
    case .current where isWord(i + 1, .fiscal) && isWord(i + 2, .year):
      var m = relative(i + 3, placeholder: "XXXX") { TimexFormat.year($0.year) }
      m.takesArticle = true
      return m
    case .then where isWord(i + 1, .current):
      // `the then current price`: the present of a past time.
      return ref("PAST_REF", i + 2)
    case .current:
      if isWord(i + 1, of: .unit), let next = word(i + 1), let unit = DateLexicon.units[next], !DateLexicon.isPlural(next), !unit.isTime, unit.multiple == 1 {
        var m = relative(i + 2, placeholder: DateScanner.placeholder(unit.granularity)) { shifted($0, by: 0, unit.granularity) }
        m.takesArticle = true
        return m
      }
      return ref("PRESENT_REF", i + 1)
    case .present:
      if isWord(i - 1, .the), isWord(i + 1, .moment) || isWord(i + 1, .time) { return ref("PRESENT_REF", i + 2, article: true) }
      if isWord(i - 1, .the), word(i + 1) == nil || isWord(i + 1, .and) { return ref("PRESENT_REF", i + 1, article: true) }
      return nil
    case .recently, .lately: return ref("PAST_REF", i + 1)
    case .these where isWord(i + 1, .days): return ref("PRESENT_REF", i + 2)
    case .same, .next, .following, .previous:
      return narrativeDay(at: i)
    case .that:
      if let m = narrativeDay(at: i) { return m }
      // `that year` is the year the story last named; unknown otherwise.
      guard let (year, end) = thatYear(at: i) else { return nil }
      return DateMatch(end: end, type: .date, value: TimexFormat.year(year), anchor: .absolute)
    case .near where isWord(i + 1, .future), .immediate where isWord(i + 1, .future):
      // `the near future`, `the immediate future`
      return ref("FUTURE_REF", i + 2, article: true)
    case .right where isWord(i + 1, .now):
      // `right now`: the modifier is part of the expression (TimeML extents keep it).
      return ref("PRESENT_REF", i + 2)
    case .short, .near, .long:
      // `in the near term`, `over the long term`, `the challenges of the near term.`
      guard isWord(i + 1, .term), isWord(i - 1, .the), let before = id(i - 2),
        before == .in || before == .over || before == .for || (before == .of && (i + 2 >= tokens.count || tokens[i + 2].kind == .punct))
      else { return nil }
      return ref("FUTURE_REF", i + 2, article: true)
    case .a where isWord(i + 1, .later) && (isWord(i + 2, .date) || isWord(i + 2, .time)) && isWord(i - 1, .at):
      // `at a later date`: some time to come.
      return ref("FUTURE_REF", i + 3)
    case .the where isWord(i + 1, .time) && isWord(i - 1, .at) && !isWord(i + 2, .of) && !isWord(i + 2, .being):
      // `saying at the time he was willing`: the time the story tells of (not `at the time of
      // its founding`, anchored to an event; not `at the time being`).
      return ref("PAST_REF", i + 2)
    case .recent, .coming, .upcoming:
      if w == .recent, isWord(i + 1, .years) { return ref("PAST_REF", i + 2, article: true) }
      // `in recent weeks`, `in the coming months`: a vague span (`PXW`, `PXM`), as TimeBank
      // marks most of them. `the` is in the extent, as in TimeBank's `the next few days` and
      // `the past few weeks` (its one `the coming years` leaves it out).
      if isWord(i + 1, of: .unit), let next = word(i + 1), let unit = DateLexicon.units[next], DateLexicon.isPlural(next) {
        return DateMatch(end: i + 2, type: .duration, value: TimexFormat.duration(nil, unit), anchor: .absolute, takesArticle: w != .recent)
      }
      return nil
    case .future:
      if isWord(i - 1, .the) || isWord(i - 1, .`in`) { return ref("FUTURE_REF", i + 1, article: true) }
      if isWord(i - 1, .near), isWord(i - 2, .the) { return nil }
      return nil
    case .past where isWord(i + 1, .years) && !isWord(i - 1, .the) && (isWord(i - 1, .in) || isWord(i - 1, .over) || isWord(i - 1, .during)):
      // `in past years`, like `in recent years`: the past.
      return ref("PAST_REF", i + 2)
    case .this where isWord(i + 1, .moment) || (isWord(i + 2, .moment) && word(i + 1) != nil && !isCapitalized(i + 1)):
      // `at this moment`, `at this crucial moment`: the present.
      return ref("PRESENT_REF", isWord(i + 1, .moment) ? i + 2 : i + 3)
    case .past:
      if let m = pastSpan(at: i) { return m }
      // (`the past three summers`: a count after it is no unit we span, and no `the past` either.)
      if isWord(i - 1, .the), !isWord(i + 1, .of), count(at: i + 1) == nil { return ref("PAST_REF", i + 1, article: true) }
      return nil
    default: return nil
    }
  }

  /// `that day`, `the same day`, `the next day`, `the following morning`, `the previous
  /// night`: the day the story last named, or the day after or before it. `that evening`
  /// is that part of the day named (a time, as `Friday evening` is). Nothing when the story
  /// named no day. Without a publication date a day written without its year shifts within
  /// its month (`Feb. 24` … `the following day` → `XXXX-02-25`).
  func narrativeDay(at i: Int) -> DateMatch? {
    var k = i + 1
    if ids[i] == .that, isWord(k, .same) { k += 1 }
    let shift = ids[i] == .next || ids[i] == .following ? 1 : ids[i] == .previous ? -1 : 0
    let part = isWord(k, of: .dayPart) ? DateLexicon.dayParts[lower[k]] : nil
    guard isWord(k, .day) || part != nil, let day = lastDay else { return nil }
    if ids[i] != .that, !isWord(i - 1, .the) { return nil }
    let value: String
    if let date = CalendarDate(iso: day.value) {
      value = date.adding(days: shift).iso
    } else if day.value.hasPrefix("XXXX-"), let d = Int(day.value.suffix(2)), (1...28).contains(d + shift) {
      value = String(day.value.prefix(8)) + TimexFormat.pad(d + shift, 2)
    } else {
      return nil
    }
    // `that evening` is a time; `that same evening` stays unread, as before 1.18.0 (no set
    // has one to measure it on). `the next morning` stays a date, as TimeBank writes it.
    if shift == 0, let part {
      guard k == i + 1 else { return nil }
      return DateMatch(end: k + 1, type: .time, value: value + "T" + part, anchor: day.anchor)
    }
    return DateMatch(end: k + 1, type: .date, value: value, anchor: day.anchor, takesArticle: ids[i] != .that)
  }

  /// `earlier in the day`, `later in the day`: the day the story last named, else the
  /// publication day.
  func withinStoryDay(at i: Int) -> DateMatch? {
    guard ids[i] == .earlier || ids[i] == .later, isWord(i + 1, .in), isWord(i + 2, .the), isWord(i + 3, .day) else { return nil }
    if let day = lastDay { return DateMatch(end: i + 4, type: .date, value: day.value, anchor: day.anchor) }
    return relative(i + 4, placeholder: "XXXX-XX-XX") { $0.iso }
  }

  /// `the week of March 6`: the ISO week of that day; `the day before last Tuesday`, `the day
  /// after Jan. 5`: the day next to it (TimeML anchors them to the date written); `the day
  /// before.`, `the year after.` alone: the day next to the one the story last named, the
  /// year next to the one it last wrote (else the publication's). `the year before the war`
  /// is anchored to an event the text does not date.
  func anchoredToDate(at i: Int) -> DateMatch? {
    guard isWord(i - 1, .the), let w = id(i), w == .week || w == .day || w == .year else { return nil }
    let k: Int, shift: Int
    if w == .week, isWord(i + 1, .of) {
      (k, shift) = (i + 2, 0)
    } else if w == .day || w == .year, let after = id(i + 1), after == .before || after == .after {
      (k, shift) = (i + 2, after == .before ? -1 : 1)
      if endsPhrase(before: k) { return storyNeighbour(w, shift, end: k) }
      if w == .year { return nil }
    } else {
      return nil
    }
    guard k < tokens.count, tokens[k].kind == .word, let m = anchorDay(at: k), m.value.utf8.count == 10, let date = CalendarDate(iso: m.value) else { return nil }
    let value = w == .week ? TimexFormat.week(date) : date.adding(days: shift).iso
    return DateMatch(end: m.end, type: .date, value: value, anchor: m.anchor, takesArticle: true)
  }

  /// The day (or year) `shift` away from the one the story last named, ending at `end`.
  private func storyNeighbour(_ unit: DateWord, _ shift: Int, end: Int) -> DateMatch? {
    if unit == .year {
      if let year = lastYear { return DateMatch(end: end, type: .date, value: TimexFormat.year(year + shift), anchor: .absolute, takesArticle: true) }
      var m = relative(end, placeholder: "XXXX") { TimexFormat.year($0.year + shift) }
      m.takesArticle = true
      return m
    }
    guard let day = lastDay, let date = CalendarDate(iso: day.value) else { return nil }
    return DateMatch(end: end, type: .date, value: date.adding(days: shift).iso, anchor: day.anchor, takesArticle: true)
  }

  /// A day written at `k`: a month and day, a weekday, `last Tuesday`, `yesterday`.
  private func anchorDay(at k: Int) -> DateMatch? {
    if isWord(k, of: .month) { return monthLed(at: k) }
    if isWord(k, of: .weekday), isCapitalized(k) { return weekday(at: k, allowDayPart: false) }
    if isWord(k, of: .deictic) { return deictic(at: k) }
    if isWord(k, of: .relativeDirection), let m = relativeUnit(at: k), m.type == .date { return m }
    return holiday(at: k)
  }

  /// `the past two months`, `the last year`, `past 20 years`, `the next three days`,
  /// `the first nine months`: durations, with their article.
  func pastSpan(at i: Int) -> DateMatch? {
    let hasArticle = isWord(i - 1, .the)
    guard isWord(i, of: .spanStarter) else { return nil }
    if let m = count(at: i + 1), (m.value ?? 0) <= 1_000_000, isWord(m.end, of: .unit), let unitWord = word(m.end), let unit = DateLexicon.units[unitWord],
      hasArticle || ids[i] == .past
    {
      // `the first two quarters of 1990` is that year's first half.
      if ids[i] == .first, m.value == 2, unit.granularity == .quarter, isWord(m.end + 1, .of), let (year, after) = followingYear(m.end + 2) {
        return DateMatch(end: after, type: .date, value: TimexFormat.year(year) + "-H1", anchor: .absolute, takesArticle: true)
      }
      return DateMatch(end: m.end + 1, type: .duration, value: TimexFormat.duration(m.value, unit), anchor: .absolute, takesArticle: true)
    }
    if hasArticle, ids[i] != .first, ids[i] != .latest, isWord(i + 1, of: .unit), let unitWord = word(i + 1), let unit = DateLexicon.units[unitWord] {
      if DateLexicon.isPlural(unitWord) {
        return DateMatch(end: i + 2, type: .duration, value: TimexFormat.duration(nil, unit), anchor: .absolute, takesArticle: true)
      }
      // `the past year`, `the following month`: the unit before or after the publication date;
      // `the following year` after a year the story named is the year after that one.
      // `the next day` counts from the story's day, not the publication (see narrativeDay).
      guard !unit.isTime, unit.granularity != .day else { return nil }
      // `the past decade`, `the last century`, `the next fortnight`: spans, not the decade
      // before (a fortnight is no calendar unit to step by).
      if unit.granularity == .decade || unit.granularity == .century || unit.multiple > 1 {
        return DateMatch(end: i + 2, type: .duration, value: TimexFormat.duration(1, unit), anchor: .absolute, takesArticle: true)
      }
      let direction = ids[i] == .next || ids[i] == .coming || ids[i] == .upcoming || ids[i] == .following ? 1 : -1
      if ids[i] == .following || ids[i] == .previous, unit.granularity == .year, let year = lastYear {
        return DateMatch(end: i + 2, type: .date, value: TimexFormat.year(year + direction), anchor: .absolute, takesArticle: true)
      }
      // `the following month`, `the previous week` count from the month or day the story
      // last named (TimeML anchors them to the narrative's time), not from publication.
      if ids[i] == .following || ids[i] == .previous {
        if unit.granularity == .month, let m = lastMonth, let first = CalendarDate(year: m.year, month: m.month, day: 1) {
          let d = first.adding(months: direction)
          return DateMatch(end: i + 2, type: .date, value: TimexFormat.month(d.year, d.month), anchor: .publication, takesArticle: true)
        }
        if unit.granularity == .week, let day = lastDay, let date = CalendarDate(iso: day.value) {
          return DateMatch(end: i + 2, type: .date, value: TimexFormat.week(date.adding(days: 7 * direction)), anchor: day.anchor, takesArticle: true)
        }
      }
      var m = relative(i + 2, placeholder: DateScanner.placeholder(unit.granularity)) { shifted($0, by: direction, unit.granularity) }
      m.takesArticle = true
      return m
    }
    return nil
  }

  /// `heading into the new year`: the year that begins next, the coming one in the second
  /// half of the year and the one just begun in the first (`so far in the new year`).
  /// Capitalized, `the New Year` is the holiday; `the new year's`, `the new year-long` are not.
  func newYear(at i: Int) -> DateMatch? {
    guard isWord(i - 1, .the), isWord(i + 1, .year), !isCapitalized(i), !isCapitalized(i + 1), !isPossessive(i + 2),
      !isPunct(i + 2, "-")
    else { return nil }
    var m = relative(i + 2, placeholder: "XXXX") { TimexFormat.year($0.month >= 7 ? $0.year + 1 : $0.year) }
    m.takesArticle = true
    return m
  }

  /// `last week`, `next month`, `this year`, `this weekend`, `last Friday`, `last November`,
  /// `last fall`, `this morning`, `last night`.
  func relativeUnit(at i: Int) -> DateMatch? {
    let w = ids[i]
    let directions = DateScanner.relativeDirections
    guard isWord(i, of: .relativeDirection), let direction = directions[lower[i]] else { return nil }
    // `the last week of the campaign`, `the last days of the Soviet Union`: the end of
    // something else, not the week before publication (`the last week of March` is a point
    // qualifier of the month).
    if w == .last, isWord(i - 1, .the), isWord(i + 1, of: .unit), isWord(i + 2, .of) { return nil }
    // `twice as high this year as last`, `this week and last`: the unit just named, one back.
    if w == .last, i + 1 >= tokens.count || tokens[i + 1].kind == .punct,
      isWord(i - 1, .as) || isWord(i - 1, .than) || isWord(i - 1, .and) || isWord(i - 1, .or), isWord(i - 3, .this),
      let unitWord = word(i - 2), let unit = DateLexicon.units[unitWord], !DateLexicon.isPlural(unitWord), !unit.isTime,
      unit.multiple == 1, unit.granularity != .day
    {
      return relative(i + 1, placeholder: DateScanner.placeholder(unit.granularity)) { shifted($0, by: -1, unit.granularity) }
    }
    if let m = pastSpan(at: i) { return m }
    guard let next = word(i + 1) else { return nil }
    let nextID = ids[i + 1], nextClasses = classes[i + 1]
    // `this time last year`, `this time next month`, `this time last week`: the publication
    // day a unit away (Feb. 29 a year away is Feb. 28).
    if w == .this, nextID == .time {
      if let (shift, after) = relativePeriod(after: i + 2) {
        return relative(after, placeholder: "XXXX-XX-XX") { $0.adding(months: 12 * shift).iso }
      }
      if let (shift, after) = relativePeriod(after: i + 2, .month) {
        return relative(after, placeholder: "XXXX-XX-XX") { $0.adding(months: shift).iso }
      }
      if let (shift, after) = relativePeriod(after: i + 2, .week) {
        return relative(after, placeholder: "XXXX-XX-XX") { $0.adding(days: 7 * shift).iso }
      }
    }
    // `this past spring`, `this past Sunday`, `this coming Monday`: `this` belongs to the
    // `past` (`coming`) expression.
    if w == .this, nextID == .past || nextID == .coming || nextID == .upcoming, let m = relativeUnit(at: i + 1), m.type == .date { return m }
    let end = i + 2
    // `last fortnight`, `next fortnight`: a span, as `the last fortnight` (no calendar unit).
    if nextClasses.contains(.unit), let unit = DateLexicon.units[next], !DateLexicon.isPlural(next), unit.multiple > 1 {
      return DateMatch(end: end, type: .duration, value: TimexFormat.duration(1, unit), anchor: .absolute)
    }
    if nextClasses.contains(.unit), let unit = DateLexicon.units[next], !DateLexicon.isPlural(next), !unit.isTime, unit.granularity != .day {
      // `this year's third quarter`
      if unit.granularity == .year, isPunct(end, "'") || isPunct(end, "\u{2019}"), isWord(end + 1, .s),
        let q = quarterOrdinal(end + 2)
      {
        var k = end + 3
        if isPunct(k, "-") { k += 1 }
        if isWord(k, .quarter) {
          var m = relative(k + 1, placeholder: "XXXX-Q\(q)") { TimexFormat.quarter($0.year + direction, q) }
          m.namesQuarter = true
          return m
        }
      }
      // `compared with $3 million last year`, `last year's results`, `the same period last
      // year` in earnings news: the
      // reported quarter a year before, as `a year ago` is.
      if unit.granularity == .year, direction == -1, let q = lastQuarter, isComparison(before: i) || isPossessive(end) || isWord(i - 1, .period) || isWord(i - 1, .quarter) {
        return DateMatch(end: end, type: .date, value: yearBefore(q, at: i), anchor: .publication)
      }
      // `this quarter's loss` in a story that reports a quarter just ended is that quarter;
      // `sales should rise this quarter` is the one running.
      if unit.granularity == .quarter, direction == 0, let q = lastQuarter, !isFuture(around: i) {
        return DateMatch(end: end, type: .date, value: TimexFormat.quarter(q.year, q.quarter), anchor: .publication)
      }
      return relative(end, placeholder: DateScanner.placeholder(unit.granularity)) { shifted($0, by: direction, unit.granularity) }
    }
    switch nextID {
    case .weekend:
      // `This weekend's rally drew 10,000` on a Thursday: a weekend told in the past has passed
      // (a past cue in the sentence; without one `this weekend` is the coming one).
      let past = direction == 0 && tense(around: i) == false
      return relative(end, placeholder: "XXXX-WXX-WE") { p in
        var base = p.adding(days: 7 * direction)
        if direction == -1, p.weekday >= 6 { base = p.adding(days: -7) }
        if past, p.weekday < 6 { base = p.adding(days: -7) }
        return TimexFormat.week(base) + "-WE"
      }
    case .night:
      guard direction <= 0 else { return nil }
      return relative(end, .time, placeholder: "XXXX-XX-XXTNI") { $0.adding(days: direction == -1 ? -1 : 0).iso + "TNI" }
    case .morning, .afternoon, .evening:
      guard direction == 0, let part = DateLexicon.dayParts[next] else { return nil }
      return relative(end, .time, placeholder: "XXXX-XX-XXT" + part) { $0.iso + "T" + part }
    default: break
    }
    if nextClasses.contains(.weekday), let day = DateLexicon.weekdays[next] {
      // `the previous Friday`, `the following Monday`: the nearest such day before or after
      // the day the story last named.
      if w == .previous || w == .following, let named = lastDay, let date = CalendarDate(iso: named.value) {
        var diff = day - date.weekday
        if direction < 0 { if diff >= 0 { diff -= 7 } } else if diff <= 0 { diff += 7 }
        return DateMatch(end: end, type: .date, value: date.adding(days: diff).iso, anchor: named.anchor, takesArticle: true)
      }
      let future = direction == 0 ? isFuture(around: i) : direction > 0
      return relative(end, placeholder: "XXXX-WXX-\(day)") { p in
        var diff = day - p.weekday
        if direction != 0 {
          if direction < 0 { if diff >= 0 { diff -= 7 } } else if diff <= 0 { diff += 7 }
        } else if future { if diff < 0 { diff += 7 } } else if diff > 0 { diff -= 7 }
        return p.adding(days: diff).iso
      }
    }
    if nextClasses.contains(.month), let month = DateLexicon.months[next], isCapitalized(i + 1), next.count >= 3 {
      var stop = end
      if DateLexicon.isAbbreviation(next), isPunct(stop, "."), isAttached(stop) { stop += 1 }
      if integer(stop) != nil { return nil }
      return relative(stop, placeholder: "XXXX-\(TimexFormat.pad(month, 2))") { p in
        var year = p.year
        // `last February` in early March is the February of the year before.
        if direction < 0 { if month >= p.month - 1 { year -= 1 } } else if direction > 0 { if month <= p.month { year += 1 } }
        return TimexFormat.month(year, month)
      }
    }
    if nextClasses.contains(.season), let season = DateLexicon.seasons[next] {
      let index = TimexFormat.seasonIndex(season)
      return relative(end, placeholder: "XXXX-" + season) { p in
        let frame = TimexFormat.seasonFrame(season, year: p.year, month: p.month)
        let current = frame.current
        var year = frame.year
        // `last fall` is the season of the year before; `next spring` the coming one;
        // `this past spring` the latest spring, this year's once it has begun.
        if w == .past, isWord(i - 1, .this) { if index > current { year -= 1 } } else if direction < 0 { year -= 1 } else if direction > 0 { if index <= current { year += 1 } }
        return TimexFormat.year(year) + "-" + season
      }
    }
    // `went 7-10 last season`, `nine goals this season`, `next season`: a sports (or
    // theatre, harvest) season, written as the year it starts in, as both news annotators
    // write it. Not `the last season of the show` (a final one).
    if nextID == .season, !isCapitalized(i + 1), w == .this || w == .last || w == .next,
      !(isWord(i - 1, .the) && (w == .last || isWord(end, .of)))
    {
      return relative(end, placeholder: "XXXX") { TimexFormat.year($0.year + direction) }
    }
    if nextID == .century, direction == 0 {
      return relative(end, placeholder: "XX") { shifted($0, by: 0, .century) }
    }
    return nil
  }

  /// Whether `'s` follows at `k` (`last year's`).
  func isPossessive(_ k: Int) -> Bool {
    (isPunct(k, "'") || isPunct(k, "\u{2019}")) && isWord(k + 1, .s)
  }

  /// Whether a phrase ends before token `k`: the text ends, or punctuation other than an
  /// apostrophe follows (`the day before.`, not `the day before police came`).
  func endsPhrase(before k: Int) -> Bool {
    k >= tokens.count || tokens[k].kind == .punct && !isPunct(k, "'") && !isPunct(k, "\u{2019}")
  }

  /// The period a year before the reported quarter `q` that an expression at `i` compares
  /// with: that quarter a year before, or the year before when the sentence reports a span of
  /// several quarters (`for the nine months ... a year earlier`), which TIMEX3 can only write
  /// at the granularity of its year.
  func yearBefore(_ q: (year: Int, quarter: Int), at i: Int) -> String {
    reportsMultiQuarterSpan(before: i) ? TimexFormat.year(q.year - 1) : TimexFormat.quarter(q.year - 1, q.quarter)
  }

  /// Whether the sentence before `i` names a span of six or nine months (`the first nine
  /// months`, `the latest six months`).
  func reportsMultiQuarterSpan(before i: Int) -> Bool {
    var j = i - 1
    while j > 0, j >= i - 60, !isSentenceEnd(j) {
      if isWord(j, .months), isWord(j - 1, .six) || isWord(j - 1, .nine) || integer(j - 1) == 6 || integer(j - 1) == 9 {
        return true
      }
      j -= 1
    }
    return false
  }

  /// Whether a comparison of figures (`compared with`, `from`, `versus`) comes shortly before
  /// `i` in its clause.
  func isComparison(before i: Int) -> Bool {
    var j = i - 1
    while j >= 0, j >= i - 10 {
      if tokens[j].kind == .punct, isPunct(j, ".") || isPunct(j, ";") { return false }
      // (`from` compares only a figure: `up from $4 million last year`, not `a threat from
      // the brewer, which last year…`.)
      if let w = id(j), w == .compared || w == .versus || w == .vs || w == .against { return true }
      if isWord(j, .from), (j + 1..<i).contains(where: { tokens[$0].kind == .number }) { return true }
      j -= 1
    }
    return false
  }
}
