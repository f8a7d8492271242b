/// The normalized article together with everything extracted from it: the document
/// `article-oracle extract --json` prints and the golden files record.
public struct ArticleExtraction: Hashable, Sendable, Codable {
  public var article: NormalizedArticle
  public var dates: [DateItem]
  public var actors: [ActorItem]
  public var figures: [FigureItem]

  public init(
    article: NormalizedArticle, dates: [DateItem] = [], actors: [ActorItem] = [],
    figures: [FigureItem] = []
  ) {
    self.article = article
    self.dates = dates
    self.actors = actors
    self.figures = figures
  }

  // Flattened on disk: the article's fields and the three arrays side by side.
  enum CodingKeys: String, CodingKey { case dates, actors, figures }

  public init(from decoder: any Decoder) throws {
    article = try NormalizedArticle(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    dates = try container.decode([DateItem].self, forKey: .dates)
    actors = try container.decode([ActorItem].self, forKey: .actors)
    figures = try container.decode([FigureItem].self, forKey: .figures)
  }

  public func encode(to encoder: any Encoder) throws {
    try article.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(dates, forKey: .dates)
    try container.encode(actors, forKey: .actors)
    try container.encode(figures, forKey: .figures)
  }
}
