import Foundation
import Testing

@testable import ArticleOracle

/// The same article as raw text and as an HTML page normalizes to exactly the same text.
@Suite("HTML rendition")
struct HTMLRenditionTests {
  static let seedPrefixes = ["000", "001", "002", "003", "004"]

  @Test("Each seed rendered as a windows-1252 HTML page normalizes to the raw file's text", arguments: seedPrefixes)
  func renditionMatchesRaw(prefix: String) throws {
    let normalizer = try Normalizer()
    let raw = try ArticleInput.read(path: TestPaths.seed(prefix).path)
    let html = HTMLRendition.render(plainText: String(decoding: raw.bytes, as: UTF8.self), title: raw.id)
    let page = String(decoding: html, as: UTF8.self)
    // The page really carries what the test claims: a declared charset, entities, chrome.
    #expect(page.contains("<meta charset=\"windows-1252\">"))
    #expect(page.contains("<script>") && page.contains("<nav>") && page.contains("<footer>"))
    #expect(page.contains("&nbsp;") && page.contains("<br>"))

    let fromText = try normalizer.normalize(raw)
    let fromHTML = try normalizer.normalize(ArticleInput(id: raw.id, source: raw.source + ".html", bytes: html))
    #expect(fromHTML.format == .html)
    #expect(fromHTML.encoding == "windows-1252")
    #expect(fromHTML.text == fromText.text)
    #expect(fromHTML.published == fromText.published)
    #expect(fromHTML.removed.map(\.rule) == fromText.removed.map(\.rule))
  }

  @Test("The rendition of every seed uses entities for quotes and ampersands")
  func entitiesAreUsed() throws {
    var sawQuoteEntity = false
    var sawAmpersandEntity = false
    for prefix in Self.seedPrefixes {
      let raw = try ArticleInput.read(path: TestPaths.seed(prefix).path)
      let page = String(decoding: HTMLRendition.render(plainText: String(decoding: raw.bytes, as: UTF8.self), title: raw.id), as: UTF8.self)
      sawQuoteEntity = sawQuoteEntity || page.contains("&quot;") || page.contains("&ldquo;")
      sawAmpersandEntity = sawAmpersandEntity || page.contains("&amp;")
    }
    #expect(sawQuoteEntity && sawAmpersandEntity)
  }
}
