import ArgumentParser
import ArticleOracle
import Foundation

struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Summarize each article: length, publication date, removals and findings.")

  @Option(help: "An actor registry file merged after the bundled one (repeatable).")
  var registry: [String] = []

  @Argument(help: "Article files or folders of articles (default: seeds/).")
  var paths: [String] = ["seeds"]

  func run() throws {
    let pipeline = try ExtractionPipeline(registryFiles: registry)
    let counts = forEachArticle(in: pipeline.runBatch(paths)) { extraction in
      Console.write(ExtractionSummary.lines(extraction).joined(separator: "\n"))
    }
    Console.write("\(counts.read) of \(counts.read + counts.failed) article(s) read")
    if counts.failed > 0 { throw ExitCode(2) }
  }
}

/// A few readable lines about one extraction.
enum ExtractionSummary {
  static func lines(_ extraction: ArticleExtraction) -> [String] {
    let article = extraction.article
    var lines = [
      "\(article.id): \(article.text.unicodeScalars.count) characters, \(article.format.rawValue), "
        + "published \(article.published?.iso ?? "unknown"), \(article.removed.count) removal(s), "
        + "\(extraction.dates.count) date(s), \(extraction.actors.count) actor(s), \(extraction.figures.count) figure(s)"
    ]
    for removal in article.removed {
      lines.append("  removed [\(removal.rule)] at \(removal.at): \(removal.text)")
    }
    for finding in article.findings {
      lines.append("  finding [\(finding.kind.rawValue)]: \(finding.message)")
    }
    return lines
  }
}
