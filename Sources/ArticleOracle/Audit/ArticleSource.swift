/// Where a batch's articles come from: a count, each article's id (cheap, for sharding
/// before reading) and the input itself (read on demand, on any thread).
public struct ArticleSource: Sendable {
  public var count: Int
  public var id: @Sendable (Int) -> String
  public var input: @Sendable (Int) throws(InputError) -> ArticleInput

  public init(
    count: Int, id: @escaping @Sendable (Int) -> String,
    input: @escaping @Sendable (Int) throws(InputError) -> ArticleInput
  ) {
    self.count = count
    self.id = id
    self.input = input
  }

  /// The article files under `paths` (see `ArticleCorpus.articlePaths`), read one by one.
  public static func files(_ paths: [String]) -> ArticleSource {
    let files = ArticleCorpus.articlePaths(paths)
    return ArticleSource(
      count: files.count, id: { ArticleInput.articleID(forPath: files[$0]) },
      input: { (index: Int) throws(InputError) -> ArticleInput in try ArticleInput.read(path: files[index]) })
  }

  /// The source label of article `index` when it cannot be read.
  func label(_ index: Int) -> String { id(index) }
}
