/// Role phrases (`the EU chief`, `the UN spokeswoman`, `his Turkish counterpart`), resolved
/// once every title of the article is known. The article's own evidence comes first: a
/// phrase links to the one person the article gives one of the phrase's offices by a title
/// next to a name (step 2 of `docs/actors.md`), before or after the phrase (`the EU chief`
/// after `European Union chief Charles Michel`). Otherwise, with a publication date, to the
/// one holder of the offices on that date in the registry; without a date it stays
/// unresolved.
extension ActorLinker {
  /// A role phrase waiting for every title of the article.
  struct PendingRole {
    /// The title's keys, and the key the mention starts at (its determiner).
    var from: Int
    var to: Int
    var startKey: Int
    /// The offices the phrase names: for a bare position those without a country; for a
    /// counterpart, every office of its country.
    var offices: [Int]
    /// A bare position (`the spokesman`, `the ambassador`): through the registry it
    /// resolves only to the one office left of the organizations the article names.
    var isBare: Bool
    /// The counterpart's country (`his Turkish counterpart`), else nil.
    var counterpartCountry: Int?
    /// A past title (`the former prime minister`): it links only to the one person the
    /// article gives that past title next to a name, never to a holder on the date.
    var isPast = false
    /// Every office the title names, countries' included: a bare position (`the
    /// chancellor`) may still be a person the article names who holds one on the date
    /// (`linkToNamedHolder`).
    var heldOffices: [Int] = []
  }

  /// Links the role phrases kept in `pendingRoles`, in text order, so a phrase linked here
  /// can be the subject of a counterpart after it (`The Russian President told his Turkish
  /// counterpart`).
  mutating func linkRolePhrases() {
    guard !pendingRoles.isEmpty else { return }
    let order = pendingRoles.indices.sorted { (pendingRoles[$0].from, $0) < (pendingRoles[$1].from, $1) }
    // The titles next to names are all known here; read them once, not once per phrase.
    let titled = titledPersons()
    // Made once, and only for a phrase that names several offices.
    var named: Set<Int>?
    for i in order {
      let role = pendingRoles[i]
      if role.isPast {
        linkToFormerHolder(role)
        continue
      }
      if let country = role.counterpartCountry {
        resolveCounterpart(role, country: country, titled: titled)
        continue
      }
      // A registry lookup keeps, of several offices, those of organizations the article
      // names; a name inside a role phrase does not count (`EU` in `the EU chief` would
      // otherwise pick the EU's own office). A bare position is always narrowed so.
      var lookup = role.offices
      var scoped: [Int] = []
      if lookup.count > 1 || role.isBare {
        if named == nil { named = namedOrganizations() }
        scoped = lookup.filter { office in
          index.officeOrganization[office].map { named?.contains($0) ?? false } ?? false
        }
        if !scoped.isEmpty { lookup = scoped }
      }
      // `The UN spokesman said … The spokesman added`: a bare position after a role phrase
      // already linked to one of its offices is that phrase's person again.
      if role.isBare, scoped.isEmpty, let earlier = onlyOneGiven(role.offices, in: officesByRole) {
        addRoleMention(earlier.key, office: earlier.office, from: role.from, to: role.to, startKey: role.startKey, candidateOffices: role.offices)
        continue
      }
      if role.isBare, lookup.count != 1 {
        // (A phrase kept only for `linkToNamedHolder`, with no office of its own, is not
        // reported: before 1.15.0 it was not kept at all.)
        if scoped.isEmpty, !linkToNamedHolder(role), !role.offices.isEmpty {
          addUnresolved(role, offices: lookup, reason: .organizationNotNamed)
        }
        continue
      }
      // The article's titles choose among every office a phrase names; a bare position
      // names only the one left.
      let given = role.isBare ? lookup : role.offices
      if linkToTitledPerson(role, offices: given, titled: titled) { continue }
      // A bare position's only office is the registry's, not the article's, unless the
      // article names its organization: `the spokesman` of a story about Apple is not the
      // UN Secretary-General's spokesperson because that is the one spokesperson office
      // the registry holds.
      if role.isBare, scoped.isEmpty {
        if !linkToNamedHolder(role) { addUnresolved(role, offices: given, reason: .organizationNotNamed) }
      } else if let date = published {
        linkToHolder(role, offices: lookup, on: date)
      } else {
        addUnresolved(role, offices: given, reason: .noPublicationDate)
      }
    }
    pendingRoles = []
  }

