/// Day counts of known events, dates after publication stated as past, and dates
/// implausibly far from publication; and the event facts the batch compares.
struct DateChecks {
  var patterns: AuditPatterns
  var events: EventTable

  func findings(_ extraction: ArticleExtraction, scalars: [Unicode.Scalar]) -> [AuditFinding] {
    guard let published = extraction.article.published else { return [] }
    var out: [AuditFinding] = []
    for count in dayCounts(extraction, scalars: scalars) {
      let expected = count.event.start.days(to: published) + 1
      guard abs(expected - count.day) > patterns.limits.dayCountTolerance else { continue }
      let off = count.day - expected
      out.append(
        AuditFinding(
          rule: .dayCount,
          message: "`\(count.figure.text)` of \(count.event.name) (begun \(count.event.start.iso)) is off by \(abs(off)) "
            + "day\(abs(off) == 1 ? "" : "s"): on the publication date \(published.iso) it was day \(expected); "
            + "check the count or the publication date.",
          start: count.figure.start, end: count.figure.end))
    }
    for date in extraction.dates where date.type == .date {
      guard let day = CalendarDate(iso: date.value) else {
        out += farYear(date, published: published)
        continue
      }
      if day > published {
        // The sentence without the date itself (`May 3` is no modal `may`).
        let bounds = AuditText.sentence(around: date.start, date.end, in: scalars)
        let sentence = (AuditText.string(scalars, bounds.lowerBound..<max(bounds.lowerBound, date.start)) + " "
          + AuditText.string(scalars, min(date.end, bounds.upperBound)..<bounds.upperBound)).lowercased()
        let isFuture = patterns.futureWords.contains { AuditText.containsWord($0, in: sentence) }
        let isPast = patterns.pastWords.contains { AuditText.containsWord($0, in: sentence) }
        if isPast && !isFuture {
          out.append(
            AuditFinding(
              rule: .futureDateAsPast,
              message: "`\(date.text)` (\(day.iso)) is after the publication date \(published.iso) but the sentence "
                + "states it as past; check the date or the publication date.",
              start: date.start, end: date.end))
          continue
        }
      }
      out += farYear(date, published: published)
    }
    return out
  }

  private func farYear(_ date: DateItem, published: CalendarDate) -> [AuditFinding] {
    let digits = date.value.prefix(4)
    guard digits.count == 4, let year = Int(digits) else { return [] }
    let limits = patterns.limits
    let distance = year - published.year
    guard distance > limits.farFutureYears || -distance > limits.farPastYears else { return [] }
    return [
      AuditFinding(
        rule: .farDate,
        message: "`\(date.text)` (\(date.value)) is \(abs(distance)) years \(distance > 0 ? "after" : "before") the "
          + "publication date \(published.iso); check for a typo.",
        start: date.start, end: date.end)
    ]
  }

  // MARK: - Day counts and facts

  struct DayCount {
    var figure: FigureItem
    var day: Int
    var event: EventTable.Event
  }

  /// Figures that count the days of a known event (`day 61`, `its 58th day`).
  func dayCounts(_ extraction: ArticleExtraction, scalars: [Unicode.Scalar]) -> [DayCount] {
    var out: [DayCount] = []
    let text = extraction.article.text
    for figure in extraction.figures {
      guard let unit = figure.unit?.lowercased(), unit == "day" || unit == "days",
        figure.kind == .ordinal || figure.text.lowercased().hasPrefix("day"), figure.mod == nil,
        figure.value >= 1, figure.value < 100_000, figure.value == figure.value.rounded()
      else { continue }
      let sentence = AuditText.string(scalars, AuditText.sentence(around: figure.start, figure.end, in: scalars))
      guard let (event, _) = events.event(inSentence: sentence, articleText: text, on: extraction.article.published)
      else { continue }
      out.append(DayCount(figure: figure, day: Int(figure.value), event: event))
    }
    return out
  }

  /// Whether a date is the start of something: right after `began (on)`, `started (on)`,
  /// `launched (on)`, `invaded (on)`, `since`, or right before `invasion`, `war`,
  /// `offensive` (`its Feb. 24 invasion`). A date elsewhere in the sentence is not.
  private func statesStart(_ date: DateItem, bounds: Range<Int>, scalars: [Unicode.Scalar]) -> Bool {
    let before = AuditText.string(scalars, bounds.lowerBound..<max(bounds.lowerBound, date.start)).lowercased()
    let after = AuditText.string(scalars, min(date.end, bounds.upperBound)..<bounds.upperBound).lowercased()
    let beforeWords = before.split(whereSeparator: { !$0.isLetter }).suffix(2).map(String.init)
    let starts: Set<String> = ["began", "begun", "started", "launched", "invaded", "since"]
    if let last = beforeWords.last, starts.contains(last) { return true }
    if beforeWords.count == 2, starts.contains(beforeWords[0]), ["on", "in"].contains(beforeWords[1]) { return true }
    let next = after.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
    return ["invasion", "war", "offensive", "attack", "assault"].contains(next)
      && after.hasPrefix(" ")
  }

  /// The statements of known events' starts: day counts (with a publication date) and
  /// dates in a sentence that names the event and says it began.
  func facts(_ extraction: ArticleExtraction, scalars: [Unicode.Scalar]) -> [ArticleSummary.Fact] {
    var out: [ArticleSummary.Fact] = []
    let published = extraction.article.published
    if let published {
      for count in dayCounts(extraction, scalars: scalars) {
        out.append(
          ArticleSummary.Fact(
            event: count.event.id, kind: .dayCount, impliedStart: published.adding(days: 1 - count.day).iso,
            text: count.figure.text, start: count.figure.start, end: count.figure.end))
      }
    }
    for date in extraction.dates where date.type == .date && date.value.count == 10 {
      let bounds = AuditText.sentence(around: date.start, date.end, in: scalars)
      let sentence = AuditText.string(scalars, bounds)
      guard statesStart(date, bounds: bounds, scalars: scalars),
        let (event, _) = events.event(inSentence: sentence, articleText: extraction.article.text, on: published)
      else { continue }
      // Only a date within a year of the event's start states when it began.
      if let day = CalendarDate(iso: date.value), abs(day.days(to: event.start)) > 366 { continue }
      out.append(
        ArticleSummary.Fact(
          event: event.id, kind: .startDate, impliedStart: date.value, text: date.text, start: date.start,
          end: date.end))
    }
    return out.sorted { ($0.start, $0.event) < ($1.start, $1.event) }
  }
}
