/// One article after normalization: the canonical text every offset points into,
/// its publication date, and the log of what normalization removed and noticed.
public struct NormalizedArticle: Hashable, Sendable, Codable {
  /// The article id: its file name without extension.
  public var id: String
  /// Where the article came from (a path as given by the user, or `jsonl:<line>`).
  public var source: String
  /// The publication date, from a `date YYYY-MM-DD` header or HTML metadata.
  public var published: CalendarDate?
  /// The canonical text (NFC, paragraphs joined by one blank line).
  public var text: String
  /// The SHA-256 of `text` as UTF-8.
  public var textSHA256: String
  /// The SHA-256 of the input bytes.
  public var sourceSHA256: String
  /// Every piece of boilerplate removed, in text order.
  public var removed: [Removal]
  /// What the input showed: encoding used, replaced bytes, embeds, URLs, parser trouble.
  public var findings: [InputFinding]
  /// How the input was read.
  public var format: InputFormat
  /// The character encoding the bytes were decoded with.
  public var encoding: String

  public init(
    id: String, source: String, published: CalendarDate?, text: String, sourceSHA256: String,
    removed: [Removal] = [], findings: [InputFinding] = [], format: InputFormat = .text,
    encoding: String = "utf-8"
  ) {
    self.id = id
    self.source = source
    self.published = published
    self.text = text
    self.textSHA256 = Digest.sha256(text)
    self.sourceSHA256 = sourceSHA256
    self.removed = removed
    self.findings = findings
    self.format = format
    self.encoding = encoding
  }

  enum CodingKeys: String, CodingKey {
    case id, source, published, text, removed, findings, format, encoding
    case textSHA256 = "sha256"
    case sourceSHA256 = "source_sha256"
  }
}

/// Whether the input was read as plain text or through the HTML parser.
public enum InputFormat: String, Hashable, Sendable, Codable {
  case text
  case html
}

/// A piece of boilerplate the normalizer removed: which rule, what text, and where.
public struct Removal: Hashable, Sendable, Codable {
  /// The id of the rule in `boilerplate.yaml` (or a built-in structural rule).
  public var rule: String
  /// Why the rule exists, as written in the rules file.
  public var reason: String
  /// The removed text, after white-space normalization.
  public var text: String
  /// The code-point offset in the normalized text where the removed text stood.
  public var at: Int
  /// The index (from 0) of the input paragraph the text came from.
  public var paragraph: Int

  public init(rule: String, reason: String, text: String, at: Int, paragraph: Int) {
    self.rule = rule
    self.reason = reason
    self.text = text
    self.at = at
    self.paragraph = paragraph
  }
}

/// Something the normalizer noticed about the input that is not boilerplate.
public struct InputFinding: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The encoding used and how it was chosen (always present).
    case encoding
    /// Bytes that were not valid in the chosen encoding, replaced by U+FFFD.
    case replacedBytes = "replaced-bytes"
    /// NUL or other control characters that were dropped.
    case controlCharacters = "control-characters"
    /// An embedded social media post (kept in the text).
    case socialEmbed = "social-embed"
    /// A URL in the text (kept).
    case url
    /// The HTML parser stopped early or dropped content.
    case parserTruncated = "parser-truncated"
    /// A DOCTYPE internal subset or other markup that leaked into text was dropped.
    case markupLeak = "markup-leak"
    /// The HTML parser reported errors (counted, not an error of ours).
    case parserErrors = "parser-errors"
  }

  public var kind: Kind
  public var message: String
  /// The span in the normalized text, when the finding has one.
  public var start: Int?
  public var end: Int?
  /// How many times it happened, for counted findings.
  public var count: Int?

  public init(kind: Kind, message: String, start: Int? = nil, end: Int? = nil, count: Int? = nil) {
    self.kind = kind
    self.message = message
    self.start = start
    self.end = end
    self.count = count
  }
}
