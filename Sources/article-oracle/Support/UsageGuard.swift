import ArgumentParser
import ArticleOracle
import Foundation

/// A subcommand whose bad usage (unknown option, bad value, failed `validate()`) exits
/// with 2, as docs/audit.md and `check --help` document, rather than the argument parser's 64.
protocol ExitsTwoOnBadUsage: ParsableCommand {}

/// The exit codes of audit, merge and check: 2 for bad usage, 1 for findings at or above
/// `--fail-on` (check: for differences).
enum UsageGuard {
  /// The exit code for `error`, thrown while parsing `arguments` (the command line after the
  /// tool's name), when it is bad usage of a subcommand that exits 2 on bad usage; prints
  /// the message. Nil for every other error, which the parser reports as usual.
  static func usageFailure(_ error: Error, arguments: [String]) -> ExitCode? {
    guard ArticleOracleCommand.exitCode(for: error) == .validationFailure,
      let name = arguments.first,
      ArticleOracleCommand.configuration.subcommands.contains(where: {
        $0._commandName == name && $0 is any ExitsTwoOnBadUsage.Type
      })
    else { return nil }
    return fail(ArticleOracleCommand.message(for: error) + " (see --help)")
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