  /// `the former prime minister`: the one person the article titles so next to a name
  /// (`Former Prime Minister Theresa May`), when that title chose one office. Nobody when
  /// several people are titled so, registered or not: which one is meant, only a reader can
  /// tell.
  private mutating func linkToFormerHolder(_ role: PendingRole) {
    var found: (key: Key, offices: [Int])?
    for titled in formerTitlesNextToNames where isPerson(titled.key) && titled.offices.contains(where: role.offices.contains) {
      if let found, found.key != titled.key { return }
      if found == nil { found = titled }
    }
    guard let found, found.offices.count == 1, role.offices.contains(found.offices[0]), !isApposition(role, toSomeoneBut: found.key)
    else { return }
    addRoleMention(
      found.key, office: found.offices[0], from: role.from, to: role.to, startKey: role.startKey, candidateOffices: role.offices,
      isPast: true)
  }

  /// `his Turkish counterpart`: the offices of the counterpart's country with a position
  /// of the subject (the nearest person named before it in the sentence). With a date the
  /// subject's positions are those it held on that date; without, those the article gives
  /// it (titles next to its names, or a role phrase already linked to it).
  private mutating func resolveCounterpart(_ role: PendingRole, country: Int, titled: [(key: Key, office: Int)]) {
    let subject = counterpartSubject(before: role.from)
    // The subject's positions, as numbers (a person holds few: a list, not a set).
    var positions: [Int32] = []
    func add(_ office: Int) {
      let p = index.officePositionNumber[office]
      if p >= 0, !positions.contains(p) { positions.append(p) }
    }
    if let date = published {
      guard let subject else { return addUnresolved(role, offices: role.offices, reason: .noCounterpartSubject) }
      for term in index.registry.actors[subject].roles where term.contains(date) {
        if let office = index.officeIndex(of: term.office) { add(office) }
      }
    } else if let subject {
      officesGiven(to: .registered(subject)).forEach(add)
    }
    let offices = positions.isEmpty ? [] : role.offices.filter { positions.contains(index.officePositionNumber[$0]) }
    if linkToTitledPerson(role, offices: offices, titled: titled) { return }
    if let date = published {
      if offices.isEmpty { return addUnresolved(role, offices: [], reason: .noHolder) }
      linkToHolder(role, offices: offices, on: date)
    } else {
      addUnresolved(role, offices: role.offices, reason: .noPublicationDate)
    }
  }

  /// Links the phrase to the one person the article gives one of `offices` by a title next
  /// to a name, unless the phrase is another name's title; false when there is nobody or
  /// several people.
  private mutating func linkToTitledPerson(_ role: PendingRole, offices: [Int], titled: [(key: Key, office: Int)]) -> Bool {
    guard !offices.isEmpty, let (key, office) = onlyOneGiven(offices, in: titled), !isApposition(role, toSomeoneBut: key)
    else { return false }
    addRoleMention(key, office: office, from: role.from, to: role.to, startKey: role.startKey, candidateOffices: offices)
    return true
  }

