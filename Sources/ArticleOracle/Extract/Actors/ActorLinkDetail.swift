/// Everything the actor linker decided about one article, for the audit: the actor items
/// (what `extract` returns), every title given to an actor with the office it names, and
/// the role phrases left unresolved.
public struct ActorLinkDetail: Hashable, Sendable, Codable {
  public var items: [ActorItem]
  /// Titles attached to actors, in text order.
  public var titles: [TitleAttribution]
  /// Role phrases that name an office but were not linked to anyone, in text order.
  public var unresolved: [UnresolvedRole]

  public init(items: [ActorItem], titles: [TitleAttribution], unresolved: [UnresolvedRole]) {
    self.items = items
    self.titles = titles
    self.unresolved = unresolved
  }
}

/// A title the article gives an actor: next to a name (`UN Secretary-General Ban
/// Ki-moon`, `Farhan Haq, deputy spokesman for Guterres`), or a role phrase the actor
/// was linked through (`the secretary general` on 2022-04-26 → Guterres).
public struct TitleAttribution: Hashable, Sendable, Codable {
  public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
    /// A title written next to a name mention (before it, or after a comma).
    case nextToName = "next-to-name"
    /// A role phrase resolved through the holder on the publication date or, without a
    /// date, through the one person the article gives the office.
    case roleMention = "role-mention"
  }

  public var actorID: String
  /// The title as written (`United Nations Secretary-General`).
  public var text: String
  public var start: Int
  public var end: Int
  /// The name or role mention the title belongs to.
  public var mentionStart: Int
  public var mentionEnd: Int
  /// The office the title names, when one could be chosen: among the offices the phrase
  /// can name, the one the actor held (on the publication date if possible), else the
  /// only one. Nil when the phrase names several offices the actor never held.
  public var officeID: String?
  /// Every office the phrase can name.
  public var candidateOfficeIDs: [String]
  /// What went into the actor's `roles`: the office's title, or the words as written.
  public var role: String
  public var source: Source

  public init(
    actorID: String, text: String, start: Int, end: Int, mentionStart: Int, mentionEnd: Int, officeID: String?,
    candidateOfficeIDs: [String], role: String, source: Source
  ) {
    self.actorID = actorID
    self.text = text
    self.start = start
    self.end = end
    self.mentionStart = mentionStart
    self.mentionEnd = mentionEnd
    self.officeID = officeID
    self.candidateOfficeIDs = candidateOfficeIDs
    self.role = role
    self.source = source
  }
}

/// A role phrase (`the Russian president`) that was not linked, and why. Never guessed:
/// these are not actor mentions, only reported here.
public struct UnresolvedRole: Hashable, Sendable, Codable {
  public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The article has no publication date to look the holder up on, and does not itself
    /// give one of the offices to exactly one named person.
    case noPublicationDate = "no-publication-date"
    /// Nobody in the registry held the office on that date.
    case noHolder = "no-holder"
    /// Several people held the offices the phrase can name on that date.
    case severalHolders = "several-holders"
    /// `his Turkish counterpart` with no earlier person in the sentence to be relative to.
    case noCounterpartSubject = "no-counterpart-subject"
    /// A bare position (`the spokesman`, `the ambassador`) that the article does not give
    /// to one named person, and none of whose offices belongs to an organization the
    /// article names: the registry's only office of that position would be a guess.
    case organizationNotNamed = "organization-not-named"
  }

  public var text: String
  public var start: Int
  public var end: Int
  public var candidateOfficeIDs: [String]
  public var reason: Reason

  public init(text: String, start: Int, end: Int, candidateOfficeIDs: [String], reason: Reason) {
    self.text = text
    self.start = start
    self.end = end
    self.candidateOfficeIDs = candidateOfficeIDs
    self.reason = reason
  }
}
