import Foundation

/// Scores the date extractor on Duckling's Time and Duration corpora, case by case.
///
/// Each input is one whole expression. A negative case passes when no date item is found.
/// Any other case is `found` when some item overlaps the expected span, `whole` when one
/// item covers it (a leading preposition may stay outside, as TIMEX3 extents leave it out),
/// and, for instants and durations, `value` when some item has the converted TIMEX3 value.
/// Intervals have no single TIMEX3 value: only their span is scored.
public struct DucklingTimeEvaluation: Sendable, Hashable, Encodable {
  /// Counts of one group of cases (a corpus kind, a file, several files).
  public struct Score: Sendable, Hashable, Encodable {
    public var cases = 0
    /// Negative cases, and those where nothing was found.
    public var negative = 0
    public var negativePassed = 0
    public var found = 0
    public var whole = 0
    /// Cases with a value to compare (instants and durations), and those whose value matched.
    public var valued = 0
    public var value = 0

    public init() {}

    /// Cases that expect an expression.
    public var positive: Int { cases - negative }

    static func share(_ n: Int, _ of: Int) -> Double { of == 0 ? 0 : Double(n) / Double(of) }

    public var foundShare: Double { Self.share(found, positive) }
    public var wholeShare: Double { Self.share(whole, positive) }
    public var valueShare: Double { Self.share(value, valued) }
    public var negativeShare: Double { Self.share(negativePassed, negative) }

    static func + (a: Score, b: Score) -> Score {
      var s = Score()
      s.cases = a.cases + b.cases
      s.negative = a.negative + b.negative
      s.negativePassed = a.negativePassed + b.negativePassed
      s.found = a.found + b.found
      s.whole = a.whole + b.whole
      s.valued = a.valued + b.valued
      s.value = a.value + b.value
      return s
    }

    enum CodingKeys: String, CodingKey {
      case cases, negative, negativePassed, found, whole, valued, value
      case foundShare, wholeShare, valueShare, negativeShare
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(cases, forKey: .cases)
      try c.encode(negative, forKey: .negative)
      try c.encode(negativePassed, forKey: .negativePassed)
      try c.encode(found, forKey: .found)
      try c.encode(whole, forKey: .whole)
      try c.encode(valued, forKey: .valued)
      try c.encode(value, forKey: .value)
      for (key, share) in [
        (CodingKeys.foundShare, foundShare), (.wholeShare, wholeShare), (.valueShare, valueShare),
        (.negativeShare, negativeShare),
      ] {
        try c.encode((share * 10_000).rounded() / 10_000, forKey: key)
      }
    }
  }

  /// A case the extractor did not pass, with what it found.
  public struct Failure: Sendable, Hashable, Encodable {
    public var id: String
    public var corpus: String
    public var input: String
    /// The converted expectation (`2013-02-15`, `PT90M`, `interval …/…`), or `nothing`.
    public var expected: String
    /// What failed: `found`, `whole`, `value`, or `negative` (something was found).
    public var failed: [String]
    public var items: [TimexAnnotation]

    /// One line for the terminal: id, input, expected value, our items.
    public var line: String {
      let ours = items.isEmpty ? "none" : items.map { "\($0.type) \"\($0.text ?? "")\" \($0.value)" }.joined(separator: "; ")
      return "\(id)\t\(failed.joined(separator: ","))\t\"\(input)\"\texpected \(expected)\tours \(ours)"
    }
  }

  /// The file (or group) name the figures are for.
  public var name: String
  public var overall = Score()
  public var byKind: [String: Score] = [:]
  /// Failed cases in file order.
  public var failures: [Failure] = []

  public init(name: String) { self.name = name }

  /// Words that may precede the expected expression outside a TIMEX3 extent: TimeML calls
  /// them signals, Duckling keeps them inside its span (`on 2/15`, `at 3pm`, `@ 3pm`).
  public static let leadingSignals: [String] = [
    "on", "at", "in", "by", "for", "from", "during", "since", "until", "till", "before", "after", "@",
  ]

  /// Scores every case with `extractor`, the reference date as publication date.
  public static func score(_ cases: [DucklingTimeCase], name: String, extractor: DateExtractor = DateExtractor())
    -> DucklingTimeEvaluation
  {
    var evaluation = DucklingTimeEvaluation(name: name)
    for testCase in cases {
      let items = extractor.extract(from: testCase.input, published: testCase.referenceDate)
      evaluation.add(testCase, items: items.map(TimexAnnotation.init))
    }
    return evaluation
  }

