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

  func run() throws {
    let report = try Benchmark.run(
      seedsFolder: seeds, targetBytes: megabytes * 1_000_000, registrySize: registrySize, rounds: rounds)
    if json {
      Console.write(try StableJSON.string(report))
    } else {
      Console.write(report.table)
    }
  }
}
