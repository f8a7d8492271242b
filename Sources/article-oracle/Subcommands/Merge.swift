import ArgumentParser
import ArticleOracle
import Foundation

/// `article-oracle merge`: combines shard audit reports into the report of the whole
/// batch, running the checks across the batch on the merged per-article summaries. Bad
/// usage exits with 2, as for `audit`: see `UsageGuard`.
struct Merge: ParsableCommand, ExitsTwoOnBadUsage {
  static let configuration = CommandConfiguration(
    abstract: "Merge shard audit reports (audit.json files or their folders) into one report.")

  @OptionGroup var options: MergeArguments

  func run() throws {
    try UsageGuard.run { try merge() }
  }

  private func merge() throws {
    let reports = options.reports.map { path -> String in
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        return (path as NSString).appendingPathComponent("audit.json")
      }
      return path
    }
    let auditor = try ArticleAuditor(registry: ActorRegistry())
    let writer = try AuditReportWriter(
      directory: URL(fileURLWithPath: options.reportDir), failOn: options.failOn.severity, shard: nil,
      versions: try AuditMerger.read(reports[0]).versions, writesHTML: !options.noHTML)
    let baseline = try options.baseline.map { try AuditMerger.read($0).batch.statistics }
    let batch = try AuditMerger.merge(
      reports: reports, checks: BatchChecks(events: auditor.events, limits: auditor.patterns.limits),
      baseline: baseline, writer: writer)
    try UsageGuard.finish(writer: writer, batch: batch, failOn: options.failOn.severity, quiet: options.quiet)
  }
}

struct MergeArguments: ParsableArguments {
  @Option(help: "Folder for the merged audit.json, audit.sarif, junit.xml and audit.html.")
  var reportDir = "audit-report"

  @Option(help: "Exit with 1 when a finding is at or above this severity: error, warning or note.")
  var failOn: SeverityArgument = .error

  @Option(help: "An earlier audit.json to report the shifts against.")
  var baseline: String?

  @Flag(name: .customLong("no-html"), help: "Do not write audit.html.")
  var noHTML = false

  @Flag(help: "No summary on standard error.")
  var quiet = false

  @Argument(help: "The shard reports: audit.json files, or the folders holding them.")
  var reports: [String] = []

  func validate() throws {
    if reports.isEmpty { throw ValidationError("give the shard reports to merge") }
  }
}
