import Testing

@testable import ArticleOracle

/// `extract --jsonl` input: already-plain texts, offsets into the text as given.
@Suite("JSON Lines input")
struct PlainTextLinesTests {
  @Test("Valid lines become articles whose text is kept byte for byte, bad lines name their line")
  func readsLinesAndReportsBadOnes() throws {
    let contents = """
      {"id": "a", "text": "  Putin met Guterres\\non Tuesday.  ", "published": "2022-04-26"}

      {"id": "b", "text": "No date here.", "published": null}
      {"id": "c", "text": "Bad date.", "published": "26/04/2022"}
      not json
      {"id": "d", "text": "No published key."}
      """
    let results = PlainTextLines.articles(in: contents, source: "in.jsonl")
    #expect(results.count == 5)
    let a = try results[0].get()
    #expect(a.id == "a")
    #expect(a.text == "  Putin met Guterres\non Tuesday.  ")
    #expect(a.published == CalendarDate(year: 2022, month: 4, day: 26))
    #expect(a.source == "in.jsonl:1")
    #expect(try results[1].get().published == nil)
    #expect(try results[4].get().id == "d")
    for (index, line) in [(2, 4), (3, 5)] {
      guard case .failure(let error) = results[index] else {
        Issue.record("line \(line) should fail")
        continue
      }
      #expect(error.line == line)
      #expect(error.description.hasPrefix("in.jsonl:\(line): "))
    }
  }

  @Test("Extraction offsets point into the text as given")
  func offsetsIntoGivenText() throws {
    let text = "  Guterres met Putin in Moscow on Tuesday, April 26, 2022."
    let article = try PlainTextLines.article(
      fromLine: #"{"id": "x", "text": "\#(text)", "published": "2022-04-27"}"#, line: 1, source: "t")
    let extraction = try ExtractionPipeline().extract(article)
    let scalars = Array(text.unicodeScalars)
    let spans = extraction.dates.map { ($0.start, $0.end, $0.text) } + extraction.figures.map { ($0.start, $0.end, $0.text) }
    #expect(!extraction.dates.isEmpty)
    for (start, end, written) in spans {
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == written)
    }
  }
}
