/// Durations and counted offsets: `two days`, `nearly nine weeks` (with its qualifier),
/// `three-year`, `2 1/2 years`, `months` (`PXM`), `five days ago`, `in three months`.
extension DateScanner {
  /// A count before a unit: its value (nil when vague: `several`, `a few`) and the token after it.
  struct Count {
    var value: Double?
    var end: Int
  }

  func count(at i: Int) -> Count? {
    guard i < tokens.count else { return nil }
    if tokens[i].kind == .number {
      if hasOrdinalSuffix(i) { return nil }
      // The denominator of a fraction counts nothing (`1/2 hour` is not `2 hour`).
      if isPunct(i - 1, "/"), isAttached(i) { return nil }
      // `1/2 hour`, `3/4 hour`, `1/3 year`: a simple fraction.
      if let n = integer(i), isPunct(i + 1, "/"), isAttached(i + 1), isAttached(i + 2), let d = integer(i + 2), (2...4).contains(d), n < d {
        return Count(value: Double(n) / Double(d), end: i + 3)
      }
      // (Foundation's replacing is slow; most numbers have no thousands separator.)
      let text = tokenText(i)
      guard let base = Double(text.utf8.contains(UInt8(ascii: ",")) ? String(text.filter { $0 != "," }) : text) else { return nil }
      var end = i + 1
      var value = base
      // 2 1/2
      if integer(end) == 1, isPunct(end + 1, "/"), integer(end + 2) == 2 {
        value += 0.5
        end += 3
      }
      return Count(value: value, end: addHalf(value, end))
    }
    guard let w = word(i) else { return nil }
    let wid = ids[i]
    if let (exact, length) = longest(DateLexicon.vagueCounts, .vagueCount, at: i) {
      return Count(value: exact ? nil : 2, end: i + length)
    }
    if let fraction = quarterFraction(at: i) { return fraction }
    if wid == .a || wid == .an {
      if isWord(i + 1, .half) { return Count(value: 0.5, end: i + 2) }
      if isWord(i + 1, of: .unit) { return Count(value: 1, end: addHalf(1, i + 1)) }
      // `an additional year`, `a further week`: the adjective stands between count and unit.
      if let next = id(i + 1), next == .additional || next == .extra || next == .further, isWord(i + 2, of: .unit) {
        return Count(value: 1, end: i + 1)
      }
    }
    if wid == .half, isWord(i + 1, .a) || isWord(i + 1, .an) { return Count(value: 0.5, end: i + 2) }
    // (`NumberWords.read` reads a number after `a`/`an` only when a scale word or `dozen`/`pair`
    // follows: other `a`s, the most frequent start word, skip it.)
    if wid == .a || wid == .an, !DateScanner.scalesAfterArticle.contains(id(i + 1)) { return nil }
    // (`NumberWords.mayStart` as a class bit: most words (`the`, `that`) never reach the number reader.)
    if classes[i].contains(.numberStart) || NumberWords.gluedCompound(w) != nil, let reading = NumberWords.read(tokenTexts, from: i), !reading.isOrdinal {
      return Count(value: reading.value, end: addHalf(reading.value, reading.endIndex))
    }
    return nil
  }

  /// `a quarter of an hour`, `three-quarters of a century`: a quarter or three of a unit
  /// written after `of a`/`of an` (the unit is the count's end). (The class test first:
  /// `count` runs at many words, and `isWord(_:_: String)` makes the word's String.)
  private func quarterFraction(at i: Int) -> Count? {
    let k: Int, value: Double
    if (ids[i] == .a || ids[i] == .an), isWord(i + 1, .quarter) {
      (k, value) = (i + 2, 0.25)
    } else if ids[i] == nil, classes[i].contains(.numberStart), isWord(i, "three") {
      if isWord(i + 1, "quarters") {
        (k, value) = (i + 2, 0.75)
      } else if isPunct(i + 1, "-"), isWord(i + 2, "quarters") {
        (k, value) = (i + 3, 0.75)
      } else {
        return nil
      }
    } else {
      return nil
    }
    guard isWord(k, .of), isWord(k + 1, .a) || isWord(k + 1, .an), isWord(k + 2, of: .unit), let unit = word(k + 2),
      !DateLexicon.isPlural(unit)
    else { return nil }
    return Count(value: value, end: k + 2)
  }

