import ArgumentParser
import ArticleOracle
import Foundation

/// Parsing with exit code 2 on bad usage, and the exit code of a finished audit.
enum UsageGuard {
  static func parse<T: ParsableArguments>(_ type: T.Type, _ arguments: [String]) throws -> T {
    do {
      return try T.parse(arguments)
    } catch {
      let code = T.exitCode(for: error)
      if code == .success {
        Console.write(T.fullMessage(for: error))
        throw ExitCode.success
      }
      Console.error(T.message(for: error) + " (see --help)")
      throw ExitCode(2)
    }
  }

  /// Runs `body`; an error other than an exit code (a bad registry or baseline file, a
  /// report folder that cannot be written) is printed and exits with 2, never with 1,
  /// which means findings.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let code as ExitCode {
      throw code
    } catch {
      throw fail("\(error)")
    }
  }

  static func fail(_ message: String) -> ExitCode {
    Console.error(message)
    return ExitCode(2)
  }

  /// Prints a one-line summary and exits 1 when a finding is at or above `failOn`.
  static func finish(writer: AuditReportWriter, batch: BatchAudit, failOn: AuditSeverity, quiet: Bool) throws {
    let stats = batch.statistics
    let counts = AuditSeverity.allCases.reversed().map { "\(stats.findingsBySeverity[$0.rawValue] ?? 0) \($0.rawValue)s" }
    if !quiet {
      Console.error(
        "\(stats.articles) articles, \(counts.joined(separator: ", ")), \(batch.findings.count) across the batch; "
          + "reports in \(writer.directory.path)")
    }
    if let worst = writer.worst, worst >= failOn { throw ExitCode(1) }
  }
}
