/// Links the actors of one article (the work behind `ActorExtractor.extractDetailed`), in
/// phases over one `TextScan`: names, titles next to names, role phrases (through the
/// titles the article gives, else the registry on the publication date), misspellings,
/// unregistered names, and organizations named inside titles. See `docs/actors.md`.
struct ActorLinker {
  enum Key: Hashable {
    case registered(Int)
    case unregistered(String)
  }

  struct Hit {
    var key: Key
    var from: Int
    var to: Int
    var via: ActorMention.Via
    /// Offsets of the mention (a role mention includes its determiner).
    var start: Int
    var end: Int
    /// The key the mention starts at (`from`, or the determiner before it).
    var first: Int

    /// A hit on keys `from..<to` of `scan`, its mention starting at `startKey` (a
    /// determiner) or at `from`. An initializer, not a method of the linker: calling a
    /// method of the linker from one of its mutating methods copied the whole linker.
    init(in scan: TextScan, _ key: Key, _ from: Int, _ to: Int, via: ActorMention.Via, startKey: Int? = nil) {
      self.key = key
      self.from = from
      self.to = to
      self.via = via
      start = scan.start(startKey ?? from)
      end = scan.end(to - 1)
      first = startKey ?? from
    }
  }

  let index: ActorLinkIndex
  let text: String
  let published: CalendarDate?
  /// `published.dayNumber`.
  let publishedDay: Int?
  let scan: TextScan
  var matches: [TextScan.Match] = []
  var hits: [Hit] = []
  /// Hits on organizations named inside a title; kept when the organization is also named
  /// on its own.
  var titleHits: [Hit] = []
  /// Indices into `hits` of organizations named in a title's complement (`linkTitles`).
  var complementHits: [Int] = []
  var titles: [TitleAttribution] = []
  var unresolved: [UnresolvedRole] = []
  /// Whether `run` makes the audit's detail (unresolved roles, candidate offices); `extract`
  /// does not, and skips building it.
  var detailed = true
  /// Role phrases, resolved after every title next to a name is known (`linkRolePhrases`).
  var pendingRoles: [PendingRole] = []
  /// The key and office of each title next to a name that names an office, in the order
  /// of `titles` (what `linkRolePhrases` reads, without looking offices up by id again).
  var officesNextToNames: [(key: Key, office: Int)] = []
  /// Each past title next to a name (`Former Prime Minister Boris Johnson`) with its office,
  /// or every office it can name when none was chosen (an unregistered person): what a past
  /// role phrase (`the former prime minister`) can link to.
  var formerTitlesNextToNames: [(key: Key, offices: [Int])] = []
  /// The key and office of each role phrase linked so far (`addRoleMention`).
  var officesByRole: [(key: Key, office: Int)] = []
  var unregistered: [String: (name: String, kind: ActorItem.Kind)] = [:]
  /// Unregistered one-word people a given-name form of address found (`Sir John`).
  var givenNameOnly: Set<String> = []
  /// The keys of one-word registered forms that `linkNames` linked to nobody (`Cook`, the
  /// family name of a registered person, when the article does not name that person in
  /// full): covered, but they may still end someone else's name (`Tim Cook`).
  var unlinkedFamilyNames: [Int] = []
  /// The keys of registered family names that start another person's name (`Wang` of `Wang
  /// Wenbin`): uncovered for the passes that read names whole, but no misspelling of the
  /// registered person either.
  var familyNamesStartingNames: [Int] = []
  /// Keys already part of a match or a hit.
  var covered: [Bool]
  /// The country the article is placed in (`articleCountry()`), once asked: nil = not yet,
  /// -1 = none.
  var placedIn: Int?

  init(index: ActorLinkIndex, text: String, published: CalendarDate?) {
    self.index = index
    self.text = text
    self.published = published
    publishedDay = published?.dayNumber
    scan = TextScan(text, index: index)
    covered = Array(repeating: false, count: scan.count)
  }

  /// The article's actors; with `detailed` false, only `items` is filled (what `extract`
  /// returns), the titles and unresolved roles are left empty.
  mutating func run(detailed: Bool = true) -> ActorLinkDetail {
    self.detailed = detailed
    matches = scan.matches(index.trie, in: 0..<scan.count)
    for match in matches { markCovered(match.from, match.to) }
    linkNames()
    trimNameMentions()
    linkTitles()
    linkOrganizationTitles()
    linkRolePhrases()
    linkMisspellings()
    linkUnregistered()
    attachOrganizationsToTitles()
    return assemble(detailed: detailed)
  }

