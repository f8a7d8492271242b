import Testing

@testable import ArticleOracle

/// An organization right before a title given to the name after it is part of that title
/// (actors 1.18.0, docs/actors.md): `IDF spokesman Daniel Hagari` gives Hagari the role
/// `IDF spokesman`, and the IDF is an actor only when the article also names it on its own,
/// as `United Nations` in `United Nations Secretary-General António Guterres` (the spec;
/// docs/golden.md). And a registered family name written first (`Wang` of `Wang Yi`) before
/// another name word starts another person's name (`Wang Wenbin`).
@Suite("Organizations that qualify a title, and family names written first")
struct TitleOrganizationTests {
  static let registryText = """
    version: 1
    countries:
      - {id: china, name: China, names: [China], demonyms: [Chinese]}
    positions:
      - {id: president, titles: [President, leader]}
      - {id: spokesperson, titles: [spokesperson, spokesman, spokeswoman]}
    offices:
      - {id: un-spokesperson, title: Spokesperson for the UN Secretary-General, position: spokesperson, organization: united-nations}
      - {id: president-of-china, title: President of China, position: president, country: china, single_holder: true}
    actors:
      - {id: united-nations, name: United Nations, kind: organization, aliases: [UN]}
      - {id: israel-defense-forces, name: Israel Defense Forces, kind: organization, aliases: [IDF]}
      - {id: hamas, name: Hamas, kind: organization}
      - {id: boeing, name: Boeing, kind: organization}
      - {id: wang-yi, name: Wang Yi, kind: person, family: Wang}
      - {id: robert-miller, name: Robert Miller, kind: person, family: Miller}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2024, month: 5, day: 10)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let cases: [AppositionCase] = [
    // Only in the title: no actor; the title takes the organization's words.
    .init(
      "IDF spokesman Daniel Hagari said it. Boeing Chief Operating Officer Stephanie Pope agreed.",
      ["daniel-hagari": ["Daniel Hagari (unregistered)"], "stephanie-pope": ["Stephanie Pope (unregistered)"]],
      roles: ["daniel-hagari": ["IDF spokesman"], "stephanie-pope": ["Boeing Chief Operating Officer"]]),
    // Named on its own too: every occurrence is a mention, the title's included.
    .init(
      "Hamas leader Yahya Sinwar spoke. Hamas denied it.",
      ["hamas": ["Hamas (name)", "Hamas (name)"], "yahya-sinwar": ["Yahya Sinwar (unregistered)"]],
      roles: ["yahya-sinwar": ["Hamas leader"]]),
    // An unregistered body in a title is no actor either.
    .init(
      "Foreign Ministry spokesperson Mao Ning said talks would go on.",
      ["mao-ning": ["Mao Ning (unregistered)"]],
      roles: ["mao-ning": ["Foreign Ministry spokesperson"]]),
    // A family name written first starts another person's name, even when that person is
    // named in full; alone (or before a date) it is the person's.
    .init(
      "Wang Yi met them. Spokesperson Wang Wenbin said so, and Wang Monday agreed.",
      ["wang-yi": ["Wang Yi (name)", "Wang (name)"], "wang-wenbin": ["Wang Wenbin (unregistered)"]],
      roles: ["wang-wenbin": ["Spokesperson"]]),
    // A family name written last starts no one's name (`Miller Brewing`).
    .init(
      "Robert Miller spoke. Spokesman Miller Brewing said so.",
      ["robert-miller": ["Robert Miller (name)", "Miller (name)"]]),
  ]

  @Test("Organizations inside titles and family-first names", arguments: cases)
  func title(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("The table has cases")
  func tableIsNotEmpty() {
    #expect(Self.cases.count >= 5)
  }
}
