import Foundation
import Yams

/// Named days news dates by name alone, read from `Resources/date-holidays.yaml` (curated
/// data): each day's names and its rule, a fixed day, a weekday on or after a day, a
/// number of days from Western or Orthodox Easter (computed by the computus, not tabled),
/// or a day of the Chinese, Hebrew or Islamic calendar (converted by Foundation's calendars).
public struct HolidayCalendar: Sendable {
  /// One named day and the rule that dates it in any year.
  public struct Day: Hashable, Sendable {
    public var id: String
    var rule: Rule
    /// Lower-case words that make a name before which mean another day (`Lunar New Year`).
    var notAfter: Set<String>
    /// Whether the name means a month-long period dated by the Gregorian month it begins in
    /// (`Ramadan` → `2024-03`), not by its first day.
    var isMonthLong = false

    /// The day in `year` (Gregorian calendar).
    public func date(in year: Int) -> CalendarDate? {
      switch rule {
      case .fixed(let month, let day):
        return CalendarDate(year: year, month: month, day: day)
      case .weekdayOnOrAfter(let weekday, let month, let day):
        guard let from = CalendarDate(year: year, month: month, day: day) else { return nil }
        return from.adding(days: (weekday - from.weekday + 7) % 7)
      case .easter(let orthodox, let offset):
        return (orthodox ? HolidayCalendar.orthodoxEaster(year) : HolidayCalendar.westernEaster(year))?.adding(days: offset)
      case .lunar(let calendar, let month, let day):
        return calendar.gregorianDay(month: month, day: day, in: year)
      }
    }

    /// Month and day when the day has a fixed one (for placeholders without a year).
    var fixedMonthDay: (month: Int, day: Int)? {
      if case .fixed(let month, let day) = rule { return (month, day) }
      return nil
    }
  }

  enum Rule: Hashable, Sendable {
    case fixed(month: Int, day: Int)
    /// The first `weekday` (ISO, Monday 1) on or after `month`-`day`.
    case weekdayOnOrAfter(weekday: Int, month: Int, day: Int)
    case easter(orthodox: Bool, offset: Int)
    /// `month`-`day` of another calendar, in the year of that calendar that puts it in the
    /// Gregorian year asked for (the first, when two do).
    case lunar(LunarCalendar, month: Int, day: Int)
  }

  /// The calendars whose days news names by their own dates: the Chinese (Lunar New Year),
  /// the Hebrew (Passover; months counted from Tishri, Adar II is 7 and Nisan 8 in every
  /// year) and the Islamic (Eid al-Fitr; Umm al-Qura, the Saudi reckoning: a country that
  /// sights the moon may keep the day one day off).
  enum LunarCalendar: String, Hashable, Sendable, CaseIterable {
    case chinese, hebrew, islamic

    private var calendar: Calendar {
      switch self {
      case .chinese: return LunarCalendar.chineseCalendar
      case .hebrew: return LunarCalendar.hebrewCalendar
      case .islamic: return LunarCalendar.islamicCalendar
      }
    }

    // (Made once: the conversion needs no locale, and noon UTC keeps every day whole.)
    private static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!
    private static func make(_ id: Calendar.Identifier) -> Calendar {
      var calendar = Calendar(identifier: id)
      calendar.timeZone = utc
      return calendar
    }
    private static let gregorian = make(.gregorian)
    private static let chineseCalendar = make(.chinese)
    private static let hebrewCalendar = make(.hebrew)
    private static let islamicCalendar = make(.islamicUmmAlQura)