  mutating func markCovered(_ from: Int, _ to: Int) {
    for k in from..<to { covered[k] = true }
  }


  // MARK: - Names

  /// Registered names; a form several actors share links to the one the article names
  /// unambiguously elsewhere, or to nobody.
  private mutating func linkNames() {
    // Matches by index: copying a match copies (and retains) all its targets.
    var pending: [(match: Int, actors: [Int], isAmbiguous: Bool)] = []
    // The actors this pass names unambiguously are those of its own hits: collected only
    // when a shared form needs them.
    let earlier = hits.count
    for m in matches.indices where !matches[m].targets.names.isEmpty {
      let from = matches[m].from
      let to = matches[m].to
      if isWordSense(from, to) { continue }
      let names = matches[m].targets.names
      let hasExplicit = names.contains { !$0.isDerived }
      // A form only `ambiguous_aliases` list waits for the article's other names and place.
      let isAmbiguous = names.allSatisfy(\.isAmbiguous)
      let chosen: [Int]
      if names.count == 1 {
        chosen = [names[0].actor]
      } else {
        let explicit = names.filter { !$0.isDerived }
        chosen = Array(Set((explicit.isEmpty ? names : explicit).map(\.actor))).sorted()
      }
      let commonWord = !hasExplicit && to - from == 1
        && (scan.has(from, WordInfo.notName | WordInfo.commonFamily) || scan.key(from).count <= 2
          || chosen.contains { !isInPublicLife($0) })
      if chosen.count == 1, !commonWord, !isAmbiguous {
        let found = Hit(in: scan, .registered(chosen[0]), from, to, via: .name)
        hits.append(found)
      } else {
        pending.append((m, chosen, isAmbiguous))
      }
    }
    guard !pending.isEmpty else { return }
    var named: Set<Int> = []
    for hit in hits[earlier...] {
      if case .registered(let actor) = hit.key { named.insert(actor) }
    }
    for (m, actors, isAmbiguous) in pending {
      let from = matches[m].from
      if isDateWord(from), actors.contains(where: { index.actorKinds[$0] == .person }) { continue }
      let known = actors.filter(named.contains)
      // `Foreign Ministry spokesperson Wang Wenbin`: a registered person's family name before
      // another capitalized word that is no date or cue word starts a name of its own (family
      // name first), even when `Wang Yi` is named too; the later passes read it whole.
      if matches[m].to - from == 1, startsOtherName(from, actors) {
        covered[from] = false
        familyNamesStartingNames.append(from)
        continue
      }
      if known.count == 1 {
        hits.append(Hit(in: scan, .registered(known[0]), from, matches[m].to, via: .name))
      } else if known.isEmpty, !isInsideLongerName(from, matches[m].to), let home = homeActor(among: actors, at: from, matches[m].to) {
        hits.append(Hit(in: scan, .registered(home), from, matches[m].to, via: .name))
      } else if isAmbiguous {
        // (An ambiguous form that names no one here leaves its words to the later passes, as
        // if the registry did not list it: `Cuba's National Assembly` is an unregistered body.)
        for k in from..<matches[m].to { covered[k] = false }
      } else if matches[m].to - from == 1 {
        unlinkedFamilyNames.append(from)
      }
    }
  }

  /// Whether the one-word family name at `k` is followed by a capitalized word that can be
  /// part of a person's name (not a date, cue or country word), as in `Wang Wenbin`, when
  /// every actor the word names is a person whose family name comes first.
  private func startsOtherName(_ k: Int, _ actors: [Int]) -> Bool {
    let next = k + 1
    guard next < scan.count, scan.kind(next) == .word, scan.isCapitalized(next), scan.length(next) >= 2,
      // (Only a family name written first, as in `Wang Yi`: `Miller Brewing` and `Jonathan S.
      // Gelles` start no name of a Miller or a Jonathan.)
      actors.allSatisfy({ index.familyNameFirst[$0] })
    else { return false }
    return !scan.has(next, WordInfo.notName | WordInfo.countryWord | WordInfo.cueFirst | WordInfo.organizationHead)
  }

