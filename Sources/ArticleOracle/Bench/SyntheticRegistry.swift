/// A registry grown to a given size with made-up people, organizations and offices, for
/// measuring how linking scales (`bench --registry-size N`). Deterministic: the same size
/// gives the same registry.
public enum SyntheticRegistry {
  private static let syllables = [
    "ka", "lo", "ven", "ter", "mir", "sa", "do", "rin", "bel", "tov", "na", "gor", "li", "ske", "val", "dur",
    "pe", "tra", "mon", "ash", "el", "vik", "zan", "ro",
  ]

  /// `base` with made-up entries added until it holds `size` actors (about one in five an
  /// organization), plus one office per ten people with dated terms.
  public static func grow(_ base: ActorRegistry, to size: Int) -> ActorRegistry {
    var actors = base.actors
    var offices = base.offices
    let countries = base.countries.map(\.id)
    var n = 0
    while actors.count < size {
      n += 1
      if n % 5 == 0 {
        let name = word(n, 3).capitalized + " " + ["Agency", "Council", "Institute", "Fund"][n % 4]
        actors.append(.init(id: NameFolding.slug(name) + "-\(n)", name: name, kind: .organization, aliases: [acronym(n)]))
        continue
      }
      let name = word(n, 2).capitalized + " " + word(n * 7 + 3, 3).capitalized
      var roles: [ActorRegistry.Term] = []
      if n % 10 == 1, !countries.isEmpty {
        let office = ActorRegistry.Office(
          id: "synthetic-office-\(n)", title: "Synthetic Commissioner \(n)",
          aliases: ["\(word(n, 2).capitalized) Commissioner"], singleHolder: true, country: countries[n % countries.count],
          position: "commissioner")
        offices.append(office)
        if let start = CalendarDate(year: 2000 + n % 20, month: 1 + n % 12, day: 1) {
          roles.append(.init(office: office.id, start: start, end: start.adding(days: 900)))
        }
      }
      actors.append(.init(id: NameFolding.slug(name) + "-\(n)", name: name, kind: .person, roles: roles))
    }
    return ActorRegistry(countries: base.countries, offices: offices, positions: base.positions, actors: actors)
  }

  private static func word(_ seed: Int, _ count: Int) -> String {
    var value = seed &* 2_654_435_761 & 0xFFFF_FFFF
    var text = ""
    for _ in 0..<count {
      text += syllables[value % syllables.count]
      value /= syllables.count
      value += seed % 7
    }
    return text
  }

  private static func acronym(_ seed: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return String([letters[seed % 26], letters[(seed / 26) % 26], letters[(seed / 676) % 26], "X"])
  }
}
