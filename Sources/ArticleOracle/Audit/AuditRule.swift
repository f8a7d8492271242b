/// A rule of the audit: a stable id, its severity, and what it checks (for SARIF and docs).
public struct AuditRule: Hashable, Sendable {
  public var id: String
  public var severity: AuditSeverity
  public var summary: String
  /// Whether the rule looks at the whole batch rather than one article.
  public var isBatchRule: Bool

  init(_ id: String, _ severity: AuditSeverity, _ summary: String, batch: Bool = false) {
    self.id = id
    self.severity = severity
    self.summary = summary
    self.isBatchRule = batch
  }

  // MARK: - Per article

  static let unreadable = AuditRule("unreadable-input", .error, "The file could not be read or held no article text.")
  static let missingDate = AuditRule("missing-date", .warning, "No publication date, so relative dates stay unresolved.")
  static let replacedBytes = AuditRule("replaced-bytes", .warning, "Bytes invalid in the input's encoding were replaced by U+FFFD.")
  static let mojibake = AuditRule("mojibake", .warning, "Text decoded with the wrong encoding (mojibake such as `â€™`, `Ã©`).")
  static let mixedScript = AuditRule("mixed-script", .warning, "A word mixes letters of two scripts (Latin and Cyrillic look-alikes).")
  static let boilerplateRemoved = AuditRule("boilerplate-removed", .note, "Boilerplate the normalizer removed, listed for review.")
  static let boilerplateLeft = AuditRule("boilerplate-left", .warning, "Text that looks like page chrome the rules missed.")
  static let socialEmbed = AuditRule("social-embed", .note, "An embedded social media post kept in the text.")
  static let bareURL = AuditRule("bare-url", .note, "A URL in the article text.")
  static let emptyText = AuditRule("empty-text", .error, "The article has no text left after normalization.")
  static let shortText = AuditRule("short-text", .warning, "The article text is very short.")
  static let truncatedText = AuditRule("truncated-text", .warning, "The text ends mid-sentence, as if truncated.")
  static let roleAnachronism = AuditRule("role-anachronism", .error, "A person is given a title on a date outside their term.")
  static let roleConflict = AuditRule("role-conflict", .error, "Two people hold a one-holder role in one article.")
  static let actorMisspelling = AuditRule("actor-misspelling", .warning, "A probable misspelling of a registered actor.")
  static let unregisteredActor = AuditRule("unregistered-actor", .note, "An actor not in the registry, for curation.")
  static let dayCount = AuditRule("day-count", .warning, "A day count of a known event contradicts the dates.")
  static let futureDateAsPast = AuditRule("future-date-as-past", .warning, "A date after publication is stated as past.")
  static let farDate = AuditRule("far-date", .note, "A date implausibly far from the publication date.")

  // MARK: - Across the batch

  static let actorSpellings = AuditRule("actor-spellings", .note, "One actor is spelt several ways across the batch.", batch: true)
  static let duplicate = AuditRule("duplicate-article", .warning, "Articles with the same text.", batch: true)
  static let nearDuplicate = AuditRule("near-duplicate", .warning, "Articles whose texts are nearly the same.", batch: true)
  static let conflictingFact = AuditRule("conflicting-fact", .warning, "Articles state the same fact with different dates or day counts.", batch: true)

  /// Every rule, in a stable order.
  public static let catalogue: [AuditRule] = [
    unreadable, missingDate, replacedBytes, mojibake, mixedScript, boilerplateRemoved, boilerplateLeft,
    socialEmbed, bareURL, emptyText, shortText, truncatedText, roleAnachronism, roleConflict,
    actorMisspelling, unregisteredActor, dayCount, futureDateAsPast, farDate,
    actorSpellings, duplicate, nearDuplicate, conflictingFact,
  ]
}
