/// One line of another system's output, in the golden item format:
/// `{"id", "dates": [...], "actors": [...], "figures": [...]}`. Missing arrays are empty;
/// an actor's `roles` may be left out.
public struct SystemOutput: Hashable, Sendable, Decodable {
  public var id: String
  public var items: GoldenComparator.Items

  enum CodingKeys: String, CodingKey { case id, dates, actors, figures }

  struct LenientActor: Decodable {
    var id: String
    var name: String
    var kind: ActorItem.Kind
    var mentions: [ActorMention]
    var roles: [String]?
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    let actors = try container.decodeIfPresent([LenientActor].self, forKey: .actors) ?? []
    items = GoldenComparator.Items(
      dates: try container.decodeIfPresent([DateItem].self, forKey: .dates) ?? [],
      actors: actors.map { ActorItem(id: $0.id, name: $0.name, kind: $0.kind, mentions: $0.mentions, roles: $0.roles ?? []) },
      figures: try container.decodeIfPresent([FigureItem].self, forKey: .figures) ?? [])
  }
}

/// Scores of a system's output against the goldens, per article and in total.
public struct GoldenScoring: Hashable, Sendable, Codable {
  public struct Article: Hashable, Sendable, Codable {
    public var id: String
    /// False when the output had no line for this golden (everything counts as missed).
    public var present: Bool
    public var scores: FieldScores
  }

  public var articles: [Article]
  public var totals: FieldScores
  /// Ids in the output that have no golden (not scored).
  public var unscored: [String]

  /// Scores `outputs` (by article id) against every golden in `store`.
  public static func score(store: GoldenStore, outputs: [String: GoldenComparator.Items]) throws(GoldenError)
    -> GoldenScoring
  {
    var articles: [Article] = []
    for id in store.ids() {
      guard let golden = try store.load(id) else { continue }
      let comparison = GoldenComparator.compare(golden, outputs[id] ?? GoldenComparator.Items())
      articles.append(Article(id: id, present: outputs[id] != nil, scores: comparison.scores))
    }
    let known = Set(articles.map(\.id))
    return GoldenScoring(
      articles: articles, totals: articles.reduce(FieldScores()) { $0 + $1.scores },
      unscored: outputs.keys.filter { !known.contains($0) }.sorted())
  }

  /// A plain table: one row per field of `fields`, then (with `perArticle`) one F1 line
  /// per article.
  public func table(fields: [GoldenField] = GoldenField.allCases, perArticle: Bool = true) -> String {
    func pad(_ text: String, _ width: Int) -> String {
      text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
    func fixed(_ value: Double) -> String {
      let thousandths = Int((value * 1000).rounded())
      let fraction = String(thousandths % 1000)
      return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
    var lines = ["field        TP    FP    FN  precision  recall     F1"]
    for field in fields {
      let c = totals[field]
      lines.append(
        field.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + pad(String(c.tp), 6) + pad(String(c.fp), 6)
          + pad(String(c.fn), 6) + pad(fixed(c.precision), 11) + pad(fixed(c.recall), 8) + pad(fixed(c.f1), 7))
    }
    guard perArticle else { return lines.joined(separator: "\n") }
    lines.append("")
    for article in articles {
      let f1s = fields.map { "\($0.rawValue) \(fixed(article.scores[$0].f1))" }.joined(separator: "  ")
      lines.append("\(article.id)\(article.present ? "" : " (no output)"): F1 \(f1s)")
    }
    if !unscored.isEmpty { lines.append("not scored (no golden): \(unscored.joined(separator: ", "))") }
    return lines.joined(separator: "\n")
  }
}
