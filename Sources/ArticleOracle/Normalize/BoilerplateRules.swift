import Foundation
import Yams

/// The boilerplate rules, loaded from a YAML data file (`Resources/boilerplate.yaml`) and
/// compiled once; a value shared by every normalization.
public struct BoilerplateRules: Sendable {
  public enum Kind: String, Sendable, Codable {
    case paragraph
    case trailing
    case leading
    case duplicate
    case tagLine = "tag-line"
  }

  /// One rule as written in the data file.
  public struct Rule: Sendable, Codable, Hashable {
    public var id: String
    public var kind: Kind
    public var reason: String
    public var pattern: String?
    /// Plain substrings, matched ignoring ASCII case; the pattern is tried only on a
    /// paragraph holding one of them (`trigger` in the file: one string or a list). Empty:
    /// always tried.
    public var triggers: [String]
    /// For paragraph rules: paragraphs longer than this (in bytes) are never tried.
    public var maxLength: Int?

    enum CodingKeys: String, CodingKey {
      case id, kind, reason, pattern, trigger
      case maxLength = "max_length"
    }

    public init(
      id: String, kind: Kind, reason: String, pattern: String? = nil, triggers: [String] = [], maxLength: Int? = nil
    ) {
      self.id = id
      self.kind = kind
      self.reason = reason
      self.pattern = pattern
      self.triggers = triggers
      self.maxLength = maxLength
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try container.decode(String.self, forKey: .id)
      kind = try container.decode(Kind.self, forKey: .kind)
      reason = try container.decode(String.self, forKey: .reason)
      pattern = try container.decodeIfPresent(String.self, forKey: .pattern)
      maxLength = try container.decodeIfPresent(Int.self, forKey: .maxLength)
      if let list = try? container.decodeIfPresent([String].self, forKey: .trigger) {
        triggers = list
      } else {
        triggers = try container.decodeIfPresent(String.self, forKey: .trigger).map { [$0] } ?? []
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(kind, forKey: .kind)
      try container.encode(reason, forKey: .reason)
      try container.encodeIfPresent(pattern, forKey: .pattern)
      try container.encodeIfPresent(maxLength, forKey: .maxLength)
      switch triggers.count {
      case 0: break
      case 1: try container.encode(triggers[0], forKey: .trigger)
      default: try container.encode(triggers, forKey: .trigger)
      }
    }
  }

  /// A rule ready to match. A class: the normalizer visits every rule for every paragraph,
  /// and copying a struct of strings and arrays retained each of them on each visit.
  final class Compiled: @unchecked Sendable {  // immutable; NSRegularExpression is once built
    let rule: Rule
    let regex: NSRegularExpression?
    /// The scalars a match can start with (paragraph and leading rules) or end with
    /// (trailing rules), when the pattern tells: the paragraph's scalar there must be one.
    let edgeScalars: RegexEdgeScalars?
    /// The ids of the rule's triggers in `BoilerplateRules.triggers` (empty: always tried).
    let triggerIDs: [Int]

    init(rule: Rule, regex: NSRegularExpression?, edgeScalars: RegexEdgeScalars?, triggerIDs: [Int]) {
      self.rule = rule
      self.regex = regex
      self.edgeScalars = edgeScalars
      self.triggerIDs = triggerIDs
    }
  }

  private struct File: Codable {
    var version: Int
    var rules: [Rule]
  }

  public let rules: [Rule]
  let compiled: [Compiled]
  /// All the rules' triggers, found in a paragraph in one pass.
  let triggers: TriggerMatcher

  /// Loads and compiles a rules file. Throws naming the file, the rule and the problem.
  public init(yaml: String, file: String) throws(DataFileError) {
    let parsed: File
    do {
      parsed = try YAMLDecoder().decode(File.self, from: yaml)
    } catch {
      throw DataFileError(file: file, problem: "not a valid rules file: \(error)")
    }
    var seen: Set<String> = []
    var compiled: [Compiled] = []
    var triggerIDs: [String: Int] = [:]
    var triggerBytes: [[UInt8]] = []
    for rule in parsed.rules {
      guard seen.insert(rule.id).inserted else {
        throw DataFileError(file: file, entry: rule.id, problem: "the rule id is used twice")
      }
      if rule.triggers.contains(where: \.isEmpty) {
        throw DataFileError(file: file, entry: rule.id, problem: "a trigger is empty; remove it or write the substring")
      }
      var regex: NSRegularExpression?
      var edgeScalars: RegexEdgeScalars?
      switch rule.kind {
      case .paragraph, .trailing, .leading:
        guard let pattern = rule.pattern else {
          throw DataFileError(file: file, entry: rule.id, problem: "a \(rule.kind.rawValue) rule needs a pattern")
        }
        do {
          regex = try NSRegularExpression(pattern: pattern)
        } catch {
          throw DataFileError(file: file, entry: rule.id, problem: "the pattern does not compile: \(pattern)")
        }
        edgeScalars = rule.kind == .trailing ? RegexEdgeScalars(lastOf: pattern) : RegexEdgeScalars(firstOf: pattern)
      case .duplicate, .tagLine:
        break
      }
      // Triggers are found ignoring ASCII case: spellings that differ only there share an id.
      let ids = rule.triggers.map { trigger in
        let folded = String(decoding: trigger.utf8.map(TriggerMatcher.foldASCII), as: UTF8.self)
        return triggerIDs[folded]
          ?? {
            triggerBytes.append(Array(folded.utf8))
            triggerIDs[folded] = triggerBytes.count - 1
            return triggerBytes.count - 1
          }()
      }
      compiled.append(Compiled(rule: rule, regex: regex, edgeScalars: edgeScalars, triggerIDs: ids))
    }
    self.rules = parsed.rules
    self.compiled = compiled
    self.triggers = TriggerMatcher(triggerBytes)
  }

