import Foundation
import Testing

@testable import ArticleOracle

/// Properties over random dates in 1990–2035, checked against Foundation's Gregorian
/// calendar as an independent oracle. The generator is seeded, so runs repeat.
@Suite("Date extractor properties")
struct DateExtractorPropertyTests {
  static let first = CalendarDate(year: 1990, month: 1, day: 1)!.dayNumber
  static let last = CalendarDate(year: 2035, month: 12, day: 31)!.dayNumber

  static func randomDate(_ g: inout SeededGenerator) -> CalendarDate {
    CalendarDate(dayNumber: Int.random(in: first...last, using: &g))
  }

  /// The oracle: Foundation's Gregorian calendar in UTC.
  static func oracle(_ date: CalendarDate, adding days: Int) throws -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
    let start = try #require(calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)))
    let moved = try #require(calendar.date(byAdding: .day, value: days, to: start))
    let c = calendar.dateComponents([.year, .month, .day], from: moved)
    return try #require(CalendarDate(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0)).iso
  }

  static let numberWords = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
  ]

  @Test("N days ago is the day N days before publication, across month and year ends")
  func daysAgo() throws {
    var g = SeededGenerator(state: 1990)
    for _ in 0..<400 {
      let published = Self.randomDate(&g)
      let n = Int.random(in: 1...400, using: &g)
      let items = DateExtractor().extract(from: "It happened \(n) days ago.", published: published)
      #expect(items.map(\.value) == [try Self.oracle(published, adding: -n)], "\(n) days before \(published)")
    }
  }

  @Test("Days written in words, ago and from now, match the calendar")
  func daysInWords() throws {
    var g = SeededGenerator(state: 2035)
    for _ in 0..<300 {
      let published = Self.randomDate(&g)
      let n = Int.random(in: 1...20, using: &g)
      let word = Self.numberWords[n - 1]
      let ago = DateExtractor().extract(from: "It began \(word) days ago.", published: published)
      #expect(ago.map(\.value) == [try Self.oracle(published, adding: -n)])
      let ahead = DateExtractor().extract(from: "It ends \(word) days from now.", published: published)
      #expect(ahead.map(\.value) == [try Self.oracle(published, adding: n)])
    }
  }

  @Test("Yesterday and tomorrow are the neighbouring days")
  func neighbours() throws {
    var g = SeededGenerator(state: 7)
    for _ in 0..<300 {
      let published = Self.randomDate(&g)
      let items = DateExtractor().extract(from: "He came yesterday and leaves tomorrow.", published: published)
      #expect(items.map(\.value) == [try Self.oracle(published, adding: -1), try Self.oracle(published, adding: 1)])
    }
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  static let monthAbbreviations = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
  ]
  static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// The date written in each form news uses.
  static func renderings(_ d: CalendarDate) -> [String] {
    let month = monthNames[d.month - 1]
    let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
    return [
      "\(month) \(d.day), \(d.year)",
      "\(d.day) \(month) \(d.year)",
      "\(monthAbbreviations[d.month - 1]) \(d.day), \(d.year)",
      "\(d.year)-\(pad(d.month))-\(pad(d.day))",
      "\(d.month)/\(d.day)/\(d.year)",
      "\(weekdayNames[d.weekday - 1]), \(month) \(d.day), \(d.year)",
      // Without the abbreviation's period, day-first ordinals, a weekday before a day-first date.
      "\(monthAbbreviations[d.month - 1].replacingOccurrences(of: ".", with: "")) \(d.day), \(d.year)",
      "\(d.day)\(ordinalSuffix(d.day)) \(month) \(d.year)",
      "\(weekdayNames[d.weekday - 1]) \(d.day) \(month) \(d.year)",
      // European sources: day first with periods.
      "\(pad(d.day)).\(pad(d.month)).\(d.year)",
    ]
  }

  static func ordinalSuffix(_ n: Int) -> String {
    if (11...13).contains(n % 100) { return "th" }
    switch n % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }

  @Test("A date rendered in each written form is extracted back, whole")
  func roundTrip() {
    var g = SeededGenerator(state: 42)
    for _ in 0..<300 {
      let date = Self.randomDate(&g)
      let published = Self.randomDate(&g)
      for written in Self.renderings(date) {
        let text = "The agreement was signed on \(written) in Geneva."
        let items = DateExtractor().extract(from: text, published: published)
        #expect(items.map(\.value) == [date.iso], "\(written)")
        #expect(items.map(\.text) == [written])
      }
    }
  }

  static let soup = [
    "the", "last", "next", "this", "week", "weeks", "year", "years", "ago", "later", "earlier", "early", "late",
    "mid", "-", "nearly", "more", "than", "at", "least", "about", "every", "Monday", "Friday", "April", "May",
    "Feb", ".", ",", "Sept", "26", "2022", "1990", "s", "'", "80", "3", "/", "12", ":", "30", "a", "m", "p",
    "Easter", "Orthodox", "Christmas", "New", "Year", "'s", "Day", "weekend", "quarter", "third", "fiscal",
    "half", "1/2", "and", "two", "twenty", "nineteen", "ninety", "trillion", "999999999", "days", "day", "of",
    "in", "will", "said", "now", "recent", "coming", "past", "first", "nine", "months", "noon", "tonight",
    "summer", "58", "th", "old", "year-end", "that", "following", "current", "century", "20",
    "fortnight", "overnight", "daily", "between", "to", "GMT", "0800", "26.04.2022", "previous", "before", "after",
    "on", "28", "st", "Tuesday", "final", "heads", "takes", "place", "midnight", "Daily", "every", "10", "minutes",
    // Words of the 1.5.0 rules (a text may end right after any of them).
    "local", "time", "(", ")", "FY", "23", "hours", "small", "weekends", "bi", "weekly", "Pentecost", "Mardi", "Gras",
    "second", "Sunday", "game", "today", "world", "tomorrow", "leaders", "begin", "hopes", "one", "as", "this",
  ]

  @Test("Any sequence of date words gives ordered, non-overlapping items whose text is their span")
  func wordSoup() {
    var g = SeededGenerator(state: 99)
    for round in 0..<3000 {
      let count = Int.random(in: 1...25, using: &g)
      let words = (0..<count).map { _ in Self.soup[Int.random(in: 0..<Self.soup.count, using: &g)] }
      let text = words.joined(separator: Bool.random(using: &g) ? " " : "")
      let published = round % 3 == 0 ? nil : Self.randomDate(&g)
      let items = DateExtractor().extract(from: text, published: published)
      let scalars = Array(text.unicodeScalars)
      var previousEnd = 0
      for item in items {
        #expect(item.start >= previousEnd && item.start < item.end && item.end <= scalars.count, "\(text)")
        if item.start >= 0, item.end <= scalars.count, item.start < item.end {
          #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text)
        }
        if published == nil { #expect(item.anchor != .publication, "\(text)") }
        previousEnd = item.end
      }
    }
  }

  @Test("A weekday is within six days of publication, on the side its tense says")
  func weekdaySide() {
    var g = SeededGenerator(state: 3)
    for _ in 0..<300 {
      let published = Self.randomDate(&g)
      let day = Int.random(in: 1...7, using: &g)
      let name = Self.weekdayNames[day - 1]
      let past = DateExtractor().extract(from: "He arrived on \(name).", published: published)
      let future = DateExtractor().extract(from: "He will arrive on \(name).", published: published)
      guard let p = past.first.flatMap({ CalendarDate(iso: $0.value) }), let f = future.first.flatMap({ CalendarDate(iso: $0.value) }) else {
        Issue.record("no weekday found for \(name) at \(published)")
        continue
      }
      #expect(p.weekday == day && f.weekday == day)
      #expect((-6...0).contains(published.days(to: p)))
      #expect((0...6).contains(published.days(to: f)))
    }
  }
}
