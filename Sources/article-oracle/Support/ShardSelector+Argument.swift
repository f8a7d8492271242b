import ArgumentParser
import ArticleOracle

/// `--shard K/N` read from the command line.
extension ShardSelector: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
}
