/// Role phrases of an article without a publication date. The registry's terms cannot say
/// who held an office, but the article can: `the EU chief` after `European Union chief
/// Charles Michel`. A phrase links to the one person the article itself gives one of the
/// phrase's offices (a title next to a name, step 2 of `docs/actors.md`); with nobody or
/// several it stays unresolved. Nothing comes from the registry's dates.
extension ActorLinker {
  /// A role phrase waiting for every title of the article.
  struct UndatedRole {
    /// The title's keys, and the key the mention starts at (its determiner).
    var from: Int
    var to: Int
    var startKey: Int
    /// The offices the phrase names; for a counterpart, every office of its country.
    var offices: [Int]
    /// The counterpart's country (`his Turkish counterpart`), else nil.
    var counterpartCountry: Int?
  }

  /// Links the role phrases kept in `undated`, in text order, so a phrase linked here can
  /// be the subject of a counterpart after it (`The Russian President told his Turkish
  /// counterpart`).
  mutating func linkRolesFromArticle() {
    guard !undated.isEmpty else { return }
    let order = undated.indices.sorted { (undated[$0].from, $0) < (undated[$1].from, $1) }
    for i in order {
      let role = undated[i]
      var offices = role.offices
      if role.counterpartCountry != nil {
        // The subject's position, from the offices the article gives the subject.
        let positions = counterpartSubject(before: role.from).map { actor in
          Set(officesGiven(to: index.registry.actors[actor].id).compactMap { index.officePosition[$0] })
        } ?? []
        offices = offices.filter { index.officePosition[$0].map(positions.contains) ?? false }
      }
      if let (key, office) = onlyPersonGiven(offices), !isApposition(role, toSomeoneBut: key) {
        addRoleMention(
          key, office: office, from: role.from, to: role.to, startKey: role.startKey,
          candidateOfficeIDs: offices.map { index.registry.offices[$0].id })
      } else {
        unresolved.append(
          UnresolvedRole(
            text: scan.text(keys: role.startKey, role.to - 1), start: scan.start(role.startKey),
            end: scan.end(role.to - 1), candidateOfficeIDs: role.offices.map { index.registry.offices[$0].id },
            reason: .noPublicationDate))
      }
    }
    undated = []
  }

  /// Every office the article gives `actorID`: titles next to its names, and role phrases
  /// already linked to it here.
  private func officesGiven(to actorID: String) -> [Int] {
    titles.compactMap { title in
      guard title.actorID == actorID, let id = title.officeID else { return nil }
      return index.officeIndex(of: id)
    }
  }

  /// The one person whose name the article writes next to a title naming one of
  /// `offices`, with the first such office; nil for nobody or several people.
  private func onlyPersonGiven(_ offices: [Int]) -> (key: Key, office: Int)? {
    var found: (key: Key, office: Int)?
    for title in titles where title.source == .nextToName {
      guard let id = title.officeID, let office = index.officeIndex(of: id), offices.contains(office),
        let person = hits.first(where: { $0.start == title.mentionStart && $0.end == title.mentionEnd })?.key,
        isPerson(person)
      else { continue }
      if let found, found.key != person { return nil }
      if found == nil { found = (person, office) }
    }
    return found
  }

  /// `Truman's secretary of state, Dean Acheson`: a phrase followed by a comma and a name
  /// is that name's title, so it never links to someone else.
  private func isApposition(_ role: UndatedRole, toSomeoneBut key: Key) -> Bool {
    let next = role.to + 1
    guard next < scan.count, scan.isComma(role.to) else { return false }
    if let named = hits.first(where: { $0.from == next }) { return named.key != key }
    return nameSequence(at: next) != nil
  }

  private func isPerson(_ key: Key) -> Bool {
    switch key {
    case .registered(let actor): index.actorKinds[actor] == .person
    case .unregistered(let id): unregistered[id]?.kind == .person
    }
  }
}
