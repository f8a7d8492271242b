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
    "Each kind of rule dates its day: fixed, weekday on or after, Western and Orthodox Easter",
    arguments: [
      ("christmas", 2022, "2022-12-25"), ("thanksgiving", 2022, "2022-11-24"), ("thanksgiving", 2018, "2018-11-22"),
      ("memorial-day", 2022, "2022-05-30"), ("labor-day", 2022, "2022-09-05"), ("martin-luther-king-day", 2022, "2022-01-17"),
      ("us-election-day", 2022, "2022-11-08"), ("us-election-day", 2020, "2020-11-03"), ("easter", 2022, "2022-04-17"),
      ("good-friday", 2022, "2022-04-15"), ("ash-wednesday", 2022, "2022-03-02"), ("orthodox-easter", 2022, "2022-04-24"),
      ("orthodox-easter", 2023, "2023-04-16"), ("victory-day", 2022, "2022-05-09"),
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
      ("- id: x\n    names: []\n    fixed: \"01-01\"", "at least one name"),
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
}
