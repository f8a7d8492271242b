import ArgumentParser
import ArticleOracle
import Foundation

/// `article-oracle audit`: what is wrong with each article of a new batch, and with the
/// batch as a whole. The options are parsed inside `run`, so that bad usage exits with 2
/// (the audit's documented code) rather than the parser's 64.
struct Audit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Audit a batch of articles: findings per article and across the batch (see docs/audit.md).",
    discussion: AuditArguments.helpMessage(columns: 100))

  @Argument(parsing: .captureForPassthrough, help: .hidden)
  var arguments: [String] = []

  func run() throws {
    try UsageGuard.run { try audit() }
  }

  private func audit() throws {
    let options = try UsageGuard.parse(AuditArguments.self, arguments)
    let source = ArticleSource.files(options.paths)
    guard source.count > 0 else { throw UsageGuard.fail("no article files under \(options.paths.joined(separator: " "))") }
    let auditor = try BatchAuditor(registryFiles: options.registry)
    let writer = try AuditReportWriter(
      directory: URL(fileURLWithPath: options.reportDir), failOn: options.failOn.severity, shard: options.shard,
      versions: auditor.pipeline.versions, writesHTML: !options.noHTML)
    let baseline = try options.baseline.map { try AuditMerger.read($0).batch.statistics }
    let progress = ProgressPrinter(quiet: options.quiet)
    let batch = try auditor.run(
      source, options: BatchAuditor.Options(jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
        shard: options.shard, baseline: baseline),
      writer: writer, progress: progress.show)
    progress.done()
    try UsageGuard.finish(writer: writer, batch: batch, failOn: options.failOn.severity, quiet: options.quiet)
  }
}

struct AuditArguments: ParsableArguments {
  @Option(help: "Folder for audit.json, audit.sarif, junit.xml and audit.html.")
  var reportDir = "audit-report"

  @Option(help: "Exit with 1 when a finding is at or above this severity: error, warning or note.")
  var failOn: SeverityArgument = .error

  @Option(help: "Audit only shard K of N (K/N, from 1): a stable part of the batch by article id.")
  var shard: ShardSelector?

  @Option(help: "An earlier audit.json to report the shifts against.")
  var baseline: String?

  @Option(help: "An extra actor registry file (repeatable), read after the bundled ones.")
  var registry: [String] = []

  @Option(help: "Worker threads (default: all cores).")
  var jobs: Int?

  @Flag(name: .customLong("no-html"), help: "Do not write audit.html.")
  var noHTML = false

  @Flag(help: "No progress on standard error.")
  var quiet = false

  @Argument(help: "Article files or folders of articles.")
  var paths: [String] = []

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give article files or folders to audit") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }
}

enum SeverityArgument: String, ExpressibleByArgument, CaseIterable {
  case error, warning, note
  var severity: AuditSeverity { AuditSeverity(rawValue: rawValue) ?? .error }
}

extension ShardSelector: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
}

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

/// Progress on standard error: a bar redrawn in place on a terminal, plain lines (at
/// most one every two seconds) otherwise.
final class ProgressPrinter {
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private let quiet: Bool
  private var lastLine = 0.0
  private var drewBar = false

  init(quiet: Bool) { self.quiet = quiet }

  func show(_ progress: BatchAuditor.Progress) {
    guard !quiet else { return }
    if isTerminal {
      FileHandle.standardError.write(Data(("\r" + progress.bar()).utf8))
      drewBar = true
    } else if progress.seconds - lastLine >= 2 || progress.done == progress.total {
      lastLine = progress.seconds
      FileHandle.standardError.write(Data(("article-oracle: audit " + progress.plain + "\n").utf8))
    }
  }

  func done() {
    if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
