/// The fields a golden is compared on. `mentions` are the actors' mentions, scored apart
/// from the actors themselves.
public enum GoldenField: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case dates, actors, mentions, figures

  public static func < (lhs: GoldenField, rhs: GoldenField) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// What happened to one item.
public enum ItemOutcome: String, Hashable, Sendable, Codable, CaseIterable {
  /// In the golden and found, equal in every compared field.
  case match
  /// In the golden, not found.
  case missing
  /// Found, not in the golden.
  case unexpected
  /// Same span (or same actor id), another value: both sides are shown.
  case changed
  /// The same item at other offsets.
  case moved
  /// Marked `known-miss` and still not found: reported, not failing.
  case knownMiss = "known-miss"
  /// Marked `known-spurious` and still found: reported, not failing.
  case knownSpurious = "known-spurious"
  /// Marked `known-miss` but now found: fails until the golden is updated.
  case fixedMiss = "fixed-miss"
  /// Marked `known-spurious` but no longer found: fails until the golden is updated.
  case fixedSpurious = "fixed-spurious"

  /// Whether this outcome makes the article fail.
  public var isFailure: Bool {
    switch self {
    case .match, .knownMiss, .knownSpurious: return false
    case .missing, .unexpected, .changed, .moved, .fixedMiss, .fixedSpurious: return true
    }
  }

  /// Whether the outcome is a hand-marked known problem that still holds.
  public var isKnown: Bool { self == .knownMiss || self == .knownSpurious }
}

/// One item that is not a plain match: which field, what happened, where, and both sides.
public struct ItemDifference: Hashable, Sendable, Codable {
  public var field: GoldenField
  public var outcome: ItemOutcome
  /// The actor id, for actors and mentions.
  public var actor: String?
  /// The item's text as written (or the actor's name).
  public var text: String
  /// Code-point span in the normalized text (the first mention, for an actor).
  public var start: Int
  public var end: Int
  /// The golden side, when there is one.
  public var expected: JSONValue?
  /// The extractor's side, when there is one.
  public var actual: JSONValue?
  /// The golden's hand-made note on the item.
  public var note: String?

  public init(
    field: GoldenField, outcome: ItemOutcome, actor: String? = nil, text: String, start: Int, end: Int,
    expected: JSONValue? = nil, actual: JSONValue? = nil, note: String? = nil
  ) {
    self.field = field
    self.outcome = outcome
    self.actor = actor
    self.text = text
    self.start = start
    self.end = end
    self.expected = expected
    self.actual = actual
    self.note = note
  }
}

/// True positives, false positives and false negatives of one field, with the scores.
public struct FieldCounts: Hashable, Sendable, Codable {
  public var tp: Int
  public var fp: Int
  public var fn: Int

  public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
    self.tp = tp
    self.fp = fp
    self.fn = fn
  }

  /// tp / (tp + fp); 1 when nothing was expected and nothing found, 0 when nothing was found.
  public var precision: Double {
    tp + fp > 0 ? Self.round(Double(tp) / Double(tp + fp)) : (fn == 0 ? 1 : 0)
  }

  /// tp / (tp + fn); 1 when nothing was expected and nothing found.
  public var recall: Double {
    tp + fn > 0 ? Self.round(Double(tp) / Double(tp + fn)) : (fp == 0 ? 1 : 0)
  }

  public var f1: Double {
    let p = precision
    let r = recall
    return p + r > 0 ? Self.round(2 * p * r / (p + r)) : 0
  }

  static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  public static func + (lhs: FieldCounts, rhs: FieldCounts) -> FieldCounts {
    FieldCounts(tp: lhs.tp + rhs.tp, fp: lhs.fp + rhs.fp, fn: lhs.fn + rhs.fn)
  }

  enum CodingKeys: String, CodingKey { case tp, fp, fn, precision, recall, f1 }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    tp = try container.decode(Int.self, forKey: .tp)
    fp = try container.decode(Int.self, forKey: .fp)
    fn = try container.decode(Int.self, forKey: .fn)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(tp, forKey: .tp)
    try container.encode(fp, forKey: .fp)
    try container.encode(fn, forKey: .fn)
    try container.encode(precision, forKey: .precision)
    try container.encode(recall, forKey: .recall)
    try container.encode(f1, forKey: .f1)
  }
}

/// Counts for every field; encoded as an object keyed by field name.
public struct FieldScores: Hashable, Sendable, Codable {
  public var dates = FieldCounts()
  public var actors = FieldCounts()
  public var mentions = FieldCounts()
  public var figures = FieldCounts()

  public init() {}

  public subscript(field: GoldenField) -> FieldCounts {
    get {
      switch field {
      case .dates: return dates
      case .actors: return actors
      case .mentions: return mentions
      case .figures: return figures
      }
    }
    set {
      switch field {
      case .dates: dates = newValue
      case .actors: actors = newValue
      case .mentions: mentions = newValue
      case .figures: figures = newValue
      }
    }
  }

  public static func + (lhs: FieldScores, rhs: FieldScores) -> FieldScores {
    var sum = FieldScores()
    for field in GoldenField.allCases { sum[field] = lhs[field] + rhs[field] }
    return sum
  }
}

/// The field-level comparison of one golden with one extraction.
public struct ArticleComparison: Hashable, Sendable, Codable {
  /// Every item that is not a plain match, in field then text order.
  public var differences: [ItemDifference]
  public var scores: FieldScores

  public init(differences: [ItemDifference], scores: FieldScores) {
    self.differences = differences
    self.scores = scores
  }

  /// The differences that make the article fail.
  public var failures: [ItemDifference] { differences.filter(\.outcome.isFailure) }
  public var passes: Bool { failures.isEmpty }
}
