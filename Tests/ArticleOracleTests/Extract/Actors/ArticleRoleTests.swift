import Testing

@testable import ArticleOracle

/// Role phrases resolve through the titles the article itself gives to named people
/// (docs/actors.md, step 3); when it gives none, or several people, the registry's terms on
/// the publication date decide. Same inline registry as `ActorLinkingRuleTests`.
@Suite("Role phrases from the article's own titles")
struct ArticleRoleTests {
  let extractor: ActorExtractor
  let date = CalendarDate(year: 2022, month: 4, day: 26)

  init() throws {
    extractor = try .inline(ActorLinkingRuleTests.registryText)
  }

  @Test("Undated: a role phrase links to the one person the article gives the office, before or after it")
  func linksToTheTitledPerson() throws {
    let text = "The U.N. chief flew in. Russian President Vladimir Putin met UN Secretary-General António Guterres. "
      + "The Russian president said little."
    let detail = extractor.extractDetailed(from: text, published: nil)
    #expect(detail.roleMentions == ["antonio-guterres": ["The U.N. chief"], "vladimir-putin": ["The Russian president"]])
    #expect(detail.unresolved.isEmpty)
    let chief = try #require(detail.titles.first { $0.source == .roleMention && $0.text == "U.N. chief" })
    #expect(chief.actorID == "antonio-guterres")
    #expect(chief.officeID == "un-secretary-general")
    #expect(chief.mentionStart == 0)
  }

  @Test("A title after a verb such as `elected` or `became` is the subject's new role, no mention of the holder")
  func predicativeTitle() {
    // (1.17.0; before, the phrase was a role mention of Guterres, the holder on the date, and
    // the United Nations inside it no mention.)
    let became = extractor.extractDetailed(
      from: "Ban Ki-moon became Secretary-General of the United Nations in 2007.", published: date)
    #expect(became.roleMentions.isEmpty)
    #expect(Set(became.items.map(\.id)) == ["ban-ki-moon", "united-nations"])
    let elected = extractor.extractDetailed(
      from: "Ban Ki-moon was elected as the Secretary-General of the United Nations.", published: date)
    #expect(elected.roleMentions.isEmpty)
    // Any other verb leaves a role phrase.
    let said = extractor.extractDetailed(from: "The Secretary-General of the United Nations said no.", published: date)
    #expect(said.roleMentions == ["antonio-guterres": ["The Secretary-General of the United Nations"]])
  }

  @Test("Undated: a name the article gives no title does not resolve a role phrase, whatever the registry says")
  func nameWithoutTitle() {
    let detail = extractor.extractDetailed(from: "Vladimir Putin spoke. The Russian president left.", published: nil)
    #expect(detail.roleMentions.isEmpty)
    #expect(detail.unresolved.map(\.text) == ["The Russian president"])
    #expect(detail.unresolved.first?.reason == .noPublicationDate)
  }

  @Test("Undated: two people given the office leave the phrase unresolved")
  func severalPeople() {
    let text = "UN Secretary-General Ban Ki-moon met UN Secretary-General António Guterres. The U.N. chief spoke."
    let detail = extractor.extractDetailed(from: text, published: nil)
    #expect(detail.roleMentions.isEmpty)
    #expect(detail.unresolved.map(\.text) == ["The U.N. chief"])
    #expect(detail.unresolved.first?.reason == .noPublicationDate)
    #expect(detail.unresolved.first?.candidateOfficeIDs == ["un-secretary-general"])
  }

  @Test("With a date too, the one person the article titles comes first")
  func datedArticleHolderWins() throws {
    let text = "UN Secretary-General Ban Ki-moon spoke. The U.N. chief left."
    let detail = extractor.extractDetailed(from: text, published: date)
    #expect(detail.roleMentions == ["ban-ki-moon": ["The U.N. chief"]])
    let chief = try #require(detail.titles.first { $0.source == .roleMention })
    #expect(chief.officeID == "un-secretary-general")
    #expect(extractor.extractDetailed(from: text, published: nil).roleMentions == ["ban-ki-moon": ["The U.N. chief"]])
  }

