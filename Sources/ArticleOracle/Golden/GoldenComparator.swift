/// Compares a golden with what an extractor found, field by field and semantically:
/// dates on span and value (type, mod and anchor too), figures on span, value and unit
/// (kind and mod too), actors on id with their mentions as a multiset (name, kind and
/// roles too). Pure: no I/O.
public enum GoldenComparator {
  /// The extractor's items for one article.
  public struct Items: Hashable, Sendable {
    public var dates: [DateItem]
    public var actors: [ActorItem]
    public var figures: [FigureItem]

    public init(dates: [DateItem] = [], actors: [ActorItem] = [], figures: [FigureItem] = []) {
      self.dates = dates
      self.actors = actors
      self.figures = figures
    }

    public init(_ extraction: ArticleExtraction) {
      self.init(dates: extraction.dates, actors: extraction.actors, figures: extraction.figures)
    }

    /// The golden's items as an extractor would emit them: known misses left out,
    /// known-spurious items kept (what the extractor is expected to produce today).
    public init(expectedBy golden: GoldenFile) {
      self.init(
        dates: golden.dates.filter { $0.status != .knownMiss }.map(\.item),
        actors: golden.actors.filter { $0.status != .knownMiss }.map { actor in
          var item = actor.item
          item.mentions = actor.mentions.filter { $0.status != .knownMiss }.map(\.item)
          return item
        },
        figures: golden.figures.filter { $0.status != .knownMiss }.map(\.item))
    }
  }

  /// Compares `golden` with `actual`.
  public static func compare(_ golden: GoldenFile, _ actual: Items) -> ArticleComparison {
    compare(dates: golden.dates, actors: golden.actors, figures: golden.figures, actual)
  }

  /// Compares marked items (a golden's, or a hand-annotated article's) with `actual`.
  public static func compare(
    dates: [Marked<DateItem>], actors: [GoldenActor], figures: [Marked<FigureItem>], _ actual: Items
  ) -> ArticleComparison {
    var differences: [ItemDifference] = []
    var scores = FieldScores()

    let datePairs = pair(dates, actual.dates, same: sameDate, movedKey: { "\($0.text)|\($0.value)|\($0.type)" })
    record(datePairs, field: .dates, into: &differences, scores: &scores)
    let figurePairs = pair(
      figures, actual.figures, same: sameFigure, movedKey: { "\($0.text)|\($0.value)|\($0.unit ?? "")" })
    record(figurePairs, field: .figures, into: &differences, scores: &scores)
    compareActors(actors, actual.actors, into: &differences, scores: &scores)

    differences.sort { ($0.field, $0.start, $0.end, $0.actor ?? "") < ($1.field, $1.start, $1.end, $1.actor ?? "") }
    return ArticleComparison(differences: differences, scores: scores)
  }

  // MARK: - Spanned items

  static func sameDate(_ a: DateItem, _ b: DateItem) -> Bool {
    a.value == b.value && a.type == b.type && a.mod == b.mod && a.anchor == b.anchor
  }

  static func sameFigure(_ a: FigureItem, _ b: FigureItem) -> Bool {
    sameValue(a.value, b.value) && a.unit == b.unit && a.kind == b.kind && a.mod == b.mod
  }

