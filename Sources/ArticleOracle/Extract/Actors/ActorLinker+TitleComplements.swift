/// A title with a complement before a name: `U.S. Ambassador to the United Nations Linda
/// Thomas-Greenfield`, `British Ambassador to the UN Barbara Woodward`, `EU spokesman for
/// the European Commission Eric Mamer`. The complement is `to` or `for`, an optional `the`,
/// and a registered organization's name or a registered country's name; the title as
/// written runs to the end of the complement, and the offices it can name are the title's
/// offices of that organization or country. An unregistered name there needs two words or
/// more and no organization connector after it (`spokeswoman for the U.S. Immigration and
/// Naturalization Service` is no person).
extension ActorLinker {
  /// Where a title's complement ends and what it names.
  struct TitleComplement {
    var end: Int
    /// The organization's hit, or nil for a country.
    var organizationHit: Int?
    var offices: [Int]
  }

  /// The complement right after `match`, or nil: `to|for [the] ORGANIZATION|COUNTRY`.
  func titleComplement(after match: TextScan.Match, byFrom: HitIndex) -> TitleComplement? {
    var k = match.to
    guard k + 1 < scan.count, scan.kind(k) == .word, !scan.isCapitalized(k), Self.complementWords.contains(scan.key(k))
    else { return nil }
    k += 1
    if scan.key(k) == "the", !scan.isCapitalized(k) { k += 1 }
    guard k < scan.count, scan.sentence(k) == scan.sentence(match.from) else { return nil }
    let candidates = match.targets.title?.offices ?? []
    if let h = byFrom[k], case .registered(let actor) = hits[h].key, index.actorKinds[actor] == .organization,
      hits[h].via == .name
    {
      let own = index.organizationOffices[actor]
      return TitleComplement(end: hits[h].to, organizationHit: h, offices: candidates.filter(own.contains))
    }
    guard scan.isCapitalized(k) else { return nil }
    for length in stride(from: min(index.longestCountryName, scan.count - k), through: 1, by: -1) {
      if let country = index.country(named: scan.keys(k..<k + length)) {
        let own = index.countryOffices[country]
        return TitleComplement(end: k + length, organizationHit: nil, offices: candidates.filter(own.contains))
      }
    }
    return nil
  }

  private static let complementWords: Set<String> = ["to", "for"]

  /// Links the name right after a title's complement, with the title and its complement
  /// as the name's title; false (nothing done) when no name follows (`the ambassador to the
  /// UN said`: a role phrase as before).
  mutating func linkName(after match: TextScan.Match, complement: TitleComplement, byFrom: inout HitIndex) -> Bool {
    let end = complement.end
    guard end < scan.count, scan.sentence(end) == scan.sentence(match.from) else { return false }
    // A bare position of its own: narrowed to the complement's offices, it still names one
    // only through the person's own terms (`attachTitle`).
    let title = TextScan.Match(
      from: match.from, to: end,
      targets: PhraseTargets(title: PhraseTargets.Title(offices: complement.offices, isBare: true)))
    if let h = byFrom[end] ?? extendGivenNames(at: end, byFrom: &byFrom) {
      guard isPerson(hits[h].key) else { return false }
      markCovered(match.from, end)
      attachTitle(title, to: h)
    } else if let names = nameSequence(at: end), names.count >= 2,
      names.upperBound >= scan.count || !scan.has(names.upperBound, WordInfo.connector)
    {
      // Two words or more, and not the start of an organization's name: `spokeswoman for the
      // U.S. Immigration and Naturalization Service` names no person `Immigration`.
      markCovered(match.from, end)
      if let h = addMisspeltPerson(names) {
        attachTitle(title, to: h)
      } else {
        addUnregisteredPerson(names, title: title)
      }
    } else {
      return false
    }
    if let organization = complement.organizationHit { complementHits.append(organization) }
    return true
  }
}
