import Testing

@testable import ArticleOracle

/// Forms of 2020s wire news (docs/actors.md, 1.10.0): only listed abbreviations stop a name
/// (`Janet Reno.` at a sentence end is the whole name), a title without its country before
/// `'s Office` is an organization, and the registry's armed groups, courts and NGOs; each
/// with look-alikes that must stay as they were.
@Suite("Wire-news forms: abbreviations, title offices, 2020s organizations")
struct WireNews2020sTests {
  static let registryText = """
    version: 1
    countries:
      - {id: russia, name: Russia, names: [Russia], demonyms: [Russian]}
      - {id: ukraine, name: Ukraine, names: [Ukraine], demonyms: [Ukrainian]}
    offices:
      - id: president-of-russia
        title: President of Russia
        single_holder: true
        country: russia
        position: president
    actors:
      - id: vladimir-putin
        name: Vladimir Putin
        kind: person
        roles: [{office: president-of-russia, start: 2012-05-07}]
      - id: office-of-the-president-of-ukraine
        name: Office of the President of Ukraine
        kind: organization
        aliases: [Ukraine's Office of the President, Ukrainian President's Office]
      - {id: wagner-group, name: Wagner Group, kind: organization}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2023, month: 5, day: 1)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let abbreviationCases: [AppositionCase] = [
    // A short word before a sentence's full stop is a name word, not an abbreviation.
    .init(
      "The charges were filed by Attorney General Janet Reno.",
      ["janet-reno": ["Janet Reno (unregistered)"]], roles: ["janet-reno": ["Attorney General"]]),
    .init(
      "Attorney General Janet Reno. She said so. Reno left.",
      ["janet-reno": ["Janet Reno (unregistered)", "Reno (unregistered)"]]),
    .init(
      "The decision came at a bad time for Chancellor Kohl.",
      ["kohl": ["Kohl (unregistered)"]], roles: ["kohl": ["Chancellor"]]),
    // Look-alikes: listed abbreviations still stop a name or make a title.
    .init(
      "Gen. Mark Milley and Lt. Gen. John Smith spoke.",
      ["mark-milley": ["Mark Milley (unregistered)"], "john-smith": ["John Smith (unregistered)"]],
      roles: ["mark-milley": ["Gen."], "john-smith": ["Lt. Gen."]]),
    .init("Spokesman John Smith Jr. said so.", ["john-smith": ["John Smith (unregistered)"]]),
    .init("Acme Co. said the plant closed.", ["acme-co": ["Acme Co (unregistered)"]]),
  ]

  @Test("Only a listed abbreviation stops a name", arguments: abbreviationCases)
  func abbreviations(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let titleOfficeCases: [AppositionCase] = [
    .init(
      "The Prime Minister's Office said the talks would continue.",
      ["prime-ministers-office": ["Prime Minister's Office (unregistered)"]]),
    .init(
      "The Vice President's Office declined to comment.",
      ["vice-presidents-office": ["Vice President's Office (unregistered)"]]),
    .init(
      "Prime Minister's Office officials said so.",
      ["prime-ministers-office": ["Prime Minister's Office (unregistered)"]]),
    // A registered office by its aliases.
    .init(
      "Ukraine's Office of the President said so. The Ukrainian President's Office agreed.",
      ["office-of-the-president-of-ukraine": [
        // (Since 1.17.0 the country's possessive is no part of the mention, as both annotated
        // sets write it.)
        "Office of the President (name)", "Ukrainian President's Office (name)",
      ]]),
    // Look-alikes: lower case, no `Office`.
    .init("The prime minister's office said so.", [:]),
    .init("The Prime Minister's visit was brief.", [:]),
  ]

  @Test("A title without its country before `'s Office` is an organization", arguments: titleOfficeCases)
  func titleOffices(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("A title with its country before `'s Office` stays a role phrase")
  func countryTitleOffice() {
    let items = extractor.extract(from: "The Russian President's Office said so.", published: date)
    #expect(items.map(\.id) == ["vladimir-putin"])
    #expect(items.first?.mentions.map(\.text) == ["The Russian President"])
  }

  static let founderCases: [AppositionCase] = [
    .init(
      // The organization is part of the title, and no actor when named only there (1.18.0).
      "Wagner Group founder Yevgeny Prigozhin spoke.",
      ["yevgeny-prigozhin": ["Yevgeny Prigozhin (unregistered)"]],
      roles: ["yevgeny-prigozhin": ["Wagner Group founder"]]),
    .init(
      "The founder, John Smith, agreed.", ["john-smith": ["The founder (role)", "John Smith (unregistered)"]],
      roles: ["john-smith": ["founder"]]),
    // Look-alikes: a founder named by no one, a family name that is part of an alias.
    .init("The founder of the company said so.", [:]),
    .init("Richard Wagner composed operas.", [:]),
  ]

  @Test("`founder` is a title that names no office", arguments: founderCases)
  func founders(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("The bundled registry knows the armed groups, courts and NGOs of 2020s news")
  func bundledOrganizations() throws {
    let bundled = try ActorExtractor(registry: .bundled())
    let text =
      "Hamas said the Israeli military struck Gaza. The ICC, Amnesty International and Human Rights Watch "
      + "spoke. The Taliban and Hezbollah agreed."
    let ids = Set(bundled.extract(from: text, published: date).map(\.id))
    #expect(
      ids == [
        "hamas", "israel-defense-forces", "international-criminal-court", "amnesty-international",
        "human-rights-watch", "taliban", "hezbollah",
      ])
  }

  @Test("The case tables are not empty")
  func tablesAreNotEmpty() {
    #expect(!Self.abbreviationCases.isEmpty && !Self.titleOfficeCases.isEmpty && !Self.founderCases.isEmpty)
  }
}