  @Test("With a date and nobody titled in the article, the registry's holder on the date decides")
  func datedNoHolderInArticle() {
    let text = "Vladimir Putin spoke. The Russian president left. The U.N. chief flew in."
    #expect(
      extractor.extractDetailed(from: text, published: date).roleMentions == [
        "vladimir-putin": ["The Russian president"], "antonio-guterres": ["The U.N. chief"],
      ])
    let early = extractor.extractDetailed(from: text, published: CalendarDate(year: 2010, month: 1, day: 1))
    #expect(early.roleMentions == ["ban-ki-moon": ["The U.N. chief"]])
    #expect(early.unresolved.map(\.reason) == [.noHolder])
  }

  @Test("With a date and two people titled in the article, the registry's holder on the date decides")
  func datedTwoHoldersInArticle() {
    let text = "UN Secretary-General Ban Ki-moon met UN Secretary-General António Guterres. The U.N. chief spoke."
    #expect(extractor.extractDetailed(from: text, published: date).roleMentions == ["antonio-guterres": ["The U.N. chief"]])
    let early = CalendarDate(year: 2010, month: 1, day: 1)
    #expect(extractor.extractDetailed(from: text, published: early).roleMentions == ["ban-ki-moon": ["The U.N. chief"]])
  }

  @Test("Undated counterpart: the subject's office and the counterpart's holder both come from the article")
  func counterpart() {
    let text = "Russian President Vladimir Putin told his Turkish counterpart that talks would go on. "
      + "President Erdoğan agreed. The Russian president thanked his Turkish counterpart."
    let detail = extractor.extractDetailed(from: text, published: nil)
    #expect(
      detail.roleMentions == [
        "recep-tayyip-erdogan": ["his Turkish counterpart", "his Turkish counterpart"],
        "vladimir-putin": ["The Russian president"],
      ])
    #expect(detail.unresolved.isEmpty)
  }

  @Test("Undated counterpart: a subject without a title in the article, or no titled counterpart, stays unresolved")
  func counterpartUnresolved() {
    let untitledSubject = extractor.extractDetailed(
      from: "Vladimir Putin told his Turkish counterpart that talks would go on. President Erdoğan agreed.",
      published: nil)
    #expect(untitledSubject.roleMentions.isEmpty)
    #expect(untitledSubject.unresolved.map(\.reason) == [.noPublicationDate])
    let untitledCounterpart = extractor.extractDetailed(
      from: "Russian President Vladimir Putin told his Turkish counterpart that talks would go on. Erdoğan agreed.",
      published: nil)
    #expect(untitledCounterpart.roleMentions.isEmpty)
    #expect(untitledCounterpart.unresolved.map(\.text) == ["his Turkish counterpart"])
  }

  @Test("Undated: a phrase in apposition to another name is that name's title, never the titled person's")
  func appositionToAnotherName() {
    let text = "Russian President Vladimir Putin spoke. In 1999 the Russian president, Boris Yeltsin, resigned."
    let detail = extractor.extractDetailed(from: text, published: nil)
    // Yeltsin is not registered here: the apposition is a role mention of him (the name
    // says whom the title means), never of Putin, the article's titled holder.
    #expect(detail.roleMentions == ["boris-yeltsin": ["the Russian president"]])
    #expect(detail.items.first { $0.id == "boris-yeltsin" }?.roles == ["President of Russia"])
    #expect(detail.unresolved.isEmpty)
  }

  @Test("Undated: a person the registry does not know can be the titled one")
  func unregisteredPerson() {
    let detail = extractor.extractDetailed(
      from: "Russian President Foo Barov spoke. The Russian president left.", published: nil)
    #expect(detail.roleMentions == ["foo-barov": ["The Russian president"]])
  }
}
