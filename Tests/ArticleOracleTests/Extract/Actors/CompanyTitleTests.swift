import Testing

@testable import ArticleOracle

/// Titles that name no registered office (`company_titles` of the cues: `chief executive`,
/// `CEO`, `chairman`): the title rules of docs/actors.md step 2 give the person next to them
/// the title as written, and with a determiner before `, NAME` a role mention; alone they
/// name nobody. Also the name rules these titles brought up (step 5): a registered family
/// name linked to nobody may end another person's name (`Tim Cook`), middle initials stay
/// inside a name (`William E. LaMothe`), and `Mr. Drabinsky` is the `Garth Drabinsky` named
/// in full.
@Suite("Titles that name no office, and the names after them")
struct CompanyTitleTests {
  static let registryText = """
    version: 1
    countries:
      - {id: united-kingdom, name: United Kingdom, names: [United Kingdom, Britain], demonyms: [British]}
    positions:
      - {id: secretary-general, titles: [Secretary-General, chief]}
      - {id: foreign-minister, titles: [Foreign Secretary]}
    offices:
      - id: un-secretary-general
        title: UN Secretary-General
        aliases: [U.N. chief]
        single_holder: true
        position: secretary-general
        organization: united-nations
      - id: uk-foreign-secretary
        title: Foreign Secretary of the United Kingdom
        single_holder: true
        country: united-kingdom
        position: foreign-minister
    actors:
      - {id: united-nations, name: United Nations, kind: organization, aliases: [UN, U.N.]}
      - id: antonio-guterres
        name: António Guterres
        kind: person
        roles: [{office: un-secretary-general, start: 2017-01-01}]
      - id: robin-cook
        name: Robin Cook
        kind: person
        roles: [{office: uk-foreign-secretary, start: 1997-05-02, end: 2001-06-08}]
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2022, month: 4, day: 26)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  /// Each case: every actor's mentions (`text (via)`), and the roles of some.
  static let cases: [AppositionCase] = [
    // With a determiner before `, NAME`: a role mention and the unregistered name.
    .init(
      "Apple said its chief executive, Jane Doe, would resign.",
      ["jane-doe": ["its chief executive (role)", "Jane Doe (unregistered)"]], roles: ["jane-doe": ["chief executive"]]),
    .init(
      "The chairman, John Smith, said.", ["john-smith": ["The chairman (role)", "John Smith (unregistered)"]],
      roles: ["john-smith": ["chairman"]]),
    .init(
      "The company's chief executive officer, Satya Nadella, spoke.",
      ["satya-nadella": ["The company's chief executive officer (role)", "Satya Nadella (unregistered)"]],
      roles: ["satya-nadella": ["chief executive officer"]]),
    // `TITLE NAME`: the name, with the title as written.
    .init("CEO Elon Musk tweeted.", ["elon-musk": ["Elon Musk (unregistered)"]], roles: ["elon-musk": ["CEO"]]),
    .init("Chairman Mao spoke.", ["mao": ["Mao (unregistered)"]], roles: ["mao": ["Chairman"]]),
    .init(
      "Apple chief executive Tim Cook said.", ["tim-cook": ["Tim Cook (unregistered)"]],
      roles: ["tim-cook": ["chief executive"]]),
    // The longer phrase wins over the registry's `chief`.
    .init(
      "Chief Executive Tim Cook said.", ["tim-cook": ["Tim Cook (unregistered)"]],
      roles: ["tim-cook": ["Chief Executive"]]),
    .init(
      "Deputy chairman John Smith said.", ["john-smith": ["John Smith (unregistered)"]],
      roles: ["john-smith": ["Deputy chairman"]]),
    // A capitalized possessive names someone else: only the role.
    .init(
      "Apple's chief executive, Tim Cook, said.", ["tim-cook": ["Tim Cook (unregistered)"]],
      roles: ["tim-cook": ["chief executive"]]),
    // Look-alikes: the title alone, an acronym in the wrong case, a lone word after the comma,
    // the title after the name (step 5's apposition: the name, no role), the registry's chief.
    .init("The chief executive of Apple said.", [:]),
    .init("He told the ceo Elon Musk nothing.", [:]),
    .init("Its chief executive, Apple said, would resign.", [:]),
    .init("Jane Doe, the chief executive, said.", ["jane-doe": ["Jane Doe (unregistered)"]], roles: ["jane-doe": []]),
    .init(
      "UN chief Antonio Guterres said.", ["antonio-guterres": ["Antonio Guterres (name)"]],
      roles: ["antonio-guterres": ["UN Secretary-General"]]),
    // `Director-General` is one title, not the military `General` (1.8.0).
    .init(
      "WHO Director-General Tedros Adhanom Ghebreyesus said.",
      ["tedros-adhanom-ghebreyesus": ["Tedros Adhanom Ghebreyesus (unregistered)"]],
      roles: ["tedros-adhanom-ghebreyesus": ["Director-General"]]),
    .init(
      "The agency's director-general, Rafael Grossi, said.",
      ["rafael-grossi": ["The agency's director-general (role)", "Rafael Grossi (unregistered)"]],
      roles: ["rafael-grossi": ["director-general"]]),
    .init(
      "General Valery Gerasimov said.", ["valery-gerasimov": ["Valery Gerasimov (unregistered)"]],
      roles: ["valery-gerasimov": ["General"]]),
    // `Speaker` is a title cue (1.8.0); lower case, alone, it names nobody.
    .init(
      "House Speaker Nancy Pelosi arrived.", ["nancy-pelosi": ["Nancy Pelosi (unregistered)"]],
      roles: ["nancy-pelosi": ["Speaker"]]),
    .init("The speaker of the parliament said the vote was delayed.", [:]),
    // `Cook` alone after a title is still nobody (a registered family name linked to nobody
    // does not start a name).
    .init("Apple chief executive Cook said.", [:]),
  ]

  @Test("Titles that name no office, and their look-alikes", arguments: cases)
  func companyTitle(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("The company title table has cases")
  func tableIsNotEmpty() {
    #expect(Self.cases.count >= 10)
  }

  @Test("`the U.N. chief` is still a role phrase of the Secretary-General")
  func registryChief() {
    let found = extractor.extract(from: "The U.N. chief said so.", published: date)
    #expect(found.map(\.id) == ["antonio-guterres"])
    #expect(found.first?.mentions.map(\.via) == [.role])
  }

  @Test("A title naming no office gives no office to the audit")
  func noOffice() {
    let detail = extractor.extractDetailed(from: "CEO Elon Musk tweeted.", published: date)
    #expect(detail.titles.map(\.text) == ["CEO"])
    #expect(detail.titles.allSatisfy { $0.officeID == nil && $0.candidateOfficeIDs.isEmpty })
    #expect(detail.unresolved.isEmpty)
  }

  @Test("`Tim Cook` is not Robin Cook when the article does not name Robin Cook")
  func unlinkedFamilyName() {
    let found = extractor.extract(from: "Apple chief executive Tim Cook said. Cook left.", published: date)
    #expect(found.map(\.id) == ["tim-cook"])
    // `Cook` alone is still nobody: a family name that is a common word links only with
    // the full name, and `linkRepeats` does not take covered words.
    #expect(found.first?.mentions.map(\.text) == ["Tim Cook"])
    #expect(extractor.extract(from: "spokesman Tim Cook said.", published: date).map(\.id) == ["tim-cook"])
  }

  @Test("A middle initial stays inside an unregistered name")
  func middleInitial() {
    let found = extractor.extract(from: "Kellogg Chairman William E. LaMothe said so. LaMothe left.", published: date)
    #expect(found.map(\.id) == ["william-e-lamothe"])
    #expect(found.first?.mentions.map(\.text) == ["William E. LaMothe", "LaMothe"])
    #expect(found.first?.roles == ["Chairman"])
  }

  @Test("A form of address reveals a person but is no role; `Dr.` and `Gen.` are titles")
  func honorifics() throws {
    let found = extractor.extract(from: "Ms. Jane Roe met Dr. John Poe and Gen. Max Moeller.", published: date)
    #expect(found.map(\.id) == ["jane-roe", "john-poe", "max-moeller"])
    #expect(found.map(\.roles) == [[], ["Dr."], ["Gen."]])
    let stray = "version: 1\nperson_titles: [Mr.]\nhonorifics: [Mr., Sir]\n"
    #expect(throws: DataFileError.self) { try ActorCues(yaml: stray, file: "cues.yaml") }
  }

  @Test("`Sir` and `Dame` precede a given name: a later `Sir John` is the `Sir John Egan` named in full")
  func givenNameHonorifics() {
    let text = "Jaguar's head, Sir John Egan, spoke. In the end, Sir John agreed; Dame Judi Dench smiled."
    let found = extractor.extract(from: text, published: date)
    #expect(found.map(\.id) == ["john-egan", "judi-dench"])
    #expect(found.first?.mentions.map(\.text) == ["John Egan", "John"])
    #expect(found.allSatisfy { $0.roles.isEmpty })
  }

  @Test("`Mr. Drabinsky` is the one `… Drabinsky` named in full; with two, neither")
  func familyOnlyCue() {
    let text = "The company's chairman, Garth Drabinsky, spoke. Mr. Drabinsky left. Drabinsky smiled."
    let found = extractor.extract(from: text, published: date)
    #expect(found.map(\.id) == ["garth-drabinsky"])
    #expect(found.first?.mentions.map(\.text) == ["The company's chairman", "Garth Drabinsky", "Drabinsky", "Drabinsky"])
    #expect(found.first?.roles == ["chairman"])  // `Mr.` is a form of address, not a role
    let two = "Garth Drabinsky, the chairman, and Anna Drabinsky, the director, met. Mr. Drabinsky left."
    let ids = Set(extractor.extract(from: two, published: date).map(\.id))
    #expect(ids == ["garth-drabinsky", "anna-drabinsky", "drabinsky"])
  }
}
