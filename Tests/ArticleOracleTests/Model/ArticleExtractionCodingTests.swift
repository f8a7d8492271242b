import Foundation
import Testing

@testable import ArticleOracle

/// The on-disk form of an extraction (`extract --json`, goldens): flat, keys sorted, the
/// spec's field names and enum spellings, and a lossless round trip.
@Suite("ArticleExtraction coding")
struct ArticleExtractionCodingTests {
  static let extraction = ArticleExtraction(
    article: NormalizedArticle(
      id: "a1", source: "seeds/a1.txt", published: CalendarDate(year: 2022, month: 4, day: 26), text: "abc",
      sourceSHA256: "s", removed: [Removal(rule: "r", reason: "why", text: "Share", at: 3, paragraph: 1)],
      findings: [InputFinding(kind: .replacedBytes, message: "m", count: 2)]),
    dates: [DateItem(text: "Tuesday", start: 0, end: 7, type: .date, value: "2022-04-26", anchor: .publication)],
    actors: [
      ActorItem(
        id: "p", name: "P", kind: .person, mentions: [ActorMention(text: "P", start: 8, end: 9, via: .role)],
        roles: ["president"])
    ],
    figures: [
      FigureItem(text: "more than 5", start: 10, end: 21, value: 5, kind: .cardinal, mod: .moreThan, unit: "civilians")
    ])

  static let expected =
    #"{"actors":[{"id":"p","kind":"person","mentions":[{"end":9,"start":8,"text":"P","via":"role"}],"name":"P","roles":["president"]}],"#
    + #""dates":[{"anchor":"publication","end":7,"start":0,"text":"Tuesday","type":"DATE","value":"2022-04-26"}],"#
    + #""encoding":"utf-8","#
    + #""figures":[{"end":21,"kind":"cardinal","mod":"more_than","start":10,"text":"more than 5","unit":"civilians","value":5}],"#
    + #""findings":[{"count":2,"kind":"replaced-bytes","message":"m"}],"format":"text","id":"a1","published":"2022-04-26","#
    + #""removed":[{"at":3,"paragraph":1,"reason":"why","rule":"r","text":"Share"}],"#
    + #""sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","source":"seeds/a1.txt","source_sha256":"s","text":"abc"}"#

  @Test("The article's fields and the three arrays sit side by side, keys sorted, absent optionals left out")
  func layout() throws {
    #expect(String(decoding: try StableJSON.encodeLine(Self.extraction), as: UTF8.self) == Self.expected)
  }

  @Test("Decoding what was encoded gives the same extraction; two encodings give the same bytes")
  func roundTrip() throws {
    let data = try StableJSON.encode(Self.extraction)
    #expect(try StableJSON.decode(ArticleExtraction.self, from: data) == Self.extraction)
    #expect(try StableJSON.encode(StableJSON.decode(ArticleExtraction.self, from: data)) == data)
  }

  @Test("The text's hash is computed from the text, not taken from the caller")
  func textHash() {
    var article = Self.extraction.article
    #expect(article.textSHA256 == Digest.sha256("abc"))
    article = NormalizedArticle(id: "a1", source: "x", published: nil, text: "abd", sourceSHA256: "s")
    #expect(article.textSHA256 != Digest.sha256("abc"))
    #expect(article.format == .text && article.encoding == "utf-8")
  }

  @Test("A document without one of the three arrays is refused, naming the missing key")
  func missingArray() throws {
    let text = Self.expected.replacingOccurrences(of: #""figures":[{"end":21,"kind":"cardinal","mod":"more_than","start":10,"text":"more than 5","unit":"civilians","value":5}],"#, with: "")
    #expect(text != Self.expected)
    do {
      _ = try StableJSON.decode(ArticleExtraction.self, from: Data(text.utf8))
      Issue.record("decoded a document without figures")
    } catch DecodingError.keyNotFound(let key, _) {
      #expect(key.stringValue == "figures")
    }
  }
}
