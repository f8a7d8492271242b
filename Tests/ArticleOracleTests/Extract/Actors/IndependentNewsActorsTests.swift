import Foundation
import Testing

@testable import ArticleOracle

/// Two sets of news articles whose actors annotators marked from the spec without seeing
/// the extractor (`IndependentNews/`, the `eval-news` format): 60 short articles of 2019–2026
/// (the war in Ukraine, international bodies, national politics, business, courts, sports
/// bodies, news agencies) and 45 articles of 2016–2025 written by a second annotator. The
/// annotators wrote `name` for every correctly spelt name; a reviewer made it `unregistered`
/// where the bundled registry has no such actor, as the spec's `via` is defined against the
/// registry. The floors sit under the F1 of actors 1.18.0 (set 1: actors 0.787, mentions
/// 0.774; set 2: 0.886, 0.849; 1.16.0 gave 0.758/0.744 and 0.825/0.804 and fails them).
/// What stays wrong is listed
/// in docs/actors.md: unregistered names the extractor does not find unaided, dateline
/// agencies, organizations inside titles, the Kremlin, and role strings written another way.
@Suite("Actors on independently annotated news")
struct IndependentNewsActorsTests {
  struct NewsSet: CustomTestStringConvertible, Sendable {
    let file: String
    let articles: Int
    let minimumMentions: Int
    let minimumActorF1: Double
    let minimumMentionF1: Double
    var testDescription: String { file }
  }

  static let sets = [
    NewsSet(file: "actors-news.jsonl", articles: 60, minimumMentions: 400, minimumActorF1: 0.78, minimumMentionF1: 0.77),
    NewsSet(file: "actors-news-2.jsonl", articles: 45, minimumMentions: 500, minimumActorF1: 0.87, minimumMentionF1: 0.84),
  ]

  static func articles(_ set: NewsSet) throws -> [AnnotatedArticle] {
    let url = TestPaths.packageRoot.appendingPathComponent("Tests/ArticleOracleTests/Extract/Actors/IndependentNews/\(set.file)")
    return try AnnotatedArticle.read(jsonl: Data(contentsOf: url), file: url.path)
  }

  @Test("Each set scores at least its floors of actor and mention F1", arguments: sets)
  func floors(_ set: NewsSet) throws {
    let articles = try Self.articles(set)
    // (An empty or truncated file would pass any floor of an empty score.)
    #expect(articles.count == set.articles)
    let mentions = articles.reduce(0) { $0 + ($1.actors ?? []).reduce(0) { $0 + $1.mentions.count } }
    #expect(mentions > set.minimumMentions)
    let evaluation = AnnotatedEvaluation(articles, pipeline: try ExtractionPipeline())
    #expect(evaluation.fields == [.actors, .mentions])
    #expect(evaluation.totals.mentions.tp + evaluation.totals.mentions.fn == mentions)
    #expect(evaluation.totals.actors.f1 >= set.minimumActorF1, "actor F1 \(evaluation.totals.actors.f1)")
    #expect(evaluation.totals.mentions.f1 >= set.minimumMentionF1, "mention F1 \(evaluation.totals.mentions.f1)")
  }

  @Test("`unregistered` marks exactly the names of actors the bundled registry lacks, so each set follows the registry", arguments: sets)
  func viaFollowsTheRegistry(_ set: NewsSet) throws {
    let registered = Set(try ActorRegistry.bundled().actors.map(\.id))
    var wrong: [String] = []
    for article in try Self.articles(set) {
      for actor in article.actors ?? [] {
        // (A role mention of an unregistered person stays: a reader finds it; the extractor
        // cannot yet, which the floors count as a miss.)
        for mention in actor.mentions.map(\.item) where mention.via != .role && (mention.via == .unregistered) == registered.contains(actor.id) {
          wrong.append("\(article.id) \(actor.id) \"\(mention.text)\" via \(mention.via.rawValue)")
        }
      }
    }
    // A registry change that adds or drops one of these actors lists its mentions here: make
    // them `name` (or `unregistered`) in the file, as the spec defines `via`.
    #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
  }
}