  /// The words after `a`/`an` that `NumberWords.read` goes on with (`a dozen`, `a hundred`, `a million`).
  static let scalesAfterArticle: DateWordSet = [.dozen, .pair, .hundred, .thousand, .million, .billion, .trillion]

  /// `two and a half years`, `four-and-a-half hours`: the count's end after an `and a half`.
  private func addHalf(_ value: Double, _ end: Int) -> Int {
    end + (andAHalfLength(end) ?? 0)
  }

  /// The tokens of an `and a half` that starts at `k`: 3, or 6 when hyphenated and joined
  /// (`-and-a-half`).
  private func andAHalfLength(_ k: Int) -> Int? {
    if isWord(k, .and) && isWord(k + 1, .a) && isWord(k + 2, .half) { return 3 }
    if isPunct(k, "-"), isWord(k + 1, .and), isPunct(k + 2, "-"), isWord(k + 3, .a), isPunct(k + 4, "-"), isWord(k + 5, .half),
      (k...(k + 5)).allSatisfy({ isAttached($0) })
    {
      return 6
    }
    return nil
  }

  private func hasHalf(_ c: Count, _ i: Int) -> Bool {
    (c.end >= 3 && andAHalfLength(c.end - 3) == 3) || (c.end >= 6 && andAHalfLength(c.end - 6) == 6)
  }

  /// The unit word of each closed `-long` adjective (`DateLexicon.closedLongForms`), by `DateWord`.
  private static let closedLongFormUnits = DateWordMap(DateLexicon.closedLongForms)

