/// Titles: next to a name they become that actor's roles (`UN Secretary-General Ban
/// Ki-moon`, `Farhan Haq, deputy spokesman for Guterres`, `his Turkish counterpart,
/// Recep Tayyip Erdogan`); on their own they are role phrases, resolved once every title
/// is known (`linkRolePhrases`).
extension ActorLinker {
  mutating func linkTitles() {
    var byFrom = HitIndex(count: scan.count)
    var byTo = HitIndex(count: scan.count)
    for (i, hit) in hits.enumerated() {
      byFrom[hit.from] = i
      byTo[hit.to] = i
    }
    complementHits = []
    // By index: iterating the matches would copy (and retain the targets of) every one.
    for m in matches.indices where matches[m].targets.names.isEmpty {
      var match = matches[m]
      scanInsideTitle(match)
      if match.from > 0, !covered[match.from - 1],
        scan.has(match.from - 1, WordInfo.titleModifier) || isPartyHeadTitle(match)
      {
        // `Vice President`, `Deputy Foreign Minister`, `Opposition leader`, `Shadow Foreign
        // Secretary`, `Labour leader`: another title, naming no office.
        match.from -= 1
        match.targets = PhraseTargets(title: PhraseTargets.Title(offices: [], isBare: false))
        markCovered(match.from, match.to)
      }
      if isPastTitleWord(before: match) {
        // `Former President Donald Trump`, `a former British prime minister`.
        match.from -= 1
        match.isPast = true
        markCovered(match.from, match.to)
      }
      if let h = byFrom[match.to] ?? extendGivenNames(at: match.to, byFrom: &byFrom) {
        attachTitle(match, to: h)
        continue
      }
      if let h = nameBeforeComma(match).flatMap({ byTo[$0] }) {
        attachTitle(match, to: h)
        continue
      }
      if match.to + 1 < scan.count, scan.isComma(match.to), let h = byFrom[match.to + 1] {
        // `the spokesman, Reuters reported`: an organization after the comma is the sentence's
        // next subject, not the title's holder.
        let key = hits[h].key
        if isPerson(key) {
          attachTitle(match, to: h)
          addAppositionMention(match, to: key)
        }
        continue
      }
      if match.targets.counterpartCountry == nil, let (cue, names) = titleCueBeforeName(at: match.to) {
        // `First Prime Minister Prince Norodom Ranariddh`: both titles are the person's.
        addUnregisteredPerson(names, title: match)
        if let person = hits.last { addCueTitle(cue, to: person) }
        continue
      }
      if match.targets.counterpartCountry == nil, let names = nameSequence(at: match.to) {
        if let h = addMisspeltPerson(names) {
          attachTitle(match, to: h)
        } else {
          addUnregisteredPerson(names, title: match)
        }
        continue
      }
      if match.targets.counterpartCountry == nil, let complement = titleComplement(after: match, byFrom: byFrom),
        linkName(after: match, complement: complement, byFrom: &byFrom)
      {
        continue
      }
      if match.targets.counterpartCountry == nil, let names = appositionNames(after: match) {
        if let h = addMisspeltPerson(names) {
          attachTitle(match, to: h)
          addAppositionMention(match, to: hits[h].key)
        } else {
          addAppositionMention(match, to: addUnregisteredPerson(names, title: match))
        }
        continue
      }
      if linkTitleOffice(match) { continue }
      if isPredicative(match) {
        // `was elected president of the International Olympic Committee`: the role the
        // subject takes, no mention of the office's holder; the organization inside it is
        // named there on its own.
        keepOrganizations(inside: match)
        continue
      }
      resolveTitle(match)
    }
    // Organizations named inside a title's complement (`to the United Nations`): named in
    // the title, like `United Nations` of `United Nations Secretary-General`.
    for h in complementHits.sorted(by: >) { titleHits.append(hits.remove(at: h)) }
  }

  /// Whether a verb of `predicative_words` comes right before the title, its determiner or
  /// `as` (`was elected president of`, `became the new prime minister`, `named as chief`).
  private func isPredicative(_ match: TextScan.Match) -> Bool {
    var k = rolePhraseStart(match) - 1
    if k >= 0, scan.key(k) == "as" { k -= 1 }
    return k >= 0 && scan.kind(k) == .word && index.cues.predicativeWords.contains(scan.key(k))
  }

