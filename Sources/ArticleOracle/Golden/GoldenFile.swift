/// One golden file (`Golden/<id>.json`): what a careful reader finds in one article, with a
/// header that pins the source, the normalized text and the component versions.
///
/// Items carry optional hand-made marks (`status`, `note`) that survive a re-record.
public struct GoldenFile: Hashable, Sendable, Codable {
  /// The format version of golden files; bump it when the layout changes.
  public static let schemaVersion = 1

  public var id: String
  public var header: GoldenHeader
  public var published: CalendarDate?
  public var dates: [Marked<DateItem>]
  public var actors: [GoldenActor]
  public var figures: [Marked<FigureItem>]

  public init(
    id: String, header: GoldenHeader, published: CalendarDate?, dates: [Marked<DateItem>],
    actors: [GoldenActor], figures: [Marked<FigureItem>]
  ) {
    self.id = id
    self.header = header
    self.published = published
    self.dates = dates
    self.actors = actors
    self.figures = figures
  }

  enum CodingKeys: String, CodingKey { case id, header, published, dates, actors, figures }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(header, forKey: .header)
    try container.encode(published, forKey: .published)  // null when unknown, so it is visible
    try container.encode(dates, forKey: .dates)
    try container.encode(actors, forKey: .actors)
    try container.encode(figures, forKey: .figures)
  }

  /// Counts of hand-marked items, by field and mark.
  public var markCounts: [String: [KnownStatus: Int]] {
    func count<T>(_ items: [Marked<T>]) -> [KnownStatus: Int] {
      Dictionary(grouping: items.compactMap(\.status), by: { $0 }).mapValues(\.count)
    }
    let mentions = actors.flatMap(\.mentions)
    return [
      "dates": count(dates), "figures": count(figures), "mentions": count(mentions),
      "actors": Dictionary(grouping: actors.compactMap(\.status), by: { $0 }).mapValues(\.count),
    ]
  }
}

/// What a golden pins: the format version, the input and its normalized text, and the
/// versions of everything that shaped the extraction. `recorded` (a date) is informational
/// only and never compared.
public struct GoldenHeader: Hashable, Sendable, Codable {
  public var schemaVersion: Int
  public var sourceSHA256: String
  public var textSHA256: String
  public var versions: ComponentVersions
  public var recorded: String?

  public init(
    schemaVersion: Int = GoldenFile.schemaVersion, sourceSHA256: String, textSHA256: String,
    versions: ComponentVersions, recorded: String? = nil
  ) {
    self.schemaVersion = schemaVersion
    self.sourceSHA256 = sourceSHA256
    self.textSHA256 = textSHA256
    self.versions = versions
    self.recorded = recorded
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case sourceSHA256 = "source_sha256"
    case textSHA256 = "text_sha256"
    case versions, recorded
  }
}

/// A hand-made mark on a golden item.
public enum KnownStatus: String, Hashable, Sendable, Codable, CaseIterable {
  /// A careful reader finds it; the extractor does not (yet). Reported, not failing;
  /// fails once the extractor finds it, until the golden is updated.
  case knownMiss = "known-miss"
  /// The extractor emits it; a careful reader says it is wrong. Reported, not failing;
  /// fails once the extractor stops emitting it, until the golden is updated.
  case knownSpurious = "known-spurious"
}

/// A golden item with its optional hand-made marks, flattened into the item's JSON object.
public struct Marked<Item: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
  public var item: Item
  public var status: KnownStatus?
  public var note: String?

  public init(_ item: Item, status: KnownStatus? = nil, note: String? = nil) {
    self.item = item
    self.status = status
    self.note = note
  }

  enum CodingKeys: String, CodingKey { case status, note }

  public init(from decoder: any Decoder) throws {
    item = try Item(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    status = try container.decodeIfPresent(KnownStatus.self, forKey: .status)
    note = try container.decodeIfPresent(String.self, forKey: .note)
  }

  public func encode(to encoder: any Encoder) throws {
    try item.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(status, forKey: .status)
    try container.encodeIfPresent(note, forKey: .note)
  }
}

/// An actor of a golden: like `ActorItem`, with marks on the actor and on each mention.
public struct GoldenActor: Hashable, Sendable, Codable {
  public var id: String
  public var name: String
  public var kind: ActorItem.Kind
  public var mentions: [Marked<ActorMention>]
  public var roles: [String]
  /// The roles the extractor gives today where a careful reader says they are wrong
  /// (`roles` holds the right ones): reported as known; fails once the extractor gives `roles`.
  public var knownRoles: [String]?
  public var status: KnownStatus?
  public var note: String?

  public init(
    id: String, name: String, kind: ActorItem.Kind, mentions: [Marked<ActorMention>], roles: [String],
    knownRoles: [String]? = nil, status: KnownStatus? = nil, note: String? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.mentions = mentions
    self.roles = roles
    self.knownRoles = knownRoles
    self.status = status
    self.note = note
  }

  enum CodingKeys: String, CodingKey {
    case id, name, kind, mentions, roles, status, note
    case knownRoles = "known_roles"
  }

  public init(_ actor: ActorItem) {
    self.init(id: actor.id, name: actor.name, kind: actor.kind, mentions: actor.mentions.map { Marked($0) }, roles: actor.roles)
  }

  /// The actor as an extractor would emit it (marks dropped).
  public var item: ActorItem {
    ActorItem(id: id, name: name, kind: kind, mentions: mentions.map(\.item), roles: roles)
  }
}
