import Foundation
import Yams

/// Well-known events with their first day (`audit-events.yaml`), so that a day count
/// (`day 61`) can be checked against the publication date.
public struct EventTable: Sendable, Hashable {
  public struct Event: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var start: CalendarDate
    public var until: CalendarDate?
    /// Words that name the event in the sentence of a day count.
    public var words: [String]
    /// Words of which the article must name one.
    public var context: [String]

    public init(
      id: String, name: String, start: CalendarDate, until: CalendarDate? = nil, words: [String],
      context: [String] = []
    ) {
      self.id = id
      self.name = name
      self.start = start
      self.until = until
      self.words = words
      self.context = context
    }

    enum CodingKeys: String, CodingKey { case id, name, start, until, words, context }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      id = try c.decode(String.self, forKey: .id)
      name = try c.decode(String.self, forKey: .name)
      start = try c.decode(CalendarDate.self, forKey: .start)
      until = try c.decodeIfPresent(CalendarDate.self, forKey: .until)
      words = try c.decode([String].self, forKey: .words)
      context = try c.decodeIfPresent([String].self, forKey: .context) ?? []
    }
  }

  public var events: [Event]

  public init(events: [Event]) { self.events = events }

  private struct File: Decodable {
    var version: Int
    var events: [Event]
  }

  /// Loads an event table. Throws naming the file, the event and the problem.
  public init(yaml: String, file: String) throws(DataFileError) {
    let parsed: File
    do {
      parsed = try YAMLDecoder().decode(File.self, from: yaml)
    } catch {
      throw DataFileError(file: file, problem: "not a valid event table (dates are YYYY-MM-DD): \(error)")
    }
    var seen: Set<String> = []
    for event in parsed.events {
      guard seen.insert(event.id).inserted else {
        throw DataFileError(file: file, entry: event.id, problem: "the event id is used twice")
      }
      guard !event.words.isEmpty else {
        throw DataFileError(file: file, entry: event.id, problem: "list the words that name the event")
      }
      if let until = event.until, until < event.start {
        throw DataFileError(file: file, entry: event.id, problem: "until is before start")
      }
    }
    events = parsed.events
  }

  /// The table shipped with the package.
  public static func bundled() throws(DataFileError) -> EventTable {
    let data = try BundledResource.data("audit-events.yaml")
    return try EventTable(yaml: String(decoding: data, as: UTF8.self), file: "audit-events.yaml")
  }

  /// The event a sentence names, in an article whose text is `articleText`, running on `day`:
  /// the first event whose word occurs in `sentence` (as a whole word, any case) and whose
  /// context the article names, and that had started by `day`.
  func event(inSentence sentence: String, articleText: String, on day: CalendarDate?) -> (Event, word: String)? {
    let lowerSentence = sentence.lowercased()
    for event in events {
      if let day, day < event.start { continue }
      if let day, let until = event.until, day > until { continue }
      guard event.context.isEmpty || event.context.contains(where: { AuditText.containsWord($0, in: articleText) })
      else { continue }
      for word in event.words where AuditText.containsWord(word.lowercased(), in: lowerSentence) {
        return (event, word)
      }
    }
    return nil
  }
}
