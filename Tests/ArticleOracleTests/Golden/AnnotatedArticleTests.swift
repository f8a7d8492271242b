import Foundation
import Testing

@testable import ArticleOracle

/// Hand-annotated articles (`eval-news`): read with errors that name the file and line, and
/// scored with the golden comparator on the fields they are annotated for only.
@Suite("Annotated articles")
struct AnnotatedArticleTests {
  static let pipeline = Result { try ExtractionPipeline() }

  static let text = "Antonio Guterres met Vladimir Putin on Tuesday; more than 2,660 civilians have died."

  static func line(figures: String = "", actors: String = "") -> String {
    var fields = [#""id": "a1""#, #""dct": "2022-04-26""#, #""text": "\#(text)""#]
    if !figures.isEmpty { fields.append(#""figures": \#(figures)"#) }
    if !actors.isEmpty { fields.append(#""actors": \#(actors)"#) }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  static let figure = #"[{"text": "more than 2,660", "start": 48, "end": 63, "value": 2660, "kind": "cardinal", "mod": "more_than", "unit": "civilians"}]"#

  @Test("Only the annotated fields are scored: a figures-only article says nothing of its date and actors")
  func onlyAnnotatedFields() throws {
    let articles = try AnnotatedArticle.read(jsonl: Data((Self.line(figures: Self.figure) + "\n").utf8), file: "set.jsonl")
    let evaluation = AnnotatedEvaluation(articles, pipeline: try Self.pipeline.get())
    #expect(evaluation.fields == [.figures])
    #expect(evaluation.totals.figures == FieldCounts(tp: 1, fp: 0, fn: 0))
    // The extractor finds `Tuesday` and two actors; none of them counts.
    #expect(evaluation.totals.dates == FieldCounts() && evaluation.totals.actors == FieldCounts())
    #expect(evaluation.errorLines(limit: 10).isEmpty)
  }

  @Test("An actor the extractor finds but the annotation lacks is unexpected, and shown with its article")
  func actorDifferences() throws {
    let guterres = #"[{"id": "antonio-guterres", "name": "António Guterres", "kind": "person", "roles": [], "mentions": [{"text": "Antonio Guterres", "start": 0, "end": 16, "via": "name"}]}]"#
    let articles = try AnnotatedArticle.read(jsonl: Data(Self.line(actors: guterres).utf8), file: "set.jsonl")
    let evaluation = AnnotatedEvaluation(articles, pipeline: try Self.pipeline.get())
    #expect(evaluation.fields == [.actors, .mentions])
    #expect(evaluation.totals.actors == FieldCounts(tp: 1, fp: 1, fn: 0))
    #expect(evaluation.totals.mentions == FieldCounts(tp: 1, fp: 1, fn: 0))
    let lines = evaluation.errorLines(limit: 10)
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix(#"a1 + actors unexpected "Vladimir Putin""#) == true)
    #expect(evaluation.table().contains("mentions"))
    #expect(!evaluation.table().contains("figures"))
  }

  @Test("Offsets that do not hold the item's text are an error naming the file, the line and the item")
  func misplacedOffsets() {
    let shifted = Self.figure.replacingOccurrences(of: #""start": 48"#, with: #""start": 47"#)
    let data = Data(("\n" + Self.line(figures: Self.figure) + "\n" + Self.line(figures: shifted) + "\n").utf8)
    #expect {
      _ = try AnnotatedArticle.read(jsonl: data, file: "set.jsonl")
    } throws: { error in
      let text = "\(error)"
      return text.hasPrefix("set.jsonl: line 3: ") && text.contains(#""more than 2,660" @47-63"#)
    }
  }

  @Test("A line that is not an annotated article is an error naming the file and line")
  func badLine() {
    #expect {
      _ = try AnnotatedArticle.read(jsonl: Data(#"{"id": "a1", "text": 3}"#.utf8), file: "set.jsonl")
    } throws: { error in
      "\(error)".hasPrefix("set.jsonl: line 1: not an annotated article")
    }
  }
}
