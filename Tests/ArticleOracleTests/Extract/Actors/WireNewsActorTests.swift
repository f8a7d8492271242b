import Testing

@testable import ArticleOracle

/// Forms of 2020s wire news (docs/actors.md, 1.9.0): `X's Office` organizations and the
/// longest title cue, titles with a `to/for [the] ORG|COUNTRY` complement, later words of an
/// unregistered person's name, and acronyms of multi-word titles in their exact case; each
/// with look-alikes that must stay as they were.
@Suite("Wire-news forms: offices, title complements, later name words")
struct WireNewsActorTests {
  static let registryText = """
    version: 1
    countries:
      - {id: ukraine, name: Ukraine, names: [Ukraine], demonyms: [Ukrainian]}
      - {id: united-states, name: United States, names: [United States, U.S., US], demonyms: [American]}
    offices:
      - id: permanent-representative-of-russia-to-the-un
        title: Permanent Representative of Russia to the UN
        aliases: [Russian ambassador to the UN]
        single_holder: true
        position: permanent-representative
        organization: united-nations
      - id: director-general-of-the-world-health-organization
        title: Director-General of the World Health Organization
        aliases: [WHO head]
        single_holder: true
        organization: world-health-organization
    positions:
      - {id: permanent-representative, titles: [ambassador]}
    actors:
      - {id: united-nations, name: United Nations, kind: organization, aliases: [UN, U.N.]}
      - {id: world-health-organization, name: World Health Organization, kind: organization, aliases: [WHO]}
      - {id: group-of-seven, name: Group of Seven, kind: organization, aliases: [G7, G-7]}
      - {id: african-union, name: African Union, kind: organization, aliases: [AU]}
      - id: vassily-nebenzia
        name: Vassily Nebenzia
        kind: person
        roles: [{office: permanent-representative-of-russia-to-the-un, start: 2017-07-27}]
      - id: tedros
        name: Tedros Adhanom Ghebreyesus
        kind: person
        roles: [{office: director-general-of-the-world-health-organization, start: 2017-07-01}]
      - id: zelensky
        name: Volodymyr Zelensky
        kind: person
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2022, month: 4, day: 26)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let officeCases: [AppositionCase] = [
    .init(
      "Ukraine's Prosecutor General's Office said 20 bodies were found.",
      ["prosecutor-generals-office": ["Prosecutor General's Office (unregistered)"]]),
    .init(
      "Russia's Prosecutor-General's Office banned the group.",
      ["prosecutor-generals-office": ["Prosecutor-General's Office (unregistered)"]]),
    .init(
      "The Attorney General's Office declined to comment.",
      ["attorney-generals-office": ["Attorney General's Office (unregistered)"]]),
    // The longest cue is the title: no person `General`, and the role is the whole title.
    .init(
      "Prosecutor General Iryna Venediktova said so.",
      ["iryna-venediktova": ["Iryna Venediktova (unregistered)"]], roles: ["iryna-venediktova": ["Prosecutor General"]]),
    .init(
      "Attorney General Merrick Garland said so.",
      ["merrick-garland": ["Merrick Garland (unregistered)"]], roles: ["merrick-garland": ["Attorney General"]]),
    // Look-alikes: lower case `office`, a registered name before the possessive, a place.
    .init("The prosecutor general's office said it had opened a case.", [:]),
    .init("Zelensky's Office said talks were over.", ["zelensky": ["Zelensky (name)"]]),
    .init("The Oval Office statement was brief.", [:]),
    .init("Smith's office declined to comment.", [:]),
    .init(
      "General John Smith's troops advanced.",
      ["john-smith": ["John Smith (unregistered)"]], roles: ["john-smith": ["General"]]),
  ]

  @Test("X's Office is an organization, never a person General", arguments: officeCases)
  func offices(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let complementCases: [AppositionCase] = [
    .init(
      "British Ambassador to the United Nations Barbara Woodward said the vote was clear.",
      ["barbara-woodward": ["Barbara Woodward (unregistered)"]],
      roles: ["barbara-woodward": ["Ambassador to the United Nations"]]),
    .init(
      "U.S. Ambassador to Ukraine Bridget Brink visited.",
      ["bridget-brink": ["Bridget Brink (unregistered)"]], roles: ["bridget-brink": ["Ambassador to Ukraine"]]),
    // A registered person: the complement's organization narrows the title to the office held.
    .init(
      "Ambassador to the UN Vassily Nebenzia said the claims were false.",
      ["vassily-nebenzia": ["Vassily Nebenzia (name)"]],
      roles: ["vassily-nebenzia": ["Permanent Representative of Russia to the UN"]]),
    // Look-alikes: no name after the complement; an organization's name after a country.
    .init("The ambassador to the G7 said the vote was clear.", ["group-of-seven": ["G7 (name)"]]),
    .init(
      "A spokeswoman for the U.S. Immigration and Naturalization Service said so.",
      ["immigration-and-naturalization-service": ["Immigration and Naturalization Service (unregistered)"]]),
    .init("The envoy to Ukraine Monday said talks failed.", [:]),
  ]

  @Test("A title with a to/for complement before a name", arguments: complementCases)
  func complements(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let laterWordCases: [AppositionCase] = [
    .init(
      "Brazilian President Luiz Inacio Lula da Silva won. Lula said he would govern for all.",
      ["luiz-inacio-lula-da-silva": ["Luiz Inacio Lula da Silva (unregistered)", "Lula (unregistered)"]]),
    .init(
      "Brazilian President Luiz Inacio Lula da Silva won. President Lula spoke. Lula da Silva left.",
      ["luiz-inacio-lula-da-silva": [
        "Luiz Inacio Lula da Silva (unregistered)", "Lula (unregistered)", "Lula da Silva (unregistered)",
      ]]),
    .init(
      "Mexican President Andres Manuel Lopez Obrador spoke. Lopez Obrador said the vote was fair.",
      ["andres-manuel-lopez-obrador": ["Andres Manuel Lopez Obrador (unregistered)", "Lopez Obrador (unregistered)"]]),
    // Look-alikes: a given name (first or middle), a middle name of a three-word name, a
    // later word that starts another name.
    .init(
      "Mexican President Andres Manuel Lopez Obrador spoke. Andres said nothing. Manuel Garcia came.",
      ["andres-manuel-lopez-obrador": ["Andres Manuel Lopez Obrador (unregistered)"]]),
    .init("Spokesman Mary Ann Jones said so. Later Ann arrived.", ["mary-ann-jones": ["Mary Ann Jones (unregistered)"]]),
    .init(
      "Brazilian President Luiz Inacio Lula da Silva won. Lula Costa came.",
      ["luiz-inacio-lula-da-silva": ["Luiz Inacio Lula da Silva (unregistered)"]]),
  ]

  @Test("A later word of an unregistered person's name links to that person", arguments: laterWordCases)
  func laterWords(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let acronymCases: [AppositionCase] = [
    // (Role phrases need the date: checked in `acronymRoles`.)
    .init("Officials who head the ministries said the plan was sound.", [:]),
    .init("People who head to the border are stopped.", [:]),
    // An acronym glued to a dollar sign is a currency's prefix (`AU$`, `US$`).
    .init("The AU said it would send troops. An AU$5bn deal was signed.", ["african-union": ["AU (name)"]]),
    .init("G7 leaders met. The G-7 statement was clear.", ["group-of-seven": ["G7 (name)", "G-7 (name)"]]),
  ]

  @Test("An acronym inside a multi-word title needs its exact case", arguments: acronymCases)
  func acronyms(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("`WHO head` names the office's holder; `who head` names nobody")
  func acronymRoles() {
    let items = extractor.extract(from: "The WHO head said cases rose.", published: date)
    #expect(items.map(\.id) == ["tedros"])
    #expect(extractor.extract(from: "Those who head the agencies met.", published: date).isEmpty)
  }

  @Test("The case tables are not empty")
  func tablesAreNotEmpty() {
    #expect(!Self.officeCases.isEmpty && !Self.complementCases.isEmpty)
    #expect(!Self.laterWordCases.isEmpty && !Self.acronymCases.isEmpty)
  }
}
