import ArgumentParser
import ArticleOracle
import Foundation

/// `article-oracle audit`: what is wrong with each article of a new batch, and with the
/// batch as a whole. Bad usage exits with 2 (the audit's documented code), not the
/// parser's 64: see `UsageGuard`.
struct Audit: ParsableCommand, ExitsTwoOnBadUsage {
  static let configuration = CommandConfiguration(
    abstract: "Audit a batch of articles: findings per article and across the batch (see docs/audit.md).")

  @OptionGroup var options: AuditArguments

  func run() throws {
    try UsageGuard.run { try audit() }
  }

  private func audit() throws {
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
