/// The whole pipeline for one article: normalize, then run the three extractors.
public struct ExtractionPipeline: Sendable {
  public var normalizer: Normalizer
  public var dates: DateExtractor
  public var actors: ActorExtractor
  public var figures: FigureExtractor

  public init(normalizer: Normalizer, dates: DateExtractor, actors: ActorExtractor, figures: FigureExtractor) {
    self.normalizer = normalizer
    self.dates = dates
    self.actors = actors
    self.figures = figures
  }

  /// The pipeline with the data files shipped in the package, the actor registry
  /// extended by `registryFiles` (merged in order after the bundled files).
  public init(registryFiles: [String] = []) throws(DataFileError) {
    let registry = registryFiles.isEmpty ? try ActorRegistry.bundled() : try ActorRegistry.load(files: registryFiles)
    // The extractors read their shipped data files once per process; a broken one is an
    // error here, where it can be reported, not an empty result later.
    _ = try HolidayCalendar.shipped.get()
    _ = try FigureLexicon.shipped.get()
    self.init(
      normalizer: try Normalizer(), dates: DateExtractor(), actors: try ActorExtractor(registry: registry),
      figures: FigureExtractor())
  }

  /// Normalizes and extracts one input.
  public func run(_ input: ArticleInput) throws(InputError) -> ArticleExtraction {
    extract(try normalizer.normalize(input))
  }

  /// Extracts from an article that is already normalized.
  public func extract(_ article: NormalizedArticle) -> ArticleExtraction {
    let items = extractItems(from: article.text, published: article.published)
    return ArticleExtraction(article: article, dates: items.dates, actors: items.actors, figures: items.figures)
  }

  /// The three extractors on `text` as it is (offsets into `text`), as the evaluations on
  /// annotated text run them.
  public func extractItems(from text: String, published: CalendarDate?)
    -> (dates: [DateItem], actors: [ActorItem], figures: [FigureItem])
  {
    let dateItems = dates.extract(from: text, published: published)
    return (
      dateItems, actors.extract(from: text, published: published), figures.extract(from: text, dates: dateItems)
    )
  }

  /// The versions of every part that shapes an extraction, as golden headers record them.
  public var versions: ComponentVersions {
    ComponentVersions(
      normalizer: Normalizer.version, dates: DateExtractor.version, actors: ActorExtractor.version,
      figures: FigureExtractor.version, registry: actors.registryVersion)
  }
}

/// The versions of the normalizer, the extractors and the registry data.
public struct ComponentVersions: Hashable, Sendable, Codable {
  public var normalizer: String
  public var dates: String
  public var actors: String
  public var figures: String
  public var registry: String

  public init(normalizer: String, dates: String, actors: String, figures: String, registry: String) {
    self.normalizer = normalizer
    self.dates = dates
    self.actors = actors
    self.figures = figures
    self.registry = registry
  }
}