  /// The organizations `scanInsideTitle` found inside `match` become mentions of their own.
  private mutating func keepOrganizations(inside match: TextScan.Match) {
    while let last = titleHits.last, last.from >= match.from, last.to <= match.to {
      hits.append(titleHits.removeLast())
    }
  }

  /// `Labour leader`, `Republican leader`: a capitalized party name (`party_names`) right
  /// before a one-word head title (`leader`, `chief`: `title_heads`) makes it the party's
  /// title. Before another title the party name only describes the office's holder
  /// (`Labour Prime Minister`, `Republican President`), which keeps its office.
  private func isPartyHeadTitle(_ match: TextScan.Match) -> Bool {
    match.to - match.from == 1 && scan.has(match.from, WordInfo.titleHead) && scan.has(match.from - 1, WordInfo.partyName)
      && scan.isCapitalized(match.from - 1)
  }

  /// `former`, or `ex`/`then` joined by a hyphen (`ex-Prime Minister`), right before the title.
  private func isPastTitleWord(before match: TextScan.Match) -> Bool {
    let word = match.from - 1
    guard word >= 0, !covered[word], scan.kind(word) == .word, scan.has(word, WordInfo.pastTitleWord) else {
      return false
    }
    return !scan.has(word, WordInfo.pastTitleWordHyphenated) || scan.isHyphenJoined(match.from)
  }

  /// `Indian Army chief General Manoj Pande`, `First Prime Minister Prince Norodom
  /// Ranariddh`: after a title, a title cue and then a name, the name is the person's (not
  /// `General Manoj Pande`), with both titles. The keys of the longest title cue written
  /// capitalized at `first` and the name after it; nil without both.
  private func titleCueBeforeName(at first: Int) -> (cue: Range<Int>, names: Range<Int>)? {
    guard first < scan.count, !covered[first], scan.kind(first) == .word, scan.isCapitalized(first),
      let cues = index.cuesByFirst[scan.key(first)]
    else { return nil }
    for cue in cues {
      let after = first + cue.count
      guard after < scan.count, scan.keys(first..<after) == cue else { continue }
      return nameSequence(at: after).map { (first..<after, $0) }
    }
    return nil
  }

  /// `UN Secretary-General Antonio Guteres`, `President Vladimir Puttin`: a name after a
  /// title whose last word probably misspells a registered person's
  /// (`TextScan.misspellingCandidates`, or a shorter word after one of the person's given
  /// names: `misspeltAfterGivenName`) is that person, by `fuzzy`, not an unregistered name;
  /// the title is the person's as it would be for the name spelt right. The hit's index, or
  /// nil.
  mutating func addMisspeltPerson(_ names: Range<Int>) -> Int? {
    let last = names.upperBound - 1
    var cache: [String: Int?] = [:]
    var found: Int?
    if scan.isMisspellingCandidate(last) { found = Self.misspelt(last, scan: scan, fuzzy: index.fuzzy, cache: &cache) }
    if found == nil, last > names.lowerBound {
      found = Self.misspeltAfterGivenName(last, scan: scan, fuzzy: index.fuzzy)
    }
    guard let actor = found, index.actorKinds[actor] == .person else { return nil }
    hits.append(Hit(in: scan, .registered(actor), names.lowerBound, names.upperBound, via: .fuzzy))
    markCovered(names.lowerBound, names.upperBound)
    return hits.count - 1
  }

  /// `Volodymyr Zelenskyy` when only `Zelenskyy` is registered: given names between a
  /// title and a person's name join the name mention.
  mutating func extendGivenNames(at key: Int, byFrom: inout HitIndex) -> Int? {
    var k = key
    while k < scan.count, k - key < 3, !covered[k], scan.kind(k) == .word, scan.isCapitalized(k) { k += 1 }
    guard k > key, let h = byFrom[k], case .registered(let actor) = hits[h].key,
      index.actorKinds[actor] == .person
    else { return nil }
    hits[h].from = key
    hits[h].start = scan.start(key)
    hits[h].first = key
    markCovered(key, k)
    byFrom[key] = h
    return h
  }

  /// `NAME, [the|a] [X's] TITLE`: the key where the name before the comma ends.
  private func nameBeforeComma(_ match: TextScan.Match) -> Int? {
    var g = match.from - 1
    if g >= 2, scan.isPossessive(at: g - 1) { g -= 3 }
    if g >= 0, scan.has(g, WordInfo.article) { g -= 1 }
    return g >= 0 && scan.isComma(g) ? g : nil
  }

