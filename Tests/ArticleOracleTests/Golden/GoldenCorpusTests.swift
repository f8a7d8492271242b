import Foundation
import Testing

@testable import ArticleOracle

extension Tag {
  /// The golden checks of the corpus (run them alone with `swift test --filter GoldenCorpus`).
  @Tag static var golden: Self
}

/// One article of the corpus, found at run time. Codable so Swift Testing gives each case
/// a stable id; shown by its article id.
struct CorpusArticle: Codable, Hashable, Sendable, CustomTestStringConvertible {
  var id: String
  /// The path under the package root (`seeds/<file>`).
  var path: String

  var testDescription: String { id }

  /// Every article in `seeds/`, read from the source tree when the test plan is built.
  static func all() -> [CorpusArticle] {
    ArticleCorpus.articlePaths([TestPaths.seeds.path]).map { path in
      CorpusArticle(id: ArticleInput.articleID(forPath: path), path: path)
    }
  }
}

/// Every seed article against its golden, one test case per article, with the diff the
/// `check` command prints when it fails.
@Suite("GoldenCorpus", .tags(.golden))
struct GoldenCorpusTests {
  static let environment = ProcessInfo.processInfo.environment

  func check() throws -> GoldenCheck {
    GoldenCheck(
      pipeline: try ExtractionPipeline(), goldenDir: TestPaths.golden.path,
      isCI: GoldenWritePolicy(environment: Self.environment).isCI)
  }

  @Test("The corpus is not empty and every article has a golden and a golden text")
  func corpusIsComplete() throws {
    let articles = CorpusArticle.all()
    try #require(!articles.isEmpty, "no articles found in \(TestPaths.seeds.path)")
    let store = GoldenStore(folder: TestPaths.golden, policy: GoldenWritePolicy(isCI: true))
    for article in articles {
      #expect(
        FileManager.default.fileExists(atPath: store.goldenURL(article.id).path),
        "missing golden Golden/\(article.id).json; record it: swift run article-oracle golden record \(article.path)")
      #expect(store.text(article.id) != nil, "missing golden text Golden/\(article.id).txt")
    }
    let orphans = Set(store.ids()).subtracting(articles.map(\.id)).sorted()
    if !orphans.isEmpty {
      let severity: Issue.Severity = GoldenWritePolicy(environment: Self.environment).isCI ? .error : .warning
      Issue.record("orphan goldens (no article): \(orphans.joined(separator: ", ")); swift run article-oracle golden prune --yes", severity: severity)
    }
  }

  @Test("The article matches its golden", .tags(.golden), arguments: CorpusArticle.all())
  func articleMatchesGolden(_ article: CorpusArticle) throws {
    let run = try check().run(paths: [article.path], generated: "1970-01-01T00:00:00Z")
    let result = try #require(run.report.articles.first { $0.id == article.id })
    // Paths in the diff relative to the package root, as the check prints them there.
    let diff = result.diffText.replacingOccurrences(of: TestPaths.packageRoot.path + "/", with: "")
    #expect(result.status == .pass, "\(diff)")
    guard result.status != .pass else { return }
    Attachment.record(diff, named: "\(article.id).diff.txt")
    // GOLDEN_MODE=record writes the would-be golden to Golden/.pending/ (never under CI, and
    // the case still fails): review with `article-oracle golden review`, then accept.
    if Self.environment["GOLDEN_MODE"] == "record", let recording = run.recordings.first {
      let store = GoldenStore(folder: TestPaths.golden, policy: GoldenWritePolicy(environment: Self.environment))
      try store.writePending(recording.golden, text: recording.text, patch: recording.patch)
    }
  }

  @Test("Every golden is in the canonical layout and valid for its schema version")
  func goldensAreCanonical() throws {
    let store = GoldenStore(folder: TestPaths.golden, policy: GoldenWritePolicy(isCI: true))
    let ids = store.ids()
    try #require(!ids.isEmpty, "no goldens in \(TestPaths.golden.path)")
    for id in ids {
      let golden = try #require(try store.load(id))
      let bytes = try Data(contentsOf: store.goldenURL(id))
      #expect(golden.header.schemaVersion == GoldenFile.schemaVersion)
      #expect(
        try GoldenStore.encode(golden) == bytes,
        "Golden/\(id).json is not in the canonical layout (keys sorted, one item per line)")
      let text = try #require(store.text(id))
      for date in golden.dates { #expect(Self.slice(text, date.item.start, date.item.end) == date.item.text, "\(id) date \(date.item.text)") }
      for figure in golden.figures {
        #expect(Self.slice(text, figure.item.start, figure.item.end) == figure.item.text, "\(id) figure \(figure.item.text)")
      }
      for mention in golden.actors.flatMap(\.mentions) {
        #expect(Self.slice(text, mention.item.start, mention.item.end) == mention.item.text, "\(id) mention \(mention.item.text)")
      }
    }
  }

  /// Code points `start..<end` of `text`.
  static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return "<out of range \(start)-\(end)>" }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}
