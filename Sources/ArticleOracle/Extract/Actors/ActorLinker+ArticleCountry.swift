/// Where an article is placed, for the forms of `ambiguous_aliases` (`Congress`, `Supreme
/// Court`, `the Greens`): such a form names the body of the article's country. The place is
/// the dateline's (`WASHINGTON (AP) —`, `KYIV, Ukraine (AP) —`, `BERLIN, May 6 (Reuters) -`),
/// else the country the article names most often, by names, demonyms and dateline cities
/// of `countries.yaml`. Worked out only when an ambiguous form needs it.
extension ActorLinker {
  /// Among the actors an ambiguous form at keys `from..<to` may name, the one body of the
  /// country its sentence names, else of the article's country.
  mutating func homeActor(among actors: [Int], at from: Int, _ to: Int) -> Int? {
    guard actors.contains(where: { index.actorCountry[$0] >= 0 }) else { return nil }
    // `KYIV (Reuters) - Putin told the Defence Ministry`: the sentence's own country wins
    // over the dateline's.
    if let near = sentenceCountry(around: from, to) {
      let local = actors.filter { index.actorCountry[$0] == near }
      if local.count == 1 { return local[0] }
    }
    let home = articleCountry()
    guard home >= 0 else { return nil }
    let local = actors.filter { index.actorCountry[$0] == home }
    return local.count == 1 ? local[0] : nil
  }

  /// The one country the sentence around keys `from..<to` names: by a country's name or
  /// demonym, or by a registered person (already linked) whose offices are all of one
  /// country. Nil when it names none or several.
  func sentenceCountry(around from: Int, _ to: Int) -> Int? {
    var start = from
    while start > 0, !scan.isSentenceInitial(start) { start -= 1 }
    var end = to
    while end < scan.count, !scan.isSentenceInitial(end) { end += 1 }
    var countries = namedCountries(in: start..<from, cities: false) + namedCountries(in: to..<end, cities: false)
    for hit in hits where start <= hit.from && hit.to <= end {
      guard case .registered(let actor) = hit.key, index.officeHolderCountry[actor] >= 0 else { continue }
      countries.append(index.officeHolderCountry[actor])
    }
    guard let first = countries.first, countries.allSatisfy({ $0 == first }) else { return nil }
    return first
  }

  /// The country of each place the keys `range` name, in text order: a country's name or
  /// demonym, and with `cities` a dateline city (`index.place(in:at:cities:)`).
  func namedCountries(in range: Range<Int>, cities: Bool) -> [Int] {
    var countries: [Int] = []
    var k = range.lowerBound
    while k < range.upperBound {
      if scan.kind(k) == .word, scan.isCapitalized(k), let place = index.place(in: scan, at: k, cities: cities) {
        countries.append(place.country)
        k += place.length
      } else {
        k += 1
      }
    }
    return countries
  }

  /// The country index the article is placed in, -1 for none; computed once.
  mutating func articleCountry() -> Int {
    if let placedIn { return placedIn }
    let found = datelineCountry() ?? mostNamedCountry() ?? -1
    placedIn = found
    return found
  }

  /// Words after which a dateline's place ends.
  private static let datelineEnds: Set<String> = ["(", ",", "—", "–", "-", "--"]

  /// The country of the dateline at the start of the text: place words in capitals (or
  /// capitalized right before `(`), then `(`, `,` or a dash. `KYIV, Ukraine` names its
  /// country after the comma; otherwise the place is looked up among the countries' cities.
  func datelineCountry() -> Int? {
    var end = 0
    var words: [String] = []
    var inCapitals = true
    while end < min(scan.count, 6) {
      if scan.kind(end) == .word, scan.isCapitalized(end) {
        if scan.length(end) >= 2, !scan.isAllCapitals(end) { inCapitals = false }
      } else if !(scan.isDot(end) && !words.isEmpty) {
        break
      }
      words.append(scan.key(end))
      end += 1
    }
    guard !words.isEmpty, end < scan.count else { return nil }
    let next = scan.key(end)
    guard Self.datelineEnds.contains(next), inCapitals || next == "(" else { return nil }
    if next == ",", let place = index.place(in: scan, at: end + 1, cities: false) { return place.country }
    return index.country(ofCity: words)
  }

  /// The country named most often (at least twice, and more than any other).
  func mostNamedCountry() -> Int? {
    var counts: [Int: Int] = [:]
    for country in namedCountries(in: 0..<scan.count, cities: true) { counts[country, default: 0] += 1 }
    guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value >= 2,
      counts.values.filter({ $0 == top.value }).count == 1
    else { return nil }
    return top.key
  }
}