    /// The Gregorian day of `month`-`day` of this calendar that falls in `year`, if any.
    func gregorianDay(month: Int, day: Int, in year: Int) -> CalendarDate? {
      let g = LunarCalendar.gregorian, own = calendar
      // The years of this calendar that the Gregorian year overlaps: the one it starts in and
      // the one it ends in.
      var years: [DateComponents] = []
      for (m, d) in [(1, 1), (12, 31)] {
        guard let date = g.date(from: DateComponents(year: year, month: m, day: d, hour: 12)) else { return nil }
        let ownYear = own.dateComponents([.era, .year], from: date)
        if !years.contains(ownYear) { years.append(ownYear) }
      }
      for var components in years {
        (components.month, components.day, components.hour) = (month, day, 12)
        guard let date = own.date(from: components) else { continue }
        // (Foundation rolls a day past a month's end into the next month: check it stayed.)
        guard own.component(.day, from: date) == day else { continue }
        let greg = g.dateComponents([.year, .month, .day], from: date)
        if greg.year == year, let m = greg.month, let d = greg.day { return CalendarDate(year: year, month: m, day: d) }
      }
      return nil
    }
  }

  /// A name as tokens: lower-case words (and whether the text must capitalize them) and
  /// punctuation (`'` of `New Year's`).
  struct Name: Sendable {
    struct Part: Sendable {
      var text: String
      var isWord: Bool
      var capitalized: Bool
    }
    var parts: [Part]
    var day: Int
  }

  public let days: [Day]
  /// Names by their first word in lower case, longest first.
  let namesByFirstWord: [String: [Name]]

  /// Every name's first word in lower case (the date scanner starts a match there).
  var firstWords: Set<String> { Set(namesByFirstWord.keys) }
  /// Whether some name starts with a word the text need not capitalize.
  let hasLowerCaseFirstWord: Bool

  /// Reads a holiday file. Throws naming the file, the day and the problem.
  public init(yaml: String, file: String = "date-holidays.yaml") throws(DataFileError) {
    let decoded: HolidayFile
    do {
      decoded = try YAMLDecoder().decode(HolidayFile.self, from: yaml)
    } catch {
      throw DataFileError(file: file, problem: "not a valid holiday file: \(error)")
    }
    guard decoded.version == 1 else {
      throw DataFileError(file: file, problem: "version \(decoded.version) is not supported (expected 1)")
    }
    var days: [Day] = []
    var names: [String: [Name]] = [:]
    var seenIDs: Set<String> = [], seenNames: [String: String] = [:]
    for entry in decoded.holidays {
      func problem(_ text: String) -> DataFileError { DataFileError(file: file, entry: entry.id, problem: text) }
      guard seenIDs.insert(entry.id).inserted else { throw problem("the id is used twice") }
      let rule = try entry.rule(problem)
      guard !entry.names.isEmpty else { throw problem("give at least one name") }
      for written in entry.names {
        let parts = Tokenizer.tokens(written).map { token in
          Name.Part(
            text: token.kind == .word ? token.text.lowercased() : token.text.replacingOccurrences(of: "\u{2019}", with: "'"),
            isWord: token.kind == .word, capitalized: token.text.first?.isUppercase ?? false)
        }
        guard let first = parts.first, first.isWord else { throw problem("name \"\(written)\" must start with a word") }
        let key = parts.map(\.text).joined(separator: " ")
        if let other = seenNames[key] { throw problem("name \"\(written)\" is also a name of \(other)") }
        seenNames[key] = entry.id
        names[first.text, default: []].append(Name(parts: parts, day: days.count))
      }
      guard entry.lasts == nil || entry.lasts == "month" else {
        throw problem("lasts \"\(entry.lasts ?? "")\" must be month (or leave it out for a day)")
      }
      days.append(
        Day(id: entry.id, rule: rule, notAfter: Set((entry.notAfter ?? []).map { $0.lowercased() }), isMonthLong: entry.lasts == "month"))
    }
    self.days = days
    self.hasLowerCaseFirstWord = names.values.contains { $0.contains { !$0.parts[0].capitalized } }
    // Longest first, so `New Year's Eve` wins over `New Year`; ties keep the file's order.
    self.namesByFirstWord = names.mapValues { list in
      list.enumerated().sorted { ($0.element.parts.count, -$0.offset) > ($1.element.parts.count, -$1.offset) }.map(\.element)
    }
  }