  /// Adds one case and the items found in its input.
  public mutating func add(_ testCase: DucklingTimeCase, items: [TimexAnnotation]) {
    var score = Score()
    var failed: [String] = []
    score.cases = 1
    if testCase.isNegative {
      score.negative = 1
      if items.isEmpty { score.negativePassed = 1 } else { failed.append("negative") }
    } else if let expected = testCase.expected.first {
      if items.contains(where: { $0.start < expected.end && expected.start < $0.end }) {
        score.found = 1
      } else {
        failed.append("found")
      }
      let inner = Self.innerStart(of: expected, in: testCase.input)
      if items.contains(where: { $0.start <= inner && $0.end >= expected.end }) {
        score.whole = 1
      } else {
        failed.append("whole")
      }
      if expected.target.value != nil {
        score.valued = 1
        if items.contains(where: { Self.matches($0.value, expected.target) }) {
          score.value = 1
        } else {
          failed.append("value")
        }
      }
    }
    overall = overall + score
    byKind[testCase.corpus] = byKind[testCase.corpus, default: Score()] + score
    if !failed.isEmpty {
      failures.append(
        Failure(
          id: testCase.id, corpus: testCase.corpus, input: testCase.input,
          expected: testCase.expected.first?.target.description ?? "nothing", failed: failed, items: items))
    }
  }

  /// Whether an extracted value is the expected one: the same instant, or the same amount.
  public static func matches(_ value: String, _ target: DucklingTimeCase.Target) -> Bool {
    switch target {
    case .instant(let expected): return DucklingTimex.sameInstant(value, expected)
    case .duration(let expected): return DucklingTimex.sameDuration(value, expected)
    case .interval: return false
    }
  }

  /// Where an item may start and still cover `expected`: after a leading signal word and
  /// the spaces that follow it (`on 2/15` → `2/15`), else at its start.
  static func innerStart(of expected: DucklingTimeCase.Expected, in input: String) -> Int {
    let scalars = Array(input.unicodeScalars)
    guard expected.start >= 0, expected.start < expected.end, expected.end <= scalars.count else { return expected.start }
    let span = scalars[expected.start..<expected.end]
    for signal in leadingSignals {
      let word = Array(signal.unicodeScalars)
      guard span.count > word.count else { continue }
      let head = span.prefix(word.count)
      guard zip(head, word).allSatisfy({ String($0.0).lowercased() == String($0.1) }) else { continue }
      var index = span.startIndex + word.count
      let needsSpace = word.allSatisfy { $0.properties.isAlphabetic }
      if needsSpace, !scalars[index].properties.isWhitespace { continue }
      while index < span.endIndex, scalars[index].properties.isWhitespace { index += 1 }
      if index < span.endIndex { return index }
    }
    return expected.start
  }

  /// Adds another evaluation's counts (and failures) under this one's name.
  public mutating func merge(_ other: DucklingTimeEvaluation) {
    overall = overall + other.overall
    for (kind, score) in other.byKind { byKind[kind] = byKind[kind, default: Score()] + score }
    failures += other.failures
  }

  /// The corpus kinds in reading order: Duckling's five, then any other, sorted.
  public var kinds: [String] {
    let known = ["main", "default", "latent", "diff", DucklingTimeCase.negativeKind]
    return known.filter { byKind[$0] != nil } + byKind.keys.filter { !known.contains($0) }.sorted()
  }

  /// A plain-text table of the figures: one row per corpus kind, then all cases.
  public func report() -> [String] {
    func pct(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }
    func pad(_ t: String, _ w: Int) -> String { t + String(repeating: " ", count: max(0, w - t.count)) }
    func row(_ label: String, _ s: Score) -> String {
      var text = pad(label, 10) + pad(String(s.cases), 6)
      if s.positive > 0 {
        text += "found " + pad("\(s.found)/\(s.positive)", 10) + pct(s.foundShare)
        text += "  whole " + pad("\(s.whole)/\(s.positive)", 10) + pct(s.wholeShare)
        text += "  value " + pad("\(s.value)/\(s.valued)", 10) + pct(s.valueShare)
      }
      if s.negative > 0 {
        text += (s.positive > 0 ? "  " : "") + "no date " + pad("\(s.negativePassed)/\(s.negative)", 8) + pct(s.negativeShare)
      }
      return text
    }
    let counts = kinds.map { "\($0) \(byKind[$0]?.cases ?? 0)" }.joined(separator: ", ")
    var lines = ["\(name): \(overall.cases) cases (\(counts))", "kind      cases"]
    for kind in kinds {
      if let s = byKind[kind] { lines.append(row(kind, s)) }
    }
    lines.append(row("all", overall))
    return lines
  }
}
