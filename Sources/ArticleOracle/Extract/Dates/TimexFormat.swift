/// Writing TIMEX3 values: zero-padded fields, ISO weeks, quarters and durations.
enum TimexFormat {
  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  /// The years a TIMEX3 value writes with four digits (a margin of a year inside them).
  static let writableYears: ClosedRange<Double> = 2...9998

  static func year(_ y: Int) -> String { pad(y, 4) }
  static func month(_ y: Int, _ m: Int) -> String { "\(pad(y, 4))-\(pad(m, 2))" }
  static func day(_ d: CalendarDate) -> String { d.iso }
  static func week(_ d: CalendarDate) -> String {
    let w = d.isoWeek
    return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
  }
  static func quarter(_ y: Int, _ q: Int) -> String { "\(pad(y, 4))-Q\(q)" }

  /// A duration: `P9W`, `PT5H`, `P2Y6M` for two and a half years, `PXM` when `amount` is nil.
  static func duration(_ amount: Double?, _ unit: DateLexicon.Unit) -> String {
    let prefix = unit.isTime ? "PT" : "P"
    // A vague count of decades is `PXDE`, TIMEX3's decade unit (as HeidelTime and the news
    // annotators write it; TimeBank has no such item); a vague count of centuries stays
    // `PXC`, as TimeBank-dev writes one of its two.
    guard var amount else { return prefix + "X" + (unit.letter == "E" ? "DE" : unit.letter) }
    amount *= Double(unit.multiple)
    var unit = unit
    // TimeBank writes decades and centuries in years: `two decades` is P20Y.
    if unit.letter == "E" || unit.letter == "C" {
      amount *= unit.letter == "E" ? 10 : 100
      unit.letter = "Y"
    }
    let whole = amount.rounded(.down)
    let fraction = amount - whole
    let wholeText = String(Int(whole))
    if fraction == 0 { return prefix + wholeText + unit.letter }
    // A fraction that is whole in the next smaller unit is written in it: `half an hour` is
    // PT30M, `3/4 hour` PT45M, `two and a half years` P2Y6M (a zero whole part is left out).
    let w = whole == 0 ? "" : wholeText
    let smaller: (Double, String)? =
      switch (unit.letter, unit.isTime) {
      case ("Y", false): (12, "M")
      case ("D", false): (24, "TH")
      case ("H", true): (60, "M")
      case ("M", true): (60, "S")
      default: nil
      }
    if let (factor, letter) = smaller, case let parts = fraction * factor, parts == parts.rounded() {
      let head = w.isEmpty ? "" : w + unit.letter
      let part = String(Int(parts))
      // (Hours of a day go after `T`.)
      return letter == "TH" ? "P\(head)T\(part)H" : prefix + head + part + letter
    }
    var text = String(amount)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return prefix + text + unit.letter
  }

  /// Two durations of whole units, the second finer, as one (`P3Y` and `P6M` → `P3Y6M`,
  /// `PT1H` and `PT20M` → `PT1H20M`, `P2D` and `PT3H` → `P2DT3H`); nil unless both are plain.
  static func compoundDuration(_ first: String, _ second: String) -> String? {
    func parts(_ v: String) -> (isTime: Bool, body: Substring)? {
      let isTime = v.hasPrefix("PT")
      let body = v.dropFirst(isTime ? 2 : 1)
      // (Only digits before one unit letter: not `PXY`, `P1.5M`, `P2Y6M`.)
      guard body.count >= 2, body.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }), let last = body.last, last.isLetter else { return nil }
      return (isTime, body)
    }
    guard let a = parts(first), let b = parts(second) else { return nil }
    switch (a.isTime, b.isTime) {
    case (false, false): return "P\(a.body)\(b.body)"
    case (false, true): return "P\(a.body)T\(b.body)"
    case (true, true): return "PT\(a.body)\(b.body)"
    case (true, false): return nil
    }
  }

  /// The quarter (1–4) of a month.
  static func quarterOf(month: Int) -> Int { (month - 1) / 3 + 1 }

  /// The TIMEX3 season code of a month (winter from December).
  static func seasonIndex(_ code: String) -> Int {
    switch code {
    case "SP": return 1
    case "SU": return 2
    case "FA": return 3
    default: return 4
    }
  }

  /// Where a date stands when a season `code` is placed around it: the year to count from
  /// and the date's place in that year's seasons (spring 1 … winter 4). A winter takes the
  /// year it begins in, so for a winter, January and February stand in the December before
  /// (`this winter` on 2024-01-15 is `2023-WI`, as on 2023-12-20); for the other seasons
  /// they come before spring (`next spring` on 2024-02-10 is `2024-SP`).
  static func seasonFrame(_ code: String, year: Int, month: Int) -> (year: Int, current: Int) {
    guard month <= 2 else { return (year, seasonIndex(month: month)) }
    return code == "WI" ? (year - 1, 4) : (year, 0)
  }

  static func seasonIndex(month: Int) -> Int {
    switch month {
    case 3...5: return 1
    case 6...8: return 2
    case 9...11: return 3
    default: return 4
    }
  }
}
