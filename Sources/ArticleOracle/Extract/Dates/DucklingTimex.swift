/// Converting Duckling's time and duration values to TIMEX3, and comparing durations by
/// amount. See docs/dates.md, "Evaluation on Duckling's corpora".
public enum DucklingTimex {
  /// A Duckling value that has no TIMEX3 form here; the message names what is wrong.
  public enum ConversionError: Error, Hashable, Sendable, CustomStringConvertible {
    case badDatetime(String)
    case unknownGrain(String)
    case unknownUnit(String)
    case missingField(String, of: String)

    static func missing(_ field: String, of what: String) -> ConversionError { .missingField(field, of: what) }

    public var description: String {
      switch self {
      case .badDatetime(let v): return "value \"\(v)\" is not a local ISO datetime YYYY-MM-DDTHH:MM:SS"
      case .unknownGrain(let g): return "grain \"\(g)\" is not one of second, minute, hour, day, week, month, quarter, year"
      case .unknownUnit(let u): return "unit \"\(u)\" is not one of second, minute, hour, day, week, month, quarter, year"
      case .missingField(let field, let what): return "\(what) needs \(field)"
      }
    }
  }

  // MARK: - Instants

  /// The TIMEX3 value of a Duckling instant (a local datetime) at its grain: `2013`,
  /// `2013-Q1`, `2013-02`, `2013-W07` (the ISO week of the date), `2013-02-15`,
  /// `2013-02-12T15`, `2013-02-12T15:20`, `2013-02-12T15:23:24`. A year before the common
  /// era (`-2014-…`) is written `BC2014`.
  public static func instant(_ value: String, grain: String) throws(ConversionError) -> String {
    var text = Substring(value)
    let isBC = text.first == "-"
    if isBC { text = text.dropFirst() }
    let fields = text.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == ":" || $0 == "." })
    guard fields.count >= 6, fields.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]), let date = CalendarDate(year: y, month: m, day: d)
    else { throw .badDatetime(value) }
    let year = (isBC ? "BC" : "") + TimexFormat.year(y)
    let day = year + "-" + TimexFormat.pad(m, 2) + "-" + TimexFormat.pad(d, 2)
    let (hh, mm, ss) = (fields[3], fields[4], fields[5])
    switch grain {
    case "year": return year
    case "quarter": return year + "-Q\(TimexFormat.quarterOf(month: m))"
    case "month": return year + "-" + TimexFormat.pad(m, 2)
    case "week":
      let week = date.isoWeek
      return (isBC ? "BC" : "") + TimexFormat.year(week.year) + "-W" + TimexFormat.pad(week.week, 2)
    case "day": return day
    case "hour": return "\(day)T\(hh)"
    case "minute": return "\(day)T\(hh):\(mm)"
    case "second": return "\(day)T\(hh):\(mm):\(ss)"
    default: throw .unknownGrain(grain)
    }
  }

  /// Whether an extracted value is the expected instant: equal, or, for an hour, written
  /// with zero minutes (`2013-02-12T15:00` for `2013-02-12T15`).
  public static func sameInstant(_ system: String, _ expected: String) -> Bool {
    system == expected || (isHourValue(expected) && system == expected + ":00")
  }

  private static func isHourValue(_ value: String) -> Bool {
    guard let t = value.lastIndex(of: "T") else { return false }
    let hour = value[value.index(after: t)...]
    return hour.count == 2 && hour.allSatisfy(\.isNumber)
  }

  // MARK: - Durations

  /// The TIMEX3 value of a Duckling duration: `P2D`, `PT90M`, `P1.5M`; a quarter is written
  /// as three months (`3 quarters` is `P9M`), since TIMEX3 has no quarter unit.
  public static func duration(_ amount: Double, unit: String) throws(ConversionError) -> String {
    let (prefix, letter, factor): (String, String, Double)
    switch unit {
    case "second": (prefix, letter, factor) = ("PT", "S", 1)
    case "minute": (prefix, letter, factor) = ("PT", "M", 1)
    case "hour": (prefix, letter, factor) = ("PT", "H", 1)
    case "day": (prefix, letter, factor) = ("P", "D", 1)
    case "week": (prefix, letter, factor) = ("P", "W", 1)
    case "month": (prefix, letter, factor) = ("P", "M", 1)
    case "quarter": (prefix, letter, factor) = ("P", "M", 3)
    case "year": (prefix, letter, factor) = ("P", "Y", 1)
    default: throw .unknownUnit(unit)
    }
    return prefix + number(amount * factor) + letter
  }

  private static func number(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
    return String(x)
  }

  /// Seconds in each TIMEX3 duration unit, on one scale: a day of 24 hours, a week of 7
  /// days, a month of 30 days, a quarter of 3 months, a year of 12 months (360 days), a
  /// decade, century and millennium of 10, 100 and 1,000 such years.
  static let dateUnitSeconds: [Character: Double] = [
    "D": 86_400, "W": 7 * 86_400, "M": 30 * 86_400, "Q": 90 * 86_400, "Y": 360 * 86_400,
    "E": 3_600 * 86_400, "C": 36_000 * 86_400, "L": 360_000 * 86_400,
  ]
  static let timeUnitSeconds: [Character: Double] = ["H": 3_600, "M": 60, "S": 1]

  /// The amount of a TIMEX3 duration in seconds on the scale of `dateUnitSeconds`, or nil
  /// when it is not a duration with numbers (`PXY`, `P2022`, a date).
  public static func seconds(of value: String) -> Double? {
    guard value.first == "P" else { return nil }
    var total = 0.0, number = "", inTime = false, sawUnit = false
    for c in value.dropFirst() {
      if c == "T", number.isEmpty, !inTime {
        inTime = true
      } else if c.isNumber || c == "." {
        number.append(c)
      } else {
        guard let amount = Double(number), let unit = (inTime ? timeUnitSeconds : dateUnitSeconds)[c] else { return nil }
        total += amount * unit
        number = ""
        sawUnit = true
      }
    }
    return number.isEmpty && sawUnit ? total : nil
  }

  /// Whether two TIMEX3 durations are the same amount (`PT1H30M` = `PT90M`, `P1.5M` =
  /// `P45D`); values that are not numeric durations are compared as written.
  public static func sameDuration(_ a: String, _ b: String) -> Bool {
    guard let x = seconds(of: a), let y = seconds(of: b) else { return a == b }
    return abs(x - y) <= 1e-9 * max(1, abs(y))
  }
}
