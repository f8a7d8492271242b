/// One TIMEX3 annotation of an evaluation file (gold or system): code-point span, type, value.
public struct TimexAnnotation: Hashable, Sendable, Codable {
  public var start: Int
  public var end: Int
  public var text: String?
  public var type: String
  public var value: String

  public init(start: Int, end: Int, text: String? = nil, type: String, value: String) {
    self.start = start
    self.end = end
    self.text = text
    self.type = type
    self.value = value
  }

  /// The annotation of an extracted date item.
  public init(_ item: DateItem) {
    self.init(start: item.start, end: item.end, text: item.text, type: item.type.rawValue, value: item.value)
  }

  func overlaps(_ other: TimexAnnotation) -> Bool { start < other.end && other.start < end }
}

/// One line of a gold file in the TimeBank development format: `id`, `dct`, `text`, `timex`.
public struct TimexGoldDocument: Hashable, Sendable, Codable {
  public var id: String
  public var dct: String?
  public var text: String
  public var timex: [TimexAnnotation]

  public init(id: String, dct: String?, text: String, timex: [TimexAnnotation]) {
    self.id = id
    self.dct = dct
    self.text = text
    self.timex = timex
  }
}

/// One line of a system file: `id` and the system's `timex`.
public struct TimexSystemDocument: Hashable, Sendable, Codable {
  public var id: String
  public var timex: [TimexAnnotation]

  public init(id: String, timex: [TimexAnnotation]) {
    self.id = id
    self.timex = timex
  }
}

/// Precision, recall and F1 from counts.
public struct PRF: Hashable, Sendable, Codable {
  /// Correct system items (precision numerator).
  public var systemCorrect: Int
  public var systemCount: Int
  /// Found gold items (recall numerator).
  public var goldCorrect: Int
  public var goldCount: Int

  public init(systemCorrect: Int = 0, systemCount: Int = 0, goldCorrect: Int = 0, goldCount: Int = 0) {
    self.systemCorrect = systemCorrect
    self.systemCount = systemCount
    self.goldCorrect = goldCorrect
    self.goldCount = goldCount
  }

  public var precision: Double { systemCount == 0 ? 0 : Double(systemCorrect) / Double(systemCount) }
  public var recall: Double { goldCount == 0 ? 0 : Double(goldCorrect) / Double(goldCount) }
  public var f1: Double {
    let p = precision, r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  static func + (a: PRF, b: PRF) -> PRF {
    PRF(
      systemCorrect: a.systemCorrect + b.systemCorrect, systemCount: a.systemCount + b.systemCount,
      goldCorrect: a.goldCorrect + b.goldCorrect, goldCount: a.goldCount + b.goldCount)
  }
}

/// Strict span, relaxed span and value scores of one group of TIMEX3s.
public struct TimexScores: Hashable, Sendable, Codable {
  public var strict = PRF()
  public var relaxed = PRF()
  public var value = PRF()

  public init() {}

  static func + (a: TimexScores, b: TimexScores) -> TimexScores {
    var s = TimexScores()
    s.strict = a.strict + b.strict
    s.relaxed = a.relaxed + b.relaxed
    s.value = a.value + b.value
    return s
  }
}

/// A difference between gold and system found while scoring.
public struct TimexError: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A gold TIMEX3 no system item overlaps.
    case missed
    /// A system item no gold TIMEX3 overlaps.
    case spurious
    /// Overlapping items whose spans differ.
    case span
    /// Overlapping items whose values differ.
    case value
  }

  public var kind: Kind
  public var id: String
  public var gold: TimexAnnotation?
  public var system: TimexAnnotation?
  /// The sentence-sized piece of text around the item, for reading the error.
  public var context: String
}

/// TempEval-3 TIMEX3 scoring: strict span (same start and end), relaxed span (overlap), and
/// value, scored on relaxed-matched pairs as TempEval-3's attribute F1: precision is correct
/// values over system items, recall correct values over gold items.
///
/// Per type, recall counts gold items of that type and precision system items of that type
/// (a gold DATE found as a DURATION is a relaxed match in both rows).
public struct TimexEvaluation: Hashable, Sendable, Codable {
  public var overall = TimexScores()
  public var byType: [String: TimexScores] = [:]
  public var documents = 0
  public var errors: [TimexError] = []

  public init() {}