  /// `his Turkish counterpart, Recep Tayyip Erdogan`, `the country's Foreign Minister,
  /// Sergey Lavrov`: a title with its determiner, then a comma and a person's name, is an
  /// apposition, so besides the name's title it is a `via: role` mention of that person. The
  /// name says whom it means: no registry or date is read. Without a determiner (`Truman's
  /// secretary of state, Dean Acheson`, `Russian President, Vladimir Putin`) it stays only the
  /// name's title.
  private mutating func addAppositionMention(_ match: TextScan.Match, to key: Key) {
    guard isPerson(key), let startKey = appositionStart(match) else { return }
    hits.append(Hit(in: scan, key, match.from, match.to, via: .role, startKey: startKey))
    markCovered(startKey, match.to)
  }

  /// `the company's spokesman, John Smith`, `the group's leader, Ahmed Rashid said`: the
  /// unregistered name of an apposition, right after the title's comma. Two name words or
  /// more, so a lone capitalized word (`the spokesman, Reuters reported`, `the ambassador,
  /// Moscow said`) is never taken for a person; not a title cue's word (`the leader,
  /// General John Smith`: the cue pass makes `John Smith` a General) and not a possessive
  /// (`the spokesman, John Smith's aide`), nor a country's name (`the leader, United States
  /// officials said`). `nameSequence` already refuses registered names, one-word countries
  /// and demonyms, and names with an organization word (`the spokesman, Interior Ministry
  /// officials said`).
  private func appositionNames(after match: TextScan.Match) -> Range<Int>? {
    let first = match.to + 1
    guard first < scan.count, scan.isComma(match.to), !scan.has(first, WordInfo.cueFirst),
      let names = nameSequence(at: first), names.count >= 2
    else { return nil }
    let after = names.upperBound
    if scan.isPossessive(at: after) { return nil }
    // `the leader, United States officials said`: a country's name of several words.
    for length in 2...min(max(index.longestCountryName, 2), names.count) {
      if index.country(named: scan.keys(first..<first + length)) != nil { return nil }
    }
    return names
  }

  /// Where an apposition's mention starts: at a determiner right before the title (`his`),
  /// or at one before a lower-case possessive noun (`the country's`, `the company's`); nil
  /// without one. A capitalized possessive (`Truman's`, `Russia's`) names someone else.
  private func appositionStart(_ match: TextScan.Match) -> Int? {
    let from = match.from
    if from > 0, !covered[from - 1], scan.has(from - 1, WordInfo.determiner) { return from - 1 }
    guard from >= 4, scan.isPossessive(at: from - 2), scan.kind(from - 3) == .word,
      !scan.isCapitalized(from - 3), !covered[from - 3], scan.has(from - 4, WordInfo.determiner)
    else { return nil }
    return from - 4
  }

  // MARK: - Attaching

  mutating func attachTitle(_ match: TextScan.Match, to h: Int) {
    let hit = hits[h]
    let text = scan.text(keys: match.from, match.to - 1)
    let all = match.targets.counterpartCountry.map { index.countryOffices[$0] } ?? match.targets.title?.offices ?? []
    guard let (candidates, scoped, unscopedBare) = titleScope(match, all) else { return }
    // A bare position not narrowed by a registered qualifier names its only candidate
    // office only for a registered actor with no unknown qualifier before it: `spokesman
    // Serge Clermont` (unregistered) or `Egyptian Ambassador`, `Foreign Ministry spokesman`
    // (something the registry does not know) say nothing about which office; a registered
    // actor's own terms still do. The role is then the title as written, or none.
    var office: Int?
    if case .registered(let actor) = hit.key {
      let held = candidates.filter { index.actorOffices[actor].contains($0) }
      // A past title (`former President`) means a term that began before the date.
      let onDate = published.map { date in
        held.filter { office in
          index.officeTerms[office].contains {
            $0.actor == actor && (match.isPast ? $0.term.start < date : $0.term.contains(date))
          }
        }
      }
      office = onDate?.first ?? held.first
      if office == nil, candidates.count == 1, match.targets.counterpartCountry == nil,
        !(unscopedBare && hasUnknownQualifier(match))
      {
        office = candidates[0]
      }
    } else if candidates.count == 1, !unscopedBare {
      office = candidates[0]
    }
    let isBare = match.targets.title?.isBare ?? true
    let role: String
    if let office {
      role = (match.isPast ? ActorItem.formerRolePrefix : "") + index.registry.offices[office].title
    } else if !isBare, match.targets.counterpartCountry == nil {
      role = text
    } else if case .unregistered = hit.key, match.targets.counterpartCountry == nil {
      role = text
    } else {
      return
    }
    // A past office says nothing about whom the article's role phrases mean.
    noteTitleNextToName(hit.key, office: office, candidates: candidates, isPast: match.isPast)
    titles.append(
      TitleAttribution(
        actorID: describe(hit.key).id, text: text, start: scan.start(match.from), end: scan.end(match.to - 1),
        mentionStart: hit.start, mentionEnd: hit.end, officeID: office.map { index.registry.offices[$0].id },
        candidateOfficeIDs: !detailed ? [] : scoped ? candidates.map { index.registry.offices[$0].id } : candidateIDs(match, candidates),
        role: role, source: .nextToName))
  }

