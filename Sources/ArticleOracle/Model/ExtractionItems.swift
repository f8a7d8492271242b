/// A temporal expression (section 2 of the extraction spec).
public struct DateItem: Hashable, Sendable, Codable {
  public enum TimexType: String, Hashable, Sendable, Codable, CaseIterable {
    case date = "DATE"
    case duration = "DURATION"
    case time = "TIME"
    case set = "SET"
  }

  /// How the value was fixed.
  public enum Anchor: String, Hashable, Sendable, Codable, CaseIterable {
    case absolute
    case publication
    case unresolved
  }

  public var text: String
  public var start: Int
  public var end: Int
  public var type: TimexType
  /// The TIMEX3 value (`2022-04-26`, `2022-W16`, `P2D`, `PRESENT_REF`, `XXXX-WXX-3`, …).
  public var value: String
  /// The TIMEX3 modifier (`APPROX`, `LESS_THAN`, `MORE_THAN`, `START`, `MID`, `END`, …).
  public var mod: String?
  public var anchor: Anchor

  public init(
    text: String, start: Int, end: Int, type: TimexType, value: String, mod: String? = nil,
    anchor: Anchor
  ) {
    self.text = text
    self.start = start
    self.end = end
    self.type = type
    self.value = value
    self.mod = mod
    self.anchor = anchor
  }
}

/// A person or organization of the article, with every mention of it (section 3).
public struct ActorItem: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case person
    case organization
  }

  /// The registry id (a slug of the canonical English name).
  public var id: String
  public var name: String
  public var kind: Kind
  public var mentions: [ActorMention]
  /// The titles the article gives the actor.
  public var roles: [String]
  /// How a title the person held before is written in `roles` (`Former President Donald
  /// Trump` → `former President of the United States`); the audit reads it back.
  public static let formerRolePrefix = "former "

  public init(id: String, name: String, kind: Kind, mentions: [ActorMention], roles: [String] = []) {
    self.id = id
    self.name = name
    self.kind = kind
    self.mentions = mentions
    self.roles = roles
  }
}

/// One mention of an actor, and how it was linked.
public struct ActorMention: Hashable, Sendable, Codable {
  public enum Via: String, Hashable, Sendable, Codable, CaseIterable {
    /// A registered name or alias.
    case name
    /// A title resolved to its holder: through a title the article gives a named person, an
    /// apposition (`his Turkish counterpart, Recep Tayyip Erdogan`), or the role held on the
    /// publication date.
    case role
    /// A probable misspelling of a registered name.
    case fuzzy
    /// A name that looks like a person or organization but is not registered.
    case unregistered
  }

  public var text: String
  public var start: Int
  public var end: Int
  public var via: Via

  public init(text: String, start: Int, end: Int, via: Via) {
    self.text = text
    self.start = start
    self.end = end
    self.via = via
  }
}

/// A number that states a quantity, count, amount, rank or share (section 4).
public struct FigureItem: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case cardinal
    case ordinal
    case money
    case percent
    case vague
  }

  public enum Mod: String, Hashable, Sendable, Codable, CaseIterable {
    case moreThan = "more_than"
    case lessThan = "less_than"
    case approx
  }

  public var text: String
  public var start: Int
  public var end: Int
  public var value: Double
  public var kind: Kind
  public var mod: Mod?
  /// What is counted (`civilians`, `day`), or the ISO currency code for money.
  public var unit: String?

  public init(
    text: String, start: Int, end: Int, value: Double, kind: Kind, mod: Mod? = nil,
    unit: String? = nil
  ) {
    self.text = text
    self.start = start
    self.end = end
    self.value = value
    self.kind = kind
    self.mod = mod
    self.unit = unit
  }
}
