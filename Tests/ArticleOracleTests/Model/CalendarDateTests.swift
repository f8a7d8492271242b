import Foundation
import Testing

@testable import ArticleOracle

/// CalendarDate's arithmetic, parsing and on-disk form, against dates checked by hand.
@Suite("CalendarDate")
struct CalendarDateTests {
  static let validity: [(year: Int, month: Int, day: Int, valid: Bool)] = [
    (2024, 2, 29, true), (2023, 2, 29, false), (1900, 2, 29, false), (2000, 2, 29, true),
    (2022, 4, 31, false), (2022, 4, 30, true), (2022, 13, 1, false), (2022, 0, 1, false),
    (2022, 1, 0, false), (2022, 12, 31, true),
  ]

  @Test("A date exists only when the month has that day (leap years by the Gregorian rule)", arguments: validity)
  func validation(_ row: (year: Int, month: Int, day: Int, valid: Bool)) {
    #expect((CalendarDate(year: row.year, month: row.month, day: row.day) != nil) == row.valid)
  }

  @Test("The validation table is not empty")
  func tableNotEmpty() { #expect(!Self.validity.isEmpty && !Self.isoTexts.isEmpty) }

  static let isoTexts: [(text: String, iso: String?)] = [
    ("2022-04-26", "2022-04-26"), ("2022-04-26T10:00:00Z", "2022-04-26"), ("2022-04-26 10:00", "2022-04-26"),
    ("2022-04-26x", nil), ("2022-4-26", nil), ("2022-02-30", nil), ("20220426", nil), ("", nil), ("2022-0a-26", nil),
  ]

  @Test("YYYY-MM-DD parses, with an optional time part after T or a space; anything else is nil", arguments: isoTexts)
  func parsing(_ row: (text: String, iso: String?)) {
    #expect(CalendarDate(iso: row.text)?.iso == row.iso)
  }

  @Test("Day numbers count from 1970-01-01 and go back to negative numbers")
  func dayNumbers() throws {
    #expect(try #require(CalendarDate(year: 1970, month: 1, day: 1)).dayNumber == 0)
    #expect(try #require(CalendarDate(year: 1969, month: 12, day: 31)).dayNumber == -1)
    #expect(try #require(CalendarDate(year: 2000, month: 3, day: 1)).dayNumber == 11_017)
    #expect(CalendarDate(dayNumber: 11_016).iso == "2000-02-29")
  }

  @Test("Walking day by day from 1899 to 2101, the day number goes up by one and maps back to the same day")
  func dayByDay() throws {
    var date = try #require(CalendarDate(year: 1899, month: 12, day: 25))
    var number = date.dayNumber
    var steps = 0
    while date.year < 2101 {
      let next =
        CalendarDate(year: date.year, month: date.month, day: date.day + 1)
        ?? CalendarDate(year: date.year, month: date.month + 1, day: 1)
        ?? CalendarDate(year: date.year + 1, month: 1, day: 1)
      date = try #require(next)
      number += 1
      steps += 1
      guard date.dayNumber == number, CalendarDate(dayNumber: number) == date else {
        Issue.record("\(date.iso): day number \(date.dayNumber), expected \(number)")
        return
      }
    }
    #expect(steps > 73_000)
  }

  @Test("ISO weekdays (Monday 1 … Sunday 7) and ISO weeks across year ends")
  func weeks() throws {
    func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }
    #expect(try date("1970-01-01").weekday == 4)
    #expect(try date("2022-04-26").weekday == 2)
    #expect(try date("2000-01-01").weekday == 6)
    #expect(try date("1969-12-28").weekday == 7)
    #expect(try date("2022-04-26").isoWeek == (2022, 17))
    #expect(try date("2021-01-01").isoWeek == (2020, 53))
    #expect(try date("2024-12-30").isoWeek == (2025, 1))
    #expect(try date("2010-01-03").isoWeek == (2009, 53))
  }

  @Test("Adding months clamps the day to the target month; adding days rolls over; days(to:) counts")
  func arithmetic() throws {
    func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }
    #expect(try date("2024-01-31").adding(months: 1).iso == "2024-02-29")
    #expect(try date("2023-01-31").adding(months: 1).iso == "2023-02-28")
    #expect(try date("2022-03-31").adding(months: -1).iso == "2022-02-28")
    #expect(try date("2022-05-15").adding(months: -17).iso == "2020-12-15")
    #expect(try date("2022-12-31").adding(months: 2).iso == "2023-02-28")
    #expect(try date("2022-02-28").adding(days: 1).iso == "2022-03-01")
    #expect(try date("2022-01-01").days(to: date("2023-01-01")) == 365)
    #expect(try date("2022-01-01") < date("2022-01-02"))
  }

  @Test("On disk a date is one YYYY-MM-DD string (years padded to four digits); a day that does not exist is refused")
  func coding() throws {
    let date = try #require(CalendarDate(year: 99, month: 1, day: 2))
    #expect(String(decoding: try StableJSON.encodeLine([date]), as: UTF8.self) == #"["0099-01-02"]"#)
    #expect(try StableJSON.decode([CalendarDate].self, from: Data(#"["2022-04-26"]"#.utf8)) == [CalendarDate(year: 2022, month: 4, day: 26)])
    #expect(throws: DecodingError.self) { try StableJSON.decode([CalendarDate].self, from: Data(#"["2022-02-30"]"#.utf8)) }
  }
}
