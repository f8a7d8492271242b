/// Turns merged registry files into an `ActorRegistry` and lists every problem: ids that
/// are not slugs or repeat inside a file, missing names, unknown kinds, offices or
/// countries, dates that are not real days, ends before starts, overlapping terms of a
/// one-holder office, and aliases shared by two entries that are not marked ambiguous.
/// Each problem names the file, the entry and what to change.
struct RegistryValidator {
  private(set) var problems: [DataFileError] = []

  mutating func build(_ merger: RegistryMerger) -> ActorRegistry {
    for duplicate in merger.duplicates {
      report(duplicate.file, duplicate.entry, "the id is defined twice in this file; merge the two entries")
    }
    var countries: [ActorRegistry.Country] = []
    for merged in merger.countries {
      if let value = country(merged) { countries.append(value) }
    }
    let positions = merger.positions.map { ActorRegistry.Position(id: $0.value.id, titles: $0.value.titles ?? []) }
    for position in merger.positions where !NameFolding.isSlug(position.value.id) {
      report(position.file, "position \(position.value.id)", notSlug)
    }
    let countryIDs = Set(countries.map(\.id))
    let actorIDs = Set(merger.actors.map(\.value.id))
    var offices: [ActorRegistry.Office] = []
    for merged in merger.offices {
      if let value = office(merged, countries: countryIDs, actors: actorIDs) { offices.append(value) }
    }
    let officeIDs = Set(offices.map(\.id))
    var actors: [ActorRegistry.Entry] = []
    for merged in merger.actors {
      if let value = actor(merged, offices: officeIDs, countries: countryIDs) { actors.append(value) }
    }
    rank = Dictionary(merger.fileOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { $1 })
    checkTerms(actors, offices: offices, files: Dictionary(merger.actors.map { ($0.value.id, $0.file) }, uniquingKeysWith: { $1 }))
    checkAliases(actors, files: Dictionary(merger.actors.map { ($0.value.id, $0.file) }, uniquingKeysWith: { $1 }))
    return ActorRegistry(countries: countries, offices: offices, positions: positions, actors: actors)
  }

  /// Position of each file in the merge order, to blame the later of two entries.
  private var rank: [String: Int] = [:]

  private let notSlug = "the id must be a slug: ASCII lower case letters and digits, words joined by `-`"

  private mutating func report(_ file: String, _ entry: String, _ problem: String) {
    problems.append(DataFileError(file: file, entry: entry, problem: problem))
  }

  // MARK: - Entries

  private mutating func country(_ merged: RegistryMerger.Merged<RegistryFile.Country>) -> ActorRegistry.Country? {
    let raw = merged.value
    let label = "country \(raw.id)"
    if !NameFolding.isSlug(raw.id) { report(merged.file, label, notSlug) }
    guard let name = raw.name else {
      report(merged.file, label, "`name` is missing")
      return nil
    }
    return .init(
      id: raw.id, name: name, names: raw.names ?? [name], demonyms: raw.demonyms ?? [], cities: raw.cities ?? [])
  }

  private mutating func office(
    _ merged: RegistryMerger.Merged<RegistryFile.Office>, countries: Set<String>, actors: Set<String>
  ) -> ActorRegistry.Office? {
    let raw = merged.value
    let label = "office \(raw.id)"
    if !NameFolding.isSlug(raw.id) { report(merged.file, label, notSlug) }
    guard let title = raw.title else {
      report(merged.file, label, "`title` is missing")
      return nil
    }
    if let country = raw.country, !countries.contains(country) {
      report(merged.file, label, "country `\(country)` is not defined; add it under `countries:`")
    }
    if let organization = raw.organization, !actors.contains(organization) {
      report(merged.file, label, "organization `\(organization)` is not an actor id; add it under `actors:`")
    }
    return .init(
      id: raw.id, title: title, aliases: raw.aliases ?? [], singleHolder: raw.singleHolder ?? false,
      country: raw.country, position: raw.position, organization: raw.organization)
  }

