import ArgumentParser
import ArticleOracle
import Foundation

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure throughput on a corpus made of the seeds and their HTML renditions (use a release build).")

  @Option(help: "Corpus size in megabytes.")
  var megabytes = 20

  @Option(help: "Rounds; each stage keeps its best round of CPU time.")
  var rounds = 3

  @Option(help: "Folder of seed articles.")
  var seeds = "seeds"

  @Option(help: "Link actors against the bundled registry grown to this many entries with made-up ones.")
  var registrySize: Int?

  @Flag(help: "Print the figures as JSON.")
  var json = false

  @Option(help: "Instead: audit this many generated articles end to end (see docs/audit.md).")
  var audit: Int?

  @Option(help: "With --audit: worker counts to run with, comma-separated (1 and all cores by default).")
  var auditJobs: String?

  @Flag(help: "With --audit: write audit.html too.")
  var auditHTML = false

  func run() throws {
    if let audit {
      let cores = ProcessInfo.processInfo.activeProcessorCount
      let jobs = auditJobs.map { $0.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 } } ?? (cores > 1 ? [1, cores] : [1])
      guard audit > 0, !jobs.isEmpty else { throw ValidationError("--audit needs a positive count and --audit-jobs numbers") }
      let report = try AuditBenchmark.run(
        seedsFolder: seeds, count: audit, jobs: jobs, withHTML: auditHTML, log: { Console.error($0) })
      Console.write(json ? try StableJSON.string(report) : report.table)
      return
    }
    let report = try Benchmark.run(
      seedsFolder: seeds, targetBytes: megabytes * 1_000_000, registrySize: registrySize, rounds: rounds)
    if json {
      Console.write(try StableJSON.string(report))
    } else {
      Console.write(report.table)
    }
  }
}
