import ArgumentParser
import ArticleOracle
import Foundation

struct EvalNews: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-news",
    abstract: "Score the extractors on hand-annotated articles (dates, actors, figures in the golden item format).",
    discussion: """
      Each file has one article a line: id, dct (YYYY-MM-DD or null), text, and any of dates, \
      actors and figures as a golden records them (docs/golden.md), offsets in code points into \
      text. The extractors run on the text as it is, with dct as the publication date, and each \
      annotated field is scored as `score` scores goldens: precision, recall and F1 per field. A file that \
      cannot be read is reported and the others are still scored; the exit status is then 2.
      """)

  @Argument(help: "Annotated articles, JSON Lines.")
  var files: [String]

  @Option(help: "Print this many differences per file (missing, unexpected, changed items).")
  var errors = 0

  @Option(help: "An actor registry file merged after the bundled one (repeatable).")
  var registry: [String] = []

  @Flag(help: "Print the scores as JSON.")
  var json = false

  private struct FileResult: Encodable {
    var file: String
    /// The scored fields only, by name.
    var totals: [String: FieldCounts]
  }

  func run() throws {
    let pipeline = try ExtractionPipeline(registryFiles: registry)
    var results: [FileResult] = []
    var unreadable = 0
    for path in files {
      do {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw ValidationError("\(path): cannot be read; check the path")
        }
        let evaluation = AnnotatedEvaluation(try AnnotatedArticle.read(jsonl: data, file: path), pipeline: pipeline)
        results.append(
          FileResult(
            file: path,
            totals: Dictionary(uniqueKeysWithValues: evaluation.fields.map { ($0.rawValue, evaluation.totals[$0]) })))
        if !json {
          if files.count > 1 { Console.write("== \(path)") }
          Console.write(evaluation.table())
          let lines = evaluation.errorLines(limit: max(0, errors))
          if !lines.isEmpty { Console.write(lines.joined(separator: "\n")) }
        }
      } catch {
        Console.error("\(error)")
        unreadable += 1
      }
    }
    if json { Console.write(try StableJSON.string(results)) }
    if unreadable > 0 {
      Console.error("\(unreadable) of \(files.count) file(s) not scored (errors above)")
      throw ExitCode(2)
    }
  }
}
