import Foundation
import Testing

@testable import ArticleOracle

/// The actors of the five seeds, linked against the bundled registry, as section 3 of the
/// extraction spec and issue 4 describe.
@Suite("Seed actors")
struct SeedActorTests {
  let pipeline: ExtractionPipeline

  init() throws {
    pipeline = try ExtractionPipeline()
  }

  func detail(_ prefix: String) throws -> (article: NormalizedArticle, detail: ActorLinkDetail) {
    let article = try pipeline.normalizer.normalize(ArticleInput.read(path: TestPaths.seed(prefix).path))
    return (article, pipeline.actors.extractDetailed(from: article.text, published: article.published))
  }

  func actor(_ id: String, in detail: ActorLinkDetail) throws -> ActorItem {
    try #require(detail.items.first { $0.id == id }, "\(id) is not among \(detail.items.map(\.id))")
  }

  @Test("Seed 004 links Ban Ki-moon and António Guterres, both titled UN Secretary-General")
  func seed004() throws {
    let (_, detail) = try detail("004")
    let ban = try actor("ban-ki-moon", in: detail)
    let guterres = try actor("antonio-guterres", in: detail)
    #expect(ban.mentions.map(\.text) == ["Ban Ki-moon"])
    #expect(ban.roles.contains("UN Secretary-General"))
    #expect(guterres.roles.contains("UN Secretary-General"))
    #expect(guterres.mentions.allSatisfy { $0.via == .name })
    // The UN is named only inside titles here (`UN Secretary-General`, `UN spokesman`).
    #expect(!detail.items.contains { $0.id == "united-nations" })
    // The title next to each name names the one office, for the audit's anachronism check.
    let banTitle = try #require(detail.titles.first { $0.actorID == "ban-ki-moon" })
    #expect(banTitle.officeID == "secretary-general-of-the-united-nations")
    #expect(banTitle.text == "UN Secretary-General")
    #expect(try actor("charles-michel", in: detail).roles == ["President of the European Council"])
  }

  @Test("Seed 001 links Guetteres twice by fuzzy and @antonioguterres by name")
  func seed001() throws {
    let (article, detail) = try detail("001")
    #expect(article.published == CalendarDate(year: 2022, month: 4, day: 27))
    let guterres = try actor("antonio-guterres", in: detail)
    #expect(guterres.mentions.filter { $0.via == .fuzzy }.map(\.text) == ["Guetteres", "Guetteres"])
    #expect(guterres.mentions.contains { $0.text == "@antonioguterres" && $0.via == .name })
    #expect(guterres.mentions.contains { $0.text == "the Secretary-General" && $0.via == .role })
    let putin = try actor("vladimir-putin", in: detail)
    #expect(putin.mentions.contains { $0.text == "the Russian president" && $0.via == .role })
    let erdogan = try actor("recep-tayyip-erdogan", in: detail)
    #expect(erdogan.mentions.contains { $0.text == "The Turkish leader" && $0.via == .role })
    #expect(detail.items.contains { $0.id == "associated-press" })
  }

  @Test("Seed 003 links `the secretary general` by role to Guterres")
  func seed003() throws {
    let (_, detail) = try detail("003")
    let guterres = try actor("antonio-guterres", in: detail)
    let role = try #require(guterres.mentions.first { $0.via == .role })
    #expect(role.text == "the secretary general")
    let attribution = try #require(detail.titles.first { $0.source == .roleMention && $0.mentionStart == role.start })
    #expect(attribution.officeID == "secretary-general-of-the-united-nations")
    #expect(try actor("farhan-haq", in: detail).roles == ["Deputy Spokesperson for the UN Secretary-General"])
    #expect(try actor("martin-griffiths", in: detail).mentions.count == 1)
    #expect(try actor("lloyd-austin", in: detail).mentions.map(\.text) == ["Lloyd Austin", "Austin"])
    #expect(try actor("volodymyr-zelenskyy", in: detail).mentions.map(\.text) == ["Volodymyr Zelensky", "Zelensky"])
    #expect(detail.items.contains { $0.id == "dmitry-polyansky" })
  }

  @Test("Seed 000 has no publication date: `the U.N. chief` links through the title the article gives Guterres")
  func seed000() throws {
    let (article, detail) = try detail("000")
    #expect(article.published == nil)
    #expect(!detail.unresolved.contains { $0.text == "the U.N. chief" })
    let chief = try #require(try actor("antonio-guterres", in: detail).mentions.first { $0.text == "the U.N. chief" })
    #expect(chief.via == .role)
    // Named on its own ("the United Nations said"), so its name inside the title counts too.
    let un = try actor("united-nations", in: detail)
    #expect(un.mentions.first?.text == "United Nations")
    #expect(detail.items.contains { $0.id == "united-nations-office-for-the-coordination-of-humanitarian-affairs" })
    #expect(detail.items.contains { $0.id == "international-committee-of-the-red-cross" })
    #expect(detail.items.contains { $0.id == "directorate-of-communications-of-the-turkish-presidency" })
    #expect(try actor("recep-tayyip-erdogan", in: detail).mentions.first?.text == "Recep Tayyip Erdoğan")
  }

  @Test("Seed 002: `his Turkish counterpart, Recep Tayyip Erdogan` titles Erdogan and is a mention of him; alone it links to him")
  func seed002() throws {
    let (_, detail) = try detail("002")
    let erdogan = try actor("recep-tayyip-erdogan", in: detail)
    #expect(erdogan.roles == ["President of Turkey"])
    #expect(erdogan.mentions.filter { $0.via == .role }.map(\.text) == [
        "his Turkish counterpart", "his Turkish counterpart", "his Turkish counterpart",
      ])
    #expect(try actor("vladimir-putin", in: detail).mentions.contains { $0.text == "The Russian President" && $0.via == .role })
    #expect(detail.unresolved.isEmpty)
    #expect(try actor("kremlin", in: detail).mentions.count == 5)
  }

  @Test("No seed links a pronoun, a place or a sentence-initial word", arguments: ["000", "001", "002", "003", "004"])
  func noFalseActors(seed: String) throws {
    let (_, detail) = try detail(seed)
    let texts = Set(detail.items.flatMap(\.mentions).map(\.text))
    let never: Set<String> = [
      "he", "He", "his", "His", "she", "they", "They", "it", "It", "Kyiv", "Kiev", "Moscow", "Ankara", "Istanbul",
      "Mariupol", "Ukraine", "Russia", "Turkey", "Meanwhile", "Notably", "Discreetly", "Frankly", "Advertisement",
    ]
    #expect(texts.isDisjoint(with: never), "unexpected: \(texts.intersection(never))")
    #expect(detail.items.allSatisfy { $0.mentions.allSatisfy { $0.via != .unregistered } })
  }
}
