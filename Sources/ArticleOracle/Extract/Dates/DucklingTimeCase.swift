import Foundation

/// One case of Facebook Duckling's Time or Duration corpus, as the JSONL files under
/// `shared/data/duckling/` write it: a whole input, the corpus it comes from, the reference
/// time, and the one expression Duckling must find in it (none for a negative case).
public struct DucklingTimeCase: Sendable, Hashable {
  /// What the case expects, converted to TIMEX3 where TIMEX3 has a single value for it.
  public enum Target: Sendable, Hashable, Codable {
    /// A point at a grain (a holiday too): its TIMEX3 value, `2013-02-15`, `2013-W07`.
    case instant(String)
    /// An amount of time: its TIMEX3 value, `P2D`, `PT90M`.
    case duration(String)
    /// A from/to interval (one end may be open): no single TIMEX3 value; the span is scored.
    case interval(from: String?, to: String?)

    /// The TIMEX3 value, or nil for an interval.
    public var value: String? {
      switch self {
      case .instant(let v), .duration(let v): return v
      case .interval: return nil
      }
    }

    /// How the expectation reads in an error listing.
    public var description: String {
      switch self {
      case .instant(let v), .duration(let v): return v
      case .interval(let from, let to): return "interval \(from ?? "…")/\(to ?? "…")"
      }
    }
  }

  /// The one expected expression: its span in the input and its TIMEX3 target.
  public struct Expected: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var target: Target

    public init(start: Int, end: Int, target: Target) {
      self.start = start
      self.end = end
      self.target = target
    }
  }

  public var id: String
  /// `main`, `default`, `latent`, `diff` or `negative` (see the corpus README).
  public var corpus: String
  public var input: String
  /// The reference time, `2013-02-12T04:30:00-02:00`; nil in the Duration corpus.
  public var reference: String?
  /// Empty for a negative case.
  public var expected: [Expected]

  public init(id: String, corpus: String, input: String, reference: String?, expected: [Expected]) {
    self.id = id
    self.corpus = corpus
    self.input = input
    self.reference = reference
    self.expected = expected
  }

  /// The corpus kind of a negative case, which passes when nothing is found.
  public static let negativeKind = "negative"

  public var isNegative: Bool { corpus == Self.negativeKind || expected.isEmpty }

  /// The date of the reference time: the publication date the extractor gets.
  public var referenceDate: CalendarDate? { reference.flatMap { CalendarDate(iso: $0) } }

  // MARK: - Reading

  /// The line as written: `value` is a datetime string (Time), a number (Duration) or null.
  private struct Line: Decodable {
    struct Item: Decodable {
      var start: Int
      var end: Int
      var value: Value?
      var grain: String?
      var from: String?
      var to: String?
      var unit: String?
    }

    enum Value: Decodable {
      case text(String)
      case number(Double)

      init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
          self = .number(number)
        } else {
          self = .text(try container.decode(String.self))
        }
      }
    }

    var id: String
    var corpus: String
    var input: String
    var reference: String?
    var expected: [Item]
  }

  /// Reads a Duckling Time or Duration JSONL file. Throws naming the line that does not
  /// parse or whose expected value cannot be converted to TIMEX3.
  public static func readCases(jsonl data: Data, file: String) throws(DataFileError) -> [DucklingTimeCase] {
    var cases: [DucklingTimeCase] = []
    let decoder = JSONDecoder()
    for (number, line) in JSONLinesReader.lines(data) {
      let parsed = try JSONLinesReader.decode(
        Line.self, line: line, number: number, file: file,
        shape: "a Duckling Time/Duration case {id, corpus, input, reference, expected}", decoder: decoder)
      let entry = "line \(number)"
      var expected: [Expected] = []
      for item in parsed.expected {
        do throws(DucklingTimex.ConversionError) {
          expected.append(Expected(start: item.start, end: item.end, target: try target(of: item)))
        } catch {
          throw DataFileError(file: file, entry: entry, problem: "\(error)")
        }
      }
      if parsed.corpus == negativeKind, !expected.isEmpty {
        throw DataFileError(file: file, entry: entry, problem: "a negative case expects nothing; empty its expected list")
      }
      cases.append(
        DucklingTimeCase(
          id: parsed.id, corpus: parsed.corpus, input: parsed.input, reference: parsed.reference, expected: expected))
    }
    return cases
  }

  private static func target(of item: Line.Item) throws(DucklingTimex.ConversionError) -> Target {
    switch item.value {
    case .number(let amount):
      guard let unit = item.unit else { throw .missing("unit", of: "a duration value") }
      return .duration(try DucklingTimex.duration(amount, unit: unit))
    case .text(let value):
      guard let grain = item.grain else { throw .missing("grain", of: "a time value") }
      return .instant(try DucklingTimex.instant(value, grain: grain))
    case nil:
      guard item.from != nil || item.to != nil else { throw .missing("value or from/to", of: "an expected item") }
      return .interval(from: item.from, to: item.to)
    }
  }
}
