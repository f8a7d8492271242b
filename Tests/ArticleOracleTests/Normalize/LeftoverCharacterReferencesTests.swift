import Foundation
import Testing

@testable import ArticleOracle

/// Entities left in plain text, or escaped twice in HTML, are decoded one level and counted;
/// ampersands that are not references stay.
@Suite("Leftover character references")
struct LeftoverCharacterReferencesTests {
  @Test(
    "References are decoded",
    arguments: [
      ("AT&amp;T said", "AT&T said"), ("it&#8217;s", "it\u{2019}s"), ("it&#x2019;s", "it\u{2019}s"),
      ("a&nbsp;b", "a\u{A0}b"), ("&ldquo;No&rdquo;", "\u{201C}No\u{201D}"), ("x &amp y", "x & y"),
      ("&quot;q&quot;", "\"q\""),
      // Every HTML 4 name (libxml2's table since 1.3.0; 1.2.0 knew 45 names and left these).
      ("&Eacute;mile &Ouml;zil", "\u{C9}mile \u{D6}zil"), ("I &hearts; NY", "I \u{2665} NY"), ("Stra&szlig;e", "Stra\u{DF}e"),
      ("&thetasym; &lsaquo;", "\u{3D1} \u{2039}"),
    ])
  func decodes(_ input: String, _ expected: String) {
    #expect(LeftoverCharacterReferences.decode(input)?.text == expected)
  }

  @Test(
    "Ampersands that are no reference stay",
    arguments: [
      "R&D and AT&T", "?a=1&copy=3", "&unknown; &#0; &#xD800;", "&amplifier", "Tom & Jerry", "no ampersand", "&AMP; &Hearts;",
      "&; & ;",
    ])
  func keeps(_ input: String) {
    #expect(LeftoverCharacterReferences.decode(input) == nil)
  }

  @Test("A plain-text file and a doubly escaped page give the text a reader sees, with a markup-leak finding")
  func normalizerDecodes() throws {
    let normalizer = try Normalizer()
    let text = try normalizer.normalize(
      ArticleInput(id: "t", source: "t.txt", bytes: Array("Plain text with &amp; and it&#8217;s&nbsp;&nbsp;here.\n".utf8)))
    #expect(text.text == "Plain text with & and it\u{2019}s here.")
    #expect(text.findings.contains { $0.kind == .markupLeak && $0.count == 4 })
    let page = try normalizer.normalize(
      ArticleInput(id: "h", source: "h.html", bytes: Array("<p>It&amp;#8217;s &amp;#147;odd&amp;#148;.</p>".utf8)))
    #expect(page.text == "It\u{2019}s \u{201C}odd\u{201D}.")
    #expect(page.findings.contains { $0.kind == .markupLeak && $0.count == 3 })
  }
}
