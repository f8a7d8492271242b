import Testing

@testable import ArticleOracle

@Suite("Holiday calendar (date-holidays.yaml)")
struct HolidayCalendarTests {
  @Test("The shipped file loads and names every day it dates")
  func shipped() throws {
    let calendar = try HolidayCalendar.shipped.get()
    #expect(calendar.days.count >= 20)
    #expect(calendar.firstWords.isSuperset(of: ["christmas", "new", "good", "easter", "orthodox", "thanksgiving", "victory"]))
  }

  @Test(
    "Each kind of rule dates its day: fixed, weekday on or after, Western and Orthodox Easter, other calendars",
    arguments: [
      ("christmas", 2022, "2022-12-25"), ("thanksgiving", 2022, "2022-11-24"), ("thanksgiving", 2018, "2018-11-22"),
      ("memorial-day", 2022, "2022-05-30"), ("labor-day", 2022, "2022-09-05"), ("martin-luther-king-day", 2022, "2022-01-17"),
      ("us-election-day", 2022, "2022-11-08"), ("us-election-day", 2020, "2020-11-03"), ("easter", 2022, "2022-04-17"),
      ("good-friday", 2022, "2022-04-15"), ("ash-wednesday", 2022, "2022-03-02"), ("orthodox-easter", 2022, "2022-04-24"),
      ("orthodox-easter", 2023, "2023-04-16"), ("victory-day", 2022, "2022-05-09"),
      // Days of other calendars, converted by Foundation's: the Chinese New Year from late
      // January to mid-February, Hebrew days across a leap year (5784 has Adar II), Islamic
      // days about 11 days earlier each year.
      ("lunar-new-year", 2013, "2013-02-10"), ("lunar-new-year", 2014, "2014-01-31"), ("lunar-new-year", 2026, "2026-02-17"),
      ("mid-autumn-festival", 2024, "2024-09-17"), ("passover", 2024, "2024-04-23"), ("passover", 2025, "2025-04-13"),
      ("purim", 2024, "2024-03-24"), ("purim", 2025, "2025-03-14"), ("rosh-hashanah", 2024, "2024-10-03"),
      ("yom-kippur", 2023, "2023-09-25"), ("hanukkah", 2024, "2024-12-26"), ("eid-al-fitr", 2018, "2018-06-15"),
      ("eid-al-fitr", 2024, "2024-04-10"), ("eid-al-fitr", 2025, "2025-03-30"), ("eid-al-adha", 2024, "2024-06-16"),
      ("ramadan", 2021, "2021-04-13"), ("ramadan", 2024, "2024-03-11"),
    ])
  func rules(id: String, year: Int, expected: String) throws {
    let calendar = try HolidayCalendar.shipped.get()
    let day = try #require(calendar.days.first { $0.id == id })
    #expect(day.date(in: year)?.iso == expected)
  }

  @Test(
    "A broken entry is an error naming the file, the day and the problem",
    arguments: [
      ("- id: x\n    names: [X Day]\n    fixed: \"02-30\"", "is not a day of the year"),
      ("- id: x\n    names: [X Day]\n    fixed: \"01-01\"\n    easter: western", "exactly one rule"),
      ("- id: x\n    names: [X Day]\n    weekday: someday\n    on_or_after: \"01-01\"", "is not a day of the week"),
      ("- id: x\n    names: [X Day]\n    weekday: monday", "needs on_or_after"),
      ("- id: x\n    names: [X Day]\n    easter: julian", "western or orthodox"),
      ("- id: x\n    names: [X Day]\n    calendar: mayan\n    lunar_date: \"01-01\"", "is not one of chinese, hebrew, islamic"),
      ("- id: x\n    names: [X Day]\n    calendar: hebrew", "needs lunar_date"),
      ("- id: x\n    names: [X Day]\n    calendar: islamic\n    lunar_date: \"14-01\"", "is not a month (1-13) and day (1-30)"),
      ("- id: x\n    names: [X Day]\n    lunar_date: \"01-01\"\n    fixed: \"01-01\"", "exactly one rule"),
      ("- id: x\n    names: []\n    fixed: \"01-01\"", "at least one name"),
      ("- id: x\n    names: [X Day]\n    fixed: \"01-01\"\n    lasts: week", "must be month"),
      ("- id: x\n    names: [X Day]\n    fixed: \"01-01\"\n  - id: y\n    names: [x day]\n    fixed: \"01-02\"", "also a name of x"),
      ("- id: x\n    names: [X Day]\n    fixed: \"01-01\"\n  - id: x\n    names: [Y Day]\n    fixed: \"01-02\"", "used twice"),
    ])
  func invalid(entries: String, problem: String) {
    let yaml = "version: 1\nholidays:\n  " + entries + "\n"
    #expect {
      _ = try HolidayCalendar(yaml: yaml, file: "test-holidays.yaml")
    } throws: { error in
      let text = String(describing: error)
      return text.hasPrefix("test-holidays.yaml: ") && text.contains(problem)
    }
  }

  @Test("A calendar read from other data dates its own names")
  func ownData() throws {
    let calendar = try HolidayCalendar(yaml: "version: 1\nholidays:\n  - id: d\n    names: [\"Founders' Day\"]\n    weekday: friday\n    on_or_after: \"03-01\"\n")
    let day = try #require(calendar.days.first)
    #expect(day.date(in: 2024)?.iso == "2024-03-01")
    #expect(day.date(in: 2025)?.iso == "2025-03-07")
    #expect(calendar.firstWords == ["founders"])
  }

  @Test("A day of another calendar that a Gregorian year lacks gives no date, and a 30th that a month lacks none")
  func lunarGaps() throws {
    // 30 Heshvan exists only in some Hebrew years; Foundation would roll it into Kislev.
    let calendar = try HolidayCalendar(yaml: "version: 1\nholidays:\n  - id: d\n    names: [\"D Day\"]\n    calendar: hebrew\n    lunar_date: \"02-30\"\n")
    let day = try #require(calendar.days.first)
    let years = (2015...2030).map { day.date(in: $0) }
    #expect(years.contains(nil))
    #expect(years.compactMap { $0 }.allSatisfy { $0.month == 11 || $0.month == 12 })
  }
}
