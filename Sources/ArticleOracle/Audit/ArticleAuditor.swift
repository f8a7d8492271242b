/// The per-article checks: a pure function of one extraction and the curated data.
public struct ArticleAuditor: Sendable {
  public var patterns: AuditPatterns
  public var events: EventTable
  public var roles: RoleCalendar

  public init(patterns: AuditPatterns, events: EventTable, roles: RoleCalendar) {
    self.patterns = patterns
    self.events = events
    self.roles = roles
  }

  /// The auditor with the data files shipped in the package and `registry` (the one the
  /// actor extractor links with, so titles and terms agree).
  public init(registry: ActorRegistry) throws(DataFileError) {
    self.init(
      patterns: try AuditPatterns.bundled(), events: try EventTable.bundled(), roles: RoleCalendar(registry: registry))
  }

  /// Audits one extracted article.
  public func audit(_ extraction: ArticleExtraction) -> ArticleAudit {
    let article = extraction.article
    let scalars = Array(article.text.unicodeScalars)
    let words = AuditText.wordCount(article.text)
    var findings: [AuditFinding] = []
    findings += inputFindings(article)
    findings += textFindings(article, scalars: scalars, words: words)
    findings += RoleChecks(roles: roles).findings(extraction)
    let dateChecks = DateChecks(patterns: patterns, events: events)
    findings += dateChecks.findings(extraction, scalars: scalars)
    findings.sort(by: AuditFinding.ordered)

    let actors = extraction.actors.map { actor in
      ArticleSummary.Actor(
        id: actor.id, name: actor.name, mentions: actor.mentions.count,
        spellings: Set(actor.mentions.filter { $0.via == .name && !$0.text.hasPrefix("@") }.map(\.text)).sorted(),
        isRegistered: !actor.mentions.allSatisfy { $0.via == .unregistered })
    }.sorted { $0.id < $1.id }
    let summary = ArticleSummary(
      published: article.published, words: words, textSHA256: article.textSHA256,
      signature: MinHash.hex(MinHash.signature(article.text)), actors: actors,
      facts: dateChecks.facts(extraction, scalars: scalars),
      extracted: [
        "dates": extraction.dates.count, "actors": extraction.actors.reduce(0) { $0 + $1.mentions.count },
        "figures": extraction.figures.count,
      ])
    return ArticleAudit(id: article.id, source: article.source, findings: findings, summary: summary)
  }

  /// The audit of an input that could not be read or normalized.
  public static func unreadable(id: String, source: String, error: InputError) -> ArticleAudit {
    let rule: AuditRule
    switch error {
    case .empty, .onlyWhitespace, .noText: rule = .emptyText
    default: rule = .unreadable
    }
    return ArticleAudit(
      id: id, source: source, findings: [AuditFinding(rule: rule, message: error.description)],
      summary: ArticleSummary(
        published: nil, words: 0, textSHA256: "", signature: "", actors: [], facts: [],
        extracted: ["dates": 0, "actors": 0, "figures": 0]))
  }

  // MARK: - What the normalizer noticed

  private func inputFindings(_ article: NormalizedArticle) -> [AuditFinding] {
    var out: [AuditFinding] = []
    if article.published == nil {
      out.append(
        AuditFinding(
          rule: .missingDate,
          message: "No publication date, so relative dates (`on Tuesday`, `Feb. 24`) stay unresolved; "
            + "add a `date YYYY-MM-DD` (or `Published: YYYY-MM-DD`) header or HTML publication metadata."))
    }
    for removal in article.removed {
      out.append(
        AuditFinding(
          rule: .boilerplateRemoved,
          message: "Removed `\(removal.text)` (\(removal.rule): \(removal.reason)); check that it was not article text.",
          start: removal.at, end: removal.at))
    }
    let embeds = article.findings.filter { $0.kind == .socialEmbed }
    for finding in article.findings {
      switch finding.kind {
      case .replacedBytes:
        let count = finding.count ?? 1
        out.append(
          AuditFinding(
            rule: .replacedBytes,
            message: "\(count) byte\(count == 1 ? " was" : "s were") invalid in \(article.encoding) and replaced by U+FFFD; "
              + "re-fetch the article or declare its charset.",
            start: finding.start, end: finding.end))
      case .socialEmbed:
        out.append(
          AuditFinding(
            rule: .socialEmbed,
            message: "Embedded social post kept in the text (\(finding.message)); cut it if the corpus should hold article prose only.",
            start: finding.start, end: finding.end))
      case .url:
        if let start = finding.start, embeds.contains(where: { ($0.start ?? -1) <= start && start < ($0.end ?? -1) }) {
          continue
        }
        out.append(
          AuditFinding(
            rule: .bareURL, message: "\(finding.message) in the article text; cut it if it is a link left by the page.",
            start: finding.start, end: finding.end))
      default:
        continue
      }
    }
    return out
  }