  /// The rules shipped with the package.
  public static func bundled() throws(DataFileError) -> BoilerplateRules {
    try bundledResult.get()
  }

  private static let bundledResult: Result<BoilerplateRules, DataFileError> = {
    do {
      let data = try BundledResource.data("boilerplate.yaml")
      return .success(try BoilerplateRules(yaml: String(decoding: data, as: UTF8.self), file: "boilerplate.yaml"))
    } catch let error as DataFileError {
      return .failure(error)
    } catch {
      return .failure(DataFileError(file: "boilerplate.yaml", problem: "\(error)"))
    }
  }()
}

// MARK: - Matching

extension BoilerplateRules.Compiled {
  /// Whether the whole paragraph matches (for tests and single checks; the normalizer passes
  /// the triggers it found for all rules at once).
  func matchesWhole(_ paragraph: String, in rules: BoilerplateRules) -> Bool {
    var found = ParagraphTriggers(paragraph, rules.triggers)
    return matchesWhole(paragraph, &found)
  }

  /// Whether the whole paragraph matches, given the triggers it holds.
  func matchesWhole(_ paragraph: String, _ found: inout ParagraphTriggers) -> Bool {
    if let maxLength = rule.maxLength, paragraph.utf8.count > maxLength { return false }
    // Most paragraphs start with a letter no boilerplate pattern starts with: no regex run.
    if let edgeScalars, let first = paragraph.unicodeScalars.first, !edgeScalars.admits(first) { return false }
    guard let regex, found.holdsAny(triggerIDs) else { return false }
    let range = NSRange(paragraph.startIndex..., in: paragraph)
    guard let match = regex.firstMatch(in: paragraph, range: range) else { return false }
    return match.range == range
  }

  /// For trailing and leading rules: the paragraph split into kept text and removed text.
  func cut(_ paragraph: String, _ found: inout ParagraphTriggers) -> (kept: String, removed: String)? {
    // The match must end (trailing) or start (leading) where the paragraph does.
    if let edgeScalars {
      let edge = rule.kind == .trailing ? paragraph.unicodeScalars.last : paragraph.unicodeScalars.first
      if let edge, !edgeScalars.admits(edge) { return nil }
    }
    guard let regex, found.holdsAny(triggerIDs) else { return nil }
    let whole = NSRange(paragraph.startIndex..., in: paragraph)
    let matches = regex.matches(in: paragraph, range: whole)
    let match: NSTextCheckingResult?
    switch rule.kind {
    case .trailing: match = matches.last(where: { NSMaxRange($0.range) == whole.length })
    case .leading: match = matches.first(where: { $0.range.location == 0 })
    default: match = nil
    }
    guard let match, match.range.length > 0, let range = Range(match.range, in: paragraph) else { return nil }
    let removed = String(paragraph[range]).trimmedSpaces
    var kept = paragraph
    kept.removeSubrange(range)
    return (kept.trimmedSpaces, removed)
  }

}

/// The rules' triggers one paragraph holds: searched, for all rules in one pass
/// (`TriggerMatcher`), when the first rule that needs them asks.
struct ParagraphTriggers {
  private let paragraph: String
  private let matcher: TriggerMatcher
  private var found: TriggerSet?

  init(_ paragraph: String, _ matcher: TriggerMatcher) {
    self.paragraph = paragraph
    self.matcher = matcher
  }

  /// Whether the paragraph holds one of the triggers `ids` (true for none: always tried).
  mutating func holdsAny(_ ids: [Int]) -> Bool {
    guard !ids.isEmpty else { return true }
    let set = found ?? matcher.found(in: paragraph)
    found = set
    return ids.contains { set.contains($0) }
  }
}

extension String {
  /// Without leading and trailing spaces (canonical paragraphs hold no other white space).
  /// Cheaper than Foundation's `trimmingCharacters(in:)`, which bridges to NSString.
  var trimmedSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " }) else { return "" }
    let last = scalars.lastIndex(where: { $0 != " " }) ?? first
    return String(scalars[first...last])
  }
}
