import Testing

@testable import ArticleOracle

/// Role phrases against an organization with offices of several bodies (the EU), an office
/// the registry gives one holder while the article names another (a spokesperson), and a
/// bare position written after a country or organization (docs/actors.md, steps 2 and 3).
@Suite("Role phrases: organizations, article holders and scoped positions")
struct ScopedRoleTests {
  static let registryText = """
    version: 1
    countries:
      - {id: united-states, name: United States, names: [United States, U.S.], demonyms: [U.S., American]}
      - {id: russia, name: Russia, names: [Russia], demonyms: [Russian]}
      - {id: european-union, name: European Union, names: [European Union, EU], demonyms: [European, EU]}
    positions:
      - {id: foreign-minister, titles: [Foreign Minister, top diplomat]}
      - {id: permanent-representative, titles: [ambassador]}
      - {id: spokesperson, titles: [spokesman, spokeswoman]}
    offices:
      - id: president-of-the-european-council
        title: President of the European Council
        single_holder: true
        country: european-union
        organization: european-council
      - id: eu-high-representative
        title: High Representative of the Union for Foreign Affairs
        single_holder: true
        country: european-union
        position: foreign-minister
        organization: european-union
      - id: permanent-representative-of-russia-to-the-un
        title: Permanent Representative of Russia to the UN
        single_holder: true
        position: permanent-representative
        organization: united-nations
      - id: un-spokesperson
        title: Spokesperson for the UN Secretary-General
        aliases: [UN spokesman, UN spokeswoman]
        single_holder: true
        position: spokesperson
        organization: united-nations
    actors:
      - {id: european-union, name: European Union, kind: organization, aliases: [EU]}
      - {id: european-council, name: European Council, kind: organization}
      - {id: united-nations, name: United Nations, kind: organization, aliases: [UN]}
      - {id: white-house, name: White House, kind: organization}
      - id: charles-michel
        name: Charles Michel
        kind: person
        roles: [{office: president-of-the-european-council, start: 2019-12-01}]
      - id: josep-borrell
        name: Josep Borrell
        kind: person
        roles: [{office: eu-high-representative, start: 2019-12-01}]
      - id: vassily-nebenzia
        name: Vassily Nebenzia
        kind: person
        roles: [{office: permanent-representative-of-russia-to-the-un, start: 2017-07-27}]
      - id: stephane-dujarric
        name: Stéphane Dujarric
        kind: person
        roles: [{office: un-spokesperson, start: 2014-03-10}]
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2022, month: 4, day: 22)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  func roles(_ detail: ActorLinkDetail) -> [String: [String]] {
    Dictionary(detail.items.map { ($0.id, $0.roles) }, uniquingKeysWith: { $0 + $1 })
  }

  // MARK: - The article's holder first (seed 004 with a date)

  @Test("Dated: `the EU chief` is the EU chief the article names, not the registry's pick")
  func euChiefFromArticle() {
    let text = "European Union chief Charles Michel arrived. The EU chief said talks would go on."
    let detail = extractor.extractDetailed(from: text, published: date)
    #expect(detail.roleMentions == ["charles-michel": ["The EU chief"]])
    #expect(detail.unresolved.isEmpty)
  }

  @Test("Dated: the article's spokesman, unknown to the registry's terms, wins over the registered holder")
  func spokespersonFromArticle() {
    let text = "The UN spokeswoman declined to comment. Later UN spokesman Eri Kaneko said the same."
    let detail = extractor.extractDetailed(from: text, published: date)
    #expect(detail.roleMentions == ["eri-kaneko": ["The UN spokeswoman"]])
    #expect(roles(detail)["eri-kaneko"] == ["Spokesperson for the UN Secretary-General"])
    let alone = extractor.extractDetailed(from: "The UN spokeswoman declined to comment.", published: date)
    #expect(alone.roleMentions == ["stephane-dujarric": ["The UN spokeswoman"]])
  }

  // MARK: - Organizations named only inside the phrase

  @Test("An organization named only inside the role phrase does not narrow it to its own office")
  func circularOrganization() {
    let detail = extractor.extractDetailed(from: "The EU chief said talks would go on.", published: date)
    #expect(detail.roleMentions.isEmpty)
    #expect(detail.unresolved.map(\.reason) == [.severalHolders])
    #expect(
      Set(detail.unresolved.first?.candidateOfficeIDs ?? [])
        == ["president-of-the-european-council", "eu-high-representative"])
  }

  @Test("An organization named on its own still narrows a registry lookup")
  func namedOrganization() {
    let detail = extractor.extractDetailed(
      from: "The EU met on Friday. The EU chief said talks would go on.", published: date)
    #expect(detail.roleMentions == ["josep-borrell": ["The EU chief"]])
  }

  // MARK: - A country or organization before a bare position

  @Test("`U.S. Ambassador`: no office of the United States, so the title as written, not another country's office")
  func countryBeforeBarePosition() {
    let detail = extractor.extractDetailed(
      from: "U.S. Ambassador Prudence Bushnell spoke. The ambassador was hurt.", published: nil)
    #expect(roles(detail)["prudence-bushnell"] == ["Ambassador"])
    #expect(detail.titles.filter { $0.actorID == "prudence-bushnell" }.map(\.officeID) == [nil])
    #expect(detail.roleMentions.isEmpty)
    #expect(detail.unresolved.map(\.text) == ["The ambassador"])
  }

  @Test("`Russian ambassador`, `White House spokesman`: the qualifier's offices only; an unregistered person keeps the title as written")
  func qualifiersBeforeBarePosition() {
    let registered = extractor.extractDetailed(from: "Russian Ambassador Vassily Nebenzia spoke.", published: date)
    #expect(roles(registered)["vassily-nebenzia"] == [])
    let possessive = extractor.extractDetailed(from: "Russia's ambassador, Vassily Nebenzia, spoke.", published: date)
    #expect(roles(possessive)["vassily-nebenzia"] == [])
    let organization = extractor.extractDetailed(from: "White House spokesman Mike McCurry spoke.", published: date)
    #expect(roles(organization)["mike-mccurry"] == ["White House spokesman"])
    #expect(organization.titles.filter { $0.actorID == "mike-mccurry" }.map(\.officeID) == [nil])
    let possessiveOrganization = extractor.extractDetailed(
      from: "The EU's spokesman, Peter Stano, spoke.", published: date)
    #expect(roles(possessiveOrganization)["peter-stano"] == ["spokesman"])
    let bare = extractor.extractDetailed(from: "Ambassador Vassily Nebenzia spoke.", published: date)
    #expect(roles(bare)["vassily-nebenzia"] == ["Permanent Representative of Russia to the UN"])
  }

  // MARK: - A bare position through the registry only for an organization the article names

  /// Bare positions (`the spokesman`, `the ambassador`) in articles that name, or do not
  /// name, the organization of the registry's only office of that position.
  static let barePositionCases: [BarePositionCase] = [
    // A story about a company: the registry's one spokesperson and one ambassador office
    // are nothing the article is about.
    .init(
      "Apple shares fell on Monday. The spokesman said the company would recover. The ambassador declined to comment.",
      [:], unresolved: [.organizationNotNamed, .organizationNotNamed]),
    // The article names the UN: its spokesperson is the one left.
    .init(
      "The UN said on Monday that aid was blocked. The spokesman said trucks were waiting.",
      ["stephane-dujarric": ["The spokesman"]], undated: [.noPublicationDate]),
    // Russia and the UN: the ambassador office of the registry belongs to the UN (it has
    // no country), so naming the UN keeps it.
    .init(
      "Russia vetoed the resolution at the UN on Monday. The ambassador said the text was one-sided.",
      ["vassily-nebenzia": ["The ambassador"]], undated: [.noPublicationDate]),
    // Russia alone is no organization of the office.
    .init(
      "Russia said on Monday that talks had failed. The ambassador declined to comment.", [:],
      unresolved: [.organizationNotNamed]),
    // The UN named only inside a role phrase does not count, as for any lookup; but the
    // bare position after a role phrase linked to one of its offices is that person again.
    .init(
      "The UN spokesman said aid was blocked. The spokesman said trucks were waiting.",
      ["stephane-dujarric": ["The UN spokesman", "The spokesman"]],
      undated: [.noPublicationDate, .organizationNotNamed]),
    // Before the role phrase it is still nobody the article names.
    .init(
      "The spokesman said aid was blocked. The UN spokesman said trucks were waiting.",
      ["stephane-dujarric": ["The UN spokesman"]], unresolved: [.organizationNotNamed],
      undated: [.organizationNotNamed, .noPublicationDate]),
    // The article's own holder comes first, whether or not it names the UN.
    .init(
      "On Monday spokesman Stéphane Dujarric said aid was blocked. The spokesman said trucks were waiting.",
      ["stephane-dujarric": ["The spokesman"]], undatedMentions: ["stephane-dujarric": ["The spokesman"]]),
    // A name in a title next to a name counts as named.
    .init(
      "UN spokesman Eri Kaneko said aid was blocked. The ambassador said trucks were waiting.",
      ["vassily-nebenzia": ["The ambassador"]], undated: [.noPublicationDate]),
  ]

  @Test("A bare position resolves through the registry only to an office of an organization the article names",
    arguments: barePositionCases)
  func barePositionNeedsNamedOrganization(_ example: BarePositionCase) {
    let dated = extractor.extractDetailed(from: example.text, published: date)
    #expect(dated.roleMentions == example.mentions)
    #expect(dated.unresolved.map(\.reason) == example.unresolved)
    let undated = extractor.extractDetailed(from: example.text, published: nil)
    #expect(undated.roleMentions == example.undatedMentions, "undated")
    #expect(undated.unresolved.map(\.reason) == example.undated, "undated")
  }

  @Test("The bare-position table has cases")
  func barePositionTableIsNotEmpty() {
    #expect(Self.barePositionCases.count >= 5)
  }

  @Test("Bundled registry: a company story's spokesman, ambassador and envoy are nobody the registry holds")
  func barePositionBundled() throws {
    let bundled = try ActorExtractor(registry: .bundled())
    let text = "Apple shares fell on Monday. The spokesman said the company would recover. "
      + "The ambassador declined to comment, and the envoy left."
    let detail = bundled.extractDetailed(from: text, published: date)
    // Apple itself is a registered company since the 2026 registry expansion; no person is found.
    #expect(detail.items.map(\.id) == ["apple"])
    #expect(detail.unresolved.map(\.reason) == [.organizationNotNamed, .organizationNotNamed, .organizationNotNamed])
  }

  @Test("Bundled registry: `foreign policy chief` is a foreign minister's title, narrowed like any position (1.8.0)")
  func foreignPolicyChiefBundled() throws {
    let bundled = try ActorExtractor(registry: .bundled())
    let day = CalendarDate(year: 2022, month: 10, day: 17)
    let hr = "High Representative of the Union for Foreign Affairs and Security Policy"
    let after = bundled.extractDetailed(
      from: "Josep Borrell, the EU's foreign policy chief, told reporters.", published: day)
    #expect(roles(after)["josep-borrell"] == [hr])
    let apposition = bundled.extractDetailed(
      from: "The bloc's foreign policy chief, Josep Borrell, said so.", published: day)
    #expect(apposition.roleMentions == ["josep-borrell": ["The bloc's foreign policy chief"]])
    #expect(roles(apposition)["josep-borrell"] == [hr])
    let china = bundled.extractDetailed(from: "China's foreign policy chief Wang Yi spoke.", published: day)
    #expect(roles(china)["wang-yi"] == ["Minister of Foreign Affairs of China"])
    // Look-alikes: alone and without an organization the article names it is nobody; a
    // country without such an office in the registry gives an unregistered person the title
    // as written, never another country's office.
    let alone = bundled.extractDetailed(from: "The foreign policy chief said so.", published: day)
    #expect(alone.items.isEmpty)
    // (Kenya, not Japan: Japan's foreign ministry is registered since the 2026 registry expansion.)
    let kenya = bundled.extractDetailed(from: "Kenya's foreign policy chief Musalia Mudavadi spoke.", published: day)
    #expect(roles(kenya)["musalia-mudavadi"] == ["foreign policy chief"])
  }

  @Test("An unresolved bare position names the office it would have taken")
  func barePositionCandidates() {
    let detail = extractor.extractDetailed(
      from: "Apple shares fell on Monday. The spokesman said the company would recover.", published: date)
    #expect(detail.unresolved.map(\.text) == ["The spokesman"])
    #expect(detail.unresolved.first?.candidateOfficeIDs == ["un-spokesperson"])
  }
}

/// One bare-position example: the `via: role` mentions by actor id and the reasons of the
/// unresolved phrases, with and without a publication date.
struct BarePositionCase: CustomTestStringConvertible, Sendable {
  let text: String
  let mentions: [String: [String]]
  let unresolved: [UnresolvedRole.Reason]
  let undatedMentions: [String: [String]]
  let undated: [UnresolvedRole.Reason]

  /// Without `undated`, the phrases are unresolved for the same reasons without a date.
  init(
    _ text: String, _ mentions: [String: [String]], unresolved: [UnresolvedRole.Reason] = [],
    undatedMentions: [String: [String]] = [:], undated: [UnresolvedRole.Reason]? = nil
  ) {
    self.text = text
    self.mentions = mentions
    self.unresolved = unresolved
    self.undatedMentions = undatedMentions
    self.undated = undated ?? unresolved
  }

  var testDescription: String { text }
}
