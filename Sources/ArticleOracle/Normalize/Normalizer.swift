import Foundation

/// Reads raw text or HTML-ish bytes into the one canonical text every offset points into
/// (section 1 of the extraction spec), logging each removal and what the input showed.
public struct Normalizer: Sendable {
  /// Bumped whenever the same input may normalize to a different text; goldens record it.
  public static let version = "1.3.0"

  public let rules: BoilerplateRules

  public init(rules: BoilerplateRules) {
    self.rules = rules
  }

  /// A normalizer with the rules shipped in the package.
  public init() throws(DataFileError) {
    self.rules = try BoilerplateRules.bundled()
  }

  /// Normalizes one input. Throws `InputError` (naming the file) for input that holds no
  /// article: empty, white space only, binary, or nothing left after markup.
  public func normalize(_ input: ArticleInput) throws(InputError) -> NormalizedArticle {
    let bytes = input.bytes
    guard !bytes.isEmpty else { throw .empty(path: input.source) }
    if let reason = InputSniffer.binaryReason(bytes) { throw .binary(path: input.source, reason: reason) }
    let decoded = TextDecoder.decode(bytes)
    guard decoded.text.unicodeScalars.contains(where: { !ParagraphCanonicalizer.isSpace($0) && $0.value != 0 }) else {
      throw .onlyWhitespace(path: input.source)
    }

    var findings: [InputFinding] = []
    findings.append(
      InputFinding(
        kind: .encoding, message: "decoded as \(decoded.encoding) (\(decoded.decidedBy))"))
    if decoded.replacedBytes > 0 {
      findings.append(
        InputFinding(
          kind: .replacedBytes,
          message: "\(decoded.replacedBytes) invalid \(decoded.encoding) byte sequence(s) replaced by U+FFFD",
          count: decoded.replacedBytes))
    }

    let format: InputFormat = InputSniffer.looksLikeHTML(decoded.text.utf8[...]) ? .html : .text
    var canonicalizer = ParagraphCanonicalizer()
    var paragraphs: [String]
    var metadataDate: CalendarDate?
    switch format {
    case .html:
      var markup = decoded.text
      if let stripped = DoctypeSubset.strip(markup) {
        markup = stripped.text
        findings.append(
          InputFinding(
            kind: .markupLeak,
            message: "a DOCTYPE internal subset (\(stripped.entityCount) entity declaration(s)) was dropped unread"))
      }
      let parsed = try LibXML2Parser.parse(utf8: markup, source: input.source)
      paragraphs = parsed.text.withUnsafeBufferPointer { text in
        parsed.blockRanges.map { canonicalizer.canonicalize(bytes: UnsafeBufferPointer(rebasing: text[$0])) }
      }
      metadataDate = PublicationMetadata.firstDate(in: parsed.publishedCandidates)
      if parsed.isTruncated {
        findings.append(
          InputFinding(
            kind: .parserTruncated,
            message: "the HTML parser stopped early; text after that point is lost (\(parsed.firstErrors.first ?? "no message"))"))
      }
      if parsed.errorCount > 0 {
        findings.append(
          InputFinding(
            kind: .parserErrors,
            message: "libxml2 reported \(parsed.errorCount) markup error(s), recovered; deepest nesting \(parsed.maxDepth)",
            count: parsed.errorCount))
      }
    case .text:
      // Every line is a paragraph; split on bytes (Character iteration is slow).
      paragraphs = Normalizer.canonicalLines(of: decoded.text, with: &canonicalizer)
    }

    // Entities a scraper left in plain text, or escaped twice in HTML (`&amp;#8217;`).
    var leftoverReferences = 0
    for index in paragraphs.indices {
      guard let decoded = LeftoverCharacterReferences.decode(paragraphs[index]) else { continue }
      paragraphs[index] = canonicalizer.canonicalize(Array(decoded.text.utf8))
      leftoverReferences += decoded.count
    }
    if leftoverReferences > 0 {
      findings.append(
        InputFinding(
          kind: .markupLeak,
          message: "\(leftoverReferences) character reference(s) left in the text (`&amp;`, `&#8217;`) decoded",
          count: leftoverReferences))
    }

    if canonicalizer.droppedControls > 0 {
      findings.append(
        InputFinding(
          kind: .controlCharacters,
          message: "\(canonicalizer.droppedControls) control character(s) (NUL and the like) dropped",
          count: canonicalizer.droppedControls))
    }

    var published = metadataDate
    if let first = paragraphs.firstIndex(where: { !$0.isEmpty }),
      let header = PublicationMetadata.splitHeader(paragraphs[first])
    {
      published = published ?? header.date
      paragraphs[first] = header.rest
    }

    let assembled = assemble(paragraphs)
    guard !assembled.text.isEmpty else { throw .noText(path: input.source) }
    findings.append(contentsOf: LinkAndEmbedScanner.findings(in: assembled.text))

    return NormalizedArticle(
      id: input.id, source: input.source, published: published, text: assembled.text,
      sourceSHA256: Digest.sha256(bytes), removed: assembled.removed, findings: findings,
      format: format, encoding: decoded.encoding)
  }