  /// Keeps a title next to a name for the role phrases: a current one's office in
  /// `officesNextToNames`; a past one (`former Foreign Minister …`), which no current role
  /// phrase means, with its office or else every candidate in `formerTitlesNextToNames`,
  /// for a past role phrase (`linkToFormerHolder`).
  mutating func noteTitleNextToName(_ key: Key, office: Int?, candidates: [Int], isPast: Bool) {
    if isPast {
      formerTitlesNextToNames.append((key, office.map { [$0] } ?? candidates))
    } else if let office {
      officesNextToNames.append((key, office))
    }
  }

  /// Where a qualifier written before a bare position ends (`U.S.` of `U.S. Ambassador`,
  /// `Russia` of `Russia's ambassador`: the key after it, a possessive `'s` skipped); nil
  /// for a title that is not a bare position, or a counterpart.
  private func qualifierEnd(_ match: TextScan.Match) -> Int? {
    guard match.targets.title?.isBare ?? false, match.targets.counterpartCountry == nil else { return nil }
    var end = match.from
    if end >= 3, scan.isPossessive(at: end - 2) { end -= 2 }
    return end
  }

  /// The offices a title next to a name can mean, after `scopedOffices`: the candidates a
  /// registered qualifier leaves (nil when it leaves none: `U.S. Ambassador Prudence
  /// Bushnell` has no office of the country, so no role), whether a qualifier narrowed them,
  /// and whether the title is a bare position nothing narrowed (`spokesman Serge Clermont`,
  /// `Egyptian Ambassador`), which says nothing about which of its offices is meant.
  func titleScope(_ match: TextScan.Match, _ candidates: [Int]) -> (offices: [Int], scoped: Bool, unscopedBare: Bool)? {
    if let scoped = scopedOffices(match, candidates) {
      return scoped.isEmpty ? nil : (scoped, true, false)
    }
    return (candidates, false, match.targets.title?.isBare ?? false)
  }

  /// `U.S. Ambassador`, `Russia's ambassador`, `OSCE spokesman`: a country or organization
  /// written right before a bare position keeps only its own offices among `candidates`
  /// (often none: a registered one would have made a longer title). Nil when the position
  /// stands alone.
  func scopedOffices(_ match: TextScan.Match, _ candidates: [Int]) -> [Int]? {
    // A capitalized word, or the last dot of `U.S.`.
    guard let end = qualifierEnd(match), end > 0, scan.isCapitalized(end - 1) || scan.isDot(end - 1) else { return nil }
    var country: Int?
    for length in stride(from: min(index.longestCountryName, end), through: 1, by: -1)
    where scan.isCapitalized(end - length) && scan.sentence(end - length) == scan.sentence(match.from) {
      if let found = index.country(named: scan.keys(end - length..<end)) {
        country = found
        break
      }
    }
    var organization: Int?
    for hit in hits where hit.to == end {
      if case .registered(let actor) = hit.key, index.actorKinds[actor] == .organization { organization = actor }
    }
    guard country != nil || organization != nil else { return nil }
    let ofOrganization = organization.map { index.organizationOffices[$0] } ?? []
    return candidates.filter { office in
      (country != nil && index.officeCountry[office] == country) || ofOrganization.contains(office)
    }
  }

