import Testing

@testable import ArticleOracle

/// Forms of 2020s wire news (docs/actors.md, 1.11.0): a title cue right after a title, new
/// title cues and company titles, company and public-body words, demonyms opening an
/// organization's name, and titles outside their terms; each with
/// look-alikes that must stay as they were.
@Suite("Wire-news forms: stacked titles, company words, terms")
struct WireNewsTitlesAndCompaniesTests {
  static let registryText = """
    version: 1
    countries:
      - {id: russia, name: Russia, names: [Russia, Russian Federation], demonyms: [Russian]}
      - {id: united-kingdom, name: United Kingdom, names: [United Kingdom, Britain], demonyms: [British]}
    offices:
      - id: prime-minister-of-the-united-kingdom
        title: Prime Minister of the United Kingdom
        single_holder: true
        country: united-kingdom
        position: prime-minister
    actors:
      - id: keir-starmer
        name: Keir Starmer
        kind: person
        roles: [{office: prime-minister-of-the-united-kingdom, start: 2024-07-05}]
      - id: theresa-may
        name: Theresa May
        kind: person
        roles: [{office: prime-minister-of-the-united-kingdom, start: 2016-07-13, end: 2019-07-24}]
    positions:
      - {id: prime-minister, titles: [Prime Minister, leader]}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2024, month: 3, day: 14)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let stackedTitleCases: [AppositionCase] = [
    // Before 1.11.0: a person `General Manoj Pande` titled `leader`, `Prince Norodom Ranariddh`.
    .init(
      "Army leader General Manoj Pande visited the border.", ["manoj-pande": ["Manoj Pande (unregistered)"]],
      roles: ["manoj-pande": ["leader", "General"]]),
    .init(
      "First Prime Minister Prince Norodom Ranariddh left.",
      ["norodom-ranariddh": ["Norodom Ranariddh (unregistered)"]],
      roles: ["norodom-ranariddh": ["Prime Minister", "Prince"]]),
    // Titles of their own, before: `Justice John Roberts` titled `Chief`.
    .init(
      "Chief Justice John Roberts wrote the opinion.", ["john-roberts": ["John Roberts (unregistered)"]],
      roles: ["john-roberts": ["Chief Justice"]]),
    .init(
      "Delhi Chief Minister Arvind Kejriwal was arrested.", ["arvind-kejriwal": ["Arvind Kejriwal (unregistered)"]],
      roles: ["arvind-kejriwal": ["Chief Minister"]]),
    .init(
      "ING chief economist Carsten Brzeski said so.", ["carsten-brzeski": ["Carsten Brzeski (unregistered)"]],
      roles: ["carsten-brzeski": ["chief economist"]]),
    // Look-alikes: a title and a name without a cue between, a cue with no name after it.
    .init(
      "Army leader Manoj Pande visited the border.", ["manoj-pande": ["Manoj Pande (unregistered)"]],
      roles: ["manoj-pande": ["leader"]]),
    .init("The Chief Justice said so.", [:]),
  ]

  @Test("A title cue after a title starts no name; both are the person's", arguments: stackedTitleCases)
  func stackedTitles(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let cueCases: [AppositionCase] = [
    .init(
      "Fed Chair Jerome Powell testified.", ["jerome-powell": ["Jerome Powell (unregistered)"]],
      roles: ["jerome-powell": ["Chair"]]),
    .init(
      "The chair, Jane Smith, said so.", ["jane-smith": ["The chair (role)", "Jane Smith (unregistered)"]],
      roles: ["jane-smith": ["chair"]]),
    .init(
      "European Commissioner Thierry Breton spoke.", ["thierry-breton": ["Thierry Breton (unregistered)"]],
      roles: ["thierry-breton": ["Commissioner"]]),
    .init(
      "Conservative MP Jacob Rees-Mogg spoke.", ["jacob-rees-mogg": ["Jacob Rees-Mogg (unregistered)"]],
      roles: ["jacob-rees-mogg": ["MP"]]),
    .init("Special counsel Jack Smith filed a motion.", ["jack-smith": ["Jack Smith (unregistered)"]]),
    .init("Tottenham head coach Ange Postecoglou said so.", ["ange-postecoglou": ["Ange Postecoglou (unregistered)"]]),
    // Look-alikes: the words alone name nobody.
    .init("The chair of the committee said so.", [:]),
    .init("Lawyers for the coach declined to comment.", [:]),
  ]

  @Test("Chairs, commissioners, MPs, lawyers and coaches are title cues", arguments: cueCases)
  func cues(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let organizationCases: [AppositionCase] = [
    .init("Unilever PLC named a new chief.", ["unilever-plc": ["Unilever PLC (unregistered)"]]),
    .init("Nestle SA said sales slowed.", ["nestle-sa": ["Nestle SA (unregistered)"]]),
    .init("ASML Holding NV beat forecasts.", ["asml-holding-nv": ["ASML Holding NV (unregistered)"]]),
    .init("General Motors said it would recall trucks.", ["general-motors": ["General Motors (unregistered)"]]),
    .init(
      "General Motors Acceptance Corp. said so.",
      ["general-motors-acceptance-corp": ["General Motors Acceptance Corp (unregistered)"]]),
    .init(
      "The Financial Conduct Authority fined the bank.",
      ["financial-conduct-authority": ["Financial Conduct Authority (unregistered)"]]),
    .init("Kenya's National Treasury said so.", ["national-treasury": ["National Treasury (unregistered)"]]),
    .init(
      "The Rapid Support Forces denied it.", ["rapid-support-forces": ["Rapid Support Forces (unregistered)"]]),
    // A demonym opens the name (before: `Space Research Organisation`, nothing).
    .init(
      "Indian Space Research Organisation chairman S. Somanath spoke.",
      ["indian-space-research-organisation": ["Indian Space Research Organisation (unregistered)"]]),
    .init("The Palestinian Authority said so.", ["palestinian-authority": ["Palestinian Authority (unregistered)"]]),
    // Look-alikes: a listed capital word in another case, a compass word, a country's name,
    // a one-word body, `Congress` (no head: `from Congress for Tanzania`).
    .init("Francisco Sá Carneiro died in 1980.", [:]),
    .init("Troops raided the West Bank city of Jenin.", [:]),
    .init("Leaders of the Russian Federation met.", [:]),
    .init("Police said the man was arrested.", [:]),
    .init("The money came from Congress for Tanzania.", [:]),
  ]

  @Test("Company and public-body words make organizations", arguments: organizationCases)
  func organizations(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  static let termCases: [AppositionCase] = [
    // A term after the publication date still resolves: the audit reports it as an anachronism.
    .init(
      "Prime Minister Keir Starmer spoke.", ["keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["Prime Minister of the United Kingdom"]]),
    // A past term is what `former Prime Minister` means; the role says so, for the audit.
    .init(
      "Former Prime Minister Theresa May spoke.", ["theresa-may": ["Theresa May (name)"]],
      roles: ["theresa-may": ["former Prime Minister of the United Kingdom"]]),
    .init(
      "Ex-Prime Minister Theresa May spoke.", ["theresa-may": ["Theresa May (name)"]],
      roles: ["theresa-may": ["former Prime Minister of the United Kingdom"]]),
    .init(
      "Then-Prime Minister Theresa May spoke.", ["theresa-may": ["Theresa May (name)"]],
      roles: ["theresa-may": ["former Prime Minister of the United Kingdom"]]),
    .init(
      "Theresa May, a former British prime minister, spoke.", ["theresa-may": ["Theresa May (name)"]],
      roles: ["theresa-may": ["former Prime Minister of the United Kingdom"]]),
    // A past title alone is the one person the article gave it next to a name (actors 1.14.0; it
    // linked to nobody), with or without the country; never the holder on the date.
    .init(
      "Former British Prime Minister Theresa May spoke. The former prime minister said it would fail.",
      ["theresa-may": ["Theresa May (name)", "The former prime minister (role)"]],
      roles: ["theresa-may": ["former Prime Minister of the United Kingdom"]]),
    .init(
      "Former British Prime Minister Theresa May met Prime Minister Keir Starmer. Later the former British prime minister left.",
      ["theresa-may": ["Theresa May (name)", "the former British prime minister (role)"], "keir-starmer": ["Keir Starmer (name)"]],
      roles: [
        "theresa-may": ["former Prime Minister of the United Kingdom"], "keir-starmer": ["Prime Minister of the United Kingdom"],
      ]),
    // An unregistered person's past title is past too: the current title's phrase is not
    // theirs (1.13.0 gave `Prime Minister of the United Kingdom` and linked the phrase).
    .init(
      "Former British Prime Minister John Major spoke. Later the British prime minister said no; the former prime minister left.",
      ["john-major": ["John Major (unregistered)", "the former prime minister (role)"]],
      roles: ["john-major": ["former Prime Minister of the United Kingdom"]]),
    // Nobody titled so, two people so titled (one unregistered), or another past title: no link.
    .init("The former prime minister said it would fail.", [:]),
    .init(
      "Former Prime Minister Theresa May met former Prime Minister Paul Keating. The former prime minister left.",
      ["theresa-may": ["Theresa May (name)"], "paul-keating": ["Paul Keating (unregistered)"]],
      roles: ["theresa-may": ["former Prime Minister of the United Kingdom"], "paul-keating": ["former Prime Minister"]]),
    .init(
      "Former Prime Minister Theresa May spoke. The former president left.", ["theresa-may": ["Theresa May (name)"]],
      roles: ["theresa-may": ["former Prime Minister of the United Kingdom"]]),
    // `then` not joined by a hyphen is the adverb: the title is current.
    .init(
      "He met Theresa May and then Prime Minister Keir Starmer.",
      ["theresa-may": ["Theresa May (name)"], "keir-starmer": ["Keir Starmer (name)"]],
      roles: ["keir-starmer": ["Prime Minister of the United Kingdom"]]),
  ]

  @Test("A title resolves to the person's office outside its term too", arguments: termCases)
  func termsOutsideTheDate(_ example: AppositionCase) {
    example.verify(with: extractor, on: date, rolesNeedDate: true)
  }

  @Test("The bundled registry knows the Federal Reserve")
  func federalReserve() throws {
    let bundled = try ActorExtractor(registry: .bundled())
    let items = bundled.extract(from: "The Federal Reserve held rates. The Fed said so.", published: date)
    #expect(items.map(\.id) == ["federal-reserve"])
    #expect(items.first?.mentions.map(\.text) == ["Federal Reserve", "Fed"])
  }

  @Test("The case tables are not empty")
  func tablesAreNotEmpty() {
    #expect(
      !Self.stackedTitleCases.isEmpty && !Self.cueCases.isEmpty && !Self.organizationCases.isEmpty
        && !Self.termCases.isEmpty)
  }
}