  /// A count and a unit, and what follows it (`ago`, `later`, `from now`).
  mutating func duration(at i: Int) -> DateMatch? {
    if isWord(i, .once) || isWord(i, .twice) { return frequency(after: i + 1) }
    if let m = bareUnits(at: i) { return m }
    // `a day-long meeting`, `a decades-long feud`: one unit, or a vague number of them.
    if isWord(i, of: .unit), let w = word(i), let unit = DateLexicon.units[w], isPunct(i + 1, "-"), isAttached(i + 1), isWord(i + 2, .long), isAttached(i + 2) {
      let value = TimexFormat.duration(DateLexicon.isPlural(w) ? nil : 1, unit)
      return DateMatch(end: i + 3, type: .duration, value: value, anchor: .absolute)
    }
    // `a weeklong festival`, `a yearlong inquiry`: the closed forms of `week-long`.
    if let unitWord = Self.closedLongFormUnits[ids[i]], let unit = DateLexicon.units[unitWord] {
      return DateMatch(end: i + 1, type: .duration, value: TimexFormat.duration(1, unit), anchor: .absolute)
    }
    // `the weeks ahead`: a vague span to come.
    if isWord(i, of: .unit), let w = word(i), let unit = DateLexicon.units[w], DateLexicon.isPlural(w), isWord(i - 1, .the), isWord(i + 1, .ahead) {
      return DateMatch(end: i + 2, type: .duration, value: TimexFormat.duration(nil, unit), anchor: .absolute, takesArticle: true)
    }
    // `over the years`: a vague span, like `for years`.
    if isWord(i, of: .unit), let w = word(i), let unit = DateLexicon.units[w], DateLexicon.isPlural(w), !unit.isTime, isWord(i - 1, .the), isWord(i - 2, .over),
      i + 1 >= tokens.count || tokens[i + 1].kind != .number && !isWord(i + 1, .of)
    {
      return DateMatch(end: i + 1, type: .duration, value: TimexFormat.duration(nil, unit), anchor: .absolute, takesArticle: true)
    }
    // Counts beyond a million units are not durations news writes (and would not fit an Int).
    guard let c = count(at: i), (c.value ?? 0) <= 1_000_000 else { return nil }
    // `three times a week`, `several times a year`: a frequency.
    if isWord(c.end, .times), let m = frequency(after: c.end + 1) { return m }
    var value = c.value
    // NumberWords may already have read "and a half" (2.5); add it only to a whole count.
    if let v = value, hasHalf(c, i), v.rounded() == v { value = v + 0.5 }
    var j = c.end
    // `six to eight weeks`, `12-16 weeks`, `two or three days`: a range of counts of one unit
    // is one duration at its lower bound, as TimeBank (`two to three weeks` → `P2W`) and the
    // sets' annotators write it.
    if let upper = rangeUpperEnd(after: i, count: c) { j = upper }
    var hyphenated = false
    if isPunct(j, "-"), isAttached(j) {
      j += 1
      hyphenated = true
    }
    if isWord(j, of: .countModifier), !hyphenated {
      j += 1
    }
    guard isWord(j, of: .unit), let unitWord = word(j), let unit = DateLexicon.units[unitWord] else { return nil }
    // `a second time` is an ordinal; `a year-earlier profit` is a period of the year before.
    if unitWord == "second", ids[i] == .a || ids[i] == .an { return nil }
    // `Islam will one day be …`: `one day` after a modal is some future day, not a span.
    // (`in May one day` is the month.)
    // (`hopes to one day return` too; not `sentenced to one day`.)
    if ids[i] == .one, j == i + 1, ids[j] == .day, !isWord(i - 1, of: .month) || !isCapitalized(i - 1),
      isWord(i - 1, of: .modal) || (isWord(i - 1, .to) && isWord(i - 2, of: .futureBeforeTo))
    {
      return DateMatch(end: j + 1, type: .date, value: "FUTURE_REF", anchor: .absolute)
    }
    // `three-quarters`, `a quarter of` are fractions.
    // (`several quarters of losses` counts periods: a vague count is no fraction.)
    if unit.granularity == .quarter, hyphenated || ids[i] == .a || (isWord(j + 1, .of) && c.value != nil) { return nil }
    if hyphenated, DateLexicon.isPlural(unitWord) { return nil }
    // `a day-long meeting`: the article belongs to the noun; the unit starts `day-long`.
    if !hyphenated, isPunct(j + 1, "-"), isWord(j + 2, .long) { return nil }
    var unitEnd = j + 1
    // `a minute and a half`
    if let v = value, v == v.rounded(), let length = andAHalfLength(unitEnd) {
      value = v + 0.5
      unitEnd += length
    }
    if isPunct(unitEnd, "-"), isWord(unitEnd + 1, .earlier) || isWord(unitEnd + 1, .ago) { return nil }
    // Ages are not durations: `four years old`, `a 58-year-old`.
    if isWord(unitEnd, .old) || (isPunct(unitEnd, "-") && isWord(unitEnd + 1, .old)) { return nil }
    // `a six-month-long probe`: the count, its unit and `-long` are one adjective.
    if hyphenated, isPunct(unitEnd, "-"), isAttached(unitEnd), isWord(unitEnd + 1, .long), isAttached(unitEnd + 1) {
      return DateMatch(end: unitEnd + 2, type: .duration, value: TimexFormat.duration(value, unit), anchor: .absolute)
    }
    if hyphenated, isPunct(unitEnd, "-") { return nil }
    // `a week or so ago`, `two years or so`: the hedge belongs to the expression.
    let end = !hyphenated && isWord(unitEnd, .or) && isWord(unitEnd + 1, .so) ? unitEnd + 2 : unitEnd
    if let after = id(end) {
      if after == .ago {
        // `Fifty years ago today`: the day that many years before the publication day.
        if isWord(end + 1, .today), let v = value, let m = dayCounted(-v, unit, from: end + 1) { return m }
        return offset(value, unit, direction: -1, end: end + 1)
      }
      // `a year earlier` in earnings news is the same period a year before; other
      // `N units earlier/later` measure time from an event, so they are durations.
      if after == .earlier, value == 1, unit.granularity == .year {
        return offset(value, unit, direction: -1, end: end + 1)
      }
      // `two weeks from now`: a time the unit measures, at its granularity.
      // (Not `from now on`, which starts now: `paid twice a year from now on`.)
      if after == .from, isWord(end + 1, .now), !isWord(end + 2, .on) {
        return offset(value, unit, direction: 1, end: end + 2)
      }
      // `a week from today`, `three days from Monday`: counted from a day, so a day.
      if after == .from, let m = dayCounted(value, unit, from: end + 1) { return m }
    }
    // `24 hours a day`, `seven days a week`: a share of a cycle, no event's duration (TimeBank
    // marks none); `a day` there is the rate's denominator.
    if !hyphenated, isWord(end, .a) || isWord(end, .an), let next = word(end + 1), let cycle = DateLexicon.units[next],
      !DateLexicon.isPlural(next), cycle.granularity > unit.granularity, !isWord(end + 2, .earlier), !isWord(end + 2, .later), !isWord(end + 2, .ago)
    {
      return nil
    }
    if ids[i] == .a || ids[i] == .an {
      // `$500 million a year`, `358,000 a month`, `60 miles an hour`: the unit is a rate's
      // (not before `earlier`/`later`: `down from 4.1% a month earlier` measures back in time).
      if closesQuantity(before: i), !isWord(end, .earlier), !isWord(end, .later) { return nil }
      // `multiple times a week`: a frequency whose count `frequency(after:)` could not read.
      if isWord(i - 1, .once) || isWord(i - 1, .twice) || isWord(i - 1, .times) {
        return DateMatch(end: end, type: .set, value: TimexFormat.duration(1, unit), anchor: .absolute)
      }
    }
    // `three years and six months`, `an hour and 20 minutes`: one duration of two units.
    if !hyphenated, let v = value, isWord(end, .and), let (second, secondEnd) = smallerPart(after: end + 1, than: unit),
      let combined = TimexFormat.compoundDuration(TimexFormat.duration(v, unit), second)
    {
      return DateMatch(end: secondEnd, type: .duration, value: combined, anchor: .absolute, takesArticle: true)
    }
    return DateMatch(end: end, type: .duration, value: TimexFormat.duration(value, unit), anchor: .absolute, takesArticle: !hyphenated)
  }

