import ArgumentParser
import ArticleOracle

@main
struct ArticleOracleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "article-oracle",
    abstract: "The test oracle for a news-article corpus: normalize, extract, check against goldens, audit.",
    subcommands: [
      Summary.self, Normalize.self, Extract.self, Bench.self, Registry.self, Audit.self, Merge.self, EvalDates.self, EvalFigures.self, EvalNews.self, Check.self, GoldenCommand.self, Score.self,
    ],
    defaultSubcommand: Check.self
  )

  /// `ParsableCommand.main()`, except that bad usage of audit or merge exits with 2 (see
  /// `UsageGuard`). The options stay declared on the subcommands, so `help <command>` and
  /// `<command> --help` print the same usage.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      exit(withError: UsageGuard.usageFailure(error, arguments: arguments) ?? error)
    }
  }
}
