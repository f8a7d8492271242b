@testable import ArticleOracle

/// Small hand-made items and goldens for the comparison tests.
enum GoldenFixtures {
  static let versions = ComponentVersions(normalizer: "1", dates: "1", actors: "1", figures: "1", registry: "1")

  static func date(_ text: String, _ start: Int, _ value: String, type: DateItem.TimexType = .date) -> DateItem {
    DateItem(text: text, start: start, end: start + text.unicodeScalars.count, type: type, value: value, anchor: .publication)
  }

  static func figure(_ text: String, _ start: Int, _ value: Double, unit: String? = nil) -> FigureItem {
    FigureItem(text: text, start: start, end: start + text.unicodeScalars.count, value: value, kind: .cardinal, unit: unit)
  }

  static func mention(_ text: String, _ start: Int, via: ActorMention.Via = .name) -> ActorMention {
    ActorMention(text: text, start: start, end: start + text.unicodeScalars.count, via: via)
  }

  static func actor(_ id: String, _ mentions: [ActorMention], roles: [String] = []) -> ActorItem {
    ActorItem(id: id, name: id, kind: .person, mentions: mentions, roles: roles)
  }

  static func golden(
    dates: [Marked<DateItem>] = [], actors: [GoldenActor] = [], figures: [Marked<FigureItem>] = []
  ) -> GoldenFile {
    GoldenFile(
      id: "a1", header: GoldenHeader(sourceSHA256: String(repeating: "0", count: 64), textSHA256: String(repeating: "1", count: 64), versions: versions),
      published: CalendarDate(year: 2022, month: 4, day: 26), dates: dates, actors: actors, figures: figures)
  }
}
