import ArgumentParser
import ArticleOracle
import Foundation

struct EvalDates: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-dates",
    abstract: "Score date extraction against TIMEX3 gold (TempEval-3 strict, relaxed and value P/R/F1).",
    discussion: """
      GOLD.jsonl has one article a line: id, dct, text, timex [start, end, text, type, value]. \
      The extractor runs on the raw text with dct as the publication date. With --system FILE, \
      another system's output (id, timex) is scored instead.
      """)

  @Argument(help: "Gold file in the TimeBank development format (JSON Lines).")
  var gold: String

  @Option(help: "Print this many errors (misses, spurious items, span and value differences).")
  var errors = 0

  @Flag(help: "Print the figures as JSON.")
  var json = false

  @Option(name: .customLong("system-out"), help: "Write the system's items as JSON Lines (id, timex).")
  var systemOut: String?

  @Option(help: "Score this system file (id, timex) instead of running the extractor.")
  var system: String?

  func run() throws {
    let documents = try JSONLines.read(gold).map { number, line in
      do {
        return try JSONDecoder().decode(TimexGoldDocument.self, from: Data(line.utf8))
      } catch {
        throw ValidationError("\(gold):\(number): not a gold line {id, dct, text, timex}: \(error)")
      }
    }
    var output: [String: [TimexAnnotation]] = [:]
    if let system {
      for (number, line) in try JSONLines.read(system) {
        do {
          let document = try JSONDecoder().decode(TimexSystemDocument.self, from: Data(line.utf8))
          output[document.id] = document.timex
        } catch {
          throw ValidationError("\(system):\(number): not a system line {id, timex}: \(error)")
        }
      }
    } else {
      let extractor = DateExtractor()
      for document in documents {
        let published = document.dct.flatMap { CalendarDate(iso: $0) }
        output[document.id] = extractor.extract(from: document.text, published: published).map(TimexAnnotation.init)
      }
    }
    if let systemOut {
      var data = Data()
      for document in documents {
        data += try StableJSON.encodeLine(TimexSystemDocument(id: document.id, timex: output[document.id] ?? []))
        data += Data("\n".utf8)
      }
      guard FileManager.default.createFile(atPath: systemOut, contents: data) else {
        throw ValidationError("\(systemOut): cannot be written; check the folder exists")
      }
    }
    var evaluation = TimexEvaluation.score(gold: documents, system: output)
    let shownErrors = Array(evaluation.errors.prefix(max(0, errors)))
    if json {
      evaluation.errors = shownErrors
      Console.write(try StableJSON.string(evaluation))
      return
    }
    Console.write(evaluation.report().joined(separator: "\n"))
    for error in shownErrors {
      let g = error.gold.map { "gold \($0.type) \"\($0.text ?? "")\" \($0.value)" } ?? ""
      let s = error.system.map { "sys \($0.type) \"\($0.text ?? "")\" \($0.value)" } ?? ""
      Console.write("\(error.kind.rawValue)\t\(error.id)\t\(g)\t\(s)\t| \(error.context)")
    }
  }
}
