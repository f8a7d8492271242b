/// What the cross-batch checks keep of one article: never its text, only signatures,
/// spellings, facts and counts. Written into `audit.json`, so shard reports can be merged.
public struct ArticleSummary: Hashable, Sendable, Codable {
  /// One actor of the article: how often it is mentioned and the spellings used for it.
  public struct Actor: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var mentions: Int
    /// The distinct spellings of its registered-name mentions, sorted.
    public var spellings: [String]
    public var isRegistered: Bool

    public init(id: String, name: String, mentions: Int, spellings: [String], isRegistered: Bool) {
      self.id = id
      self.name = name
      self.mentions = mentions
      self.spellings = spellings
      self.isRegistered = isRegistered
    }

    enum CodingKeys: String, CodingKey {
      case id, name, mentions, spellings
      case isRegistered = "registered"
    }
  }

  /// A checkable statement of a known event's start: a day count or a start date.
  public struct Fact: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
      case dayCount = "day-count"
      case startDate = "start-date"
    }
    public var event: String
    public var kind: Kind
    /// The start the statement implies: `YYYY-MM-DD`, or `XXXX-MM-DD` without a year.
    public var impliedStart: String
    /// The words as written (`day 61`, `Feb. 24`).
    public var text: String
    public var start: Int
    public var end: Int

    public init(event: String, kind: Kind, impliedStart: String, text: String, start: Int, end: Int) {
      self.event = event
      self.kind = kind
      self.impliedStart = impliedStart
      self.text = text
      self.start = start
      self.end = end
    }

    enum CodingKeys: String, CodingKey {
      case event, kind, text, start, end
      case impliedStart = "implied_start"
    }
  }

  public var published: CalendarDate?
  public var words: Int
  public var textSHA256: String
  /// The MinHash signature of the text's word 4-grams, as hex (empty for no text).
  public var signature: String
  public var actors: [Actor]
  public var facts: [Fact]
  /// How many dates, actors (mentions) and figures were extracted (the page highlights them).
  public var extracted: [String: Int]

  public init(
    published: CalendarDate?, words: Int, textSHA256: String, signature: String, actors: [Actor],
    facts: [Fact], extracted: [String: Int]
  ) {
    self.published = published
    self.words = words
    self.textSHA256 = textSHA256
    self.signature = signature
    self.actors = actors
    self.facts = facts
    self.extracted = extracted
  }

  enum CodingKeys: String, CodingKey {
    case published, words, signature, actors, facts, extracted
    case textSHA256 = "sha256"
  }
}

/// The audit of one article: its findings and its summary.
public struct ArticleAudit: Hashable, Sendable, Codable {
  public var id: String
  public var source: String
  public var findings: [AuditFinding]
  public var summary: ArticleSummary

  public init(id: String, source: String, findings: [AuditFinding], summary: ArticleSummary) {
    self.id = id
    self.source = source
    self.findings = findings
    self.summary = summary
  }

  /// The most serious finding's severity, or nil.
  public var worst: AuditSeverity? { findings.map(\.severity).max() }
}
