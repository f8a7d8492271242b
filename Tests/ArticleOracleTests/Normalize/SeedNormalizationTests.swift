import Foundation
import Testing

@testable import ArticleOracle

/// The seeds normalize as section 1 of the extraction spec says.
@Suite("Seed normalization")
struct SeedNormalizationTests {
  let normalizer: Normalizer

  init() throws {
    normalizer = try Normalizer()
  }

  func normalize(_ prefix: String) throws -> NormalizedArticle {
    try normalizer.normalize(ArticleInput.read(path: TestPaths.seed(prefix).path))
  }

  @Test("Seed 003 loses the UPI photo credit and the glued Advertisement, and nothing else")
  func seed003() throws {
    let article = try normalize("003")
    #expect(article.removed.map(\.rule) == ["photo-credit", "advertisement-glued"])
    #expect(article.removed.map(\.text) == ["Pool File Photo by John Minchillo/UPI | License Photo", "Advertisement"])
    #expect(!article.text.contains("License Photo"))
    #expect(!article.text.contains("Advertisement"))
    // Everything else is kept: the raw words, less the header and the two removals, are all there.
    let raw = try String(contentsOf: TestPaths.seed("003"), encoding: .utf8)
    let rawWords = raw.split(whereSeparator: \.isWhitespace).dropFirst(2)  // "date 2022-04-26"
    let removedWords = article.removed.flatMap { $0.text.split(separator: " ") }
    let keptWords = article.text.split(whereSeparator: \.isWhitespace)
    #expect(rawWords.count == keptWords.count + removedWords.count)
    #expect(article.text.hasPrefix("Antonio Guterres, secretary-general of the United Nations"))
    #expect(article.text.contains("being received by Putin.\n\nOn Thursday"))
  }

  @Test("Seed 002 loses its repeated headline and the lone dash")
  func seed002() throws {
    let article = try normalize("002")
    #expect(Set(article.removed.map(\.rule)) == ["separator", "repeated-paragraph"])
    #expect(article.removed.map(\.text).sorted() == ["-", "Putin informs Erdogan of progress in Ukraine - Kremlin"])
    #expect(article.text.components(separatedBy: "Putin informs Erdogan of progress in Ukraine - Kremlin").count == 2)
    #expect(!article.text.contains("\n\n-\n\n"))
  }

  @Test("Seeds 001 and 003 take their publication date from the header, which leaves the body")
  func headers() throws {
    let a001 = try normalize("001")
    let a003 = try normalize("003")
    #expect(a001.published == CalendarDate(year: 2022, month: 4, day: 27))
    #expect(a003.published == CalendarDate(year: 2022, month: 4, day: 26))
    #expect(a001.text.hasPrefix("Russian President Vladimir Putin, on Tuesday"))
    #expect(!a003.text.contains("date 2022"))
  }

  @Test("Seeds without a header have no publication date", arguments: ["000", "002", "004"])
  func noHeader(prefix: String) throws {
    #expect(try normalize(prefix).published == nil)
  }

  @Test("Seed 001 drops the image credit and reports the embedded tweet and its URLs, keeping them")
  func seed001() throws {
    let article = try normalize("001")
    #expect(article.removed.map(\.rule) == ["image-caption"])
    #expect(article.findings.contains { $0.kind == .socialEmbed })
    let urls = article.findings.filter { $0.kind == .url }.map(\.message)
    #expect(urls == ["URL: https://t.co/GqlxzmGYCT", "URL: pic.twitter.com/trlqMwZsNX"])
    #expect(article.text.contains("https://t.co/GqlxzmGYCT"))
    // Finding spans are code-point offsets into the text.
    let scalars = Array(article.text.unicodeScalars)
    for finding in article.findings where finding.kind == .url {
      let start = try #require(finding.start), end = try #require(finding.end)
      #expect("URL: " + String(String.UnicodeScalarView(scalars[start..<end])) == finding.message)
    }
  }

  @Test("Seed 004 drops the stray tag line and the NBSP-only line")
  func seed004() throws {
    let article = try normalize("004")
    #expect(article.removed.map(\.text) == ["ukraine"])
    #expect(!article.text.contains("\u{A0}"))
  }

  @Test("Every seed's text is canonical: NFC, paragraphs split by one blank line, no stray white space")
  func canonicalForm() throws {
    for prefix in ["000", "001", "002", "003", "004"] {
      let text = try normalize(prefix).text
      #expect(text == text.precomposedStringWithCanonicalMapping)
      #expect(!text.contains("\n\n\n"))
      #expect(!text.contains("  "))
      #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false)
      for paragraph in text.components(separatedBy: "\n\n") {
        #expect(!paragraph.isEmpty && !paragraph.contains("\n"))
      }
    }
  }
}
