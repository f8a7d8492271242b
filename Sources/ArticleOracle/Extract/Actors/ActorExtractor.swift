/// Links every mention of a person or organization to the actor registry (section 3 of
/// the extraction spec). A pure function of its inputs; build it once per registry.
public struct ActorExtractor: Sendable {
  public static let version = "1.18.0"

  /// The registry mentions are linked to.
  public var registry: ActorRegistry { index.registry }
  let index: ActorLinkIndex
  /// The registry's content hash, recorded as the registry version in golden headers.
  public let registryVersion: String

  /// An extractor over `registry`, reading names with `cues`.
  public init(registry: ActorRegistry, cues: ActorCues) {
    index = ActorLinkIndex(registry: registry, cues: cues)
    registryVersion = registry.contentHash
  }

  /// An extractor over `registry` with the bundled cues.
  /// - Throws: `DataFileError` when the bundled cues file is missing or broken.
  public init(registry: ActorRegistry) throws(DataFileError) {
    self.init(registry: registry, cues: try ActorCues.bundled())
  }

  /// An extractor over the bundled registry and cues.
  /// - Throws: `DataFileError` when a bundled data file is missing or broken.
  public init() throws(DataFileError) {
    try self.init(registry: ActorRegistry.bundled())
  }

  /// The actors of `text`, in order of first mention. Role phrases resolve to the one
  /// person the article itself gives one of their offices by a title next to a name; else
  /// through the roles held on `published`; else they stay unresolved (see
  /// `extractDetailed`).
  public func extract(from text: String, published: CalendarDate?) -> [ActorItem] {
    var linker = ActorLinker(index: index, text: text, published: published)
    return linker.run(detailed: false).items
  }

  /// The actors of `text` with the titles given to each (and the office they name) and
  /// the role phrases left unresolved: what the audit reads.
  public func extractDetailed(from text: String, published: CalendarDate?) -> ActorLinkDetail {
    var linker = ActorLinker(index: index, text: text, published: published)
    return linker.run()
  }
}