  /// The token after the upper count of a range of counts that starts with `c` at `i`
  /// (`six to eight`, `12-16`, `two or three`), when a unit follows it. Not after `from`:
  /// `extended the term from two to four years` is a change, not a range (but `up from six
  /// to eight weeks` is one); nor when the counts do not rise, or either is vague.
  private func rangeUpperEnd(after i: Int, count c: Count) -> Int? {
    let k = c.end
    guard let low = c.value, k + 1 < tokens.count, !isWord(i - 1, .from) || isWord(i - 2, .up) || isWord(i - 2, .down) else { return nil }
    let dash = (isPunct(k, "-") || isPunct(k, "\u{2013}")) && isAttached(k) && isAttached(k + 1)
    guard dash || isWord(k, .to) || isWord(k, .or), let upper = count(at: k + 1), let high = upper.value, high > low,
      isWord(upper.end, of: .unit)
    else { return nil }
    return upper.end
  }

  /// The rest of a frequency after its count (`twice`, `three times`): `a week`, `an hour`,
  /// `per year`. The whole phrase is a set of the unit, as TimeML marks `twice a week` (its
  /// `freq` attribute, `2X`, is no field of an item).
  private func frequency(after k: Int) -> DateMatch? {
    guard isWord(k, .a) || isWord(k, .an) || isWord(k, .per), let w = word(k + 1), let unit = DateLexicon.units[w], !DateLexicon.isPlural(w),
      !isWord(k + 2, .ago)
    else { return nil }
    return DateMatch(end: k + 2, type: .set, value: TimexFormat.duration(1, unit), anchor: .absolute)
  }

  /// The whole count of a unit finer than `unit` (not weeks) at `k`, written as a duration,
  /// and the token after it: the second part of `three years and six months`. Nothing when
  /// the part measures from an event (`and six months ago`, `and two days later`).
  private func smallerPart(after k: Int, than unit: DateLexicon.Unit) -> (String, Int)? {
    guard let c = count(at: k), let v = c.value, v == v.rounded(), v >= 1, isWord(c.end, of: .unit), let w = word(c.end),
      let second = DateLexicon.units[w], second.granularity < unit.granularity, second.granularity != .week, unit.granularity != .week,
      second.multiple == 1, unit.multiple == 1
    else { return nil }
    let end = c.end + 1
    if let after = id(end), after == .ago || after == .earlier || after == .later || after == .from { return nil }
    return (TimexFormat.duration(v, second), end)
  }