  /// `the Nigeria Labour Congress`: a form between capitalized words is a word of a longer
  /// name, not a body of the article's country on its own. A country's name or demonym
  /// before it (`the German Greens`), a determiner (`— The Supreme Court`) and a sentence's
  /// first word do not count.
  private func isInsideLongerName(_ from: Int, _ to: Int) -> Bool {
    let before = from - 1
    if before >= 0, scan.kind(before) == .word, scan.isCapitalized(before), !scan.isSentenceInitial(before),
      !scan.has(before, WordInfo.countryWord | WordInfo.determiner)
    {
      return true
    }
    return to < scan.count && scan.kind(to) == .word && scan.isCapitalized(to)
  }

  /// Name mentions as the annotators and the spec's examples write them: a country's
  /// possessive before an organization's name is no part of it (`Russia's Defence Ministry`
  /// → `Defence Ministry`), nor is a lower-case `party` after it (`the Morena party` →
  /// `Morena`). The registry keeps such forms as aliases, since they say which body is meant.
  mutating func trimNameMentions() {
    for h in hits.indices where hits[h].via == .name {
      guard case .registered(let actor) = hits[h].key, index.actorKinds[actor] == .organization else { continue }
      var from = hits[h].from
      var to = hits[h].to
      for k in from + 1..<max(from + 1, to - 2) where scan.isPossessive(at: k) {
        if index.country(named: scan.keys(from..<k)) != nil { from = k + 2 }
        break
      }
      if to - from > 1, scan.key(to - 1) == "party", !scan.isCapitalized(to - 1) { to -= 1 }
      if from != hits[h].from || to != hits[h].to {
        hits[h] = Hit(in: scan, hits[h].key, from, to, via: .name)
      }
    }
  }

  /// `Fed up with delays`, `Fed by rain`: a registered one-word name that is also an English
  /// word (`word_names`), written at a sentence start (so its capital says nothing) and
  /// followed by a lower-case particle of `word_sense_followers`, is the English word. `The
  /// Fed raised`, `Fed officials`, `Fed Chair` keep the name.
  private func isWordSense(_ from: Int, _ to: Int) -> Bool {
    guard to - from == 1, to < scan.count, scan.has(from, WordInfo.wordName), scan.isSentenceInitial(from),
      scan.kind(to) == .word, !scan.isCapitalized(to), scan.has(to, WordInfo.wordSenseFollower)
    else { return false }
    return true
  }

  /// `in May`, `May 5`: a month, not the family name May.
  private func isDateWord(_ key: Int) -> Bool {
    if key > 0, Self.datePrepositions.contains(scan.key(key - 1)) { return true }
    return key + 1 < scan.count && scan.kind(key + 1) == .number
  }

  private static let datePrepositions: Set<String> = [
    "in", "since", "until", "till", "by", "from", "of", "last", "next", "early", "late", "mid", "this", "through",
  ]

  /// Whether a person was in office within ten years of the publication date (true without
  /// a date or without registered terms). A family name alone (`Hutton` in 1998) links to
  /// someone out of office by then only when the article names them in full.
  private func isInPublicLife(_ actor: Int) -> Bool {
    guard let day = publishedDay else { return true }
    let terms = index.actorTermDays[actor]
    guard !terms.isEmpty else { return true }
    let window = 3653
    return terms.contains { term in term.start - window <= day && day <= (term.end ?? Int.max - window) + window }
  }

  // MARK: - Misspellings