  /// Figure values are equal when they differ by less than half a unit in the fourth
  /// decimal: a hand-written `0.6667` is the extractor's `0.6666666666666666` (two-thirds).
  static func sameValue(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) < 0.00005
  }

  static func sameMention(_ a: ActorMention, _ b: ActorMention) -> Bool { a.via == b.via && a.text == b.text }

  struct Pairing<Item: Spanned> {
    var outcome: ItemOutcome
    var expected: Marked<Item>?
    var actual: Item?
  }

  /// Pairs golden and actual items: the same item on the same span first, then another
  /// value on the same span (changed), then the same item at other offsets (moved); what
  /// is left is missing or unexpected. A known miss is never paired as changed: the wrong
  /// value on its span is a separate item (mark it known-spurious if it is known).
  static func pair<Item: Spanned>(
    _ expected: [Marked<Item>], _ actual: [Item], same: (Item, Item) -> Bool, movedKey: (Item) -> String
  ) -> [Pairing<Item>] {
    var used = Array(repeating: false, count: actual.count)
    var bySpan: [Span: [Int]] = [:]
    for (index, item) in actual.enumerated() { bySpan[Span(item), default: []].append(index) }
    var result: [Pairing<Item>] = []
    var paired = Array(repeating: false, count: expected.count)
    func take(_ golden: Int, _ index: Int, _ outcome: ItemOutcome) {
      used[index] = true
      paired[golden] = true
      result.append(Pairing(outcome: outcome, expected: expected[golden], actual: actual[index]))
    }
    for (g, golden) in expected.enumerated() {
      let candidates = bySpan[Span(golden.item)] ?? []
      guard let index = candidates.first(where: { !used[$0] && same(golden.item, actual[$0]) }) else { continue }
      switch golden.status {
      case .knownMiss: take(g, index, .fixedMiss)
      case .knownSpurious: take(g, index, .knownSpurious)
      case nil: take(g, index, .match)
      }
    }
    for (g, golden) in expected.enumerated() where !paired[g] && golden.status != .knownMiss {
      if let index = (bySpan[Span(golden.item)] ?? []).first(where: { !used[$0] }) { take(g, index, .changed) }
    }
    for (g, golden) in expected.enumerated() where !paired[g] && golden.status == nil {
      let key = movedKey(golden.item)
      if let index = actual.indices.first(where: { !used[$0] && movedKey(actual[$0]) == key }) { take(g, index, .moved) }
    }
    for (g, golden) in expected.enumerated() where !paired[g] {
      let outcome: ItemOutcome
      switch golden.status {
      case .knownMiss: outcome = .knownMiss
      case .knownSpurious: outcome = .fixedSpurious
      case nil: outcome = .missing
      }
      result.append(Pairing(outcome: outcome, expected: golden, actual: nil))
    }
    for index in actual.indices where !used[index] {
      result.append(Pairing(outcome: .unexpected, expected: nil, actual: actual[index]))
    }
    return result
  }

  /// Counts one pairing: the golden's items are the truth, except those marked
  /// known-spurious (a careful reader says they are wrong).
  static func count<Item: Spanned>(_ pairing: Pairing<Item>, into counts: inout FieldCounts) {
    let isTruth = pairing.expected.map { $0.status != .knownSpurious } ?? false
    switch pairing.outcome {
    case .match, .fixedMiss:
      counts.tp += 1
    case .changed, .moved:
      if isTruth { counts.fn += 1 }
      counts.fp += 1
    case .missing, .knownMiss:
      counts.fn += 1
    case .unexpected, .knownSpurious:
      counts.fp += 1
    case .fixedSpurious:
      break
    }
  }

  static func record<Item: Spanned>(
    _ pairs: [Pairing<Item>], field: GoldenField, actor: String? = nil, into differences: inout [ItemDifference],
    scores: inout FieldScores
  ) {
    for pairing in pairs {
      count(pairing, into: &scores[field])
      guard pairing.outcome != .match else { continue }
      let shown = pairing.expected?.item ?? pairing.actual!
      differences.append(
        ItemDifference(
          field: field, outcome: pairing.outcome, actor: actor, text: shown.text, start: shown.start, end: shown.end,
          expected: pairing.expected.flatMap { try? JSONValue(encoding: $0.item) },
          actual: pairing.actual.flatMap { try? JSONValue(encoding: $0) }, note: pairing.expected?.note))
    }
  }

  // MARK: - Actors

  static func summary(_ actor: ActorItem) -> JSONValue {
    .object([
      "id": .string(actor.id), "name": .string(actor.name), "kind": .string(actor.kind.rawValue),
      "roles": .array(actor.roles.sorted().map(JSONValue.string)),
    ])
  }

  static func compareActors(
    _ expected: [GoldenActor], _ actual: [ActorItem], into differences: inout [ItemDifference],
    scores: inout FieldScores
  ) {
    var used = Array(repeating: false, count: actual.count)
    for golden in expected {
      let first = golden.mentions.map(\.item).min { ($0.start, $0.end) < ($1.start, $1.end) }
      let isTruth = golden.status != .knownSpurious
      func add(_ outcome: ItemOutcome, actual: ActorItem?) {
        differences.append(
          ItemDifference(
            field: .actors, outcome: outcome, actor: golden.id, text: golden.name, start: first?.start ?? 0,
            end: first?.end ?? 0, expected: summary(golden.item), actual: actual.map(summary), note: golden.note))
      }
      guard let index = actual.indices.first(where: { !used[$0] && actual[$0].id == golden.id }) else {
        switch golden.status {
        case .knownMiss:
          add(.knownMiss, actual: nil)
          scores.actors.fn += 1
        case .knownSpurious:
          add(.fixedSpurious, actual: nil)
        case nil:
          add(.missing, actual: nil)
          scores.actors.fn += 1
        }
        if isTruth { scores.mentions.fn += golden.mentions.filter { $0.status != .knownSpurious }.count }
        continue
      }
      used[index] = true
      let found = actual[index]
      if golden.status == .knownSpurious {
        add(.knownSpurious, actual: found)
        scores.actors.fp += 1
        scores.mentions.fp += found.mentions.count
        continue
      }
      scores.actors.tp += 1
      let mentionPairs = pair(golden.mentions, found.mentions, same: sameMention, movedKey: { "\($0.text)|\($0.via)" })
      record(mentionPairs, field: .mentions, actor: golden.id, into: &differences, scores: &scores)
      let sameIdentity = golden.name == found.name && golden.kind == found.kind
      var sameAttributes = sameIdentity && Set(golden.roles) == Set(found.roles)
      if let knownRoles = golden.knownRoles, sameIdentity {
        if Set(found.roles) == Set(knownRoles) {
          add(.knownSpurious, actual: found)  // the known wrong roles, still given
          sameAttributes = true
        } else if sameAttributes {
          add(.fixedSpurious, actual: found)  // the right roles now: update the golden
        }
      }
      let mentionFailures = mentionPairs.filter(\.outcome.isFailure)
      if golden.status == .knownMiss {
        add(.fixedMiss, actual: found)
      } else if !sameAttributes || !mentionFailures.isEmpty {
        let onlyMoved = sameAttributes && mentionFailures.allSatisfy { $0.outcome == .moved }
        add(onlyMoved ? .moved : .changed, actual: found)
      }
    }
    for index in actual.indices where !used[index] {
      let found = actual[index]
      let first = found.mentions.min { ($0.start, $0.end) < ($1.start, $1.end) }
      differences.append(
        ItemDifference(
          field: .actors, outcome: .unexpected, actor: found.id, text: found.name, start: first?.start ?? 0,
          end: first?.end ?? 0, actual: summary(found)))
      scores.actors.fp += 1
      scores.mentions.fp += found.mentions.count
    }
  }
}

/// An item with a text span.
public protocol Spanned: Hashable, Sendable, Codable {
  var text: String { get }
  var start: Int { get }
  var end: Int { get }
}

extension DateItem: Spanned {}
extension FigureItem: Spanned {}
extension ActorMention: Spanned {}

struct Span: Hashable {
  var start: Int
  var end: Int
  init(_ item: some Spanned) {
    start = item.start
    end = item.end
  }
}
