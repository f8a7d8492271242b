/// Where an article is placed, for the forms of `ambiguous_aliases` (`Congress`, `Supreme
/// Court`, `the Greens`): such a form names the body of the article's country. The place is
/// the dateline's (`WASHINGTON (AP) —`, `KYIV, Ukraine (AP) —`, `BERLIN, May 6 (Reuters) -`),
/// else the country the article names most often, by names, demonyms and dateline cities
/// of `countries.yaml`. Worked out only when an ambiguous form needs it.
extension ActorLinker {
  /// Among the actors an ambiguous form may name, the one body of the article's country.
  mutating func homeActor(among actors: [Int]) -> Int? {
    guard actors.contains(where: { index.actorCountry[$0] >= 0 }) else { return nil }
    let home = articleCountry()
    guard home >= 0 else { return nil }
    let local = actors.filter { index.actorCountry[$0] == home }
    return local.count == 1 ? local[0] : nil
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
    var k = 0
    while k < scan.count {
      var step = 1
      if scan.kind(k) == .word, scan.isCapitalized(k), let place = index.place(in: scan, at: k, cities: true) {
        counts[place.country, default: 0] += 1
        step = place.length
      }
      k += step
    }
    guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value >= 2,
      counts.values.filter({ $0 == top.value }).count == 1
    else { return nil }
    return top.key
  }
}