  private mutating func linkMisspellings() {
    // The actors named before this pass (not by its own hits): only needed for a
    // sentence-initial candidate, so made then.
    var named: Set<Int>?
    let earlier = hits.count
    var cache: [String: Int?] = [:]
    // Read through locals: a closure over `self.scan` inside this mutating method copied the
    // whole scan for every candidate word (and one over `fuzzy` the index: the test is a
    // method of the index).
    let scan = scan
    let fuzzy = index.fuzzy
    // Capitalized words long enough and not ruled out by a cue flag (`TextScan` lists them).
    for k in scan.misspellingCandidates where !covered[k] && !familyNamesStartingNames.contains(k) {
      guard let actor = Self.misspelt(k, scan: scan, fuzzy: fuzzy, cache: &cache) else { continue }
      if scan.isSentenceInitial(k) {
        if named == nil {
          named = Set(hits[..<earlier].compactMap { hit -> Int? in
            if case .registered(let a) = hit.key { return a } else { return nil }
          })
        }
        if !(named?.contains(actor) ?? false) { continue }
      }
      let from = givenNamesStart(before: k, of: actor)
      hits.append(Hit(in: scan, .registered(actor), from, k + 1, via: .fuzzy))
      markCovered(from, k + 1)
    }
    // `Vladimir Puttin`: a shorter family name, right after one of the person's given names.
    for given in scan.givenNames where given + 1 < scan.count && !covered[given] && !covered[given + 1] {
      let k = given + 1
      guard let actor = Self.misspeltAfterGivenName(k, scan: scan, fuzzy: fuzzy) else { continue }
      let from = givenNamesStart(before: k, of: actor)
      hits.append(Hit(in: scan, .registered(actor), from, k + 1, via: .fuzzy))
      markCovered(from, k + 1)
    }
    linkMisspellingsOfNamedPeople()
  }

  /// `Macron spoke. … Macorn said`, `Guterres … Guterrez`: a capitalized word left unlinked
  /// that misspells the family name of exactly one person the article names correctly
  /// (`FuzzyNameIndex.misspells(_:family:)`, down to 5 letters and the last letter free:
  /// the person named nearby is what makes the looser test safe).
  private mutating func linkMisspellingsOfNamedPeople() {
    var named: [Int] = []
    for hit in hits where hit.via == .name {
      if case .registered(let actor) = hit.key, index.actorKinds[actor] == .person, !named.contains(actor) {
        named.append(actor)
      }
    }
    let families = named.compactMap { actor in index.fuzzy.family(of: actor).map { (actor: actor, family: $0) } }
    guard !families.isEmpty else { return }
    // Most words fail on their first letter, read from the token's bytes before any String
    // is made (ASCII letters; a family name starting otherwise is compared on every word).
    var firstBytes = [Bool](repeating: false, count: 128)
    var anyFirst = false
    for (_, family) in families {
      guard let first = family.first else { continue }
      if first.isASCII { firstBytes[Int(first.value)] = true } else { anyFirst = true }
    }
    let longest = families.map(\.family.count).max() ?? 0
    let scan = scan
    for k in 0..<scan.count where !covered[k] && scan.kind(k) == .word && scan.isCapitalized(k) && !familyNamesStartingNames.contains(k) {
      let length = scan.length(k)
      guard length >= FuzzyNameIndex.minimumLengthInArticle, length <= 2 * longest + 1 else { continue }
      let mayMatch = anyFirst || scan.withKeyBytes(k) { bytes, lowercasing in
        guard var b = bytes.first, b < 128 else { return true }
        if lowercasing, b >= 65, b <= 90 { b |= 0x20 }
        return firstBytes[Int(b)]
      }
      guard mayMatch, !scan.has(k, WordInfo.notName | WordInfo.countryWord), !scan.isHyphenJoined(k) else { continue }
      // (`met Macron in Macon`: after a preposition of place the word is a place.)
      if k > 0, Self.placePrepositions.contains(scan.key(k - 1)) { continue }
      let word = scan.key(k)
      let people = families.filter { FuzzyNameIndex.misspells(word, family: $0.family) }.map(\.actor)
      guard people.count == 1, let actor = people.first else { continue }
      let from = givenNamesStart(before: k, of: actor)
      hits.append(Hit(in: scan, .registered(actor), from, k + 1, via: .fuzzy))
      markCovered(from, k + 1)
    }
  }

  /// Prepositions after which a capitalized word is a place, not a person.
  static let placePrepositions: Set<String> = ["in", "at", "near", "from", "outside", "inside", "into", "across", "to"]

