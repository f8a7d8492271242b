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
    var failed = 0
    for path in ArticleCorpus.articlePaths(paths) {
      do {
        let extraction = try pipeline.run(ArticleInput.read(path: path))
        if json {
          Console.write(try StableJSON.string(extraction))
        } else {
          Console.write(ExtractionSummary.lines(extraction).joined(separator: "\n"))
        }
      } catch {
        failed += 1
        Console.error("\(error)")
      }
    }
    if failed > 0 { throw ExitCode(2) }
  }

  private struct Line: Decodable {
    var id: String
    var text: String
    var published: String?
  }

  private func runJSONL(_ path: String, pipeline: ExtractionPipeline) throws {
    let lines = try JSONLines.read(path)
    var failed = 0
    for (number, line) in lines {
      do {
        let record = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
        let published = try record.published.map { text -> CalendarDate in
          guard let date = CalendarDate(iso: text) else {
            throw ValidationError("published must be YYYY-MM-DD, found \"\(text)\"")
          }
          return date
        }
        let article = Normalizer.plain(
          id: record.id, source: "\(path):\(number)", text: record.text, published: published)
        Console.writeData(try StableJSON.encodeLine(pipeline.extract(article)))
      } catch {
        failed += 1
        Console.error("\(path):\(number): not a valid {id, text, published} line: \(error)")
      }
    }
    if failed > 0 { throw ExitCode(2) }
  }
}
