/// One case of an external figure corpus (Duckling, quantulum3) as the JSONL files under
/// `shared/data/` write it: an input and what a number reader should find in it.
public struct FigureEvalCase: Sendable, Hashable, Decodable {
  /// One expected quantity. A range or bound gives `from`/`to` instead of `value`.
  public struct Expected: Sendable, Hashable, Decodable {
    public var text: String?
    public var start: Int?
    public var end: Int?
    public var value: Double?
    public var from: Double?
    public var to: Double?
    public var unit: String?
    public var entity: String?

    public init(
      text: String? = nil, start: Int? = nil, end: Int? = nil, value: Double? = nil, from: Double? = nil,
      to: Double? = nil, unit: String? = nil, entity: String? = nil
    ) {
      self.text = text
      self.start = start
      self.end = end
      self.value = value
      self.from = from
      self.to = to
      self.unit = unit
      self.entity = entity
    }

    /// The numbers a reader must find for this item: its value, or the bounds it gives.
    public var wantedValues: [Double] {
      if let value { return [value] }
      return [from, to].compactMap { $0 }
    }
  }

  public var id: String
  public var input: String
  public var expected: [Expected]?
  /// Values only, no spans (quantulum's spell-out tests).
  public var expectedValues: [Double]?
  /// Duckling: the whole input is one expression; its spans say nothing more.
  public var wholeInputMatch: Bool?

  enum CodingKeys: String, CodingKey {
    case id, input, expected
    case expectedValues = "expected_values"
    case wholeInputMatch = "whole_input_match"
  }

  public init(id: String, input: String, expected: [Expected]? = nil, expectedValues: [Double]? = nil, wholeInputMatch: Bool? = nil) {
    self.id = id
    self.input = input
    self.expected = expected
    self.expectedValues = expectedValues
    self.wholeInputMatch = wholeInputMatch
  }

  /// Every number the case wants found.
  public var wantedValues: [Double] {
    expectedValues ?? (expected ?? []).flatMap(\.wantedValues)
  }

  /// Whether the case gives spans worth scoring (not whole-input corpora).
  public var hasSpans: Bool {
    wholeInputMatch != true && (expected ?? []).contains { $0.start != nil && $0.end != nil }
  }
}
