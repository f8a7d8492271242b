/// SARIF 2.1.0 pieces of an audit: one result per finding. The findings' spans point
/// into the normalized text, not the source file, so they are given as result
/// properties (`start`, `end`, `text_sha256`) and the location names the source file only.
///
/// Streamed: results are written one per line as articles are audited (`SARIFLog` of
/// Report/ holds the whole log in memory), so a batch of any size never sits in memory.
enum AuditSARIF {
  static func prefix(version: String) throws -> String {
    let rules = AuditRule.catalogue.map { rule -> [String: SARIFValue] in
      [
        "id": .string(rule.id), "shortDescription": .object(["text": .string(rule.summary)]),
        "defaultConfiguration": .object(["level": .string(rule.severity.rawValue)]),
      ]
    }
    let driver: [String: SARIFValue] = [
      "name": .string("article-oracle audit"), "version": .string(version),
      "rules": .array(rules.map { .object($0) }),
    ]
    let tool = String(decoding: try StableJSON.encodeLine(SARIFValue.object(["driver": .object(driver)])), as: UTF8.self)
    return "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{"
      + "\"tool\":\(tool),\"columnKind\":\"unicodeCodePoints\",\"results\":[\n"
  }

  static let suffix = "\n]}]}\n"

  /// The results of one article, one JSON object per line.
  static func results(_ audit: ArticleAudit) throws -> [String] {
    try audit.findings.map { finding in
      var properties: [String: SARIFValue] = ["article": .string(audit.id), "text_sha256": .string(audit.summary.textSHA256)]
      if let start = finding.start, let end = finding.end {
        properties["start"] = .int(start)
        properties["end"] = .int(end)
      }
      return try line(finding, locations: [audit.source], properties: properties)
    }
  }

  /// The result of a batch finding, located at each article it lists.
  static func result(_ finding: AuditFinding, sources: [String: String]) throws -> String {
    try line(
      finding, locations: finding.articles.map { sources[$0] ?? $0 },
      properties: ["articles": .array(finding.articles.map { .string($0) })])
  }

  private static func line(_ finding: AuditFinding, locations: [String], properties: [String: SARIFValue]) throws -> String {
    let result: [String: SARIFValue] = [
      "ruleId": .string(finding.rule), "level": .string(finding.severity.rawValue),
      "message": .object(["text": .string(finding.message)]),
      "locations": .array(
        locations.map { .object(["physicalLocation": .object(["artifactLocation": .object(["uri": .string(uri($0))])])]) }),
      "properties": .object(properties),
    ]
    return String(decoding: try StableJSON.encodeLine(SARIFValue.object(result)), as: UTF8.self)
  }

  /// A relative URI reference for a path (percent-encoding what a URI cannot hold).
  static func uri(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if c.isASCII && (c.isLetter || c.isNumber || "-._~/:".contains(c)) {
        out.append(c)
      } else {
        out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return out
  }
}

/// A JSON value, for the loosely shaped SARIF objects.
enum SARIFValue: Encodable {
  case string(String)
  case int(Int)
  case array([SARIFValue])
  case object([String: SARIFValue])

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let value): try container.encode(value)
    case .int(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }
}
