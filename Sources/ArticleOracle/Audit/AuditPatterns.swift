import Foundation
import Yams

/// The curated patterns and limits of the per-article checks (`audit-patterns.yaml`):
/// page chrome left behind, mojibake, and the thresholds of the text checks.
public struct AuditPatterns: @unchecked Sendable {
  /// One named pattern, compiled.
  public struct Pattern: @unchecked Sendable {
    public var id: String
    public var reason: String
    let regex: NSRegularExpression
  }

  public struct Limits: Sendable, Codable, Hashable {
    public var shortTextWords = 60
    public var farPastYears = 150
    public var farFutureYears = 5
    public var nearDuplicateSimilarity = 0.8
    public var dayCountTolerance = 1

    public init() {}

    enum CodingKeys: String, CodingKey {
      case shortTextWords = "short_text_words"
      case farPastYears = "far_past_years"
      case farFutureYears = "far_future_years"
      case nearDuplicateSimilarity = "near_duplicate_similarity"
      case dayCountTolerance = "day_count_tolerance"
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      let d = Limits()
      shortTextWords = try c.decodeIfPresent(Int.self, forKey: .shortTextWords) ?? d.shortTextWords
      farPastYears = try c.decodeIfPresent(Int.self, forKey: .farPastYears) ?? d.farPastYears
      farFutureYears = try c.decodeIfPresent(Int.self, forKey: .farFutureYears) ?? d.farFutureYears
      nearDuplicateSimilarity =
        try c.decodeIfPresent(Double.self, forKey: .nearDuplicateSimilarity) ?? d.nearDuplicateSimilarity
      dayCountTolerance = try c.decodeIfPresent(Int.self, forKey: .dayCountTolerance) ?? d.dayCountTolerance
    }
  }

  public var residue: [Pattern]
  public var mojibake: [Pattern]
  public var limits: Limits
  /// Words that make a sentence past, and words that make it future (lower case).
  public var pastWords: [String]
  public var futureWords: [String]

  private struct File: Decodable {
    struct Tense: Decodable {
      var past: [String]
      var future: [String]
    }
    struct Entry: Decodable {
      var id: String
      var reason: String
      var pattern: String
    }
    var version: Int
    var residue: [Entry]
    var mojibake: [Entry]
    var limits: Limits?
    var tense: Tense?
  }

  /// Loads a patterns file. Throws naming the file, the entry and the problem.
  public init(yaml: String, file: String) throws(DataFileError) {
    let parsed: File
    do {
      parsed = try YAMLDecoder().decode(File.self, from: yaml)
    } catch {
      throw DataFileError(file: file, problem: "not a valid audit patterns file: \(error)")
    }
    guard parsed.version == 1 else {
      throw DataFileError(file: file, problem: "version \(parsed.version) is not supported; use version: 1")
    }
    func compile(_ entries: [File.Entry]) throws(DataFileError) -> [Pattern] {
      var seen: Set<String> = []
      var out: [Pattern] = []
      for entry in entries {
        guard seen.insert(entry.id).inserted else {
          throw DataFileError(file: file, entry: entry.id, problem: "the id is used twice")
        }
        do {
          out.append(Pattern(id: entry.id, reason: entry.reason, regex: try NSRegularExpression(pattern: entry.pattern)))
        } catch {
          throw DataFileError(file: file, entry: entry.id, problem: "the pattern does not compile: \(entry.pattern)")
        }
      }
      return out
    }
    residue = try compile(parsed.residue)
    mojibake = try compile(parsed.mojibake)
    limits = parsed.limits ?? Limits()
    pastWords = (parsed.tense?.past ?? []).map { $0.lowercased() }
    futureWords = (parsed.tense?.future ?? []).map { $0.lowercased() }
  }

  /// The patterns shipped with the package.
  public static func bundled() throws(DataFileError) -> AuditPatterns {
    let data = try BundledResource.data("audit-patterns.yaml")
    return try AuditPatterns(yaml: String(decoding: data, as: UTF8.self), file: "audit-patterns.yaml")
  }
}

extension AuditPatterns.Pattern {
  /// The code-point spans of every match in `text`.
  func matches(in text: String) -> [(start: Int, end: Int, text: String)] {
    let ns = text as NSString
    var offsets = ScalarOffsets(text)
    var out: [(Int, Int, String)] = []
    for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      guard let range = Range(match.range, in: text), !range.isEmpty else { continue }
      let start = offsets.offset(of: range.lowerBound)
      let end = offsets.offset(of: range.upperBound)
      out.append((start, end, String(text[range])))
    }
    return out
  }
}
