import Foundation

/// Scores the figure extractor on an external corpus: the share of cases whose wanted
/// values are all found, and, where the corpus gives spans, span precision and recall.
public struct FigureEvaluator: Sendable {
  /// The score of one file, or of a named subset of it.
  public struct Score: Sendable, Hashable, Codable {
    public var name: String
    public var cases = 0
    public var excluded = 0
    public var passed = 0
    /// Span counts over the scored cases that give spans.
    public var predictedSpans = 0
    public var expectedSpans = 0
    public var exactSpans = 0
    public var overlappingPredicted = 0
    public var overlappingExpected = 0
    /// Ids of scored cases that failed, in file order.
    public var failures: [String] = []

    public init(name: String) { self.name = name }

    public var scored: Int { cases - excluded }
    public var share: Double { scored == 0 ? 0 : Double(passed) / Double(scored) }
    public var hasSpans: Bool { expectedSpans > 0 }
    public var exactPrecision: Double { predictedSpans == 0 ? 0 : Double(exactSpans) / Double(predictedSpans) }
    public var exactRecall: Double { expectedSpans == 0 ? 0 : Double(exactSpans) / Double(expectedSpans) }
    public var overlapPrecision: Double { predictedSpans == 0 ? 0 : Double(overlappingPredicted) / Double(predictedSpans) }
    public var overlapRecall: Double { expectedSpans == 0 ? 0 : Double(overlappingExpected) / Double(expectedSpans) }

    /// One line for the terminal.
    public var line: String {
      var text =
        "\(name): \(passed)/\(scored) = \(String(format: "%.1f", share * 100))% (\(cases) cases, \(excluded) excluded)"
      if hasSpans {
        text += String(
          format: "; spans exact P %.2f R %.2f, overlapping P %.2f R %.2f", exactPrecision, exactRecall,
          overlapPrecision, overlapRecall)
      }
      return text
    }
  }

  public var extractor: FigureExtractor
  public var exclusions: FigureEvalExclusions

  public init(extractor: FigureExtractor = FigureExtractor(), exclusions: FigureEvalExclusions = FigureEvalExclusions()) {
    self.extractor = extractor
    self.exclusions = exclusions
  }

  /// Quantulum unit names that are money; with `dimensionless` and `percentage` they make
  /// the subset this project targets (currency, percent and plain counts).
  public static let quantulumCurrencyUnits: Set<String> = [
    "dollar", "euro", "pound sterling", "penny", "cent", "dime", "nickel", "yen", "yuan", "rupee",
    "united states dollar", "australian dollar", "canadian dollar", "swiss franc", "ruble", "rouble",
    "hryvnia", "bitcoin",
  ]

  /// Whether a quantulum case belongs to the target subset: at least one expected item, and
  /// every expected item a plain count (`dimensionless`), a percentage or money.
  public static func isCountPercentOrMoney(_ testCase: FigureEvalCase) -> Bool {
    guard let expected = testCase.expected, !expected.isEmpty else { return false }
    return expected.allSatisfy { item in
      let unit = item.unit ?? ""
      return unit == "dimensionless" || unit == "percentage" || item.entity == "currency"
        || quantulumCurrencyUnits.contains(unit)
    }
  }

  /// Whether the extractor passes one case: every wanted value is found (each figure used
  /// once); a case that wants nothing passes when nothing is found.
  public func passes(_ testCase: FigureEvalCase, figures: [FigureItem]) -> Bool {
    if testCase.expected == nil, testCase.expectedValues == nil { return true }  // must only not crash
    let wanted = testCase.wantedValues
    if wanted.isEmpty { return figures.isEmpty }
    var unused = figures.map(\.value)
    for value in wanted {
      guard let index = unused.firstIndex(where: { Self.same($0, value) }) else { return false }
      unused.remove(at: index)
    }
    return true
  }

  static func same(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(1, abs(b))
  }

  /// Scores the cases of one file; `subsets` names extra filters scored on their own.
  public func score(
    _ cases: [FigureEvalCase], name: String, subsets: [(String, @Sendable (FigureEvalCase) -> Bool)] = []
  ) -> [Score] {
    var total = Score(name: name)
    var parts = subsets.map { Score(name: "\(name) [\($0.0)]") }
    for testCase in cases {
      let inSubset = subsets.map { $0.1(testCase) }
      total.cases += 1
      for (index, member) in inSubset.enumerated() where member { parts[index].cases += 1 }
      if exclusions.reason(for: testCase) != nil {
        total.excluded += 1
        for (index, member) in inSubset.enumerated() where member { parts[index].excluded += 1 }
        continue
      }
      let figures = extractor.extract(from: testCase.input)
      let passed = passes(testCase, figures: figures)
      Self.record(testCase, figures: figures, passed: passed, into: &total)
      for (index, member) in inSubset.enumerated() where member {
        Self.record(testCase, figures: figures, passed: passed, into: &parts[index])
      }
    }
    return [total] + parts
  }

  static func record(_ testCase: FigureEvalCase, figures: [FigureItem], passed: Bool, into score: inout Score) {
    if passed { score.passed += 1 } else { score.failures.append(testCase.id) }
    guard testCase.hasSpans || (testCase.expected?.isEmpty == true && testCase.wholeInputMatch != true) else { return }
    let expected = (testCase.expected ?? []).compactMap { item -> Range<Int>? in
      guard let start = item.start, let end = item.end, start < end else { return nil }
      return start..<end
    }
    let predicted = figures.map { $0.start..<$0.end }
    score.predictedSpans += predicted.count
    score.expectedSpans += expected.count
    score.exactSpans += expected.filter { predicted.contains($0) }.count
    score.overlappingExpected += expected.filter { span in predicted.contains { $0.overlaps(span) } }.count
    score.overlappingPredicted += predicted.filter { span in expected.contains { $0.overlaps(span) } }.count
  }

  /// Reads a JSONL corpus file into cases. Throws naming the line that does not parse.
  public static func readCases(jsonl data: Data, file: String) throws(DataFileError) -> [FigureEvalCase] {
    try JSONLinesReader.decode(FigureEvalCase.self, from: data, file: file, shape: "a figure case {id, input, expected | expected_values}")
  }

  /// The subsets scored for a file, by its name: the quantulum quantity files get the
  /// count/percent/money subset.
  public static func subsets(forFile name: String) -> [(String, @Sendable (FigureEvalCase) -> Bool)] {
    name.hasPrefix("quantulum_quantities") || name.hasPrefix("quantulum_ambiguity")
      ? [("counts, percent, money", { @Sendable in isCountPercentOrMoney($0) })] : []
  }
}