  /// `Egyptian Ambassador`, `Foreign Ministry spokesman`, `Yeltsin's spokesman`, `UNOS
  /// spokeswoman`: a bare position right after a capitalized word (possessive or not) that is
  /// no registered country or organization (`scopedOffices` found none) names an office of
  /// that word's country, body or person, which the registry does not have. A sentence's first
  /// word counts only in capitals (`UNOS`): otherwise its capital may be the sentence's
  /// (`Former spokesman`, `Chief spokesman`).
  func hasUnknownQualifier(_ match: TextScan.Match) -> Bool {
    guard let end = qualifierEnd(match) else { return false }
    let word = end - 1
    guard word >= 0, scan.kind(word) == .word, scan.isCapitalized(word), scan.sentence(word) == scan.sentence(match.from)
    else { return false }
    guard scan.isSentenceInitial(word) else { return true }
    let letters = scan.text(keys: word, word).filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
  }

  /// The ids of a title's candidate offices: made when the registry was compiled, unless
  /// the title was made while linking.
  private func candidateIDs(_ match: TextScan.Match, _ candidates: [Int]) -> [String] {
    if let country = match.targets.counterpartCountry { return index.countryOfficeIDs[country] }
    if let ids = match.targets.title?.officeIDs { return ids }
    return candidates.map { index.registry.offices[$0].id }
  }

  // MARK: - Role mentions

  /// A title on its own: a role phrase, kept for `linkRolePhrases` (it may name someone the
  /// article titles further on).
  mutating func resolveTitle(_ match: TextScan.Match) {
    let startKey = rolePhraseStart(match)
    let determiner = startKey < match.from
    if let country = match.targets.counterpartCountry {
      pendingRoles.append(
        PendingRole(
          from: match.from, to: match.to, startKey: startKey, offices: index.countryOffices[country], isBare: false,
          counterpartCountry: country))
      return
    }
    // `the former prime minister`: not the holder on the date; which former one, only the
    // article can tell (`linkRolePhrases` links it to the one person titled so).
    guard let title = match.targets.title, !title.offices.isEmpty else { return }
    var offices = title.offices
    // (A past bare position keeps every office: only a past title next to a name in the
    // article can choose among them.)
    if title.isBare {
      guard determiner else { return }
      if !match.isPast { offices = offices.filter { index.officeCountry[$0] == nil } }
      guard !offices.isEmpty || !match.isPast else { return }
    }
    pendingRoles.append(
      PendingRole(
        from: match.from, to: match.to, startKey: startKey, offices: offices, isBare: title.isBare,
        counterpartCountry: nil, isPast: match.isPast, heldOffices: title.offices))
  }

  /// The key a role phrase's mention starts at: its determiner, or the title. `the new prime
  /// minister`: `new` between the determiner and the title belongs to the phrase (the holder
  /// on the date is the new one).
  func rolePhraseStart(_ match: TextScan.Match) -> Int {
    if match.from > 1, scan.key(match.from - 1) == "new", scan.has(match.from - 2, WordInfo.determiner) { return match.from - 2 }
    return match.from > 0 && scan.has(match.from - 1, WordInfo.determiner) ? match.from - 1 : match.from
  }

  /// The registered person a counterpart is relative to: the nearest one named (or linked
  /// by role) before `key` in its sentence.
  func counterpartSubject(before key: Int) -> Int? {
    let subject = hits.filter { hit in
      guard hit.to <= key, scan.sentence(hit.from) == scan.sentence(key), case .registered(let actor) = hit.key
      else { return false }
      return index.actorKinds[actor] == .person
    }.max { $0.from < $1.from }
    guard let subject, case .registered(let actor) = subject.key else { return nil }
    return actor
  }

  /// A role phrase linked to `key` through `office`: a `via: role` mention (with its
  /// determiner) and the title it gives, for the audit.
  mutating func addRoleMention(
    _ key: Key, office: Int, from: Int, to: Int, startKey: Int, candidateOffices: [Int], isPast: Bool = false
  ) {
    // (A past office says nothing about whom later role phrases mean.)
    if !isPast { officesByRole.append((key, office)) }
    let roleHit = Hit(in: scan, key, from, to, via: .role, startKey: startKey)
    hits.append(roleHit)
    markCovered(startKey, to)
    let entry = index.registry.offices[office]
    titles.append(
      TitleAttribution(
        actorID: describe(key).id, text: detailed ? scan.text(keys: from, to - 1) : "", start: scan.start(from), end: roleHit.end,
        mentionStart: roleHit.start, mentionEnd: roleHit.end, officeID: entry.id,
        candidateOfficeIDs: detailed ? candidateOffices.map { index.registry.offices[$0].id } : [],
        role: (isPast ? ActorItem.formerRolePrefix : "") + entry.title, source: .roleMention))
  }
}

