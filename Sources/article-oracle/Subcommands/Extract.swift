import ArgumentParser
import ArticleOracle
import Foundation

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract dates, actors and figures from articles.",
    discussion: """
      With files, each article is normalized first. With --jsonl FILE, each line is \
      {"id", "text", "published"} whose text is already plain; offsets point into it as given, \
      and one extraction is written per line.
      """)

  @Flag(help: "Print one JSON document per article.")
  var json = false

  @Option(help: "Read JSON Lines of {id, text, published} and write one extraction per line.")
  var jsonl: String?

  @Option(help: "An actor registry file merged after the bundled one (repeatable).")
  var registry: [String] = []

  @Argument(help: "Article files or folders of articles.")
  var paths: [String] = []

  func validate() throws {
    if jsonl == nil && paths.isEmpty { throw ValidationError("give article files, or --jsonl FILE") }
  }

  func run() throws {
    let pipeline = try ExtractionPipeline(registryFiles: registry)
    if let jsonl {
      try runJSONL(jsonl, pipeline: pipeline)
      return
    }
    let counts = try forEachArticle(in: pipeline.runBatch(paths)) { extraction in
      if json {
        Console.write(try StableJSON.string(extraction))
      } else {
        Console.write(ExtractionSummary.lines(extraction).joined(separator: "\n"))
      }
    }
    if counts.failed > 0 { throw ExitCode(2) }
  }

  private func runJSONL(_ path: String, pipeline: ExtractionPipeline) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ValidationError("\(path): cannot be read; check the path")
    }
    var failed = 0
    for result in PlainTextLines.articles(in: String(decoding: data, as: UTF8.self), source: path) {
      switch result {
      case .success(let article):
        Console.writeData(try StableJSON.encodeLine(pipeline.extract(article)))
      case .failure(let error):
        failed += 1
        Console.error(error.description)
      }
    }
    if failed > 0 { throw ExitCode(2) }
  }
}