  /// `Vladimir Puttin`, `Vladimir Putn`: the registered person whose given name key `k - 1`
  /// is (a capitalized word of `TextScan.givenNames`) and whose family name the capitalized
  /// word at `k` probably misspells (`FuzzyNameIndex.actor(afterGivenName:misspelling:)`:
  /// four letters are enough here, the given name says whom to compare with); nil otherwise.
  /// Country names, demonyms and the cues' `not_names` are never misspellings.
  static func misspeltAfterGivenName(_ k: Int, scan: TextScan, fuzzy: FuzzyNameIndex) -> Int? {
    guard k > 0, k < scan.count, scan.kind(k) == .word, scan.isCapitalized(k),
      scan.length(k) >= FuzzyNameIndex.minimumLengthAfterGivenName,
      !scan.has(k, WordInfo.notName | WordInfo.countryWord), scan.has(k - 1, WordInfo.givenName),
      scan.kind(k - 1) == .word, scan.isCapitalized(k - 1), !scan.isHyphenJoined(k)
    else { return nil }
    return fuzzy.actor(afterGivenName: scan.key(k - 1), misspelling: scan.key(k))
  }

  /// The registered actor a word probably misspells, or nil. Most words are ruled out from
  /// their bytes; the rest are looked up once per article (`cache`): ASCII words by comparing
  /// them with the registered keys of their signature, other words through the deletion index.
  static func misspelt(_ k: Int, scan: TextScan, fuzzy: FuzzyNameIndex, cache: inout [String: Int?]) -> Int? {
    guard let ascii = fuzzy.mayMatch(key: k, of: scan) else { return nil }
    let key = scan.key(k)
    if let cached = cache[key] { return cached }
    let quick = ascii ? key.utf8.withContiguousStorageIfAvailable { fuzzy.actor(forASCII: $0, lowercasing: false) } : nil
    let found = quick ?? fuzzy.actor(for: key)
    cache[key] = found
    return found
  }

  /// `Antonio Guteres`: the person's registered given names written right before a misspelt
  /// family name join its mention (`Yesterday Guteres` keeps `Yesterday` out). The key where
  /// the mention starts.
  func givenNamesStart(before k: Int, of actor: Int) -> Int {
    guard index.actorKinds[actor] == .person, k > 0, !covered[k - 1], scan.isCapitalized(k - 1) else { return k }
    let given = Set(NameFolding.keyTokens(index.registry.actors[actor].name))
    var from = k
    while from > 0, k - from < 3, !covered[from - 1], scan.kind(from - 1) == .word, scan.isCapitalized(from - 1),
      given.contains(scan.key(from - 1))
    {
      from -= 1
    }
    return from
  }

  // MARK: - Organizations inside titles

  /// Organization names inside a title match (`United Nations` in `United Nations
  /// Secretary-General`).
  mutating func scanInsideTitle(_ match: TextScan.Match) {
    guard match.to - match.from > 1 else { return }
    // Only phrases naming an organization can give one; the rest are stepped over uncopied.
    let inside = scan.matches(
      index.trie, in: match.from..<match.to, shorterThan: match.to - match.from, wanted: index.organizationPhrases)
    for inner in inside {
      // The one organization the inner phrase names explicitly, if only one.
      var organization: Int?
      var several = false
      for name in inner.targets.names
      where !name.isDerived && !name.isAmbiguous && index.actorKinds[name.actor] == .organization {
        if organization == nil {
          organization = name.actor
        } else if organization != name.actor {
          several = true
        }
      }
      if let actor = organization, !several {
        titleHits.append(Hit(in: scan, .registered(actor), inner.from, inner.to, via: .name))
      }
    }
  }

  /// The organizations named on their own or in a title, except inside a role phrase of
  /// `pendingRoles`: they narrow `the Secretary-General` to the organization's office. A
  /// name inside a role phrase does not count, or `the EU chief` would narrow itself to
  /// the EU's own office.
  func namedOrganizations() -> Set<Int> {
    var named: Set<Int> = []
    for list in [hits, titleHits] {
      for hit in list {
        guard case .registered(let actor) = hit.key, index.actorKinds[actor] == .organization,
          !pendingRoles.contains(where: { $0.startKey <= hit.from && hit.to <= $0.to })
        else { continue }
        named.insert(actor)
      }
    }
    return named
  }

  // MARK: - Assembly

  /// Up to this many keys, `assemble` finds them by a linear search.
  private static let fewKeys = 16