  /// Scores system annotations against gold, document by document; a gold document without
  /// system output counts as all missed.
  public static func score(gold: [TimexGoldDocument], system: [String: [TimexAnnotation]]) -> TimexEvaluation {
    var evaluation = TimexEvaluation()
    for document in gold {
      evaluation.add(document: document, system: system[document.id] ?? [])
    }
    return evaluation
  }

  /// Adds one document's comparison.
  public mutating func add(document: TimexGoldDocument, system: [TimexAnnotation]) {
    documents += 1
    let gold = document.timex
    let scalars = Array(document.text.unicodeScalars)
    func context(_ a: TimexAnnotation) -> String {
      let from = max(0, a.start - 60), to = min(scalars.count, a.end + 60)
      guard from < to else { return "" }
      var s = String(String.UnicodeScalarView(scalars[from..<to]))
      s = s.split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
      return s
    }
    /// Counts `a` (of type `type`) on one side: `count` and `correct` are that side's fields
    /// of each PRF; `counterpart` is what `a` matched on the other side.
    func tally(_ a: TimexAnnotation, _ counterpart: (match: TimexAnnotation, exact: Bool)?, _ count: WritableKeyPath<PRF, Int>, _ correct: WritableKeyPath<PRF, Int>) {
      func update(_ s: inout TimexScores) {
        s.strict[keyPath: count] += 1
        s.relaxed[keyPath: count] += 1
        s.value[keyPath: count] += 1
        if counterpart?.exact == true { s.strict[keyPath: correct] += 1 }
        if counterpart != nil { s.relaxed[keyPath: correct] += 1 }
        if counterpart?.match.value == a.value { s.value[keyPath: correct] += 1 }
      }
      update(&overall)
      update(&byType[a.type, default: TimexScores()])
    }
    // Gold side: recall numerators and denominators.
    for g in gold {
      let found = Self.counterpart(of: g, in: system)
      tally(g, found, \.goldCount, \.goldCorrect)
      if let found {
        if found.match.value != g.value {
          errors.append(TimexError(kind: .value, id: document.id, gold: g, system: found.match, context: context(g)))
        } else if !found.exact {
          errors.append(TimexError(kind: .span, id: document.id, gold: g, system: found.match, context: context(g)))
        }
      } else {
        errors.append(TimexError(kind: .missed, id: document.id, gold: g, system: nil, context: context(g)))
      }
    }
    // System side: precision numerators and denominators.
    for s in system {
      let found = Self.counterpart(of: s, in: gold)
      tally(s, found, \.systemCount, \.systemCorrect)
      if found == nil {
        errors.append(TimexError(kind: .spurious, id: document.id, gold: nil, system: s, context: context(s)))
      }
    }
  }

  /// What `a` is scored against on the other side: the item with its exact span, else the one
  /// overlapping it most; nil when none overlaps.
  private static func counterpart(of a: TimexAnnotation, in others: [TimexAnnotation]) -> (match: TimexAnnotation, exact: Bool)? {
    let overlapping = others.filter { $0.overlaps(a) }
    if let exact = overlapping.first(where: { $0.start == a.start && $0.end == a.end }) { return (exact, true) }
    return overlapping.max { overlap($0, a) < overlap($1, a) }.map { ($0, false) }
  }

  private static func overlap(_ a: TimexAnnotation, _ b: TimexAnnotation) -> Int {
    min(a.end, b.end) - max(a.start, b.start)
  }

  /// A plain-text table of the figures, overall and by type.
  public func report() -> [String] {
    func f(_ x: Double) -> String {
      let scaled = Int((x * 1000).rounded())
      let frac = String(scaled % 1000)
      return "\(scaled / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
    var lines = ["documents \(documents)", "group      gold  sys   strict P/R/F1        relaxed P/R/F1       value P/R/F1"]
    func row(_ name: String, _ s: TimexScores) -> String {
      let pad = { (t: String, w: Int) in t + String(repeating: " ", count: max(0, w - t.count)) }
      return pad(name, 11) + pad(String(s.relaxed.goldCount), 6) + pad(String(s.relaxed.systemCount), 6)
        + "\(f(s.strict.precision)) \(f(s.strict.recall)) \(f(s.strict.f1))  "
        + "\(f(s.relaxed.precision)) \(f(s.relaxed.recall)) \(f(s.relaxed.f1))  "
        + "\(f(s.value.precision)) \(f(s.value.recall)) \(f(s.value.f1))"
    }
    lines.append(row("overall", overall))
    for type in byType.keys.sorted() {
      if let s = byType[type] { lines.append(row(type, s)) }
    }
    return lines
  }
}