// MARK: - Organization + head word

extension ActorLinker {
  /// `European Union chief Charles Michel`, `the EU chief`: an organization's name and a
  /// head word make a title whose candidates are the organization's offices. Next to a
  /// person it names the office that person held; alone it is a role phrase. Either way
  /// the organization is named inside a title, not on its own.
  mutating func linkOrganizationTitles() {
    var byFrom = HitIndex(count: scan.count)
    for (i, hit) in hits.enumerated() { byFrom[hit.from] = i }
    var moved: [Int] = []
    for (i, orgHit) in hits.enumerated() {
      guard case .registered(let org) = orgHit.key, orgHit.via == .name,
        index.actorKinds[org] == .organization, orgHit.to < scan.count,
        byFrom[orgHit.to] == nil, scan.has(orgHit.to, WordInfo.titleHead)
      else { continue }
      let offices = index.organizationOffices[org]
      guard !offices.isEmpty else { continue }
      let match = TextScan.Match(
        from: orgHit.from, to: orgHit.to + 1,
        targets: PhraseTargets(title: PhraseTargets.Title(offices: offices, isBare: false)))
      markCovered(match.from, match.to)
      moved.append(i)
      titleHits.append(orgHit)
      if let person = byFrom[match.to], case .registered(let actor) = hits[person].key,
        index.actorKinds[actor] == .person
      {
        attachTitle(match, to: person)
      } else {
        resolveTitle(match)
      }
    }
    for i in moved.reversed() { hits.remove(at: i) }
  }
}

/// Hits by the key they start or end at: an array, not a dictionary, since every article
/// builds two.
struct HitIndex {
  private var slots: [Int32]

  init(count: Int) { slots = Array(repeating: -1, count: count + 2) }

  subscript(key: Int) -> Int? {
    get { key >= 0 && key < slots.count && slots[key] >= 0 ? Int(slots[key]) : nil }
    set { if key >= 0 && key < slots.count { slots[key] = Int32(newValue ?? -1) } }
  }
}

// MARK: - Organizations that qualify a title

extension ActorLinker {
  /// `IDF spokesman Daniel Hagari`, `Hamas leader Yahya Sinwar`, `Boeing Chief Operating
  /// Officer Stephanie Pope`: an organization named right before a title that is given to
  /// the name after it is part of that title, as `United Nations` is in `United Nations
  /// Secretary-General António Guterres` (the spec; docs/golden.md). Its hit becomes a title
  /// hit, kept only when the article also names the organization on its own, and a title
  /// the registry has no office for takes the organization into its words
  /// (`IDF spokesman`). A registered office's title already holds its organization.
  mutating func attachOrganizationsToTitles() {
    // The titles written before their name, by the offset they start at; then one pass over
    // the hits for an organization that ends right before one of them.
    var before: [Int: Int] = [:]
    for t in titles.indices where titles[t].source == .nextToName && titles[t].end <= titles[t].mentionStart {
      before[titles[t].start] = t
    }
    guard !before.isEmpty else { return }
    var moved: [Int] = []
    for h in hits.indices where hits[h].to < scan.count {
      guard let t = before[scan.start(hits[h].to)], hits[h].end < titles[t].start, isOrganization(hits[h].key) else { continue }
      moved.append(h)
      before[titles[t].start] = nil  // (one organization per title)
      if titles[t].officeID == nil, titles[t].role == titles[t].text {
        let text = scan.text(keys: hits[h].first, hits[h].to - 1) + " " + titles[t].text
        titles[t].text = text
        titles[t].role = text
        titles[t].start = hits[h].start
      }
    }
    guard !moved.isEmpty else { return }
    for h in moved.reversed() { titleHits.append(hits.remove(at: h)) }
  }

  /// Whether `key` is an organization, registered or not.
  func isOrganization(_ key: Key) -> Bool {
    switch key {
    case .registered(let actor): index.actorKinds[actor] == .organization
    case .unregistered(let id): unregistered[id]?.kind == .organization
    }
  }
}