  /// Whether a measured quantity ends just before `i`, so that a unit at `i` (`a year`,
  /// `annually`) is the denominator of a rate: `$500 million a year`, `358,000 a month`,
  /// `700 seats a week`, `60 miles an hour`, `8.5% annually`. A rate belongs to its figure
  /// and is no time (TimeML's guidelines count speeds among non-markables, and TimeBank marks
  /// few rates); a frequency (`twice a week`, `three times a year`) counts events and is a set.
  func closesQuantity(before i: Int) -> Bool {
    let j = i - 1
    guard j >= 0 else { return false }
    // A number, but not a year (`in 1998 weekly`) nor part of a date or time (`4/26/2022
    // weekly`, `10:35 weekly`); `$1.76 a year` is one.
    if tokens[j].kind == .number {
      return !hasOrdinalSuffix(j) && !(integer(j).map { isYear(at: j, $0) } ?? false) && (!isAttached(j) || isCurrencySign(j - 1))
    }
    if isPunct(j, "%") || isWord(j, .percent) || DateScanner.scalesAfterArticle.contains(id(j)) { return true }
    // A counted plural: `four flights`, `10,000 units`, `24 hours`; not `three times` (a
    // frequency), nor `21 previous` (a date-lexicon word must name counted things).
    guard j >= 1, tokens[j].kind == .word, !isWord(j, .times), lower[j].hasSuffix("s"), !DateScanner.wordsEndingInS.contains(lower[j]),
      ids[j] == nil || DateScanner.countedThings.contains(ids[j]) || isWord(j, of: .unit)
    else { return false }
    if tokens[j - 1].kind == .number { return !hasOrdinalSuffix(j - 1) && !isAttached(j - 1) }
    guard classes[j - 1].contains(.numberStart), let reading = NumberWords.read(tokenTexts, from: j - 1) else { return false }
    return !reading.isOrdinal && reading.endIndex == j
  }

  /// Frequent words that end in `s` and are no plural noun (`21 was weekly`).
  static let wordsEndingInS: Set<String> = ["was", "has", "is", "this", "his", "its", "as", "us", "less", "plus", "previous", "various", "does", "says"]

  /// Whether token `k` is a currency sign (`$`, `£`, `€`; a punctuation token is one code point).
  private func isCurrencySign(_ k: Int) -> Bool {
    k >= 0 && tokens[k].kind == .punct && firstScalar(k).map { "$£€¥".unicodeScalars.contains($0) } == true
  }

  /// A date `amount` units before or after the publication date (`five days ago`).
  private func offset(_ amount: Double?, _ unit: DateLexicon.Unit, direction: Int, end: Int) -> DateMatch? {
    // `half a century ago`, `a year and a half ago`: a part of a unit, counted in the next
    // smaller unit in which it is whole (50 years, 18 months).
    if let amount, amount != amount.rounded(), let (smaller, factor) = DateScanner.wholeParts[unit.granularity],
      (amount * factor).rounded() == amount * factor, let smallerUnit = DateLexicon.units[smaller]
    {
      return offset(amount * factor * Double(unit.multiple), smallerUnit, direction: direction, end: end)
    }
    guard let amount, amount == amount.rounded(), !unit.isTime else {
      return DateMatch(end: end, type: .date, value: direction < 0 ? "PAST_REF" : "FUTURE_REF", anchor: .absolute)
    }
    // `a million years ago` lies before year 1: no four-digit TIMEX3 year writes it.
    guard TimexFormat.writableYears.contains(DateScanner.yearsMoved(by: amount * Double(direction), unit.granularity, from: published))
    else {
      return DateMatch(end: end, type: .date, value: direction < 0 ? "PAST_REF" : "FUTURE_REF", anchor: .absolute)
    }
    let n = Int(amount) * direction * unit.multiple
    // `six weeks ago` is a week: TIMEX3 writes a value at the granularity of its unit, as
    // `last week` is the ISO week seven days back.
    if unit.granularity == .week {
      return relative(end, placeholder: "XXXX-WXX") { TimexFormat.week($0.adding(days: 7 * n)) }
    }
    if unit.granularity == .year, n == -1, let q = lastQuarter {
      return DateMatch(end: end, type: .date, value: yearBefore(q, at: end - 3), anchor: .publication)
    }
    if unit.granularity == .year, abs(n) == 1, let q = lastQuarter {
      return DateMatch(end: end, type: .date, value: TimexFormat.quarter(q.year + n, q.quarter), anchor: .publication)
    }
    return relative(end, placeholder: DateScanner.placeholder(unit.granularity)) { shifted($0, by: n, unit.granularity) }
  }

