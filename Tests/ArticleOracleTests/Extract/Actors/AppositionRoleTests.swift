import Testing

@testable import ArticleOracle

/// A title with its determiner before `, NAME` is a role mention of that person (the
/// apposition rule of docs/actors.md, step 2), and a bare position names its only candidate
/// office only when nothing unknown to the registry qualifies it (same step).
@Suite("Appositions and bare positions after unknown qualifiers")
struct AppositionRoleTests {
  static let registryText = """
    version: 1
    countries:
      - {id: russia, name: Russia, names: [Russia], demonyms: [Russian]}
      - {id: turkey, name: Turkey, names: [Turkey], demonyms: [Turkish]}
      - {id: united-states, name: United States, names: [United States, U.S.], demonyms: [American]}
    positions:
      - {id: president, titles: [President]}
      - {id: foreign-minister, titles: [Foreign Minister]}
      - {id: secretary-of-state, titles: [secretary of state]}
      - {id: spokesperson, titles: [spokesman, spokeswoman]}
      - {id: permanent-representative, titles: [ambassador]}
    offices:
      - {id: president-of-russia, title: President of Russia, single_holder: true, country: russia, position: president}
      - {id: president-of-turkey, title: President of Turkey, single_holder: true, country: turkey, position: president}
      - id: foreign-minister-of-russia
        title: Minister of Foreign Affairs of Russia
        single_holder: true
        country: russia
        position: foreign-minister
      - id: us-secretary-of-state
        title: United States Secretary of State
        single_holder: true
        country: united-states
        position: secretary-of-state
      - id: spokesperson-of-the-russian-foreign-ministry
        title: Spokesperson of the Russian Foreign Ministry
        single_holder: true
        country: russia
        position: spokesperson
      - id: un-spokesperson
        title: Spokesperson for the UN Secretary-General
        aliases: [UN spokesman]
        single_holder: true
        position: spokesperson
        organization: united-nations
      - id: permanent-representative-of-russia-to-the-un
        title: Permanent Representative of Russia to the UN
        single_holder: true
        position: permanent-representative
        organization: united-nations
    actors:
      - {id: united-nations, name: United Nations, kind: organization, aliases: [UN]}
      - {id: nato, name: North Atlantic Treaty Organization, kind: organization, aliases: [NATO]}
      - id: vladimir-putin
        name: Vladimir Putin
        kind: person
        roles: [{office: president-of-russia, start: 2012-05-07}]
      - id: recep-tayyip-erdogan
        name: Recep Tayyip Erdoğan
        kind: person
        roles: [{office: president-of-turkey, start: 2014-08-28}]
      - id: sergey-lavrov
        name: Sergey Lavrov
        kind: person
        roles: [{office: foreign-minister-of-russia, start: 2004-03-09}]
      - id: maria-zakharova
        name: Maria Zakharova
        kind: person
        roles: [{office: spokesperson-of-the-russian-foreign-ministry, start: 2015-08-10}]
      - id: dean-acheson
        name: Dean Acheson
        kind: person
        roles: [{office: us-secretary-of-state, start: 1949-01-21, end: 1953-01-20}]
      - id: george-marshall
        name: George Marshall
        kind: person
        roles: [{office: us-secretary-of-state, start: 1947-01-21, end: 1949-01-20}]
      - {id: harry-truman, name: Harry Truman, kind: person, family: Truman}
      - {id: boris-yeltsin, name: Boris Yeltsin, kind: person}
      - {id: ahmed-maher, name: Ahmed Maher, kind: person}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2022, month: 4, day: 26)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  func items(_ text: String, published: CalendarDate?) -> [String: ActorItem] {
    Dictionary(extractor.extract(from: text, published: published).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  func mentions(_ item: ActorItem?) -> [String] {
    (item?.mentions ?? []).map { "\($0.text) (\($0.via.rawValue))" }
  }

  // MARK: - Apposition

  @Test("`his Turkish counterpart, Recep Tayyip Erdogan` is two mentions of Erdogan, with or without a date")
  func counterpartApposition() {
    let text = "Russian President Vladimir Putin updated his Turkish counterpart, Recep Tayyip Erdogan, on the talks."
    for published in [nil, date] {
      let erdogan = items(text, published: published)["recep-tayyip-erdogan"]
      #expect(mentions(erdogan) == ["his Turkish counterpart (role)", "Recep Tayyip Erdogan (name)"])
      #expect(erdogan?.roles == ["President of Turkey"])
    }
  }

  @Test("`the country's Foreign Minister, Sergey Lavrov`: a lower-case possessive noun after the determiner")
  func possessiveNounApposition() {
    let text = "Guterres also met the country's Foreign Minister, Sergey Lavrov, in Moscow."
    for published in [nil, date] {
      let lavrov = items(text, published: published)["sergey-lavrov"]
      #expect(mentions(lavrov) == ["the country's Foreign Minister (role)", "Sergey Lavrov (name)"])
      #expect(lavrov?.roles == ["Minister of Foreign Affairs of Russia"])
    }
  }

  @Test("Without a determiner, `TITLE, NAME` stays only the name's title")
  func noDeterminer() {
    let found = items("Russian President, Vladimir Putin, spoke.", published: date)
    #expect(mentions(found["vladimir-putin"]) == ["Vladimir Putin (name)"])
    #expect(found["vladimir-putin"]?.roles == ["President of Russia"])
  }

  @Test("`Truman's secretary of state, Dean Acheson`: Acheson's title, never another holder's mention")
  func acheson() {
    let text = "On April 4, 1949, Truman's secretary of state, Dean Acheson, signed the treaty."
    for published in [nil, CalendarDate(year: 1949, month: 4, day: 5), CalendarDate(year: 1948, month: 4, day: 5)] {
      let found = items(text, published: published)
      #expect(mentions(found["dean-acheson"]) == ["Dean Acheson (name)"])
      #expect(found["dean-acheson"]?.roles == ["United States Secretary of State"])
      #expect(found["george-marshall"] == nil)
      #expect(mentions(found["harry-truman"]) == ["Truman (name)"])
    }
  }

  // MARK: - Bare positions after an unknown qualifier

  @Test("`Egyptian Ambassador`: a registered person who did not hold the only candidate office gets no role")
  func unknownQualifierRegistered() {
    let found = items("The talks were opened by Egyptian Ambassador Ahmed Maher on Monday.", published: date)
    #expect(found["ahmed-maher"]?.roles == [])
    // Without the qualifier, the only candidate office is still the one named.
    let bare = items("The talks were opened by Ambassador Ahmed Maher on Monday.", published: date)
    #expect(bare["ahmed-maher"]?.roles == ["Permanent Representative of Russia to the UN"])
  }

  @Test("`Foreign Ministry spokeswoman Maria Zakharova`: a registered holder keeps the office she held")
  func unknownQualifierHolder() {
    let found = items("On Monday Foreign Ministry spokeswoman Maria Zakharova said no.", published: date)
    #expect(found["maria-zakharova"]?.roles == ["Spokesperson of the Russian Foreign Ministry"])
  }

  @Test("`NATO, Yeltsin's spokesman`: a person's possessive is an unknown qualifier, so NATO gets no office")
  func possessivePersonQualifier() {
    let found = items("Ukraine would not join NATO, Yeltsin's spokesman said.", published: date)
    #expect(found["nato"]?.roles == [])
  }

  @Test("A sentence's first word qualifies only in capitals: `UNOS Ambassador`, not `Former Ambassador`")
  func sentenceInitialQualifier() {
    #expect(items("UNOS Ambassador Ahmed Maher spoke.", published: date)["ahmed-maher"]?.roles == [])
    #expect(
      items("Former Ambassador Ahmed Maher spoke.", published: date)["ahmed-maher"]?.roles
        == ["former Permanent Representative of Russia to the UN"])  // a past title (actors 1.13.0)
  }

  @Test("An unregistered person's bare position names no office: `spokesman Serge Clermont` is a spokesman")
  func unregisteredBarePosition() {
    let found = items("The page was removed, spokesman Serge Clermont said.", published: date)
    #expect(found["serge-clermont"]?.roles == ["spokesman"])
    let ambassador = items("Talks began, said Egyptian Ambassador Omar Farouk on Monday.", published: date)
    #expect(ambassador["omar-farouk"]?.roles == ["Ambassador"])
    // A registered qualifier, or a title naming one office, still names it.
    let scoped = items("The talks ended, UN spokesman Eri Kaneko said.", published: date)
    #expect(scoped["eri-kaneko"]?.roles == ["Spokesperson for the UN Secretary-General"])
  }
}
