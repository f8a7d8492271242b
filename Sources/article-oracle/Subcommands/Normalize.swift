import ArgumentParser
import ArticleOracle
import Foundation

struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the normalized text of each article (or, with --json, the normalized document).")

  @Flag(help: "Print one JSON document per article (id, source, published, text, removed, findings, sha256).")
  var json = false

  @Argument(help: "Article files or folders of articles.")
  var paths: [String]

  func run() throws {
    let normalizer = try Normalizer()
    let files = ArticleCorpus.articlePaths(paths)
    let counts = try forEachArticle(in: normalizer.normalizeBatch(paths)) { article in
      if json {
        Console.write(try StableJSON.string(article))
      } else {
        if files.count > 1 { Console.write("==> \(article.id) <==") }
        Console.write(article.text)
        if files.count > 1 { Console.write("") }
      }
    }
    if counts.failed > 0 { throw ExitCode(2) }
  }
}
