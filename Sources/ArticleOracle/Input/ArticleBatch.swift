/// One file of a batch: its path and either the article or the error that names the problem.
public struct BatchItem<Value: Sendable>: Sendable {
  public var path: String
  public var result: Result<Value, InputError>
}

extension ExtractionPipeline {
  /// Normalizes and extracts every article under `paths` in order, lazily (one article at a
  /// time as the sequence is walked). A file that cannot be read gives an error for that
  /// file; the others still come through.
  public func runBatch(_ paths: [String]) -> LazyMapSequence<[String], BatchItem<ArticleExtraction>> {
    ArticleCorpus.articlePaths(paths).lazy.map { path in
      BatchItem(path: path, result: Result { () throws(InputError) in try run(ArticleInput.read(path: path)) })
    }
  }
}

extension Normalizer {
  /// Normalizes every article under `paths` in order, lazily; errors stay with their file.
  public func normalizeBatch(_ paths: [String]) -> LazyMapSequence<[String], BatchItem<NormalizedArticle>> {
    ArticleCorpus.articlePaths(paths).lazy.map { path in
      BatchItem(path: path, result: Result { () throws(InputError) in try normalize(ArticleInput.read(path: path)) })
    }
  }
}
