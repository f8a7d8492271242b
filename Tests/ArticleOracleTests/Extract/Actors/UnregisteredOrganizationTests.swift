import Testing

@testable import ArticleOracle

/// Organizations the registry does not know (docs/actors.md step 5): names ending in an
/// organization word (`Islamic Revolutionary Guard Corps`, `Federal Bureau
/// of Investigation`), several such words in a row (`Lawrence Agency Corp.`), and an acronym
/// the article defines in parentheses (`(IRGC)`), then uses again.
@Suite("Unregistered organizations and the acronyms an article defines")
struct UnregisteredOrganizationTests {
  static let registryText = """
    version: 1
    countries:
      - {id: iran, name: Iran, names: [Iran], demonyms: [Iranian]}
    actors:
      - {id: reuters, name: Reuters, kind: organization}
      - {id: world-health-organization, name: World Health Organization, kind: organization, aliases: [WHO]}
    """

  let extractor: ActorExtractor
  let date = CalendarDate(year: 2024, month: 4, day: 14)

  init() throws {
    extractor = try .inline(Self.registryText)
  }

  static let cases: [AppositionCase] = [
    // Organization words of 1.8.0: `Corps`, `Bureau`.
    .init(
      "Iran fired missiles, the Islamic Revolutionary Guard Corps (IRGC) said. The IRGC said it was over.",
      ["islamic-revolutionary-guard-corps": [
        "Islamic Revolutionary Guard Corps (unregistered)", "IRGC (unregistered)", "IRGC (unregistered)",
      ]]),
    .init(
      "The Federal Bureau of Investigation (FBI) arrested him. An FBI agent said so.",
      ["federal-bureau-of-investigation": [
        "Federal Bureau of Investigation (unregistered)", "FBI (unregistered)", "FBI (unregistered)",
      ]]),
    .init("The Marine Corps withdrew.", ["marine-corps": ["Marine Corps (unregistered)"]]),
    // Not `Group` (seed 000's proposed "Humanitarian Contact Group" is no actor).
    .init("Wagner Group fighters withdrew.", [:]),
    // Organization words in a row are one name, and still end before `and`.
    .init("Lawrence Agency Corp. agreed.", ["lawrence-agency-corp": ["Lawrence Agency Corp (unregistered)"]]),
    .init(
      "Kingsbridge Capital Corp. and Cara Operations Ltd. agreed.",
      ["kingsbridge-capital-corp": ["Kingsbridge Capital Corp (unregistered)"],
       "cara-operations-ltd": ["Cara Operations Ltd (unregistered)"]]),
    // After a registered organization's name, the words are part of that name as written.
    .init("Reuters Holdings Inc. said profit rose.", ["reuters": ["Reuters (name)"]]),
    .init(
      "Reuters reported that Acme Holdings Inc. said profit rose.",
      ["reuters": ["Reuters (name)"], "acme-holdings-inc": ["Acme Holdings Inc (unregistered)"]]),
    // Look-alikes of the acronym rule: the acronym of a registered organization stays its
    // own; an acronym in lower case or mixed case later is not the organization; parentheses
    // after a person or after no organization define nothing; the same acronym defined by
    // two organizations is neither's later on.
    .init(
      "The World Health Organization (WHO) and the Wagner Corps (WC) met. WHO said so.",
      ["world-health-organization": ["World Health Organization (name)", "WHO (name)", "WHO (name)"],
       "wagner-corps": ["Wagner Corps (unregistered)", "WC (unregistered)"]]),
    .init(
      "The Wagner Corps (WAG) moved. A wag said Wag was wrong.",
      ["wagner-corps": ["Wagner Corps (unregistered)", "WAG (unregistered)"]]),
    .init("Spokesman John Smith (JS) said. JS left.", ["john-smith": ["John Smith (unregistered)"]]),
    .init("Officials at the agency (CDC) said. The CDC said.", [:]),
    .init(
      "The Alpha Bureau (AB) and the Beta Bureau (AB) met. AB said.",
      ["alpha-bureau": ["Alpha Bureau (unregistered)", "AB (unregistered)"],
       "beta-bureau": ["Beta Bureau (unregistered)", "AB (unregistered)"]]),
    // Lower-case organization words make no name.
    .init("A bureau of investors and the army corps met.", [:]),
  ]

  @Test("Unregistered organizations and defined acronyms, and their look-alikes", arguments: cases)
  func organization(_ example: AppositionCase) {
    example.verify(with: extractor, on: date)
  }

  @Test("The organization table has cases")
  func tableIsNotEmpty() {
    #expect(!Self.cases.isEmpty)
  }
}
