import Testing

@testable import ArticleOracle

/// People the registry does not know, found without a title (actors 1.16.0, docs/actors.md
/// step 5): after a verb of speech when the name ends its clause (`said Diane Swonk of
/// KPMG`), after a verb whose object is a person (`succeeding Margaret Chan`), before a
/// comma and `who` or an age (`Marine Le Pen, who`, `Noa Ben-David, 34,`), after a
/// possessive phrase and a comma (`his wife, Stella Assange,`), after a word that describes a
/// person (`teacher Meera Iyer`, no role). A family name that ends another name is not the
/// person named in full (`Raul Castro` after `Fidel Castro`).
@Suite("Unregistered people found by the words around them")
struct UnaidedPersonTests {
  static let registryText = """
    version: 1
    countries:
      - {id: united-kingdom, name: United Kingdom, names: [Britain, United Kingdom, UK], demonyms: [British]}
    actors:
      - {id: kpmg, name: KPMG, kind: organization}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2024, month: 7, day: 5)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let cases: [AppositionCase] = [
    // A verb of speech, then a name that ends its clause (all gave nothing before 1.16.0).
    .init(
      "\"This may be the last hike,\" said Diane Swonk of KPMG. \"Rates stay high,\" says Priya Raman, a fund manager.",
      ["diane-swonk": ["Diane Swonk (unregistered)"], "kpmg": ["KPMG (name)"], "priya-raman": ["Priya Raman (unregistered)"]]),
    // Not when the name starts the reported clause, nor a single word; an organization word
    // makes an organization (as anywhere).
    .init(
      "Officials said Hong Kong would reopen; he said Smith agreed; they said Deutsche Bank erred.",
      ["deutsche-bank": ["Deutsche Bank (unregistered)"]]),
    // A verb whose object is a person.
    .init(
      "He succeeds Shaktikanta Das. Police arrested Tetsuya Yamagami at the scene. Starmer named Rachel Reeves as chancellor.",
      ["shaktikanta-das": ["Shaktikanta Das (unregistered)"], "tetsuya-yamagami": ["Tetsuya Yamagami (unregistered)"],
       "rachel-reeves": ["Rachel Reeves (unregistered)"]]),
    // A comma and `who`, or an age between commas; later uses of the family name link.
    .init(
      "Marine Le Pen, who leads the party, spoke. Noa Ben-David, 34, hid with her children. Le Pen left.",
      ["marine-le-pen": ["Marine Le Pen (unregistered)", "Le Pen (unregistered)"],
       "noa-ben-david": ["Noa Ben-David (unregistered)"]]),
    // Not `whose` (companies take it), a party's name, a count, or a year.
    .init(
      "Ogden Projects, whose shares rose, gained. The Free Democrats, who left, lost. Five Iraqis, who fled, were held. Acme Steel, 2019, closed.",
      [:]),
    // A title after a few words of its phrase (`the agency's emergencies chief`), and a name
    // between commas after a possessive phrase (`his wife, Stella Assange,`).
    .init(
      "Michael Ryan, the agency's emergencies chief, spoke. Jim Unruh, Unisys's president, agreed. Its executive director, Irungu Houghton, called for calm. He flew home, where his wife, Stella Assange, waited.",
      ["michael-ryan": ["Michael Ryan (unregistered)"], "jim-unruh": ["Jim Unruh (unregistered)"],
       "irungu-houghton": ["Irungu Houghton (unregistered)"], "stella-assange": ["Stella Assange (unregistered)"]]),
    // Not a phrase broken by a preposition (`on an official visit`, `as an adviser`), nor a
    // country's name.
    .init(
      "FBI agent Louis Freeh, on an official visit to Ottawa, spoke. He hired Acme Partners Group, as an adviser. On behalf of the United Kingdom, Truman's secretary of state signed.",
      [:]),
    // A word that describes a person reveals one but gives no role; a title does.
    .init(
      "Physics teacher Meera Iyer cheered, figure skater Kamila Valieva wept and Executive Editor Julie Pace spoke.",
      ["meera-iyer": ["Meera Iyer (unregistered)"], "kamila-valieva": ["Kamila Valieva (unregistered)"],
       "julie-pace": ["Julie Pace (unregistered)"]],
      roles: ["meera-iyer": [], "kamila-valieva": [], "julie-pace": ["Executive Editor"]]),
    // An acronym after the name words is no part of the name (a Roman numeral is).
    .init(
      "Controllers called pilot Steven Snyder TWA eight hundred. Spokesman James A. Baker III said.",
      ["steven-snyder": ["Steven Snyder (unregistered)"], "james-a-baker-iii": ["James A. Baker III (unregistered)"]],
      roles: ["james-a-baker-iii": ["Spokesman"]]),
    // A family name that ends another name is not the person named in full.
    .init(
      "Fidel Castro, who ruled Cuba, spoke. His brother Raul Castro listened, and Castro smiled.",
      ["fidel-castro": ["Fidel Castro (unregistered)", "Castro (unregistered)"]]),
  ]

  @Test("Names found by a verb, a relative or an age, and their look-alikes", arguments: cases)
  func person(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("The table has cases")
  func tableIsNotEmpty() {
    #expect(Self.cases.count >= 10)
  }
}
