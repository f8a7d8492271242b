import Testing

@testable import ArticleOracle

/// Forms of 2020s wire news (docs/actors.md, 1.12.0): a registered word used as an English
/// word at a sentence start (`Fed up with`), a qualifier that makes a title another body's
/// (`Opposition leader`, `Labour leader`), `O'`/`D'` names with middle initials, and
/// quantifiers before a name; each with look-alikes that must stay as they were.
@Suite("Wire-news forms: word senses, other bodies' titles, apostrophe names, quantifiers")
struct WireNewsQualifiersAndNamesTests {
  static let registryText = """
    version: 1
    countries:
      - {id: united-kingdom, name: United Kingdom, names: [United Kingdom, Britain], demonyms: [British]}
      - {id: united-states, name: United States, names: [United States, U.S.], demonyms: [American]}
    offices:
      - id: prime-minister-of-the-united-kingdom
        title: Prime Minister of the United Kingdom
        single_holder: true
        country: united-kingdom
        position: prime-minister
      - id: foreign-secretary-of-the-united-kingdom
        title: Foreign Secretary of the United Kingdom
        single_holder: true
        country: united-kingdom
        position: foreign-minister
      - id: president-of-the-united-states
        title: President of the United States
        single_holder: true
        country: united-states
        position: president
    actors:
      - id: keir-starmer
        name: Keir Starmer
        kind: person
        roles: [{office: prime-minister-of-the-united-kingdom, start: 2024-07-05}]
      - id: david-lammy
        name: David Lammy
        kind: person
        roles: [{office: foreign-secretary-of-the-united-kingdom, start: 2024-07-05, end: 2025-09-05}]
      - id: donald-trump
        name: Donald Trump
        kind: person
        roles: [{office: president-of-the-united-states, start: 2017-01-20, end: 2021-01-20}]
      - id: federal-reserve
        name: Federal Reserve
        kind: organization
        aliases: [Fed]
    positions:
      - {id: prime-minister, titles: [Prime Minister, leader]}
      - {id: president, titles: [President, leader]}
      - {id: foreign-minister, titles: [Foreign Secretary]}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2024, month: 3, day: 14)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let wordSenseCases: [AppositionCase] = [
    // A registered word at a sentence start before a particle is the English word.
    .init("Fed up with delays, commuters protested.", [:]),
    .init("Fed by rain, the river rose.", [:]),
    .init("The river rose. Fed by rain, it flooded the town.", [:]),
    // Look-alikes: the organization with a determiner, before a noun, a capital or a verb,
    // and after the sentence start.
    .init("The Fed raised rates.", ["federal-reserve": ["Fed (name)"]]),
    .init("Fed officials said so.", ["federal-reserve": ["Fed (name)"]]),
    // (Named on its own too: inside a title alone it is no actor since actors 1.18.0.)
    .init(
      "Fed Chair Jerome Powell spoke. The Fed held.",
      ["federal-reserve": ["Fed (name)", "Fed (name)"], "jerome-powell": ["Jerome Powell (unregistered)"]]),
    .init("Fed raised rates again.", ["federal-reserve": ["Fed (name)"]]),
  ]

  @Test("A registered English word at a sentence start is the word before a particle", arguments: wordSenseCases)
  func wordSenses(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let qualifierCases: [AppositionCase] = [
    // Another body's title: the title as written, no registered office.
    .init(
      "Opposition leader Keir Starmer spoke.", ["keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["Opposition leader"]]),
    .init(
      "The opposition leader Keir Starmer spoke.", ["keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["opposition leader"]]),
    .init(
      "Britain's Labour leader Keir Starmer spoke.", ["keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["Labour leader"]]),
    .init(
      "The party leader Keir Starmer spoke.", ["keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["party leader"]]),
    .init(
      "Shadow Foreign Secretary David Lammy spoke.", ["david-lammy": ["David Lammy (name)"]],
      roles: ["david-lammy": ["Shadow Foreign Secretary"]]),
    .init(
      "Republican leader Donald Trump spoke.", ["donald-trump": ["Donald Trump (name)"]],
      roles: ["donald-trump": ["Republican leader"]]),
    // Look-alikes: the government's title keeps its office, a party name before a title
    // that is not a head word too (`Labour Prime Minister`, `Republican President`).
    .init(
      "Prime Minister Keir Starmer spoke.", ["keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["Prime Minister of the United Kingdom"]]),
    .init(
      "Labour Prime Minister Keir Starmer spoke.", ["keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["Prime Minister of the United Kingdom"]]),
    .init(
      "Republican President Donald Trump spoke.", ["donald-trump": ["Donald Trump (name)"]],
      roles: ["donald-trump": ["President of the United States"]]),
    .init(
      "Foreign Secretary David Lammy spoke.", ["david-lammy": ["David Lammy (name)"]],
      roles: ["david-lammy": ["Foreign Secretary of the United Kingdom"]]),
  ]

  @Test("A qualifier naming another body makes the title that body's", arguments: qualifierCases)
  func qualifiers(_ example: AppositionCase) {
    example.verify(with: extractor, on: date, rolesNeedDate: true)
  }

  @Test("Starmer as Prime Minister in 2024-09 keeps the office, with no anachronism to hide")
  func primeMinisterInOffice() {
    let items = extractor.extract(from: "Prime Minister Keir Starmer spoke.", published: CalendarDate(year: 2024, month: 9, day: 1))
    #expect(items.first?.roles == ["Prime Minister of the United Kingdom"])
  }

  static let nameCases: [AppositionCase] = [
    // `O'`, `D'` names are read whole, middle initials included.
    .init(
      "U.S. Attorney Denise E. O'Donnell said so.", ["denise-e-odonnell": ["Denise E. O'Donnell (unregistered)"]],
      roles: ["denise-e-odonnell": ["Attorney"]]),
    .init(
      "Spokesman Sean O'Brien said so. O'Brien left.",
      ["sean-obrien": ["Sean O'Brien (unregistered)", "O'Brien (unregistered)"]]),
    .init("Mr. O'Neill said so.", ["oneill": ["O'Neill (unregistered)"]]),
    .init(
      "Judge Mary D'Angelo ruled.", ["mary-dangelo": ["Mary D'Angelo (unregistered)"]],
      roles: ["mary-dangelo": ["Judge"]]),
    .init(
      "Senator John A. McCain spoke.", ["john-a-mccain": ["John A. McCain (unregistered)"]],
      roles: ["john-a-mccain": ["Senator"]]),
    // Look-alikes: a possessive stays outside the name, a letter and an apostrophe elsewhere.
    .init(
      "Spokesman John Smith's aide said so.", ["john-smith": ["John Smith (unregistered)"]]),
    // A quantifier or determiner word is no part of a name.
    .init("Several Big Board members said so.", ["big-board": ["Big Board (unregistered)"]]),
    .init("Many Labour Party members left.", ["labour-party": ["Labour Party (unregistered)"]]),
    .init("Both Interior Ministry officials left.", ["interior-ministry": ["Interior Ministry (unregistered)"]]),
    // Look-alike: a sentence's first word that is a name word still opens the name.
    .init("Acme Holdings said so.", ["acme-holdings": ["Acme Holdings (unregistered)"]]),
  ]

  @Test("Apostrophe names are read whole, quantifiers stay out", arguments: nameCases)
  func names(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("The case tables are not empty")
  func tablesAreNotEmpty() {
    #expect(!Self.wordSenseCases.isEmpty && !Self.qualifierCases.isEmpty && !Self.nameCases.isEmpty)
  }
}
