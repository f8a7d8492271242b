import ArgumentParser
import ArticleOracle
import Foundation

struct EvalFigures: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-figures",
    abstract: "Score the figure extractor on Duckling or quantulum JSONL corpora.",
    discussion: """
      Prints, per file, the share of cases whose expected values are all found with the \
      right value, and span precision and recall where the corpus gives spans. Cases listed \
      in the exclusion file (semantics that differ by design, see docs/figures.md) are counted \
      but not scored.
      """)

  @Option(help: "An exclusion YAML file instead of the shipped one.")
  var exclusions: String?

  @Flag(help: "List the ids of failed cases.")
  var failures = false

  @Argument(help: "JSONL corpus files.")
  var files: [String]

  func run() throws {
    let excluded: FigureEvalExclusions
    if let exclusions {
      guard let data = FileManager.default.contents(atPath: exclusions) else {
        throw ValidationError("\(exclusions): cannot be read; check the path")
      }
      excluded = try FigureEvalExclusions(yaml: String(decoding: data, as: UTF8.self), file: exclusions)
    } else {
      excluded = try FigureEvalExclusions.bundled()
    }
    let evaluator = FigureEvaluator(exclusions: excluded)
    var unreadable = 0
    // A file that cannot be read or is not a figure corpus is an error for that file; the
    // other files are still scored, and the exit status says that one failed.
    for path in files {
      let cases: [FigureEvalCase]
      do {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw ValidationError("\(path): cannot be read; check the path")
        }
        cases = try FigureEvaluator.readCases(jsonl: data, file: path)
      } catch {
        Console.error("\(error)")
        unreadable += 1
        continue
      }
      let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      for score in evaluator.score(cases, name: name, subsets: FigureEvaluator.subsets(forFile: name)) {
        Console.write(score.line)
        if failures, !score.failures.isEmpty { Console.write("  failed: " + score.failures.joined(separator: " ")) }
      }
    }
    if unreadable > 0 {
      Console.error("\(unreadable) of \(files.count) file(s) not scored (errors above)")
      throw ExitCode(2)
    }
  }
}
