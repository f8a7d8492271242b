import ArgumentParser
import ArticleOracle

@main
struct ArticleOracleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "article-oracle",
    abstract: "The test oracle for a news-article corpus: normalize, extract, check against goldens, audit.",
    subcommands: [
      Check.self, Summary.self, Normalize.self, Extract.self, GoldenCommand.self, Score.self, Bench.self, Registry.self, EvalDates.self, EvalFigures.self,
    ],
    defaultSubcommand: Check.self
  )
}
