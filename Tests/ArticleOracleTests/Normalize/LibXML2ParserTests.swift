import Foundation
import Testing

@testable import ArticleOracle

/// The parser reads text from libxml2's SAX events; these pin down the places where the
/// result depends on what libxml2's tree builder would have done with the same events
/// (the figures are what libxml2 2.9.14 gives when it builds the tree).
@Suite("libxml2 parser")
struct LibXML2ParserTests {
  func blocks(_ html: String) throws -> [String] {
    let parsed = try LibXML2Parser.parse(utf8: html, source: "test.html")
    return parsed.blockRanges.map { String(decoding: parsed.text[$0], as: UTF8.self) }
  }

  @Test("Text after </html> stays when <html> came first: the tree puts it inside the root")
  func afterRootKept() throws {
    let html = "<html><body><p>Inside.</p></body></html><p>After html.</p>tail<div>more</div>"
    #expect(try blocks(html) == ["Inside.", "After html.", "tail", "more"])
  }

  @Test("Text after </html> is dropped when a DOCTYPE or a comment came first: the tree puts it beside the root")
  func afterRootDropped() throws {
    #expect(try blocks("<!DOCTYPE html><html><body><p>Inside.</p></body></html><p>After.</p>") == ["Inside."])
    #expect(try blocks("<!-- c --><html><body><p>Inside.</p></body></html><p>After.</p>") == ["Inside."])
  }

  @Test("A prefixed element is read by its local name: <o:p> is a paragraph")
  func prefixedElement() throws {
    #expect(try blocks("<html><body><p>Word <o:p>inner text</o:p> more.</p></body></html>") == ["Word ", "inner text", " more."])
  }

  @Test("Repeated non-empty IDs (id, and name on <a>) count as markup errors")
  func repeatedIDs() throws {
    let html =
      "<html><body><p id=\"a\">x</p><p id=\"a\">y</p><p id=\"\">e</p><p id=\"\">f</p>"
      + "<a name=\"q\">1</a><a name=\"q\">2</a><div name=\"q\">3</div></body></html>"
    let parsed = try LibXML2Parser.parse(utf8: html, source: "test.html")
    #expect(parsed.errorCount == 2)
  }

  @Test("A prefix whose local part cannot start a name is a markup error, an undeclared prefix is not")
  func namespaceErrors() throws {
    // libxml2 reports "Tag … invalid" for each unknown element, plus the one name error.
    let parsed = try LibXML2Parser.parse(utf8: "<html><body><a:1>x</a:1><o:p>y</o:p></body></html>", source: "test.html")
    #expect(parsed.errorCount == 3)
    #expect(parsed.firstErrors.contains { $0.contains("Name a:1 is not XML Namespace compliant") })
  }

  @Test("Scripts and styles give no text; JSON-LD in a script gives the publication date")
  func scriptsAndJSONLD() throws {
    let html =
      "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2021-03-04T05:06:07Z\"}</script>"
      + "<style>p{}</style></head><body><script>var x = '<p>no</p>';</script><p>Text.</p></body></html>"
    #expect(try blocks(html) == ["Text."])
    let parsed = try LibXML2Parser.parse(utf8: html, source: "test.html")
    #expect(parsed.publishedCandidates == ["2021-03-04T05:06:07Z"])
  }

  @Test("The deepest nesting counts elements that have children")
  func depth() throws {
    let html = "<html><body>" + String(repeating: "<div>", count: 40) + "x" + String(repeating: "</div>", count: 40) + "</body></html>"
    // html, body and 40 divs: the innermost div holds the text.
    #expect(try LibXML2Parser.parse(utf8: html, source: "test.html").maxDepth == 42)
  }
}
