import ArgumentParser
import ArticleOracle
import Foundation

struct EvalDates: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-dates",
    abstract: "Score date extraction against TIMEX3 gold (TimeBank) or Duckling's Time and Duration corpora.",
    discussion: """
      Each file is scored in its own format, told from its lines. A TimeBank file has one \
      article a line: id, dct, text, timex [start, end, text, type, value]; the extractor runs \
      on the raw text with dct as the publication date and TempEval-3 strict, relaxed and value \
      P/R/F1 are printed. With --system FILE, another system's output (id, timex) is scored \
      instead. A Duckling file has one whole-input case a line: id, corpus, input, reference, \
      expected; the share of cases found, whole and with the right TIMEX3 value is printed by \
      corpus kind (see docs/dates.md). A file that cannot be read is reported and the others \
      are still scored; the exit status is then 2.
      """)

  @Argument(help: "Gold files: TimeBank development format or Duckling Time/Duration (JSON Lines).")
  var files: [String]

  @Option(help: "Print this many errors per file (TimeBank: misses, spurious items, span and value differences; Duckling: failed cases).")
  var errors = 0

  @Flag(help: "Print the figures as JSON.")
  var json = false

  @Option(name: .customLong("system-out"), help: "Write the system's items as JSON Lines (id, timex); one file only.")
  var systemOut: String?

  @Option(help: "Score this system file (id, timex) instead of running the extractor; TimeBank files only.")
  var system: String?

  func validate() throws {
    if systemOut != nil, files.count != 1 { throw ValidationError("--system-out writes one file's items; give one file") }
  }

  /// The JSON of one file when several are given.
  private struct FileResult: Encodable {
    var file: String
    var format: DateEvalFormat
    var timebank: TimexEvaluation?
    var duckling: DucklingTimeEvaluation?
  }

  /// The JSON of several files: each file, and the Duckling files together.
  private struct Results: Encodable {
    var files: [FileResult]
    var ducklingTotal: DucklingTimeEvaluation?
  }

  func run() throws {
    var results: [FileResult] = []
    var total = DucklingTimeEvaluation(name: "all Duckling files")
    var ducklingFiles = 0
    var unreadable = 0
    for path in files {
      if files.count > 1, !json { Console.write("== \(path)") }
      do {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw ValidationError("\(path): cannot be read; check the path")
        }
        switch try DateEvalFormat.detect(jsonl: data, file: path) {
        case .timebank:
          let evaluation = try scoreTimeBank(data, path: path)
          results.append(FileResult(file: path, format: .timebank, timebank: evaluation))
        case .duckling:
          let evaluation = try scoreDuckling(data, path: path)
          total.merge(evaluation)
          ducklingFiles += 1
          results.append(FileResult(file: path, format: .duckling, duckling: evaluation))
        }
      } catch {
        Console.error("\(error)")
        unreadable += 1
      }
    }
    if ducklingFiles > 1, !json {
      Console.write("== all \(ducklingFiles) Duckling files")
      Console.write(total.report().joined(separator: "\n"))
    }
    if json {
      total.failures = []
      if files.count == 1, let only = results.first {
        if let evaluation = only.timebank { Console.write(try StableJSON.string(evaluation)) }
        if let evaluation = only.duckling { Console.write(try StableJSON.string(evaluation)) }
      } else {
        Console.write(try StableJSON.string(Results(files: results, ducklingTotal: ducklingFiles > 0 ? total : nil)))
      }
    }
    if unreadable > 0 {
      Console.error("\(unreadable) of \(files.count) file(s) not scored (errors above)")
      throw ExitCode(2)
    }
  }

  /// Scores a TimeBank file, prints its table (unless --json) and returns the figures with
  /// the shown errors only.
  private func scoreTimeBank(_ data: Data, path: String) throws -> TimexEvaluation {
    let documents = try TimexGoldDocument.readDocuments(jsonl: data, file: path)
    var output: [String: [TimexAnnotation]] = [:]
    if let system {
      for (number, line) in try JSONLines.read(system) {
        do {
          let document = try JSONDecoder().decode(TimexSystemDocument.self, from: line)
          output[document.id] = document.timex
        } catch {
          throw ValidationError("\(system):\(number): not a system line {id, timex}: \(error)")
        }
      }
    } else {
      let extractor = DateExtractor()
      for document in documents {
        output[document.id] = document.systemAnnotations(extractor)
      }
    }
    try writeSystemOut(documents.map { TimexSystemDocument(id: $0.id, timex: output[$0.id] ?? []) })
    var evaluation = TimexEvaluation.score(gold: documents, system: output)
    evaluation.errors = Array(evaluation.errors.prefix(max(0, errors)))
    if !json {
      Console.write(evaluation.report().joined(separator: "\n"))
      for error in evaluation.errors {
        let g = error.gold.map { "gold \($0.type) \"\($0.text ?? "")\" \($0.value)" } ?? ""
        let s = error.system.map { "sys \($0.type) \"\($0.text ?? "")\" \($0.value)" } ?? ""
        Console.write("\(error.kind.rawValue)\t\(error.id)\t\(g)\t\(s)\t| \(error.context)")
      }
    }
    return evaluation
  }

  /// Scores a Duckling file, prints its table (unless --json) and returns the figures with
  /// the shown failures only.
  private func scoreDuckling(_ data: Data, path: String) throws -> DucklingTimeEvaluation {
    if system != nil { throw ValidationError("\(path): --system scores TimeBank files only") }
    let cases = try DucklingTimeCase.readCases(jsonl: data, file: path)
    let extractor = DateExtractor()
    var evaluation = DucklingTimeEvaluation(name: URL(fileURLWithPath: path).lastPathComponent)
    var items: [TimexSystemDocument] = []
    for testCase in cases {
      let found = extractor.extract(from: testCase.input, published: testCase.referenceDate).map(TimexAnnotation.init)
      evaluation.add(testCase, items: found)
      items.append(TimexSystemDocument(id: testCase.id, timex: found))
    }
    try writeSystemOut(items)
    evaluation.failures = Array(evaluation.failures.prefix(max(0, errors)))
    if !json {
      Console.write(evaluation.report().joined(separator: "\n"))
      for failure in evaluation.failures { Console.write(failure.line) }
    }
    return evaluation
  }

  private func writeSystemOut(_ documents: [TimexSystemDocument]) throws {
    guard let systemOut else { return }
    var data = Data()
    for document in documents {
      data += try StableJSON.encodeLine(document)
      data += Data("\n".utf8)
    }
    guard FileManager.default.createFile(atPath: systemOut, contents: data) else {
      throw ValidationError("\(systemOut): cannot be written; check the folder exists")
    }
  }
}
