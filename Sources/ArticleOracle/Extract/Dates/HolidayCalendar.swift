/// Holidays news dates by name, each computed for a given year: fixed days, Western and
/// Orthodox Easter (by the computus, not a table) and days tied to them.
enum Holiday: Hashable, Sendable {
  case christmas, christmasEve, newYearsDay, newYearsEve, thanksgiving
  case easter, goodFriday, easterMonday
  case orthodoxEaster
  /// The United States' general election day.
  case electionDay

  /// The day of the holiday in `year` (Gregorian calendar).
  func date(in year: Int) -> CalendarDate? {
    switch self {
    case .christmas: return CalendarDate(year: year, month: 12, day: 25)
    case .christmasEve: return CalendarDate(year: year, month: 12, day: 24)
    case .newYearsDay: return CalendarDate(year: year, month: 1, day: 1)
    case .newYearsEve: return CalendarDate(year: year, month: 12, day: 31)
    case .thanksgiving:
      // The fourth Thursday of November.
      guard let first = CalendarDate(year: year, month: 11, day: 1) else { return nil }
      let toThursday = (4 - first.weekday + 7) % 7
      return first.adding(days: toThursday + 21)
    case .easter: return Holiday.westernEaster(year)
    case .goodFriday: return Holiday.westernEaster(year)?.adding(days: -2)
    case .easterMonday: return Holiday.westernEaster(year)?.adding(days: 1)
    case .orthodoxEaster: return Holiday.orthodoxEaster(year)
    case .electionDay:
      // The Tuesday after the first Monday of November (November 2 to 8).
      guard let second = CalendarDate(year: year, month: 11, day: 2) else { return nil }
      return second.adding(days: (2 - second.weekday + 7) % 7)
    }
  }

  /// Month and day when the holiday has a fixed one (for placeholders without a year).
  var fixedMonthDay: (month: Int, day: Int)? {
    switch self {
    case .christmas: return (12, 25)
    case .christmasEve: return (12, 24)
    case .newYearsDay: return (1, 1)
    case .newYearsEve: return (12, 31)
    default: return nil
    }
  }

  /// Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  static func westernEaster(_ year: Int) -> CalendarDate? {
    let a = year % 19, b = year / 100, c = year % 100
    let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CalendarDate(year: year, month: month, day: day)
  }

  /// Orthodox Easter Sunday: Meeus's Julian algorithm, converted to the Gregorian calendar.
  static func orthodoxEaster(_ year: Int) -> CalendarDate? {
    let a = year % 4, b = year % 7, c = year % 19
    let d = (19 * c + 15) % 30
    let e = (2 * a + 4 * b - d + 34) % 7
    let month = (d + e + 114) / 31
    let day = (d + e + 114) % 31 + 1
    // Julian date to Gregorian: add the calendars' difference for that century.
    let difference = year / 100 - year / 400 - 2
    return CalendarDate(year: year, month: month, day: day)?.adding(days: difference)
  }
}
