import ArgumentParser
import ArticleOracle
import Foundation

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure throughput on a corpus made of the seeds and their HTML renditions (use a release build).")

  @Option(help: "Corpus size in megabytes.")
  var megabytes = 20

  @Option(help: "Folder of seed articles.")
  var seeds = "seeds"

  @Flag(help: "Print the figures as JSON.")
  var json = false

  func run() throws {
    let report = try Benchmark.run(seedsFolder: seeds, targetBytes: megabytes * 1_000_000)
    if json {
      Console.write(try StableJSON.string(report))
    } else {
      Console.write(report.table)
    }
  }
}
