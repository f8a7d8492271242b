/// A SARIF 2.1.0 log: the subset GitHub code scanning reads, as Codable values.
///
/// Generic on purpose: the golden check and the batch audit both write their SARIF
/// through it. Rules carry `shortDescription`, `fullDescription` and `help`; results carry
/// a message, a location with a region, and `partialFingerprints`. Columns count Unicode
/// code points (`columnKind`), like every offset of the project.
public struct SARIFLog: Hashable, Sendable, Codable {
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

  public var schema: String
  public var version: String
  public var runs: [Run]

  public init(runs: [Run]) {
    self.schema = Self.schemaURI
    self.version = "2.1.0"
    self.runs = runs
  }

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }

  /// The log as stable JSON (sorted keys, LF, trailing newline).
  public func json() throws -> String { try StableJSON.string(self) }

  // MARK: - Values

  public struct Message: Hashable, Sendable, Codable {
    public var text: String
    public init(_ text: String) { self.text = text }
  }

  public enum Level: String, Hashable, Sendable, Codable {
    case none, note, warning, error
  }

  public enum Kind: String, Hashable, Sendable, Codable {
    case pass, fail, review, open, informational, notApplicable
  }

  public struct Rule: Hashable, Sendable, Codable {
    public struct Configuration: Hashable, Sendable, Codable {
      public var level: Level
    }

    public var id: String
    public var name: String
    public var shortDescription: Message
    public var fullDescription: Message
    public var help: Message
    public var defaultConfiguration: Configuration

    public init(id: String, name: String, short: String, full: String, help: String, level: Level) {
      self.id = id
      self.name = name
      self.shortDescription = Message(short)
      self.fullDescription = Message(full)
      self.help = Message(help)
      self.defaultConfiguration = Configuration(level: level)
    }
  }

  public struct Region: Hashable, Sendable, Codable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    public var charOffset: Int?
    public var charLength: Int?
    public var snippet: Message?

    public init(
      startLine: Int, startColumn: Int, endLine: Int, endColumn: Int, charOffset: Int? = nil, charLength: Int? = nil,
      snippet: String? = nil
    ) {
      self.startLine = startLine
      self.startColumn = startColumn
      self.endLine = endLine
      self.endColumn = endColumn
      self.charOffset = charOffset
      self.charLength = charLength
      self.snippet = snippet.map(Message.init)
    }

    /// The region of code points `start..<end` of `text`, with 1-based lines and columns.
    public init(text: String, start: Int, end: Int, withSnippet: Bool = true) {
      let from = TextPosition.of(offset: start, in: text)
      let to = TextPosition.of(offset: max(start, end), in: text)
      let snippet = withSnippet ? String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(start).prefix(max(0, end - start)))) : nil
      self.init(
        startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column, charOffset: start,
        charLength: max(0, end - start), snippet: snippet)
    }
  }

  public struct ArtifactLocation: Hashable, Sendable, Codable {
    public var uri: String
    public init(uri: String) { self.uri = uri }
  }

  public struct PhysicalLocation: Hashable, Sendable, Codable {
    public var artifactLocation: ArtifactLocation
    public var region: Region?
  }

  public struct Location: Hashable, Sendable, Codable {
    public var physicalLocation: PhysicalLocation

    public init(uri: String, region: Region?) {
      physicalLocation = PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri), region: region)
    }
  }

  public struct Result: Hashable, Sendable, Codable {
    public var ruleId: String
    public var ruleIndex: Int?
    public var level: Level
    public var kind: Kind
    public var message: Message
    public var locations: [Location]
    public var partialFingerprints: [String: String]

    public init(
      ruleId: String, level: Level, kind: Kind = .fail, message: String, locations: [Location],
      fingerprint: String
    ) {
      self.ruleId = ruleId
      self.level = level
      self.kind = kind
      self.message = Message(message)
      self.locations = locations
      self.partialFingerprints = ["primaryLocationLineHash": fingerprint]
    }
  }

  public struct Driver: Hashable, Sendable, Codable {
    public var name: String
    public var version: String
    public var informationUri: String?
    public var rules: [Rule]
  }

  public struct Tool: Hashable, Sendable, Codable {
    public var driver: Driver
  }

  public struct AutomationDetails: Hashable, Sendable, Codable {
    public var id: String
  }

  public struct Run: Hashable, Sendable, Codable {
    public var tool: Tool
    public var results: [Result]
    public var columnKind: String
    public var automationDetails: AutomationDetails?

    /// A run of `tool`: `ruleIndex` of each result is filled from `rules`.
    public init(
      toolName: String, toolVersion: String, informationUri: String? = nil, rules: [Rule], results: [Result],
      category: String? = nil
    ) {
      self.tool = Tool(driver: Driver(name: toolName, version: toolVersion, informationUri: informationUri, rules: rules))
      let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
      self.results = results.map { result in
        var result = result
        result.ruleIndex = index[result.ruleId]
        return result
      }
      self.columnKind = "unicodeCodePoints"
      self.automationDetails = category.map { AutomationDetails(id: $0) }
    }
  }
}

/// A 1-based line and column (in code points) of an offset in a text.
public struct TextPosition: Hashable, Sendable {
  public var line: Int
  public var column: Int

  /// The position of code-point `offset` in `text`; offsets past the end clamp to the end.
  public static func of(offset: Int, in text: String) -> TextPosition {
    var line = 1
    var column = 1
    var seen = 0
    for scalar in text.unicodeScalars {
      if seen == offset { break }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      seen += 1
    }
    return TextPosition(line: line, column: column)
  }
}
