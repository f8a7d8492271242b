import Testing

@testable import ArticleOracle

/// Forms several countries' bodies share (`ambiguous_aliases`: `Congress`, `Supreme Court`,
/// `the Greens`) name the body of the article's country (actors 1.17.0, docs/actors.md step
/// 1): the one the article also names in full, else the one of the country its dateline
/// places it in (`WASHINGTON (AP) —`, `KYIV, Ukraine (AP) —`), else of the country it names
/// most often; otherwise nobody. Since 1.18.0 the country the form's own sentence names comes
/// before the dateline's.
@Suite("Ambiguous forms name the body of the article's country")
struct AmbiguousFormTests {
  static let registryText = """
    version: 1
    countries:
      - {id: united-states, name: United States, names: [United States, U.S.], demonyms: [American], cities: [Washington, New York]}
      - {id: india, name: India, names: [India], demonyms: [Indian], cities: [New Delhi, Mumbai]}
      - {id: germany, name: Germany, names: [Germany], demonyms: [German], cities: [Berlin]}
      - {id: ukraine, name: Ukraine, names: [Ukraine], demonyms: [Ukrainian], cities: [Kyiv]}
      - {id: russia, name: Russia, names: [Russia], demonyms: [Russian], cities: [Moscow]}
    offices:
      - {id: president-of-russia, title: President of Russia, country: russia, single_holder: true}
    actors:
      - id: united-states-congress
        name: United States Congress
        kind: organization
        country: united-states
        aliases: [U.S. Congress]
        ambiguous_aliases: [Congress]
      - id: indian-national-congress
        name: Indian National Congress
        kind: organization
        country: india
        ambiguous_aliases: [Congress, Congress Party]
      - id: alliance-90-the-greens
        name: Alliance 90/The Greens
        kind: organization
        country: germany
        ambiguous_aliases: [Greens]
      - {id: volodymyr-zelenskyy, name: Volodymyr Zelenskyy, kind: person}
      - id: vladimir-putin
        name: Vladimir Putin
        kind: person
        roles: [{office: president-of-russia, start: 2012-05-07}]
      - id: ministry-of-defence-of-ukraine
        name: Ministry of Defence of Ukraine
        kind: organization
        country: ukraine
        ambiguous_aliases: [Defence Ministry]
      - id: ministry-of-defence-of-russia
        name: Ministry of Defence of Russia
        kind: organization
        country: russia
        aliases: [Russia's Defence Ministry]
        ambiguous_aliases: [Defence Ministry]
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2024, month: 6, day: 5)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let cases: [AppositionCase] = [
    // The dateline's city places the article (nothing linked `Congress` before 1.17.0).
    .init(
      "WASHINGTON (AP) — Volodymyr Zelenskyy told a joint meeting of Congress on Wednesday.",
      ["volodymyr-zelenskyy": ["Volodymyr Zelenskyy (name)"], "united-states-congress": ["Congress (name)"]]),
    .init(
      "NEW DELHI (AP) — Congress workers celebrated outside the party's offices.",
      ["indian-national-congress": ["Congress (name)"]]),
    // A dateline in mixed case before the agency, and a date after the city.
    .init("Berlin (AFP) - The Greens left the coalition.", ["alliance-90-the-greens": ["Greens (name)"]]),
    .init("BERLIN, May 6 (Reuters) - The Greens left the coalition.", ["alliance-90-the-greens": ["Greens (name)"]]),
    // The country named after the dateline's city wins over the city table.
    .init("KYIV, Ukraine (AP) — The Greens left. Congress met.", [:]),
    // The full name elsewhere in the article decides, whatever the place.
    .init(
      "WASHINGTON (AP) — The Indian National Congress won. Congress workers celebrated.",
      ["indian-national-congress": ["Indian National Congress (name)", "Congress (name)"]]),
    // No dateline: the country named most often, at least twice and more than any other.
    .init(
      "India voted for a month. Indian voters backed the opposition, and Congress workers celebrated.",
      ["indian-national-congress": ["Congress (name)"]]),
    .init("India and the United States talked. Congress met.", [:]),
    .init("Volodymyr Zelenskyy told Congress on Wednesday.", ["volodymyr-zelenskyy": ["Volodymyr Zelenskyy (name)"]]),
    // A plain alias links anywhere.
    .init("The U.S. Congress met.", ["united-states-congress": ["U.S. Congress (name)"]]),
    // After or before another capitalized word the form is a word of a longer name: not the
    // US Congress (the words are left to the later passes, which find no body here).
    .init("WASHINGTON (AP) — The Peruvian Congress voted.", [:]),
    // Mentions leave out a country's possessive and a lower-case `party` (as both annotated
    // sets write them; the aliases made `Russia's Defence Ministry`, `Congress party`).
    .init(
      "Russia's Defence Ministry said the Defence Ministry would reply.",
      ["ministry-of-defence-of-russia": ["Defence Ministry (name)", "Defence Ministry (name)"]]),
    .init("NEW DELHI (AP) — The Congress party won.", ["indian-national-congress": ["Congress (name)"]]),
    // The country the form's own sentence names wins over the dateline's (1.18.0): by a
    // registered person whose offices are all of one country, or by a country's name; with
    // two countries in the sentence, the dateline decides again.
    .init(
      "KYIV (Reuters) - Putin told the Defence Ministry to prepare. The Defence Ministry in Kyiv said drones fell.",
      ["vladimir-putin": ["Putin (name)"], "ministry-of-defence-of-russia": ["Defence Ministry (name)"],
       "ministry-of-defence-of-ukraine": ["Defence Ministry (name)"]]),
    .init(
      "KYIV (Reuters) - Russia and Ukraine traded blame, and the Defence Ministry denied it.",
      ["ministry-of-defence-of-ukraine": ["Defence Ministry (name)"]]),
  ]

  @Test("an ambiguous form links by the full name, the dateline or the country named most", arguments: cases)
  func ambiguousForms(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }
}
