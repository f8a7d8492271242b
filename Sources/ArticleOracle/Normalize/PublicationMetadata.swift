import Foundation

/// Where the publication date comes from: a leading `date YYYY-MM-DD` header in text, or
/// HTML metadata (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`).
enum PublicationMetadata {
  /// `<meta>` names and properties that carry the publication date.
  static let metaNames: Set<String> = [
    "article:published_time", "datepublished", "pubdate", "publishdate", "og:published_time",
    "dc.date.issued", "dc.date", "sailthru.date", "date",
  ]

  /// The names a leading text header may give the publication date (`date 2022-04-26`,
  /// `Published: 2022-04-26`), compared in lower case.
  static let headerNames = ["date", "published", "publication date", "pubdate"]

  /// Splits a leading `date YYYY-MM-DD` header (or `date: …`, `Published: …`, `Publication
  /// date …`) off a paragraph. Returns the date and the rest of the paragraph (possibly
  /// empty), or nil.
  static func splitHeader(_ paragraph: String) -> (date: CalendarDate, rest: String)? {
    let scalars = paragraph.unicodeScalars
    for name in headerNames {
      let head = scalars.prefix(name.unicodeScalars.count)
      guard String(String.UnicodeScalarView(head)).lowercased() == name else { continue }
      var rest = scalars.dropFirst(head.count)
      if rest.first == ":" { rest = rest.dropFirst() }
      guard rest.first == " " else { continue }
      rest = rest.dropFirst()
      let candidate = String(String.UnicodeScalarView(rest.prefix(10)))
      guard let date = CalendarDate(iso: candidate) else { continue }
      let remainder = String(String.UnicodeScalarView(rest.dropFirst(10)))
      guard remainder.isEmpty || remainder.first == " " else { continue }
      return (date, remainder.trimmedSpaces)
    }
    return nil
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