  /// `a week from today`, `two weeks from Monday`, `a month from Feb. 24`: the day `amount`
  /// units after the day written at `k` (a weekday there is the next one, or the publication
  /// day itself: the phrase looks ahead); before it for a negative `amount` (`ago today`).
  /// Nothing for a unit of the clock or a part of one.
  private func dayCounted(_ amount: Double?, _ unit: DateLexicon.Unit, from k: Int) -> DateMatch? {
    guard let amount, amount == amount.rounded(), abs(amount) < 10_000, !unit.isTime else { return nil }
    let n = Int(amount) * unit.multiple
    func moved(_ d: CalendarDate) -> CalendarDate? {
      switch unit.granularity {
      case .day: return d.adding(days: n)
      case .week: return d.adding(days: 7 * n)
      case .month: return d.adding(months: n)
      case .quarter: return d.adding(months: 3 * n)
      case .year: return d.adding(months: 12 * n)
      case .decade: return d.adding(months: 120 * n)
      case .century: return d.adding(months: 1200 * n)
      case .second, .minute, .hour: return nil
      }
    }
    func written(_ d: CalendarDate) -> String? {
      moved(d).flatMap { TimexFormat.writableYears.contains(Double($0.year)) ? $0.iso : nil }
    }
    if isWord(k, of: .weekday), isCapitalized(k), let day = DateLexicon.weekdays[lower[k]] {
      return relative(k + 1, placeholder: "XXXX-XX-XX") { p in written(p.adding(days: (day - p.weekday + 7) % 7)) }
    }
    guard k < tokens.count, isWord(k, of: .deictic) || isWord(k, of: .month), let day = writtenDay(after: k), day.end > k,
      day.value.utf8.count == 10
    else { return nil }
    guard let date = CalendarDate(iso: day.value) else {
      return DateMatch(end: day.end, type: .date, value: "XXXX-XX-XX", anchor: .unresolved)
    }
    guard let target = written(date) else { return nil }
    return DateMatch(end: day.end, type: .date, value: target, anchor: day.anchor)
  }

  /// The smaller unit a part of a unit is counted in, and how many of it make one.
  /// (A month has no whole number of days, nor a day of calendar units.)
  static let wholeParts: [DateLexicon.Granularity: (String, Double)] = [
    .century: ("year", 100), .decade: ("year", 10), .year: ("month", 12), .quarter: ("month", 3), .week: ("day", 7),
  ]

  /// About the year `amount` units from `published` falls in (from year 2000 without a
  /// publication date), to tell whether a four-digit TIMEX3 year can write it.
  static func yearsMoved(by amount: Double, _ granularity: DateLexicon.Granularity, from published: CalendarDate?) -> Double {
    let unitYears: Double
    switch granularity {
    case .second, .minute, .hour: unitYears = 0
    case .day: unitYears = 1 / 365.2425
    case .week: unitYears = 7 / 365.2425
    case .month: unitYears = 1 / 12
    case .quarter: unitYears = 1 / 4
    case .year: unitYears = 1
    case .decade: unitYears = 10
    case .century: unitYears = 100
    }
    return Double(published?.year ?? 2000) + amount * unitYears
  }

  /// `months`, `years`, `for weeks`, `recent days`, `hours later`: a plural unit alone is a
  /// vague duration (`days later` measures from an event, as `three days later` does).
  private func bareUnits(at i: Int) -> DateMatch? {
    guard isWord(i, of: .unit), let w = word(i), let unit = DateLexicon.units[w], DateLexicon.isPlural(w) else { return nil }
    // `just months ago`, `Years ago,`: some time back, as `a few years ago` (not `the years
    // ago`, nor a count's unit, which `quantity` reads).
    if isWord(i + 1, .ago), !isWord(i - 1, .the), i == 0 || tokens[i - 1].kind != .number {
      return DateMatch(end: i + 2, type: .date, value: "PAST_REF", anchor: .absolute)
    }
    guard isWord(i - 1, of: .bareUnitCue) || isWord(i + 1, .later) || isWord(i + 1, .earlier) else {
      return nil
    }
    if isWord(i + 1, .ago) { return nil }
    // `the last days of the Soviet Union` is no span of days.
    if isWord(i - 1, .last), isWord(i - 2, .the), isWord(i + 1, .of) { return nil }
    // `within weeks or months`: one vague span, in its smaller unit (as TimeBank writes it).
    if isWord(i + 1, .or), let other = word(i + 2), DateLexicon.isPlural(other), let larger = DateLexicon.units[other],
      larger.granularity > unit.granularity
    {
      return DateMatch(end: i + 3, type: .duration, value: TimexFormat.duration(nil, unit), anchor: .absolute)
    }
    return DateMatch(end: i + 1, type: .duration, value: TimexFormat.duration(nil, unit), anchor: .absolute)
  }
}