  /// A calendar without days.
  static let empty = HolidayCalendar(days: [], namesByFirstWord: [:])

  private init(days: [Day], namesByFirstWord: [String: [Name]]) {
    self.days = days
    self.namesByFirstWord = namesByFirstWord
    self.hasLowerCaseFirstWord = false
  }

  /// The calendar shipped in the package.
  public static func bundled() throws(DataFileError) -> HolidayCalendar {
    try HolidayCalendar(yaml: String(decoding: try BundledResource.data("date-holidays.yaml"), as: UTF8.self))
  }

  /// Loaded once per process: the shipped file never changes while it runs.
  public static let shipped: Result<HolidayCalendar, DataFileError> = Result { () throws(DataFileError) in try bundled() }

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

/// The shape of `date-holidays.yaml`.
private struct HolidayFile: Decodable {
  var version: Int
  var holidays: [Entry]

  struct Entry: Decodable {
    var id: String
    var names: [String]
    var fixed: String?
    var weekday: String?
    var onOrAfter: String?
    var easter: String?
    var offset: Int?
    var calendar: String?
    var lunarDate: String?
    var notAfter: [String]?
    var lasts: String?

    enum CodingKeys: String, CodingKey {
      case id, names, fixed, weekday, easter, offset, calendar, lasts
      case onOrAfter = "on_or_after"
      case lunarDate = "lunar_date"
      case notAfter = "not_after"
    }

    func rule(_ problem: (String) -> DataFileError) throws(DataFileError) -> HolidayCalendar.Rule {
      func monthDay(_ text: String, _ field: String) throws(DataFileError) -> (Int, Int) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), CalendarDate(year: 2000, month: m, day: d) != nil else {
          throw problem("\(field) \"\(text)\" is not a day of the year written MM-DD")
        }
        return (m, d)
      }
      let given = [fixed != nil, weekday != nil || onOrAfter != nil, easter != nil || offset != nil, calendar != nil || lunarDate != nil]
        .filter { $0 }.count
      guard given == 1 else {
        throw problem("give exactly one rule: fixed, weekday with on_or_after, easter with offset, or calendar with lunar_date")
      }
      if calendar != nil || lunarDate != nil {
        let names = HolidayCalendar.LunarCalendar.allCases.map(\.rawValue).joined(separator: ", ")
        guard let calendar, let lunar = HolidayCalendar.LunarCalendar(rawValue: calendar) else {
          throw problem("calendar \"\(calendar ?? "")\" is not one of \(names)")
        }
        guard let lunarDate else { throw problem("a calendar rule needs lunar_date: \"MM-DD\" (that calendar's month and day)") }
        let parts = lunarDate.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...13).contains(m), (1...30).contains(d) else {
          throw problem("lunar_date \"\(lunarDate)\" is not a month (1-13) and day (1-30) written MM-DD")
        }
        return .lunar(lunar, month: m, day: d)
      }
      if let fixed {
        let (m, d) = try monthDay(fixed, "fixed")
        return .fixed(month: m, day: d)
      }
      if weekday != nil || onOrAfter != nil {
        guard let weekday, let day = DateLexicon.weekdays[weekday.lowercased()] else {
          throw problem("weekday \"\(weekday ?? "")\" is not a day of the week (monday … sunday)")
        }
        guard let onOrAfter else { throw problem("a weekday rule needs on_or_after: \"MM-DD\"") }
        let (m, d) = try monthDay(onOrAfter, "on_or_after")
        return .weekdayOnOrAfter(weekday: day, month: m, day: d)
      }
      guard let easter, easter == "western" || easter == "orthodox" else {
        throw problem("easter \"\(easter ?? "")\" must be western or orthodox")
      }
      return .easter(orthodox: easter == "orthodox", offset: offset ?? 0)
    }
  }
}
