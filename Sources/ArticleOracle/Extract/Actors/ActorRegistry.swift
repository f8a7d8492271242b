/// The actor registry: countries, offices (roles with their titles) and actors (people and
/// organizations with their aliases and the terms they held offices), merged from one or
/// more YAML data files (see `docs/actors.md` and `ActorRegistry+Loading.swift`).
///
/// A value: build it once, share it between extractions.
public struct ActorRegistry: Hashable, Sendable, Codable {
  /// A country, for role phrases such as `the Russian president` or `Turkey's President`.
  public struct Country: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// Names of the country (`Russia`, `Russian Federation`).
    public var names: [String]
    /// Adjectives (`Russian`).
    public var demonyms: [String]
    /// Cities whose dateline places an article in this country (`Moscow`, `St. Petersburg`).
    public var cities: [String]

    public init(id: String, name: String, names: [String] = [], demonyms: [String] = [], cities: [String] = []) {
      self.id = id
      self.name = name
      self.names = names
      self.demonyms = demonyms
      self.cities = cities
    }
  }

  /// A role: its canonical title, the phrases that name it, and whether one person holds
  /// it at a time.
  public struct Office: Hashable, Sendable, Codable {
    public var id: String
    /// The canonical title, the one recorded in an actor's `roles`.
    public var title: String
    public var aliases: [String]
    public var singleHolder: Bool
    /// The country whose office this is (lets `his Russian counterpart` resolve).
    public var country: String?
    /// A generic position (`president`, `foreign-minister`, `secretary-general`).
    public var position: String?
    /// The actor id of the organization the office belongs to.
    public var organization: String?

    public init(
      id: String, title: String, aliases: [String] = [], singleHolder: Bool = false,
      country: String? = nil, position: String? = nil, organization: String? = nil
    ) {
      self.id = id
      self.title = title
      self.aliases = aliases
      self.singleHolder = singleHolder
      self.country = country
      self.position = position
      self.organization = organization
    }
  }

  /// A generic position and the words that name it without a country (`President`,
  /// `Foreign Minister`). An extension of the lead's format (see `docs/actors.md`).
  public struct Position: Hashable, Sendable, Codable {
    public var id: String
    public var titles: [String]

    public init(id: String, titles: [String]) {
      self.id = id
      self.titles = titles
    }
  }

  /// One term of an office: first and last day, both inclusive; `end` nil = still held.
  public struct Term: Hashable, Sendable, Codable {
    public var office: String
    public var start: CalendarDate
    public var end: CalendarDate?

    public init(office: String, start: CalendarDate, end: CalendarDate? = nil) {
      self.office = office
      self.start = start
      self.end = end
    }

    /// Whether the term covers `date`.
    public func contains(_ date: CalendarDate) -> Bool {
      start <= date && (end.map { date <= $0 } ?? true)
    }
  }

  /// A person or organization.
  public struct Entry: Hashable, Sendable, Codable {
    public var id: String
    /// Canonical display name (`António Guterres`).
    public var name: String
    public var kind: ActorItem.Kind
    /// The family name when it is not the last word of `name` (`Ban` for Ban Ki-moon).
    public var family: String?
    public var aliases: [String]
    /// Forms that may also name another body (`Congress`, `Supreme Court`, `Labour`): they
    /// link to this entry only when the article names it unambiguously too, or is placed in
    /// its `country` and no other entry of that country shares the form.
    public var ambiguousAliases: [String]
    /// The country whose body this is (a parliament, a court, a party, a ministry).
    public var country: String?
    public var roles: [Term]

    public init(
      id: String, name: String, kind: ActorItem.Kind, family: String? = nil, aliases: [String] = [],
      ambiguousAliases: [String] = [], country: String? = nil, roles: [Term] = []
    ) {
      self.id = id
      self.name = name
      self.kind = kind
      self.family = family
      self.aliases = aliases
      self.ambiguousAliases = ambiguousAliases
      self.country = country
      self.roles = roles
    }

    /// The family name used for family-only mentions of a person (`Putin`); nil for
    /// organizations and one-word names.
    public var familyName: String? {
      guard kind == .person else { return nil }
      if let family { return family }
      let words = name.split(separator: " ")
      return words.count > 1 ? words.last.map(String.init) : nil
    }
  }

  public var countries: [Country]
  public var offices: [Office]
  public var positions: [Position]
  public var actors: [Entry]

  private var actorIndex: [String: Int]
  private var officeIndex: [String: Int]
  private var countryIndex: [String: Int]

  /// A registry from already merged parts; ids are looked up last-one-wins.
  public init(countries: [Country] = [], offices: [Office] = [], positions: [Position] = [], actors: [Entry] = []) {
    self.countries = countries
    self.offices = offices
    self.positions = positions
    self.actors = actors
    actorIndex = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
    officeIndex = Dictionary(offices.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
    countryIndex = Dictionary(countries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
  }

  enum CodingKeys: String, CodingKey { case countries, offices, positions, actors }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      countries: try container.decode([Country].self, forKey: .countries),
      offices: try container.decode([Office].self, forKey: .offices),
      positions: try container.decode([Position].self, forKey: .positions),
      actors: try container.decode([Entry].self, forKey: .actors))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(countries, forKey: .countries)
    try container.encode(offices, forKey: .offices)
    try container.encode(positions, forKey: .positions)
    try container.encode(actors, forKey: .actors)
  }

  // MARK: - Lookup (the audit's API)

  /// The actor with this id.
  public func actor(id: String) -> Entry? { actorIndex[id].map { actors[$0] } }

  /// The office with this id.
  public func office(id: String) -> Office? { officeIndex[id].map { offices[$0] } }

  /// The country with this id.
  public func country(id: String) -> Country? { countryIndex[id].map { countries[$0] } }

  /// The terms an actor held, in registry order (empty for an unknown id).
  public func terms(ofActor id: String) -> [Term] { actor(id: id)?.roles ?? [] }

  /// The actors who held `officeID` on `date`, in registry order.
  public func holders(of officeID: String, on date: CalendarDate) -> [Entry] {
    actors.filter { entry in entry.roles.contains { $0.office == officeID && $0.contains(date) } }
  }

  /// Whether actor `id` held `officeID` on `date`.
  public func holds(_ id: String, office officeID: String, on date: CalendarDate) -> Bool {
    terms(ofActor: id).contains { $0.office == officeID && $0.contains(date) }
  }

  /// A short content hash of the merged registry, recorded as the registry version.
  public var contentHash: String {
    guard let data = try? StableJSON.encodeLine(self) else { return "unencodable" }
    return String(Digest.sha256(data).prefix(16))
  }
}