  private mutating func actor(
    _ merged: RegistryMerger.Merged<RegistryMerger.ActorDraft>, offices: Set<String>, countries: Set<String>
  ) -> ActorRegistry.Entry? {
    let raw = merged.value
    let label = "actor \(raw.id)"
    if !NameFolding.isSlug(raw.id) { report(merged.file, label, notSlug) }
    guard let name = raw.name else {
      report(merged.file, label, "`name` is missing")
      return nil
    }
    guard let kindText = raw.kind, let kind = ActorItem.Kind(rawValue: kindText) else {
      report(merged.file, label, "`kind` must be `person` or `organization`, found `\(raw.kind ?? "nothing")`")
      return nil
    }
    if let country = raw.country, !countries.contains(country) {
      report(merged.file, label, "country `\(country)` is not defined; add it under `countries:`")
    }
    var terms: [ActorRegistry.Term] = []
    for role in raw.roles {
      let roleLabel = "\(label) role \(role.office) from \(role.start)"
      if !offices.contains(role.office) {
        report(merged.file, roleLabel, "office `\(role.office)` is not defined; add it under `offices:`")
      }
      guard let start = CalendarDate(iso: role.start), role.start.count == 10 else {
        report(merged.file, roleLabel, "start `\(role.start)` is not a real day written YYYY-MM-DD")
        continue
      }
      var end: CalendarDate?
      if let text = role.end, text != "null" {
        guard let date = CalendarDate(iso: text), text.count == 10 else {
          report(merged.file, roleLabel, "end `\(text)` is not a real day written YYYY-MM-DD")
          continue
        }
        end = date
      }
      if let end, end < start {
        report(merged.file, roleLabel, "end \(end.iso) is before start \(start.iso)")
        continue
      }
      terms.append(.init(office: role.office, start: start, end: end))
    }
    return .init(
      id: raw.id, name: name, kind: kind, family: raw.family, aliases: raw.aliases,
      ambiguousAliases: raw.ambiguousAliases, country: raw.country, roles: terms)
  }

  // MARK: - Across entries

  /// No two terms of a one-holder office overlap.
  private mutating func checkTerms(
    _ actors: [ActorRegistry.Entry], offices: [ActorRegistry.Office], files: [String: String]
  ) {
    let single = Set(offices.filter(\.singleHolder).map(\.id))
    var byOffice: [String: [(actor: String, term: ActorRegistry.Term)]] = [:]
    for actor in actors {
      for term in actor.roles where single.contains(term.office) {
        byOffice[term.office, default: []].append((actor.id, term))
      }
    }
    for office in byOffice.keys.sorted() {
      let terms = byOffice[office, default: []].sorted { $0.term.start < $1.term.start }
      for (a, b) in zip(terms, terms.dropFirst()) {
        let fileA = files[a.actor] ?? "?"
        let fileB = files[b.actor] ?? "?"
        let blamed = (rank[fileA] ?? 0) > (rank[fileB] ?? 0) ? fileA : fileB
        guard let end = a.term.end else {
          report(
            blamed, "actor \(b.actor) role \(office) from \(b.term.start.iso)",
            "overlaps the open term of \(a.actor) (from \(a.term.start.iso)) in the one-holder office; give \(a.actor) an end date")
          continue
        }
        if b.term.start <= end {
          report(
            blamed, "actor \(b.actor) role \(office) from \(b.term.start.iso)",
            "overlaps the term of \(a.actor) (\(a.term.start.iso) to \(end.iso)) in the one-holder office; "
              + "the predecessor's end is the day before the successor's start")
        }
      }
    }
  }

  /// A name or alias (folded) belongs to one entry, unless every entry sharing it lists it
  /// under `ambiguous_aliases`.
  private mutating func checkAliases(_ actors: [ActorRegistry.Entry], files: [String: String]) {
    var owners: [String: [String]] = [:]
    var ambiguous: [String: Set<String>] = [:]
    for actor in actors {
      var keys: Set<String> = []
      for alias in [actor.name] + actor.aliases + actor.ambiguousAliases {
        let key = NameFolding.key(alias)
        if !key.isEmpty, keys.insert(key).inserted { owners[key, default: []].append(actor.id) }
      }
      ambiguous[actor.id] = Set(actor.ambiguousAliases.map(NameFolding.key))
    }
    for key in owners.keys.sorted() {
      let ids = owners[key, default: []]
      guard ids.count > 1 else { continue }
      let unmarked = ids.filter { !(ambiguous[$0]?.contains(key) ?? false) }
      guard !unmarked.isEmpty else { continue }
      for id in unmarked {
        report(
          files[id] ?? "?", "actor \(id)",
          "the alias \"\(key)\" also names \(ids.filter { $0 != id }.joined(separator: ", ")); "
            + "list it under `ambiguous_aliases` of every entry that uses it, or remove it")
      }
    }
  }
}