  // MARK: - The text itself

  /// `words`: `AuditText.wordCount` of the text, counted once for these checks and the summary.
  private func textFindings(_ article: NormalizedArticle, scalars: [Unicode.Scalar], words: Int) -> [AuditFinding] {
    var out: [AuditFinding] = []
    let text = article.text
    for pattern in patterns.mojibake {
      for match in pattern.matches(in: text) {
        out.append(
          AuditFinding(
            rule: .mojibake,
            message: "`\(match.text)` looks like \(pattern.reason); re-decode the source with the right charset.",
            start: match.start, end: match.end))
      }
    }
    out += mixedScriptWords(scalars)
    for pattern in patterns.residue {
      for match in pattern.matches(in: text) {
        out.append(
          AuditFinding(
            rule: .boilerplateLeft,
            message: "`\(match.text)` looks like \(pattern.reason) left in the text; remove it, or add a rule "
              + "(\(pattern.id)) to boilerplate.yaml.",
            start: match.start, end: match.end))
      }
    }
    if words == 0 {
      out.append(AuditFinding(rule: .emptyText, message: "No words are left after normalization; re-fetch the article."))
      return out
    }
    if words < patterns.limits.shortTextWords {
      out.append(
        AuditFinding(
          rule: .shortText,
          message: "Only \(words) words (fewer than \(patterns.limits.shortTextWords)); check that the scrape got the whole article.",
          start: 0, end: scalars.count))
    }
    if let last = scalars.last {
      let endsWell = [".", "!", "?", "\"", "”", "’", "'", ")", "]", "»"].contains(Character(last))
      let ellipsis = last == "…" || text.hasSuffix("...")
      if !endsWell || ellipsis {
        let sentence = AuditText.sentence(around: scalars.count - 1, scalars.count, in: scalars)
        out.append(
          AuditFinding(
            rule: .truncatedText,
            message: "The text ends mid-sentence (`…\(AuditText.string(scalars, max(sentence.lowerBound, scalars.count - 30)..<scalars.count))`), "
              + "as if truncated; re-fetch the full article.",
            start: sentence.lowerBound, end: scalars.count))
      }
    }
    return out
  }

  /// Words that mix letters of two scripts (`Kyіv` with a Cyrillic `і`).
  private func mixedScriptWords(_ scalars: [Unicode.Scalar]) -> [AuditFinding] {
    var out: [AuditFinding] = []
    var start = 0
    var scripts: Set<String> = []
    func flush(_ end: Int) {
      if scripts.count > 1 {
        let word = AuditText.string(scalars, start..<end)
        out.append(
          AuditFinding(
            rule: .mixedScript,
            message: "`\(word)` mixes \(scripts.sorted().joined(separator: " and ")) letters (look-alike characters); "
              + "retype it in one script.",
            start: start, end: end))
      }
      scripts = []
    }
    for (index, scalar) in scalars.enumerated() {
      if scalar.properties.isAlphabetic {
        if let script = AuditText.script(scalar) { scripts.insert(script) }
      } else {
        flush(index)
        start = index + 1
      }
    }
    flush(scalars.count)
    return out
  }
}
