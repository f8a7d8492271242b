import ArgumentParser
import ArticleOracle
import Foundation

struct Check: ParsableCommand, ExitsTwoOnBadUsage {
  static let configuration = CommandConfiguration(
    abstract: "Check articles against their goldens and write the reports.",
    discussion: """
      Prints a summary and the diffs of the first failures, and writes report.json (canonical), \
      junit.xml, report.sarif, report.tap (TAP 13), patches/<id>.patch.json (JSON Patch, golden → new extraction) and \
      pending/<id>.json (the would-be goldens) into the report folder. Nothing is written to the \
      golden folder. Exit 0 all pass; 1 a mismatch, stale or missing golden (or an orphan under \
      CI=true); 2 bad usage or an unreadable input.
      """)

  @Argument(help: "Article files or folders (default: seeds/). Orphans are looked for only when all are folders.")
  var paths: [String] = ["seeds"]

  @Option(help: "The golden folder.")
  var golden = "Golden"

  @Option(help: "Where the reports go.")
  var reportDir = "reports"

  @Option(help: "How many failing articles to show in full.")
  var maxDiffs = 5

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let check = GoldenCheck(
      pipeline: try ExtractionPipeline(), goldenDir: golden,
      isCI: GoldenWritePolicy(environment: environment).isCI)
    let result = check.run(paths: paths, generated: Timestamp.now())
    do {
      try CheckReportWriter.write(result, texts: result.texts, to: URL(fileURLWithPath: reportDir))
    } catch {
      Console.error("cannot write the reports to \(reportDir): \(error)")
      throw ExitCode(2)
    }
    Console.write(result.report.consoleText(maxArticles: maxDiffs))
    Console.write("reports: \(reportDir)/report.json, junit.xml, report.sarif, report.tap")
    if result.report.exitCode != 0 { throw ExitCode(result.report.exitCode) }
  }
}

/// The wall-clock time, for the one timestamp field of a report (UTC, ISO 8601).
enum Timestamp {
  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date())
  }
}
