import Testing

@testable import ArticleOracle

/// A misspelt family name right after one of the person's registered given names links by
/// `fuzzy` even when it is shorter than the misspelling pass's seven letters (docs/actors.md,
/// step 4): `Vladimir Puttin`, `Vladimir Putn`. One edit as `FuzzyNameIndex.isOneEdit` says,
/// without a substituted letter under seven letters; other people's names do not link.
@Suite("Misspelt family names after a given name")
struct GivenNameMisspellingTests {
  static let registryText = """
    version: 1
    countries:
      - {id: russia, name: Russia, names: [Russia], demonyms: [Russian]}
      - {id: turkey, name: Turkey, names: [Turkey], demonyms: [Turkish]}
      - {id: united-states, name: United States, names: [United States, U.S.], demonyms: [American]}
    positions:
      - {id: president, titles: [President, leader]}
      - {id: foreign-minister, titles: [Secretary of State]}
    offices:
      - {id: president-of-russia, title: President of Russia, single_holder: true, country: russia, position: president}
      - {id: president-of-turkey, title: President of Turkey, single_holder: true, country: turkey, position: president}
      - id: us-secretary-of-state
        title: United States Secretary of State
        single_holder: true
        country: united-states
        position: foreign-minister
    actors:
      - id: vladimir-putin
        name: Vladimir Putin
        kind: person
        roles: [{office: president-of-russia, start: 2012-05-07}]
      - id: recep-tayyip-erdogan
        name: Recep Tayyip Erdoğan
        kind: person
        roles: [{office: president-of-turkey, start: 2014-08-28}]
      - id: john-kerry
        name: John Kerry
        kind: person
        roles: [{office: us-secretary-of-state, start: 2013-02-01, end: 2017-01-20}]
      - {id: charles-michel, name: Charles Michel, kind: person}
      - {id: ivan-karpov, name: Ivan Karpov, kind: person}
      - {id: ivan-karlov, name: Ivan Karlov, kind: person}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2022, month: 4, day: 26)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  /// Each case: every actor's mentions (`text (via)`), and the roles of some.
  static let cases: [AppositionCase] = [
    .init(
      "President Vladimir Puttin met reporters.", ["vladimir-putin": ["Vladimir Puttin (fuzzy)"]],
      roles: ["vladimir-putin": ["President of Russia"]]),
    .init("Vladimir Putn said no.", ["vladimir-putin": ["Vladimir Putn (fuzzy)"]]),
    // A swap of neighbours.
    .init("Vladimir Ptuin said no.", ["vladimir-putin": ["Vladimir Ptuin (fuzzy)"]]),
    .init("Mr. Vladimir Puttin spoke.", ["vladimir-putin": ["Vladimir Puttin (fuzzy)"]]),
    // Every given name joins; seven letters and more also take a substitution.
    .init("Recep Tayyip Erdogn said no.", ["recep-tayyip-erdogan": ["Recep Tayyip Erdogn (fuzzy)"]]),
    .init("Recep Tayyip Erdugan said no.", ["recep-tayyip-erdogan": ["Recep Tayyip Erdugan (fuzzy)"]]),
    // An apposition after a title with its determiner.
    .init(
      "The talks ended, the Russian leader, Vladimir Puttin, said.",
      ["vladimir-putin": ["the Russian leader (role)", "Vladimir Puttin (fuzzy)"]],
      roles: ["vladimir-putin": ["President of Russia"]]),
    // Other people: two edits or more, another last letter, a substitution under seven
    // letters (`Putan`, `Kelly` for Kerry), a common family name (`Michel`), a word within one
    // edit of two people with that given name (`Ivan Karov`), no given name, an unregistered
    // given name, a word unrelated to the family name.
    .init("Vladimir Popov said no.", [:]),
    .init("Vladimir Putov said no.", [:]),
    .init("Vladimir Putan said no.", [:]),
    .init("Vladimir Putina said no.", [:]),
    .init("Vladimir Putnam said no.", [:]),
    .init("Vladimir Nabokov wrote.", [:]),
    .init("John Kelly said no.", [:]),
    .init("Charles Michael said no.", [:]),
    .init("Ivan Karov said no.", [:]),
    .init("Officials said Puttin had left.", [:]),
    .init("Wladimir Puttin said no.", [:]),
    .init(
      "President Vladimir Popov met reporters.", ["vladimir-popov": ["Vladimir Popov (unregistered)"]],
      roles: ["vladimir-popov": ["President"]]),
  ]

  @Test("Short misspelt family names after a given name, and look-alikes", arguments: cases)
  func givenNameMisspelling(_ example: AppositionCase) {
    example.verify(with: extractor, on: date, rolesNeedDate: true)
  }

  @Test("The given-name misspelling table has cases")
  func tableIsNotEmpty() {
    #expect(Self.cases.count >= 10)
  }

  @Test("The near misses of the misspelling pass still do not link after `Vladimir`", arguments: ActorLinkingRuleTests.nearMisses)
  func nearMissAfterGivenName(name: String) {
    let found = extractor.extract(from: "Officials said that Vladimir \(name) had arrived.", published: date)
    #expect(found.filter { $0.mentions.contains { $0.via != .unregistered } }.isEmpty, "\(name) linked: \(found)")
  }

  @Test("What one edit means after a given name")
  func oneEdit() throws {
    var index = FuzzyNameIndex()
    index.add(givenNames: ["vladimir"], family: "putin", actor: 0)
    index.add(givenNames: ["recep", "tayyip"], family: "erdogan", actor: 1)
    index.seal()
    #expect(index.actor(afterGivenName: "vladimir", misspelling: "puttin") == 0)  // doubled letter
    #expect(index.actor(afterGivenName: "vladimir", misspelling: "putn") == 0)  // deletion
    #expect(index.actor(afterGivenName: "vladimir", misspelling: "puntin") == 0)  // insertion
    #expect(index.actor(afterGivenName: "vladimir", misspelling: "ptuin") == 0)  // swap
    #expect(index.actor(afterGivenName: "vladimir", misspelling: "putan") == nil)  // substitution, short
    #expect(index.actor(afterGivenName: "vladimir", misspelling: "putins") == nil)  // trailing s
    #expect(index.actor(afterGivenName: "vladimir", misspelling: "ptn") == nil)  // under four letters
    #expect(index.actor(afterGivenName: "tayyip", misspelling: "erdugan") == 1)  // substitution, long
    #expect(index.actor(afterGivenName: "boris", misspelling: "putn") == nil)  // not that person's given name
  }
}
