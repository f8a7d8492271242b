import Foundation

/// Where the publication date comes from: a leading `date YYYY-MM-DD` header in text, or
/// HTML metadata (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`).
enum PublicationMetadata {
  /// `<meta>` names and properties that carry the publication date.
  static let metaNames: Set<String> = [
    "article:published_time", "datepublished", "pubdate", "publishdate", "og:published_time",
    "dc.date.issued", "dc.date", "sailthru.date", "date",
  ]

  /// Splits a leading `date YYYY-MM-DD` (or `date: YYYY-MM-DD`) header off a paragraph.
  /// Returns the date and the rest of the paragraph (possibly empty), or nil.
  static func splitHeader(_ paragraph: String) -> (date: CalendarDate, rest: String)? {
    let head = paragraph.utf8.prefix(4).map { $0 | 0x20 }
    guard head == Array("date".utf8) else { return nil }
    var rest = paragraph.unicodeScalars.dropFirst(4)
    if rest.first == ":" { rest = rest.dropFirst() }
    guard rest.first == " " else { return nil }
    rest = rest.dropFirst()
    let candidate = String(String.UnicodeScalarView(rest.prefix(10)))
    guard let date = CalendarDate(iso: candidate) else { return nil }
    let remainder = String(String.UnicodeScalarView(rest.dropFirst(10)))
    guard remainder.isEmpty || remainder.first == " " else { return nil }
    return (date, remainder.trimmedSpaces)
  }

  /// The first candidate that holds a date (`2022-04-26`, `2022-04-26T08:00:00+03:00`).
  /// The calendar date as written is kept: no time-zone shift is applied.
  static func firstDate(in candidates: [String]) -> CalendarDate? {
    for candidate in candidates {
      let trimmed = candidate.trimmingCharacters(in: .whitespacesAndNewlines)
      if let date = CalendarDate(iso: String(trimmed.prefix(10))) { return date }
    }
    return nil
  }

  /// Every `datePublished` value in a JSON-LD block, including inside `@graph` arrays.
  static func datePublished(inJSONLD text: String) -> [String] {
    guard let data = text.data(using: .utf8),
      let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return [] }
    var found: [String] = []
    var stack: [Any] = [json]
    while let item = stack.popLast() {
      if let object = item as? [String: Any] {
        if let value = object["datePublished"] as? String { found.append(value) }
        for key in object.keys.sorted() where key != "datePublished" {
          if let value = object[key] { stack.append(value) }
        }
      } else if let array = item as? [Any] {
        stack.append(contentsOf: array.reversed())
      }
    }
    return found
  }
}
