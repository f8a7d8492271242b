import Foundation

/// One hand-annotated article of an evaluation set, a JSON Lines record:
/// `{"id", "dct", "text"}` with any of `dates`, `actors` and `figures` in the golden item
/// format (docs/golden.md; `note` allowed on any item). Offsets are code points into `text`,
/// which is extracted as it is, not normalized. Only the fields the record has are scored:
/// an article annotated for figures says nothing about its actors.
public struct AnnotatedArticle: Hashable, Sendable, Decodable {
  public var id: String
  public var dct: CalendarDate?
  public var text: String
  public var dates: [Marked<DateItem>]?
  public var actors: [GoldenActor]?
  public var figures: [Marked<FigureItem>]?

  public init(
    id: String, dct: CalendarDate?, text: String, dates: [Marked<DateItem>]? = nil, actors: [GoldenActor]? = nil,
    figures: [Marked<FigureItem>]? = nil
  ) {
    self.id = id
    self.dct = dct
    self.text = text
    self.dates = dates
    self.actors = actors
    self.figures = figures
  }

  /// The fields this article is annotated for (`mentions` goes with `actors`).
  public var fields: Set<GoldenField> {
    var fields: Set<GoldenField> = []
    if dates != nil { fields.insert(.dates) }
    if actors != nil { fields.formUnion([.actors, .mentions]) }
    if figures != nil { fields.insert(.figures) }
    return fields
  }

  /// Compares the annotation with what `pipeline` finds in `text`, on the annotated fields.
  public func compare(with pipeline: ExtractionPipeline) -> ArticleComparison {
    let found = pipeline.extractItems(from: text, published: dct)
    return GoldenComparator.compare(
      dates: dates ?? [], actors: actors ?? [], figures: figures ?? [],
      GoldenComparator.Items(
        dates: dates == nil ? [] : found.dates, actors: actors == nil ? [] : found.actors,
        figures: figures == nil ? [] : found.figures))
  }

  /// The first item whose `text` is not the annotated text at its offsets, as
  /// `"text" @start-end`; nil when every span holds.
  public var misplacedSpan: String? {
    let scalars = Array(text.unicodeScalars)
    let spans: [(String, Int, Int)] =
      (dates ?? []).map { ($0.item.text, $0.item.start, $0.item.end) }
      + (actors ?? []).flatMap { $0.mentions.map { ($0.item.text, $0.item.start, $0.item.end) } }
      + (figures ?? []).map { ($0.item.text, $0.item.start, $0.item.end) }
    for (written, start, end) in spans {
      guard 0 <= start, start <= end, end <= scalars.count,
        String(String.UnicodeScalarView(scalars[start..<end])) == written
      else { return "\"\(written)\" @\(start)-\(end)" }
    }
    return nil
  }

  /// Reads an annotated set. Throws naming the file and line of the first record that does
  /// not decode or whose offsets do not hold its items' text.
  public static func read(jsonl data: Data, file: String) throws(DataFileError) -> [AnnotatedArticle] {
    var articles: [AnnotatedArticle] = []
    let decoder = JSONDecoder()
    for (number, line) in JSONLinesReader.lines(data) {
      let article = try JSONLinesReader.decode(
        AnnotatedArticle.self, line: line, number: number, file: file,
        shape: "an annotated article {id, dct, text, and dates, actors or figures}", decoder: decoder)
      if let span = article.misplacedSpan {
        throw DataFileError(
          file: file, entry: "line \(number)",
          problem: "the item \(span) is not the text at those offsets (code points into `text`); fix its start and end")
      }
      articles.append(article)
    }
    return articles
  }
}

/// The scores of an extraction pipeline on annotated articles, with every difference.
public struct AnnotatedEvaluation: Hashable, Sendable, Codable {
  public struct Article: Hashable, Sendable, Codable {
    public var id: String
    public var comparison: ArticleComparison
  }

  public var articles: [Article]
  public var totals: FieldScores
  /// The fields at least one article is annotated for; the others are not scored.
  public var fields: [GoldenField]

  public init(_ annotated: [AnnotatedArticle], pipeline: ExtractionPipeline) {
    articles = annotated.map { Article(id: $0.id, comparison: $0.compare(with: pipeline)) }
    totals = articles.reduce(FieldScores()) { $0 + $1.comparison.scores }
    fields = annotated.reduce(into: Set<GoldenField>()) { $0.formUnion($1.fields) }.sorted()
  }

  /// The scored fields as a table: TP, FP, FN, precision, recall, F1.
  public func table() -> String {
    GoldenScoring(
      articles: articles.map { GoldenScoring.Article(id: $0.id, present: true, scores: $0.comparison.scores) },
      totals: totals, unscored: []
    ).table(fields: fields, perArticle: false)
  }

  /// The failing differences, each on a line after its article id, at most `limit` lines.
  public func errorLines(limit: Int) -> [String] {
    var lines: [String] = []
    for article in articles {
      for difference in article.comparison.differences where difference.outcome.isFailure {
        guard lines.count < limit else { return lines }
        lines.append("\(article.id) \(difference.line)")
      }
    }
    return lines
  }
}