  /// Wraps text that is already plain and normalized (JSON Lines input): no rules run and
  /// offsets point into the text exactly as given.
  public static func plain(id: String, source: String, text: String, published: CalendarDate?) -> NormalizedArticle {
    NormalizedArticle(
      id: id, source: source, published: published, text: text, sourceSHA256: Digest.sha256(text))
  }

  // MARK: - Boilerplate and assembly

  /// Applies the boilerplate rules paragraph by paragraph and joins what is kept with one
  /// blank line, recording each removal at the offset where it stood.
  private func assemble(_ paragraphs: [String]) -> (text: String, removed: [Removal]) {
    var text = ""
    text.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
    var length = 0  // code points in `text`
    var removed: [Removal] = []
    var seen: Set<ParagraphKey> = []
    for (index, original) in paragraphs.enumerated() where !original.isEmpty {
      var paragraph = original
      let start = text.isEmpty ? 0 : length + 2
      var cuts: [(rule: BoilerplateRules.Rule, text: String, atEnd: Bool)] = []
      // Cut leading/trailing boilerplate until no rule applies (a credit may hide behind an ad).
      // The triggers are searched at most once per version of the paragraph: the cuts and the
      // whole-paragraph rules share what was found.
      var found = ParagraphTriggers(paragraph, rules.triggers)
      var changed = true
      while changed && !paragraph.isEmpty {
        changed = false
        for compiled in rules.compiled where compiled.rule.kind == .trailing || compiled.rule.kind == .leading {
          if let cut = compiled.cut(paragraph, &found) {
            cuts.append((compiled.rule, cut.removed, compiled.rule.kind == .trailing))
            paragraph = cut.kept
            found = ParagraphTriggers(paragraph, rules.triggers)
            changed = true
          }
        }
      }
      // Hashed once: the duplicate rule looks it up, and a kept paragraph is inserted.
      let key = paragraph.isEmpty ? nil : ParagraphKey(paragraph)
      let dropRule = key.flatMap { wholeParagraphRule(for: $0, seen: seen, found: &found) }
      let keeps = !paragraph.isEmpty && dropRule == nil
      let keptLength = keeps ? Normalizer.scalarCount(paragraph) : 0
      for cut in cuts {
        let at = keeps ? (cut.atEnd ? start + keptLength : start) : (text.isEmpty ? 0 : length + 2)
        removed.append(Removal(rule: cut.rule.id, reason: cut.rule.reason, text: cut.text, at: at, paragraph: index))
      }
      if let dropRule {
        removed.append(
          Removal(
            rule: dropRule.id, reason: dropRule.reason, text: paragraph, at: text.isEmpty ? 0 : length + 2,
            paragraph: index))
        continue
      }
      guard keeps else { continue }
      if !text.isEmpty {
        text += "\n\n"
        length += 2
      }
      text += paragraph
      length += keptLength
      if let key { seen.insert(key) }
    }
    // A removal after the last kept paragraph stood at the end of the text.
    let clamped = removed.map { removal -> Removal in
      var removal = removal
      removal.at = min(removal.at, length)
      return removal
    }
    return (text, clamped.sorted { ($0.at, $0.paragraph) < ($1.at, $1.paragraph) })
  }

  /// The first whole-paragraph rule that drops this paragraph, if any.
  /// `found`: the triggers of this paragraph, searched or not yet.
  private func wholeParagraphRule(
    for key: ParagraphKey, seen: Set<ParagraphKey>, found: inout ParagraphTriggers
  ) -> BoilerplateRules.Rule? {
    let paragraph = key.text
    for compiled in rules.compiled {
      switch compiled.rule.kind {
      case .paragraph where compiled.matchesWhole(paragraph, &found): return compiled.rule
      case .duplicate where seen.contains(key): return compiled.rule
      case .tagLine where Normalizer.isTagLine(paragraph): return compiled.rule
      default: continue
      }
    }
    return nil
  }

  /// Every line of `text` (split at LF and CR) canonicalized straight from its UTF-8
  /// bytes: no String per raw line (iterating `Character`s was several times slower).
  static func canonicalLines(of text: String, with canonicalizer: inout ParagraphCanonicalizer) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
        if start < index {
          lines.append(canonicalizer.canonicalize(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index])))
        }
        start = index + 1
      }
      return lines
    }
  }

  /// The number of code points in `text`, counted on its UTF-8 bytes: every byte that is
  /// not a continuation byte (`10xxxxxx`), eight bytes at a time.
  static func scalarCount(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      var continuations = 0
      var offset = 0
      while offset + 8 <= raw.count {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        // High bit set and next bit clear, per byte.
        continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
        offset += 8
      }
      while offset < raw.count {
        if raw[offset] & 0xC0 == 0x80 { continuations += 1 }
        offset += 1
      }
      return raw.count - continuations
    }
  }

  /// One word of letters (and inner hyphens), no sentence punctuation: `ukraine`, `World`.
  static func isTagLine(_ paragraph: String) -> Bool {
    // A space is neither a letter nor a hyphen: most paragraphs are out at the first one.
    guard paragraph.utf8.count <= 160, !paragraph.utf8.contains(0x20) else { return false }
    guard paragraph.unicodeScalars.count <= 40, let first = paragraph.unicodeScalars.first,
      first.properties.isAlphabetic
    else { return false }
    return paragraph.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
  }
}
