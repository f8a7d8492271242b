import Foundation
import Testing

@testable import ArticleOracle

/// A leading text header gives the publication date and leaves the body (spec section 1).
@Suite("Publication header")
struct PublicationHeaderTests {
  static let headers = [
    "date 2022-04-26", "date: 2022-04-26", "Date: 2022-04-26", "Published: 2022-04-26", "published 2022-04-26",
    "Publication date: 2022-04-26", "PUBDATE 2022-04-26",
  ]

  @Test("Each header form gives the date and leaves the words after it", arguments: headers)
  func header(_ header: String) throws {
    let split = try #require(PublicationMetadata.splitHeader(header + " Putin met Guterres."))
    #expect(split.date == CalendarDate(year: 2022, month: 4, day: 26))
    #expect(split.rest == "Putin met Guterres.")
  }

  @Test(
    "Look-alikes are text, not headers",
    arguments: [
      "Dated 2022-04-26 Putin met.", "date 2022-04-26x", "Published yesterday.", "Publication date: 2022-13-01",
      "Published:2022-04-26", "The date 2022-04-26", "dates 2022-04-26",
    ])
  func lookAlike(_ text: String) {
    #expect(PublicationMetadata.splitHeader(text) == nil)
  }

  @Test("A file with a `Published:` header is dated by it, and the header leaves the text")
  func throughTheNormalizer() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("header-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("a.txt")
    try "Published: 2022-04-27\n\nPutin said the talks stalled.\n".write(to: file, atomically: true, encoding: .utf8)
    let article = try Normalizer().normalize(ArticleInput.read(path: file.path))
    #expect(article.published == CalendarDate(year: 2022, month: 4, day: 27))
    #expect(article.text == "Putin said the talks stalled.")
  }
}
