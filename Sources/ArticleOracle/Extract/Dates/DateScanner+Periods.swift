/// Named periods: quarters and halves (`the third quarter`, `third-quarter`), `fiscal 1989`,
/// `year-earlier`, holidays, sets (`every Tuesday`, `weekly`) and named times (`noon`).
extension DateScanner {
  static let quarterOrdinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4]
  // Tables the patterns look words up in, built once (a literal inside a function is
  // rebuilt on every call, and these run for most tokens).
  static let setAdverbs = [
    "daily": "P1D", "weekly": "P1W", "fortnightly": "P2W", "biweekly": "P2W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D",
  ]
  static let spelledCenturies = ["nineteen": 1900, "eighteen": 1800, "twenty": 2000]
  static let namedTimes = ["noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"]
  static let relativeDirections = ["last": -1, "next": 1, "this": 0, "coming": 1, "upcoming": 1, "previous": -1, "past": -1, "following": 1]
  static let deicticOffsets = ["yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0]
  static let spanStarters: Set<String> = ["past", "last", "next", "first", "coming", "upcoming", "previous", "following", "latest"]
  static let bareUnitCues: Set<String> = ["for", "within", "over", "in", "after", "took", "take", "takes", "spent", "than", "lasted", "last", "ago"]
  static let countModifiers: Set<String> = [
    "more", "trading", "business", "working", "calendar", "consecutive", "straight", "full", "additional", "long", "extra", "further",
  ]

  static let seasonCues: DateWordSet = [.the, .in, .during, .early, .late, .mid, .this]

  private static let quarterOrdinalIDs = DateWordMap(quarterOrdinals)

  /// `first` to `fourth` at `k`, as a quarter's number.
  func quarterOrdinal(_ k: Int) -> Int? { Self.quarterOrdinalIDs[id(k)] }

  /// The quarter or half `q` whose words end before `end` (`third quarter`, `Q3`), with its
  /// year when written after it (`of 1989`, `2022`), else resolved from the tense.
  private func quarterOrHalf(_ q: Int, isHalf: Bool, from i: Int, end: Int, hyphenated: Bool, fiscal: Bool) -> DateMatch {
    var end = end
    var year: Int?
    if let (y, after) = followingYear(end) {
      year = y
      end = after
    } else if isWord(end, .of), let (y, after) = followingYear(end + 1) {
      year = y
      end = after
    }
    // `the fourth quarter of last year`, `the second half of next year`
    var yearShift: Int?
    if year == nil, !hyphenated, let (shift, after) = relativePeriod(after: end) {
      yearShift = shift
      end = after
    }
    // `the second half of the year`: of the year the story is in, the publication year
    // (`of the year 2022`: that year).
    if year == nil, yearShift == nil, !hyphenated, isWord(end, .of), isWord(end + 1, .the), isWord(end + 2, .year), !isPossessive(end + 3) {
      if let (y, after) = followingYear(end + 3) {
        year = y
        end = after
      } else {
        yearShift = 0
        end += 3
      }
    }
    let code = isHalf ? "H\(q)" : "Q\(q)"
    // `the fourth quarter ended Sept. 30`: a fiscal quarter the text reports as closed.
    let ended = isWord(end, .ended) || isWord(end, .ending)
    if let year {
      return DateMatch(end: end, type: .date, value: TimexFormat.year(year) + "-" + code, anchor: .absolute, takesArticle: !hyphenated, namesQuarter: !isHalf, quarterEnded: ended || (!isHalf && isReportedInPast(i, end)), fiscalQuarter: fiscal)
    }
    // In a past clause a quarter or half that has not begun yet is last year's
    // (`fourth-quarter profit fell` in January).
    let future = isFuture(around: i)
    var m = relative(end, placeholder: "XXXX-" + code) { p in
      if let yearShift { return TimexFormat.year(p.year + yearShift) + "-" + code }
      let firstMonth = isHalf ? 6 * (q - 1) + 1 : 3 * (q - 1) + 1
      return TimexFormat.year(!future && firstMonth > p.month ? p.year - 1 : p.year) + "-" + code
    }
    // `the third quarter` takes its article; in `the third-quarter results` it belongs to results.
    m.takesArticle = !hyphenated
    m.namesQuarter = !isHalf
    // `reported a decline in fourth-quarter earnings`: a quarter reported in the past tense
    // has ended (a fiscal one, when it is the calendar quarter still running).
    m.quarterEnded = ended || (!isHalf && isReportedInPast(i, end))
    m.fiscalQuarter = fiscal
    return m
  }

  /// `FY23`, `FY2023`, `FY 2023`: a fiscal year as companies write it, the year it ends in (as
  /// `fiscal 2023`). Two digits take the century that puts the year nearest publication
  /// (`FY99` in 1998 is 1999, `FY23` in 2022 is 2023); without a publication date, years
  /// from 30 on are 19xx.
  func fiscalYearCode(at i: Int) -> DateMatch? {
    guard isAcronym(i), let n = integer(i + 1) else { return nil }
    if isYear(at: i + 1, n) {
      return DateMatch(end: i + 2, type: .date, value: TimexFormat.year(n), anchor: .absolute)
    }
    // (Not a split year, `FY23/24`, `FY23-24`, which TIMEX3 cannot write as one value.)
    guard byteCount(i + 1) == 2, isAttached(i + 1), !(i + 2 < tokens.count && isAttached(i + 2) && (tokens[i + 2].kind != .punct || integer(i + 3) != nil))
    else { return nil }
    let year: Int
    if let p = published {
      let base = p.year - p.year % 100 + n
      year = [base - 100, base, base + 100].min { abs($0 - p.year) < abs($1 - p.year) }!
    } else {
      year = (n >= 30 ? 1900 : 2000) + n
    }
    return DateMatch(end: i + 2, type: .date, value: TimexFormat.year(year), anchor: .absolute)
  }

  /// `the first half of the 1990s`, `the second half of the century`, `the third quarter of
  /// the game`: a half or quarter of what follows `of the` at `k`. nil: not this rule (`of
  /// the year`, `of the fiscal year`, a unit: read as a period of the year, as before);
  /// `.some(nil)`: no date (a game, a season, a meeting); else the decade or century,
  /// written or `the decade`, with `START` for its first half and `END` for its second.
  private mutating func partOf(the k: Int, half: Int?) -> DateMatch?? {
    if isWord(k + 1, .year) || isWord(k + 1, .fiscal) || isWord(k + 1, .current) { return nil }
    let mod = half.map { $0 == 1 ? "START" : "END" }
    if let inner = core(at: k + 1), inner.takesArticle, inner.type == .date, inner.value.utf8.count <= 3, Int(inner.value) != nil {
      guard let mod else { return .some(nil) }
      return DateMatch(end: inner.end, type: .date, value: inner.value, mod: mod, anchor: inner.anchor, takesArticle: true)
    }
    if isWord(k + 1, of: .unit), let unitWord = word(k + 1), let unit = DateLexicon.units[unitWord], !DateLexicon.isPlural(unitWord),
      unit.granularity == .decade || unit.granularity == .century
    {
      guard let mod else { return .some(nil) }
      var m = relative(k + 2, placeholder: DateScanner.placeholder(unit.granularity)) { shifted($0, by: 0, unit.granularity) }
      m.mod = mod
      m.takesArticle = true
      return m
    }
    return isWord(k + 1, of: .unit) || isWord(k + 1, of: .month) ? nil : .some(nil)
  }

  /// Whether the sentence around `i` tells a game (`scored`, `goal`, `halftime`…).
  private func isGameTalk(around i: Int) -> Bool {
    var j = i - 1
    while j >= 0, j >= i - 40, !isSentenceEnd(j) {
      if tokens[j].kind == .word, DateLexicon.gameWords.contains(lower[j]) { return true }
      j -= 1
    }
    j = i + 1
    while j < tokens.count, j <= i + 40, !isSentenceEnd(j - 1) {
      if tokens[j].kind == .word, DateLexicon.gameWords.contains(lower[j]) { return true }
      j += 1
    }
    return false
  }

  mutating func financial(at i: Int) -> DateMatch? {
    let w = ids[i]
    var j = i
    if w == .fiscal {
      if let y = integer(i + 1), isYear(at: i + 1, y) {
        return DateMatch(end: i + 2, type: .date, value: TimexFormat.year(y), anchor: .absolute)
      }
      if isWord(i + 1, .year) {
        if let y = integer(i + 2), isYear(at: i + 2, y) {
          return DateMatch(end: i + 3, type: .date, value: TimexFormat.year(y), anchor: .absolute)
        }
        // `the fiscal year` alone is a twelve-month span, as TimeBank marks it.
        return DateMatch(end: i + 2, type: .duration, value: "P1Y", anchor: .absolute, takesArticle: true)
      }
      j += 1
    }
    if w == .fy { return fiscalYearCode(at: i) }
    // third quarter, third-quarter, 3rd quarter, first half
    var ordinal = quarterOrdinal(j)
    var afterOrdinal = j + 1
    // `the last half of 1989` is its second half (only with the year: `the last half hour`).
    if ordinal == nil, w == .last, isWord(j + 1, .half), followingYear(j + 2) != nil || (isWord(j + 2, .of) && followingYear(j + 3) != nil) {
      ordinal = 2
    }
    // `the final quarter of 2022`, `the last quarter of 2022`: its fourth quarter (not `last
    // quarter` alone, the one before publication; only with `the`: `a final quarter`).
    if ordinal == nil, w == .final || w == .last, isWord(i - 1, .the), isWord(j + 1, .quarter),
      w == .final || (isWord(j + 2, .of) && (followingYear(j + 3) != nil || relativePeriod(after: j + 2) != nil))
    {
      ordinal = 4
    }
    if ordinal == nil, let n = integer(j), hasOrdinalSuffix(j), (1...4).contains(n) {
      ordinal = n
      afterOrdinal = j + 2
    }
    if let q = ordinal {
      var k = afterOrdinal
      let hyphenated = isPunct(k, "-") && isAttached(k)
      if hyphenated { k += 1 }
      if isWord(k, .quarter) || (isWord(k, .half) && q <= 2) {
        if !hyphenated, isWord(k + 1, .of), isWord(k + 2, .the), let part = partOf(the: k + 2, half: isWord(k, .half) ? q : nil) {
          return part
        }
        // `scored twice in the second half`: a game's half or quarter, not the year's.
        if !hyphenated, w != .fiscal, !isWord(k + 1, .of), followingYear(k + 1) == nil, isGameTalk(around: i) { return nil }
        return quarterOrHalf(q, isHalf: isWord(k, .half), from: i, end: k + 1, hyphenated: hyphenated, fiscal: w == .fiscal)
      }
    }
    // `Q3`, `Q3 2022`, `H1 2022`: as `third quarter`, `first half` (`H1` only with its year:
    // `H1N1` is a virus).
    if w == .q || w == .h, isCapitalized(i), byteCount(i) == 1, let n = integer(i + 1), isAttached(i + 1), byteCount(i + 1) == 1,
      (1...(w == .q ? 4 : 2)).contains(n), !(isAttached(i + 2) && i + 2 < tokens.count && tokens[i + 2].kind != .punct),
      w == .q || followingYear(i + 2) != nil || isWord(i + 2, .fy)
    {
      // `Q4 FY24`, `H1 FY2023`: a quarter or half of the fiscal year the code names.
      if isWord(i + 2, .fy), let year = fiscalYearCode(at: i + 2) {
        return DateMatch(end: year.end, type: .date, value: year.value + (w == .q ? "-Q\(n)" : "-H\(n)"), anchor: year.anchor,
          namesQuarter: w == .q, quarterEnded: w == .q, fiscalQuarter: true)
      }
      return quarterOrHalf(n, isHalf: w == .h, from: i, end: i + 2, hyphenated: false, fiscal: false)
    }
    if w == .fiscal { return nil }
    // the quarter, the latest quarter, the latest period
    // (`the quarter-to-quarter comparison` is an adjective, not a period.)
    if (w == .quarter && isWord(i - 1, .the) && !(isPunct(i + 1, "-") && isWord(i + 2, .to))) || (w == .latest && (isWord(i + 1, .quarter) || isWord(i + 1, .period))) {
      let end = w == .quarter ? i + 1 : i + 2
      // `the quarter ended Sept. 30` when the text named no quarter: the calendar quarter the
      // stated end date falls in (a named quarter, fiscal or not, keeps its own number).
      if lastQuarter == nil, isWord(end, .ended) || isWord(end, .ending), let m = monthLed(at: end + 1), m.value.utf8.count == 10,
        let y = Int(m.value.prefix(4)), let month = Int(m.value.dropFirst(5).prefix(2))
      {
        // (The calendar quarter that holds most of the three months: that of the middle month,
        // so a quarter ended July 31 is the second.)
        let middle = month == 1 ? (y - 1, 12) : (y, month - 1)
        return DateMatch(end: end, type: .date, value: TimexFormat.quarter(middle.0, TimexFormat.quarterOf(month: middle.1)), anchor: m.anchor,
          takesArticle: true, namesQuarter: true, quarterEnded: true)
      }
      // `the quarter a year ago`: the reported quarter a year before, one expression.
      if let q = lastQuarter, isWord(end, .a), isWord(end + 1, .year), isWord(end + 2, .ago) || isWord(end + 2, .earlier) {
        return DateMatch(end: end + 3, type: .date, value: TimexFormat.quarter(q.year - 1, q.quarter), anchor: .publication, takesArticle: true)
      }
      if let q = lastQuarter {
        return DateMatch(end: end, type: .date, value: TimexFormat.quarter(q.year, q.quarter), anchor: .publication, takesArticle: true)
      }
      var m = relative(end, placeholder: "XXXX-QX") { shifted($0, by: -1, .quarter) }
      m.takesArticle = true
      return m
    }
    // year-earlier, year-ago, the year-ago quarter
    if w == .year, isPunct(i + 1, "-"), isWord(i + 2, .earlier) || isWord(i + 2, .ago) {
      var end = i + 3
      // `the year-earlier third quarter`
      if let q = quarterOrdinal(end), isWord(end + 1, .quarter) {
        return relativeYearEarlierQuarter(q, end: end + 2)
      }
      // `the year-earlier nine months`: the span of the year before.
      if let c = count(at: end), isWord(c.end, of: .unit), let unitWord = word(c.end), let unit = DateLexicon.units[unitWord], DateLexicon.isPlural(unitWord) {
        return DateMatch(end: c.end + 1, type: .duration, value: TimexFormat.duration(c.value, unit), anchor: .absolute, takesArticle: true)
      }
      if isWord(end, .quarter) || isWord(end, .period) { end += 1 }
      if let q = lastQuarter {
        let value = isWord(end - 1, .quarter) ? TimexFormat.quarter(q.year - 1, q.quarter) : yearBefore(q, at: i)
        return DateMatch(end: end, type: .date, value: value, anchor: .publication, takesArticle: true)
      }
      var m = relative(end, placeholder: "XXXX") { TimexFormat.year($0.year - 1) }
      m.takesArticle = true
      return m
    }
    // `for the full year`
    if w == .full, isWord(i + 1, .year), isWord(i - 1, .the) {
      var m = relative(i + 2, placeholder: "XXXX") { TimexFormat.year($0.year) }
      m.takesArticle = true
      return m
    }
    if w == .year, isWord(i - 1, .the), !isPunct(i + 1, "-"), !isWord(i + 1, .ago), !isWord(i + 1, .earlier) {
      // `the year ended March 31` is a twelve-month span; `a high for the year` is this year.
      if let next = id(i + 1), next == .ended || next == .ending || next == .ends || next == .end || next == .to || next == .through {
        return DateMatch(end: i + 1, type: .duration, value: "P1Y", anchor: .absolute, takesArticle: true)
      }
      // `the year before` is the story's neighbour year (`anchoredToDate`).
      if let next = id(i + 1), next == .before || next == .after { return nil }
      // `album of the year`, `Person of the Year`: the name of an award.
      if isWord(i - 2, .of), let noun = word(i - 3), DateLexicon.awardsOfTheYear.contains(noun) { return nil }
      var m = relative(i + 1, placeholder: "XXXX") { TimexFormat.year($0.year) }
      m.takesArticle = true
      return m
    }
    if w == .weekend, isWord(i - 1, .the) {
      // `the weekend before last`: the one before last weekend.
      let beforeLast = isWord(i + 1, .before) && isWord(i + 2, .last) && !isWord(i + 3, of: .unit)
      let future = !beforeLast && isFuture(around: i)
      var m = relative(beforeLast ? i + 3 : i + 1, placeholder: "XXXX-WXX-WE") { p in
        var base = p
        if !future, p.weekday < 6 { base = p.adding(days: -7) }
        if beforeLast { base = base.adding(days: -7) }
        return TimexFormat.week(base) + "-WE"
      }
      m.takesArticle = true
      return m
    }
    return nil
  }

  private func relativeYearEarlierQuarter(_ q: Int, end: Int) -> DateMatch {
    var m = relative(end, placeholder: "XXXX-Q\(q)") { TimexFormat.quarter($0.year - 1, q) }
    m.takesArticle = true
    return m
  }

  /// `Christmas`, `New Year's Day`, `Easter Sunday`, `the Orthodox Easter weekend`, `Thanksgiving`,
  /// with the year written after them or resolved from the tense.
  /// The named day whose name starts at `i` (`date-holidays.yaml`), longest name first, and
  /// the token after the name.
  func holidayName(at i: Int) -> (HolidayCalendar.Day, Int)? {
    // (Most first words are capitalized in every name: `new` in `a new law` ends here without
    // a lookup.)
    guard isWord(i, of: .holidayStart), isCapitalized(i) || DateLexicon.holidays.hasLowerCaseFirstWord,
      let names = DateLexicon.holidays.namesByFirstWord[lower[i]]
    else { return nil }
    for name in names where matches(name, at: i) {
      let day = DateLexicon.holidays.days[name.day]
      if let before = word(i - 1), day.notAfter.contains(before) { return nil }
      return (day, i + name.parts.count)
    }
    return nil
  }

  private func matches(_ name: HolidayCalendar.Name, at i: Int) -> Bool {
    guard i + name.parts.count <= tokens.count else { return false }
    for (k, part) in name.parts.enumerated() {
      let j = i + k
      if part.isWord {
        guard tokens[j].kind == .word, lower[j] == part.text, !part.capitalized || isCapitalized(j) else { return false }
      } else {
        guard tokens[j].kind != .word, tokenText(j).replacingOccurrences(of: "\u{2019}", with: "'") == part.text else { return false }
      }
    }
    return true
  }

  func holiday(at i: Int) -> DateMatch? {
    guard let (holiday, nameEnd) = holidayName(at: i) else { return nil }
    var end = nameEnd
    // `Easter weekend`, `the Easter holidays`
    let weekend = isWord(end, .weekend)
    if weekend || isWord(end, .holiday) || isWord(end, .holidays) { end += 1 }
    // `Easter week`, `Christmas week`: the ISO week the holiday falls in.
    let week = !weekend && isWord(end, .week)
    if week { end += 1 }
    // `the Easter weekend` takes its article; in `the Victory Day parade` it is the parade's.
    let takesArticle = end > nameEnd || end >= tokens.count || tokens[end].kind != .word || isCapitalized(end)
    func value(_ date: CalendarDate) -> String {
      // The weekend nearest the day: a Monday holiday's is the one before (`the Memorial Day
      // weekend`), a Friday's the one after (ISO weeks end on Sunday).
      if weekend { return TimexFormat.week(date.adding(days: date.weekday <= 3 ? -date.weekday : 7 - date.weekday)) + "-WE" }
      if week { return TimexFormat.week(date) }
      return holiday.isMonthLong ? TimexFormat.month(date.year, date.month) : date.iso
    }
    // `Christmas 2021`, `the Christmas of 1914`
    let written = followingYear(end) ?? (isWord(end, .of) ? followingYear(end + 1) : nil)
    if let (year, after) = written, let date = holiday.date(in: year) {
      return DateMatch(end: after, type: .date, value: value(date), anchor: .absolute, takesArticle: true)
    }
    // Without a publication date: the weekend or week, or the fixed day of the year
    // (`Christmas` and `Christmas last year` → `XXXX-12-25`), or an unknown day (`Easter`).
    let placeholder = weekend ? "XXXX-WXX-WE" : week ? "XXXX-WXX" : holiday.fixedMonthDay.map { "XXXX-\(TimexFormat.pad($0.month, 2))-\(TimexFormat.pad($0.day, 2))" } ?? (holiday.isMonthLong ? "XXXX-XX" : "XXXX-XX-XX")
    // `Christmas last year`, `Easter of next year`
    if let (shift, after) = relativePeriod(after: end) {
      var m = relative(after, placeholder: placeholder) { p in holiday.date(in: p.year + shift).map(value) }
      m.takesArticle = true
      return m
    }
    let tense = tense(around: i)
    var m = relative(end, placeholder: placeholder) { p in
      guard var date = holiday.date(in: p.year) else { return nil }
      // The holiday's nearest occurrence in the clause's tense, this year's when close; with
      // no tense cue (`Victory Day parades are held`), this year's when it is as near ahead as
      // a month without a year would be (`nearestYear`'s window).
      let ahead = tense == nil ? DateScanner.monthWindow : 7
      if tense == true, date.days(to: p) > 7 { date = holiday.date(in: p.year + 1) ?? date }
      if tense != true, p.days(to: date) > ahead { date = holiday.date(in: p.year - 1) ?? date }
      return value(date)
    }
    m.takesArticle = takesArticle
    return m
  }

  /// `every Tuesday`, `each year`, `daily`, `weekly`, `annually`.
  func set(at i: Int) -> DateMatch? {
    let w = ids[i]
    let adverbs = DateScanner.setAdverbs
    // `on weekends`, `at weekends`: every weekend.
    if w == .weekends, isWord(i - 1, .on) || isWord(i - 1, .at) {
      return DateMatch(end: i + 1, type: .set, value: "XXXX-WXX-WE", anchor: .absolute)
    }
    // `bi-weekly`, as `biweekly`: every two weeks.
    if w == .bi, isPunct(i + 1, "-"), isAttached(i + 1), isAttached(i + 2), word(i + 2) == "weekly" {
      return DateMatch(end: i + 3, type: .set, value: "P2W", anchor: .absolute)
    }
    if isWord(i, of: .setAdverb), let value = adverbs[lower[i]] {
      if isPublicationNoun(i) || isWord(i - 2, .bi) && isPunct(i - 1, "-") { return nil }
      // `8.5% annually`, `10,000 units annually`, `average daily volume`: a rate's unit
      // (not `12 weekly meetings`, where the adjective makes the counted noun a set).
      if isWord(i - 1, "average") || closesQuantity(before: i) && !(i + 1 < tokens.count && tokens[i + 1].kind == .word && ids[i + 1] == nil) {
        return nil
      }
      return DateMatch(end: i + 1, type: .set, value: value, anchor: .absolute)
    }
    guard w == .every || w == .each, i + 1 < tokens.count else { return nil }
    if let next = word(i + 1) {
      // `every other week`: every second one.
      if w == .every, ids[i + 1] == .other, let unitWord = word(i + 2), let unit = DateLexicon.units[unitWord], !DateLexicon.isPlural(unitWord) {
        return DateMatch(end: i + 3, type: .set, value: TimexFormat.duration(2, unit), anchor: .absolute)
      }
      if let day = DateLexicon.weekdays[next] {
        // `every Monday morning`
        if isWord(i + 2, of: .dayPart), let part = DateLexicon.dayParts[lower[i + 2]] {
          return DateMatch(end: i + 3, type: .set, value: "XXXX-WXX-\(day)T" + part, anchor: .absolute)
        }
        return DateMatch(end: i + 2, type: .set, value: "XXXX-WXX-\(day)", anchor: .absolute)
      }
      // `every night`, `each morning`: that part of every day.
      if let part = DateLexicon.dayParts[next] {
        return DateMatch(end: i + 2, type: .set, value: "XXXX-XX-XXT" + part, anchor: .absolute)
      }
      // `every weekend`, `every weekday`
      if next == "weekend" || next == "weekday" {
        return DateMatch(end: i + 2, type: .set, value: next == "weekend" ? "XXXX-WXX-WE" : "XXXX-WXX-WD", anchor: .absolute)
      }
      // `every summer`, `each spring`
      if let season = DateLexicon.seasons[next] {
        return DateMatch(end: i + 2, type: .set, value: "XXXX-" + season, anchor: .absolute)
      }
      if let month = DateLexicon.months[next], isCapitalized(i + 1), !DateLexicon.isAbbreviation(next) {
        return DateMatch(end: i + 2, type: .set, value: "XXXX-\(TimexFormat.pad(month, 2))", anchor: .absolute)
      }
      if let unit = DateLexicon.units[next], !DateLexicon.isPlural(next) {
        return DateMatch(end: i + 2, type: .set, value: TimexFormat.duration(1, unit), anchor: .absolute)
      }
    }
    // `every two weeks`, `every 10 minutes` (a count in words or digits).
    if w == .every, let c = count(at: i + 1), (c.value ?? 0) <= 1_000_000, isWord(c.end, of: .unit), let unitWord = word(c.end), let unit = DateLexicon.units[unitWord] {
      return DateMatch(end: c.end + 1, type: .set, value: TimexFormat.duration(c.value, unit), anchor: .absolute)
    }
    return nil
  }

  /// Whether `daily` or `weekly` at `i` names a newspaper or magazine, not a set: inside a
  /// title (`China Daily`, `the Daily Mail`), before the paper's name (`the Israeli daily
  /// Haaretz`, `the news weekly Der Spiegel`) or a reporting verb (`the business daily
  /// said`), or closing a noun phrase (`told the daily.`, `the weekly's report`).
  private func isPublicationNoun(_ i: Int) -> Bool {
    guard lower[i] == "daily" || lower[i] == "weekly" else { return false }
    if isCapitalized(i), i > 0, tokens[i - 1].kind == .word { return true }
    guard i + 1 < tokens.count else { return isWord(i - 1, .the) }
    if tokens[i + 1].kind == .punct { return isWord(i - 1, .the) || isWord(i - 1, .a) }
    if tokens[i + 1].kind == .word, isCapitalized(i + 1), !isWord(i + 1, of: .weekday), !isWord(i + 1, of: .month), !isWord(i + 1, of: .holidayStart) {
      return true
    }
    return DateScanner.reportingVerbs.contains(lower[i + 1])
  }

  /// Verbs a newspaper is the subject of (`the daily reported`).
  static let reportingVerbs: Set<String> = ["said", "says", "reported", "reports", "wrote", "writes", "quoted", "quotes", "cited", "cites", "added"]

  /// `nineteen ninety-six`, `the year two thousand`: years written in words.
  func spelledYear(at i: Int) -> DateMatch? {
    // (`the summer of` at the end of a text asks one token past it.)
    guard i < tokens.count else { return nil }
    let centuries = DateScanner.spelledCenturies
    if isWord(i, of: .spelledCentury), let base = centuries[lower[i]], let rest = NumberWords.read(tokenTexts, from: i + 1), !rest.isOrdinal,
      rest.value >= 10, rest.value < 100, rest.value == rest.value.rounded(),
      ids[i] != .twenty || rest.value < 40
    {
      return DateMatch(end: rest.endIndex, type: .date, value: TimexFormat.year(base + Int(rest.value)), anchor: .absolute)
    }
    // `the year 2000`: the year, not the publication year and a number.
    if ids[i] == .year, isWord(i - 1, .the), let y = integer(i + 1), byteCount(i + 1) == 4, (1000...2999).contains(y),
      !isAttached(i + 2) || tokens[i + 2].kind == .punct && !isPunct(i + 2, "%")
    {
      return DateMatch(end: i + 2, type: .date, value: TimexFormat.year(y), anchor: .absolute, takesArticle: true)
    }
    if ids[i] == .year, isWord(i - 1, .the), let reading = NumberWords.read(tokenTexts, from: i + 1), !reading.isOrdinal,
      (1000...2999).contains(reading.value), reading.value == reading.value.rounded()
    {
      return DateMatch(end: reading.endIndex, type: .date, value: TimexFormat.year(Int(reading.value)), anchor: .absolute, takesArticle: true)
    }
    return nil
  }

  /// `the nineties`, `the early eighties`: the latest decade of that name by the publication
  /// date (the twenties of a 2022 article are the 2020s). Only after `the` (`in her forties`,
  /// `in his mid-forties` are ages).
  func spelledDecade(at i: Int) -> DateMatch? {
    guard isWord(i, of: .spelledDecade), let tens = DateLexicon.spelledDecades[lower[i]] else { return nil }
    // `the nineties`, `the mid-sixties`, `the early eighties`; not `his mid-forties`.
    var k = i - 1
    while k >= 0, isPunct(k, "-") || isWord(k, .early) || isWord(k, .mid) || isWord(k, .late) { k -= 1 }
    guard isWord(k, .the) else { return nil }
    var m = relative(i + 1, placeholder: "XX\(tens)") { p in
      let century = p.year / 100 - (p.year % 100 / 10 < tens ? 1 : 0)
      return TimexFormat.pad(century, 2) + "\(tens)"
    }
    m.takesArticle = true
    return m
  }

  /// `the summer`, `summer 1990`, `the winter of 1994`, `year-end`.
  func season(at i: Int) -> DateMatch? {
    // `year-end`, `year end`, `year's end`
    let possessive = ids[i] == .year && isPossessive(i + 1)
    let endAt = possessive ? i + 3 : i + (isPunct(i + 1, "-") ? 2 : 1)
    if ids[i] == .year, possessive || isPunct(i + 1, "-") || isWord(i + 1, .end), isWord(endAt, .end) {
      // `since year-end`: the last year-end already passed, the year before's.
      let since = isWord(i - 1, .since)
      var m = relative(endAt + 1, placeholder: "XXXX") { TimexFormat.year(since && !($0.month == 12 && $0.day == 31) ? $0.year - 1 : $0.year) }
      m.mod = "END"
      return m
    }
    guard isWord(i, of: .season), let code = DateLexicon.seasons[lower[i]] else { return nil }
    var k = i + 1
    if isWord(k, .of) { k += 1 }
    if let y = integer(k), byteCount(k) == 4, (1000...2999).contains(y) {
      // `the winter of 2023-24`, `winter 2022/23`: one season written with both its years, the
      // first naming it.
      let end = splitYearEnd(after: k, y) ?? k + 1
      return DateMatch(end: end, type: .date, value: TimexFormat.year(y) + "-" + code, anchor: .absolute, takesArticle: true)
    }
    if isWord(i + 1, .of), let spelled = spelledYear(at: k) {
      return DateMatch(end: spelled.end, type: .date, value: spelled.value + "-" + code, anchor: .absolute, takesArticle: true)
    }
    // `the summer of last year`, `spring next year`
    if let (shift, end) = relativePeriod(after: i + 1) {
      var m = relative(end, placeholder: "XXXX-" + code) { TimexFormat.year($0.year + shift) + "-" + code }
      m.takesArticle = true
      return m
    }
    // A season alone is this year's, or last year's when it is still to come in a past clause,
    // or next year's when it has passed in a future one (`talks will resume in the spring`
    // said in October).
    guard let before = id(i - 1), DateScanner.seasonCues.contains(before), ids[i] != .fall || before == .the else {
      return nil
    }
    // `the Winter Olympics`, `the Spring Festival`, `the Autumn Statement`: a capitalized season
    // before a capitalized word starts a name.
    if isCapitalized(i), i + 1 < tokens.count, tokens[i + 1].kind == .word, isCapitalized(i + 1) { return nil }
    let future = isFuture(around: i)
    var m = relative(i + 1, placeholder: "XXXX-" + code) { p in
      let (year, current) = TimexFormat.seasonFrame(code, year: p.year, month: p.month)
      let index = TimexFormat.seasonIndex(code)
      let shift = !future && index > current ? -1 : future && index < current ? 1 : 0
      return TimexFormat.year(year + shift) + "-" + code
    }
    m.takesArticle = true
    return m
  }

  /// `noon`, `midday`, `midnight`: times of the publication day.
  func timeWord(at i: Int) -> DateMatch? {
    let times = DateScanner.namedTimes
    guard isWord(i, of: .namedTime), let clock = times[lower[i]] else { return nil }
    // `high noon` is an idiom (and a film), not a time.
    if isWord(i - 1, .high) { return nil }
    // `The blast came shortly after midnight`: a past midnight with no day of its own is the
    // one that began the publication day (TIMEX3 writes it as the day before's `T24:00`).
    if clock == "T24:00", lastDay == nil, tense(around: i) == false, writtenDay(after: i + 1) == nil {
      var m = relative(i + 1, .time, placeholder: "XXXX-XX-XX" + clock) { $0.adding(days: -1).iso + clock }
      m.namesStoryDay = false
      return m
    }
    return time(clock, endingAt: i + 1)
  }
}
