import ArgumentParser
import ArticleOracle
import Foundation

struct Score: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score any extractor's output (JSON Lines) against the goldens: per-field precision, recall, F1.",
    discussion: """
      Each line is {"id", "dates": [...], "actors": [...], "figures": [...]} with items in the \
      golden item format (see docs/golden.md). The truth is every golden item except those \
      marked known-spurious; a golden with no line scores as all missed.
      """)

  @Option(help: "The system output, JSON Lines, one article per line.")
  var system: String

  @Option(help: "The golden folder.")
  var golden = "Golden"

  @Flag(help: "Print the scores as JSON.")
  var json = false

  func run() throws {
    let lines = try JSONLines.read(system)
    var outputs: [String: GoldenComparator.Items] = [:]
    for (number, line) in lines {
      do {
        let record = try StableJSON.decode(SystemOutput.self, from: line)
        outputs[record.id] = record.items
      } catch {
        Console.error("\(system):\(number): not a valid {id, dates, actors, figures} line: \(error)")
        throw ExitCode(2)
      }
    }
    let store = GoldenStore(folder: URL(fileURLWithPath: golden), policy: GoldenWritePolicy(isCI: true))
    let scoring = try GoldenScoring.score(store: store, outputs: outputs)
    if json {
      Console.write(try JSONValue(encoding: scoring).rendered().trimmingCharacters(in: .newlines))
    } else {
      Console.write(scoring.table())
    }
  }
}
