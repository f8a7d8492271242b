import Foundation

/// Throughput figures on a corpus made of the seeds and their HTML renditions, each
/// stage measured in the same run as the libxml2 baseline so the ratios are comparable.
public struct BenchmarkReport: Codable, Sendable {
  public struct Figure: Codable, Sendable {
    public var name: String
    public var seconds: Double
    public var megabytes: Double
    public var megabytesPerSecond: Double
    public var articlesPerSecond: Double
    /// Throughput relative to the bare libxml2 parse.
    public var ratioToBaseline: Double
  }

  public var articles: Int
  public var inputMegabytes: Double
  public var normalizedMegabytes: Double
  public var figures: [Figure]

  /// A readable table.
  public var table: String {
    var lines = [
      "corpus: \(articles) articles, \(String(format: "%.1f", inputMegabytes)) MB input, "
        + "\(String(format: "%.1f", normalizedMegabytes)) MB normalized text",
      "stage                         MB/s   articles/s   x baseline",
    ]
    for figure in figures {
      lines.append(
        figure.name.padding(toLength: 26, withPad: " ", startingAt: 0)
          + String(format: "%9.1f %12.0f %12.2f", figure.megabytesPerSecond, figure.articlesPerSecond, figure.ratioToBaseline))
    }
    return lines.joined(separator: "\n")
  }
}

public enum Benchmark {
  /// Builds the corpus from `seedsFolder` and measures each stage.
  /// With `registrySize`, actors are linked against the bundled registry grown to that many
  /// entries with made-up ones (`SyntheticRegistry`).
  public static func run(seedsFolder: String, targetBytes: Int, registrySize: Int? = nil, rounds: Int = 3) throws -> BenchmarkReport {
    var pipeline = try ExtractionPipeline()
    if let registrySize {
      pipeline.actors = try ActorExtractor(registry: SyntheticRegistry.grow(pipeline.actors.registry, to: registrySize))
    }
    var unit: [ArticleInput] = []
    for path in ArticleCorpus.articlePaths([seedsFolder]) {
      let input = try ArticleInput.read(path: path)
      unit.append(input)
      let html = HTMLRendition.render(plainText: String(decoding: input.bytes, as: UTF8.self), title: input.id)
      unit.append(ArticleInput(id: input.id + "-html", source: input.source + ".html", bytes: html))
    }
    guard !unit.isEmpty else { throw InputError.notFound(path: seedsFolder) }
    let unitBytes = unit.reduce(0) { $0 + $1.bytes.count }
    var corpus: [ArticleInput] = []
    while corpus.count * unitBytes / max(unit.count, 1) < targetBytes {
      corpus.append(contentsOf: unit)
    }
    let inputBytes = corpus.reduce(0) { $0 + $1.bytes.count }
    let utf8Inputs = corpus.map { Array(TextDecoder.decode($0.bytes).text.utf8) }

    // Stages run interleaved for several rounds; each keeps its best round of thread CPU
    // time, so other processes on the machine disturb the ratios as little as possible.
    var baseline = Double.infinity
    var normalize = Double.infinity
    var datesTime = Double.infinity
    var actorsTime = Double.infinity
    var figuresTime = Double.infinity
    var normalized: [NormalizedArticle] = []
    for _ in 0..<rounds {
      baseline = min(baseline, cpuTime { for bytes in utf8Inputs { _ = LibXML2Parser.bareParse(utf8: bytes) } })
      normalize = min(normalize, try cpuTime { normalized = try corpus.map { try pipeline.normalizer.normalize($0) } })
      datesTime = min(datesTime, cpuTime { for a in normalized { _ = pipeline.dates.extract(from: a.text, published: a.published) } })
      actorsTime = min(actorsTime, cpuTime { for a in normalized { _ = pipeline.actors.extract(from: a.text, published: a.published) } })
      figuresTime = min(figuresTime, cpuTime { for a in normalized { _ = pipeline.figures.extract(from: a.text) } })
    }
    let textBytes = normalized.reduce(0) { $0 + $1.text.utf8.count }
    let mb = Double(inputBytes) / 1e6
    let textMB = Double(textBytes) / 1e6
    let baseRate = mb / baseline
    func figure(_ name: String, _ seconds: Double, _ megabytes: Double) -> BenchmarkReport.Figure {
      let rate = megabytes / seconds
      return .init(
        name: name, seconds: seconds, megabytes: megabytes, megabytesPerSecond: rate,
        articlesPerSecond: Double(corpus.count) / seconds, ratioToBaseline: rate / baseRate)
    }
    return BenchmarkReport(
      articles: corpus.count, inputMegabytes: mb, normalizedMegabytes: textMB,
      figures: [
        figure("libxml2 bare parse", baseline, mb),
        figure("normalize (full)", normalize, mb),
        figure("extract dates", datesTime, textMB),
        figure("extract actors (\(pipeline.actors.registry.actors.count))", actorsTime, textMB),
        figure("extract figures", figuresTime, textMB),
      ])
  }

  /// The CPU time of this thread spent in `body`, in seconds.
  private static func cpuTime(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
      var spec = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
      return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
  }
}