  /// `Olaf Scholz met Putin. The chancellor said`, `Keir Starmer won. The new prime
  /// minister`: a bare position that neither a title of the article nor a named
  /// organization resolves is the one registered person named by name in an earlier
  /// sentence, and not in the phrase's own, who holds one of its offices on the publication
  /// date. False when there is no date, nobody, or several (`the president` after Biden and
  /// Zelenskyy), and for a phrase with `of` after it or a comma before it.
  private mutating func linkToNamedHolder(_ role: PendingRole) -> Bool {
    guard let date = published, !role.heldOffices.isEmpty else { return false }
    // `the foreign minister of Poland`: a complement says whose; `Geremek, the foreign
    // minister`: an apposition is the name's title.
    if role.to < scan.count, scan.key(role.to) == "of" { return false }
    if role.startKey > 0, scan.isComma(role.startKey - 1) { return false }
    let sentence = scan.sentence(role.startKey)
    var found: (actor: Int, office: Int)?
    for hit in hits where hit.to <= role.startKey && hit.via == .name && scan.sentence(hit.from) < sentence {
      guard case .registered(let actor) = hit.key, index.actorKinds[actor] == .person, found?.actor != actor else { continue }
      // `Albright told the foreign minister`: in the person's own sentence the phrase is
      // someone else.
      if hits.contains(where: { $0.key == hit.key && $0.via != .role && scan.sentence($0.from) == sentence }) { continue }
      for term in index.registry.actors[actor].roles where term.contains(date) {
        guard let office = index.officeIndex(of: term.office), role.heldOffices.contains(office) else { continue }
        if found != nil { return false }
        found = (actor, office)
        break
      }
    }
    guard let found else { return false }
    addRoleMention(
      .registered(found.actor), office: found.office, from: role.from, to: role.to, startKey: role.startKey,
      candidateOffices: role.heldOffices)
    return true
  }

  /// Links the phrase to the one holder of `offices` on `date` in the registry, or reports
  /// it unresolved.
  private mutating func linkToHolder(_ role: PendingRole, offices: [Int], on date: CalendarDate) {
    var holders: [(actor: Int, office: Int)] = []
    for office in offices {
      for term in index.officeTerms[office] where term.term.contains(date) {
        if !holders.contains(where: { $0.actor == term.actor }) { holders.append((term.actor, office)) }
      }
    }
    guard holders.count == 1, let holder = holders.first else {
      return addUnresolved(role, offices: offices, reason: holders.isEmpty ? .noHolder : .severalHolders)
    }
    addRoleMention(
      .registered(holder.actor), office: holder.office, from: role.from, to: role.to, startKey: role.startKey,
      candidateOffices: offices)
  }

  private mutating func addUnresolved(_ role: PendingRole, offices: [Int], reason: UnresolvedRole.Reason) {
    guard detailed else { return }
    unresolved.append(
      UnresolvedRole(
        text: scan.text(keys: role.startKey, role.to - 1), start: scan.start(role.startKey),
        end: scan.end(role.to - 1), candidateOfficeIDs: offices.map { index.registry.offices[$0].id },
        reason: reason))
  }

  /// Every office the article gives `key`: titles next to its names, and role phrases
  /// already linked to it here.
  private func officesGiven(to key: Key) -> [Int] {
    (officesNextToNames + officesByRole).compactMap { $0.key == key ? $0.office : nil }
  }

  /// The persons whose names the article writes next to a title, with the title's office,
  /// in the order of `titles`.
  private func titledPersons() -> [(key: Key, office: Int)] {
    officesNextToNames.filter { isPerson($0.key) }
  }

  /// The one key of `given` (titles next to names, or role phrases linked so far) with one
  /// of `offices`, and its first such office; nil for nobody or several.
  private func onlyOneGiven(_ offices: [Int], in given: [(key: Key, office: Int)]) -> (key: Key, office: Int)? {
    var found: (key: Key, office: Int)?
    for (person, office) in given where offices.contains(office) {
      if let found, found.key != person { return nil }
      if found == nil { found = (person, office) }
    }
    return found
  }

  /// `Truman's secretary of state, Dean Acheson`: a phrase followed by a comma and a name
  /// is that name's title, so it never links to someone else.
  private func isApposition(_ role: PendingRole, toSomeoneBut key: Key) -> Bool {
    let next = role.to + 1
    guard next < scan.count, scan.isComma(role.to) else { return false }
    if let named = hits.first(where: { $0.from == next }) { return named.key != key }
    return nameSequence(at: next) != nil
  }

  @inline(__always) func isPerson(_ key: Key) -> Bool {
    switch key {
    case .registered(let actor): index.actorKinds[actor] == .person
    case .unregistered(let id): unregistered[id]?.kind == .person
    }
  }
}