  private func assemble(detailed: Bool) -> ActorLinkDetail {
    var all = hits
    if !titleHits.isEmpty {
      // Few title hits: searching the hits is cheaper than hashing every key.
      let search = titleHits.count * hits.count <= 4096
      let standalone: Set<Key> = search ? [] : Set(hits.map(\.key))
      for hit in titleHits where search ? hits.contains(where: { $0.key == hit.key }) : standalone.contains(hit.key) {
        all.append(hit)
      }
    }
    // In text order (sorting indices, not the hits), so a span seen before is the one just
    // before.
    var order: [Key] = []
    var slots: [Key: Int] = [:]
    // Each kept hit's slot first, then each slot's mentions in an array of the right size.
    var kept: [(hit: Int, slot: Int)] = []
    var counts: [Int] = []
    var previous: (start: Int, end: Int) = (-1, -1)
    for h in Self.textOrder(all.count, { (all[$0].start, all[$0].end) }) {
      let hit = all[h]
      guard hit.start != previous.start || hit.end != previous.end else { continue }
      previous = (hit.start, hit.end)
      // Few actors: a linear search is cheaper than hashing the key.
      let known = order.count > Self.fewKeys ? slots[hit.key] : order.firstIndex(of: hit.key)
      let slot: Int
      if let known {
        slot = known
      } else {
        slot = order.count
        order.append(hit.key)
        counts.append(0)
        if order.count > Self.fewKeys {
          if slots.isEmpty {
            for (index, key) in order.enumerated() { slots[key] = index }
          } else {
            slots[hit.key] = slot
          }
        }
      }
      kept.append((h, slot))
      counts[slot] += 1
    }
    var mentions: [[ActorMention]] = counts.map { count in
      var list: [ActorMention] = []
      list.reserveCapacity(count)
      return list
    }
    for (h, slot) in kept {
      let hit = all[h]
      let text = scan.text(keys: hit.first, hit.to - 1)
      mentions[slot].append(ActorMention(text: text, start: hit.start, end: hit.end, via: hit.via))
    }
    let titleOrder = Self.textOrder(titles.count, { (titles[$0].start, titles[$0].end) })
    let described = order.map { describe($0) }
    // Each actor's roles: the roles of the titles given to its id, in text order, once each.
    var roles: [[String]] = Array(repeating: [], count: order.count)
    if titles.count * order.count <= 4096 {
      // Few titles and actors: comparing ids is cheaper than hashing them.
      for t in titleOrder {
        for slot in described.indices where described[slot].id == titles[t].actorID {
          if !roles[slot].contains(titles[t].role) { roles[slot].append(titles[t].role) }
        }
      }
    } else {
      var byID: [String: [String]] = [:]
      for t in titleOrder where !(byID[titles[t].actorID]?.contains(titles[t].role) ?? false) {
        byID[titles[t].actorID, default: []].append(titles[t].role)
      }
      for slot in described.indices { roles[slot] = byID[described[slot].id] ?? [] }
    }
    let items = order.indices.map { slot -> ActorItem in
      let (id, name, kind) = described[slot]
      return ActorItem(id: id, name: name, kind: kind, mentions: mentions[slot], roles: roles[slot])
    }
    guard detailed else { return ActorLinkDetail(items: items, titles: [], unresolved: []) }
    let sortedTitles = titleOrder.map { titles[$0] }
    let ids = Set(items.map(\.id))
    return ActorLinkDetail(
      items: items, titles: sortedTitles.filter { ids.contains($0.actorID) },
      unresolved: unresolved.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
  }

  /// The indices `0..<count` in the order of their spans (start, then end), equal spans in
  /// index order: the order a stable sort of the items gives, without moving the items.
  private static func textOrder(_ count: Int, _ span: (Int) -> (start: Int, end: Int)) -> [Int] {
    var order = (0..<count).map { index -> (Int, Int, Int) in
      let (start, end) = span(index)
      return (start, end, index)
    }
    order.sort { $0 < $1 }
    return order.map(\.2)
  }

  func describe(_ key: Key) -> (id: String, name: String, kind: ActorItem.Kind) {
    switch key {
    case .registered(let actor):
      let entry = index.registry.actors[actor]
      return (entry.id, entry.name, entry.kind)
    case .unregistered(let id):
      let info = unregistered[id] ?? (id, .person)
      return (id, info.name, info.kind)
    }
  }
}
