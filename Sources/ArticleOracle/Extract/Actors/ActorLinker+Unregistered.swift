/// Names the registry does not know but the text marks as people or organizations: after
/// a title (`President X`, `spokesman X said`), before an apposition (`X Y, the minister
/// of …`), or ending in an organization word (`the Interior Ministry`, `Ministry of
/// Health`). Reported with `via: unregistered` and an id slug of the name as written;
/// later uses of the full or family name link to the same id.
extension ActorLinker {
  /// Capitalized words not yet linked that can form a name, starting at `key` (up to five
  /// words, particles such as `von der` and middle initials such as `E.` inside).
  func nameSequence(at key: Int) -> Range<Int>? {
    guard let range = nameWords(at: key) else { return nil }
    // `Justice Department`, `General Motors Corp`: an organization, not a person.
    let through = min(range.upperBound + 1, scan.count)
    if (range.lowerBound..<through).contains(where: { scan.has($0, WordInfo.organizationHead) }) { return nil }
    // `Prosecutor General's Office`: the words before `'s Office` name an organization.
    if isPossessiveOrganizationHead(range.upperBound + 2) { return nil }
    return range
  }

  /// Whether `key` is a capitalized possessive organization head (`Office`) right after a
  /// possessive `'s`.
  func isPossessiveOrganizationHead(_ key: Int) -> Bool {
    key >= 2 && key < scan.count && scan.isPossessive(at: key - 2) && scan.isCapitalized(key)
      && scan.has(key, WordInfo.possessiveOrganizationHead)
  }

  private func nameWords(at key: Int) -> Range<Int>? {
    guard var end = nameWordEnd(key) else { return nil }
    // Keys an `O'` name takes beyond one word (`O`, `'`): the limit counts words.
    var extra = end - key - 1
    while end < scan.count, end - key - extra < 5 {
      // `TWA pilot Steven Snyder TWA eight hundred` (a transcript): an acronym after a
      // person's name words is not one of them (a Roman numeral is: `James A. Baker III`).
      if isAcronymWord(end) { break }
      if let next = nameWordEnd(end) {
        extra += next - end - 1
        end = next
      } else if (scan.isHyphenJoined(end) && !covered[end] && scan.kind(end) == .word)
        || isNameWord(end, unlinkedFamilyName: true)
      {
        end += 1
      } else if scan.has(end, WordInfo.particle), !scan.isCapitalized(end), end + 1 < scan.count,
        let next = nameWordEnd(end + 1)
      {
        extra += next - end - 2
        end = next
      } else if let next = middleInitialEnd(end) {
        extra += next - end - 3
        end = next
      } else {
        break
      }
    }
    return key..<end
  }

  /// Whether key `k` is a word of two or more capital letters that is no Roman numeral.
  private func isAcronymWord(_ k: Int) -> Bool {
    guard scan.isCapitalized(k), scan.isAllCapitals(k) else { return false }
    return !scan.text(keys: k, k).allSatisfy { "IVX".contains($0) }
  }

  /// Where a name word starting at `key` ends: after a name word (`isNameWord`), or after an
  /// `O'`/`D'` name read whole (`O'Donnell`, `D'Angelo`: one capital letter, an apostrophe
  /// and a capitalized word, all glued); nil when none starts there.
  func nameWordEnd(_ key: Int) -> Int? {
    if let end = apostropheNameEnd(key) { return end }
    return isNameWord(key) ? key + 1 : nil
  }

  /// The end of `O'Donnell`, `D'Angelo` at `key`, or nil.
  private func apostropheNameEnd(_ key: Int) -> Int? {
    guard key + 2 < scan.count, !covered[key], scan.kind(key) == .word, scan.length(key) == 1, scan.isCapitalized(key),
      scan.key(key + 1) == "'", !scan.spaceBefore(key + 1), !scan.spaceBefore(key + 2), !scan.isPossessive(at: key + 1),
      isNameWord(key + 2)
    else { return nil }
    return key + 3
  }

  /// `E.` of `William E. LaMothe`, `Denise E. O'Donnell`: one capital letter, its dot, and a
  /// name word after it; where that name word ends, or nil.
  private func middleInitialEnd(_ key: Int) -> Int? {
    guard key + 2 < scan.count, !covered[key], scan.kind(key) == .word, scan.length(key) == 1, scan.isCapitalized(key),
      scan.isDot(key + 1), !scan.spaceBefore(key + 1)
    else { return nil }
    return nameWordEnd(key + 2)
  }

  /// A capitalized word of two letters or more, not an abbreviation (`Gen.`), not linked yet;
  /// with `unlinkedFamilyName`, one of `unlinkedFamilyNames` instead: after a first name word,
  /// `Cook` in `Tim Cook` is not Robin Cook (`linkNames` did not link it), so it may end the
  /// name. An abbreviation is a word of `abbreviations` in the cues with its dot; any other
  /// short word before a dot ends a sentence (`Attorney General Janet Reno.`).
  private func isNameWord(_ key: Int, unlinkedFamilyName: Bool = false) -> Bool {
    guard key < scan.count, scan.kind(key) == .word, scan.isCapitalized(key) else { return false }
    guard unlinkedFamilyName ? unlinkedFamilyNames.contains(key) : !covered[key] else { return false }
    if scan.length(key) < 2 { return false }
    if key + 1 < scan.count, scan.isDot(key + 1), !scan.spaceBefore(key + 1), scan.has(key, WordInfo.abbreviation) {
      return false
    }
    return !scan.has(key, WordInfo.notName | WordInfo.countryWord)
  }

  /// An unregistered person named next to a title, with the title as its role; returns the
  /// person's key.
  @discardableResult
  mutating func addUnregisteredPerson(_ names: Range<Int>, title: TextScan.Match) -> Key {
    let person = addUnregistered(names, kind: .person)
    // `spokesman Serge Clermont`, `Egyptian Ambassador Ahmed Maher el-Sayed`: a bare position
    // no registered qualifier narrows says nothing about which office an unregistered person
    // holds; the title as written is the role (`attachTitle`). So too when a registered
    // qualifier leaves no office (`Kremlin spokesman Dmitry Peskov`, `World Bank President
    // David Malpass`): the registry has no such office, but the article gives the title.
    let scope = titleScope(title, title.targets.title?.offices ?? [])
    let candidates = scope?.offices ?? []
    let office = candidates.count == 1 && !(scope?.unscopedBare ?? true) ? candidates[0] : nil
    let text = scan.text(keys: title.from, title.to - 1)
    noteTitleNextToName(person.key, office: office, candidates: candidates, isPast: title.isPast)
    titles.append(
      TitleAttribution(
        actorID: describe(person.key).id, text: text, start: scan.start(title.from), end: scan.end(title.to - 1),
        mentionStart: person.start, mentionEnd: person.end,
        officeID: office.map { index.registry.offices[$0].id },
        candidateOfficeIDs: detailed ? candidates.map { index.registry.offices[$0].id } : [],
        role: office.map { (title.isPast ? ActorItem.formerRolePrefix : "") + index.registry.offices[$0].title } ?? text,
        source: .nextToName))
    return person.key
  }

  @discardableResult
  private mutating func addUnregistered(_ names: Range<Int>, kind: ActorItem.Kind) -> Hit {
    let name = scan.text(keys: names.lowerBound, names.upperBound - 1)
    let id = NameFolding.slug(name)
    if unregistered[id] == nil { unregistered[id] = (name, kind) }
    let found = Hit(in: scan, .unregistered(id), names.lowerBound, names.upperBound, via: .unregistered)
    hits.append(found)
    markCovered(names.lowerBound, names.upperBound)
    return found
  }

  mutating func linkUnregistered() {
    // The keys of `scan.cueFirsts` from `next` on: a name found after a cue is skipped.
    var next = 0
    for k in scan.cueFirsts where k >= next {
      guard !covered[k] else { continue }
      // Title cue, then a name.
      if let cues = index.cuesByFirst[scan.key(k)] {
        for cue in cues {
          let after = k + cue.count
          guard after <= scan.count, scan.keys(k..<after) == cue, !covered[k..<after].contains(true) else { continue }
          // Only the longest cue written here is read: in `Prosecutor General's Office` and
          // `the Secretary-General's visit` a shorter cue (`Prosecutor`, `Secretary`) would make
          // the rest of the title (`General`) a person's name.
          guard let names = nameSequence(at: after) else { break }
          let person = addUnregistered(names, kind: .person)
          if names.count == 1, index.cues.givenNameHonorifics.contains(cue), case .unregistered(let id) = person.key {
            givenNameOnly.insert(id)
          }
          addCueTitle(k..<after, to: person)
          next = names.upperBound
          break
        }
      }
    }
    linkAppositions()
    linkPossessiveAppositions()
    linkVerbObjects()
    linkOrganizations()
    linkDefinedAcronyms()
    linkRepeats()
  }

  /// The title cue at `cue` (a `title_modifiers` word before it included) as a role of the
  /// person named right after it; a form of address (`Mr. Drabinsky`) or a description
  /// (`teacher Meera Iyer`) is no role.
  mutating func addCueTitle(_ cue: Range<Int>, to person: Hit) {
    let k = cue.lowerBound
    let modified = k > 0 && !covered[k - 1] && scan.has(k - 1, WordInfo.titleModifier)
    let first = modified ? k - 1 : k
    let text = scan.text(keys: first, cue.upperBound - 1)
    guard scan.kind(k) == .word, scan.isCapitalized(k) || cue.count > 1,
      !index.cues.honorifics.contains(scan.keys(cue)), !index.cues.personDescriptions.contains(scan.keys(cue))
    else { return }
    titles.append(
      TitleAttribution(
        actorID: describe(person.key).id, text: text, start: scan.start(first), end: scan.end(cue.upperBound - 1),
        mentionStart: person.start, mentionEnd: person.end, officeID: nil, candidateOfficeIDs: [],
        role: text, source: .nextToName))
  }

  /// `the Islamic Revolutionary Guard Corps (IRGC)`, then `The IRGC said`: an acronym in
  /// parentheses right after an unregistered organization is that organization's short name
  /// in this article, there and in later uses written the same way (exact case). An
  /// acronym that two organizations define is each one's where it is defined and neither's
  /// elsewhere; a registered acronym was linked by name before this pass and is left alone.
  private mutating func linkDefinedAcronyms() {
    var defined: [(text: String, id: String)] = []
    for h in hits.indices {
      guard case .unregistered(let id) = hits[h].key, unregistered[id]?.kind == .organization else { continue }
      let open = hits[h].to
      guard open + 2 < scan.count, scan.key(open) == "(", scan.key(open + 2) == ")", let acronym = acronym(at: open + 1)
      else { continue }
      defined.append((acronym, id))
      hits.append(Hit(in: scan, .unregistered(id), open + 1, open + 2, via: .unregistered))
      markCovered(open + 1, open + 2)
    }
    guard !defined.isEmpty else { return }
    var byText: [String: String] = [:]
    for (text, id) in defined { byText[text] = byText[text].map { $0 == id ? id : "" } ?? id }
    let lengths = Set(byText.keys.map { $0.utf8.count })
    for k in 0..<scan.count where !covered[k] && scan.isCapitalized(k) && lengths.contains(scan.length(k)) {
      guard let text = acronym(at: k), let id = byText[text], !id.isEmpty else { continue }
      hits.append(Hit(in: scan, .unregistered(id), k, k + 1, via: .unregistered))
      markCovered(k, k + 1)
    }
  }

  /// The text of an acronym not linked yet at `key`: a word of two to eight letters, all
  /// capitals (`IRGC`, `FBI`); nil otherwise.
  private func acronym(at key: Int) -> String? {
    guard !covered[key], scan.kind(key) == .word, (2...8).contains(scan.length(key)), scan.isCapitalized(key)
    else { return nil }
    let text = scan.text(keys: key, key)
    guard text.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) else { return nil }
    return text
  }

  /// `Foo Bar, the minister of …`: two or more name words, a comma, a title word (after at
  /// most three words of its own phrase: `the agency's emergencies chief`, `OpenAI's chief
  /// scientist`, `the acting governor`); or a relative of persons (`Marine Le Pen, who
  /// leads`) or an age (`Noa Ben-David, 34,`).
  private mutating func linkAppositions() {
    for comma in scan.commas where comma >= 2 && comma + 1 < scan.count {
      let personal = scan.has(comma + 1, WordInfo.personRelative) || isAge(comma + 1)
      guard personal || appositionTitle(after: comma) else { continue }
      var start = comma
      while start > 0, comma - start < 4, isNameWord(start - 1) { start -= 1 }
      guard comma - start >= 2, let names = nameSequence(at: start), names.upperBound == comma,
        personal ? mayNamePerson(names) : index.country(named: scan.keys(names)) == nil
      else { continue }
      addUnregistered(names, kind: .person)
    }
  }

  /// Whether a name that a cue without a title found (a verb, a relative, an age, a
  /// possessive phrase) may be a person's: two words or more, no party's word (`the Free
  /// Democrats, who`), no count (`Five Iraqis, who`), no country's name (`the United
  /// States, Truman's secretary of state`).
  private func mayNamePerson(_ names: Range<Int>) -> Bool {
    names.count >= 2 && !names.contains(where: { scan.has($0, WordInfo.partyName) })
      && !NumberWords.mayStart(scan.key(names.lowerBound)) && index.country(named: scan.keys(names)) == nil
  }

  /// Whether a title word of `person_appositions` heads the phrase after `comma`: right
  /// after it or its determiner, or after at most three words of the phrase (lower-case
  /// modifiers, a possessive, and after a determiner capitalized words: `the agency's
  /// emergencies chief`, `Dalbar's president`, `the U.N. climate chief`, `the acting
  /// governor`). The title ends the phrase, or two more lower-case words do (`chief
  /// executive officer`): a comma, a dot or a preposition follows (`an official visit to`
  /// is no title, nor `as an adviser`).
  private func appositionTitle(after comma: Int) -> Bool {
    var k = comma + 1
    let determined = scan.has(k, WordInfo.article) || scan.has(k, WordInfo.possessiveWord)
    if determined { k += 1 }
    var steps = 0
    while k < scan.count, steps <= 3 {
      if scan.has(k, WordInfo.apposition) { return endsTitlePhrase(after: k) }
      let fits: Bool
      // (`'s` of a possessive is one step.)
      let length = scan.isPossessive(at: k) ? 2 : 1
      if length == 2 {
        fits = true
      } else if scan.kind(k) == .word {
        fits = scan.isCapitalized(k) ? determined || scan.isPossessive(at: k + 1) : !scan.has(k, WordInfo.phraseBreak)
      } else {
        // (The dots of `U.N.` after a determiner.)
        fits = determined && scan.isDot(k) && !scan.spaceBefore(k)
      }
      guard fits else { return false }
      k += length
      steps += 1
    }
    return false
  }

  /// Whether a title phrase can end after the title word at `k`, itself or within two more
  /// lower-case words: at the end, a punctuation mark, or a word of `titleEnds`.
  private func endsTitlePhrase(after k: Int) -> Bool {
    var j = k + 1
    while j < scan.count, j - k <= 3 {
      if scan.kind(j) != .word || scan.has(j, WordInfo.titleEnd) { return true }
      guard !scan.isCapitalized(j), !scan.has(j, WordInfo.phraseBreak) else { return false }
      j += 1
    }
    return j >= scan.count
  }

  /// Words that end a title phrase after its title (`the minister of`, `an analyst at`).
  static let titleEnds: Set<String> = ["of", "at", "for", "and", "who", "in", "with", "since", "from", "on"]
  /// Words that break a phrase: prepositions, conjunctions and verbs (`, on an official
  /// visit`, `, as an adviser`): the words after the comma then make no apposition.
  static let phraseBreaks: Set<String> = [
    "as", "on", "in", "at", "to", "for", "with", "by", "from", "of", "and", "or", "but", "which", "that", "who",
    "is", "was", "are", "were", "has", "had", "have", "said", "says", "will", "would", "after", "before", "since",
  ]

  /// `his wife, Stella Assange,`, `Ukraine's human rights commissioner, Dmytro Lubinets,`,
  /// `Its executive director, Irungu Houghton,`: a phrase of at most four lower-case words
  /// after a possessive (`his`, `her`, `its`, `their`, `whose`, or `'s`), a comma, two or
  /// more name words and a comma: the name is the person the phrase describes.
  private mutating func linkPossessiveAppositions() {
    for comma in scan.commas where comma >= 2 && comma + 3 < scan.count {
      var k = comma - 1
      var words = 0
      while k >= 0, words < 4, scan.kind(k) == .word, !scan.isCapitalized(k) || scan.isSentenceInitial(k),
        !scan.has(k, WordInfo.possessiveWord)
      {
        k -= 1
        words += 1
      }
      guard words >= 1, k >= 0 else { continue }
      let possessive = scan.has(k, WordInfo.possessiveWord) || (k >= 1 && scan.isPossessive(at: k - 1))
      guard possessive, let names = nameSequence(at: comma + 1), names.upperBound < scan.count, scan.isComma(names.upperBound),
        mayNamePerson(names)
      else { continue }
      addUnregistered(names, kind: .person)
    }
  }

  /// Whether key `k` is an age between commas (`Wa Lone, 33, and`): a whole number of 1 to 3
  /// digits below 120, a comma after it.
  private func isAge(_ k: Int) -> Bool {
    guard k + 1 < scan.count, scan.kind(k) == .number, scan.isComma(k + 1), (1...3).contains(scan.length(k)),
      let n = Int(scan.key(k))
    else { return false }
    return (1..<120).contains(n)
  }

  /// `succeeding Margaret Chan`, `Police arrested Tetsuya Yamagami`, `'…,' said Diane Swonk
  /// of KPMG`: two or more name words right after a verb of `person_verbs` or `speech_verbs`
  /// (lower case) are a person. After a verb of speech the name must end its clause (a
  /// punctuation mark other than a possessive, `of` or `who`): in `officials said Hong Kong
  /// would` the words start the reported clause.
  private mutating func linkVerbObjects() {
    guard scan.count > 2 else { return }
    for k in 0..<(scan.count - 2) where scan.has(k, WordInfo.personVerb) && !scan.isCapitalized(k) && !covered[k + 1] {
      guard let names = nameSequence(at: k + 1), scan.sentence(names.lowerBound) == scan.sentence(k), mayNamePerson(names)
      else { continue }
      if scan.has(k, WordInfo.speechVerb) {
        let after = names.upperBound
        let endsClause =
          after >= scan.count
          || (scan.kind(after) == .punct && scan.key(after) != "'" && scan.key(after) != "-")
          || scan.has(after, WordInfo.personRelative) || scan.key(after) == "of"
        guard endsClause else { continue }
      }
      addUnregistered(names, kind: .person)
    }
  }

  /// `the Interior Ministry`, `Ministry of Health`: capitalized words with an
  /// organization word.
  private mutating func linkOrganizations() {
    for head in scan.organizationHeads where !covered[head] && scan.isCapitalized(head) {
      if !scan.has(head, WordInfo.organizationHead) {
        linkPossessiveOrganization(head)
        continue
      }
      if let forms = index.cues.exactCaseOrganizationHeads[scan.key(head)], !forms.contains(scan.text(keys: head, head)) {
        continue
      }
      var start = head
      while start > 0, head - start < 6 {
        if isNameWord(start - 1) {
          start -= 1
        } else if start >= 2, scan.has(start - 1, WordInfo.connector), !scan.isCapitalized(start - 1),
          isNameWord(start - 2), start < head
        {
          start -= 2
        } else {
          break
        }
      }
      // `Indian Space Research Organisation`, `African National Congress`: a demonym opens the
      // name (it never makes a person's, so `isNameWord` stopped before it).
      if start > 0, !covered[start - 1], scan.kind(start - 1) == .word, scan.isCapitalized(start - 1),
        index.cues.organizationOpeners.contains(scan.key(start - 1))
      {
        start -= 1
      }
      var end = head + 1
      // `Hallwood Group Inc.`, `Acme Holdings Corp.`: organization words in a row are one name.
      while end < scan.count, end - head < 3, !covered[end], scan.isCapitalized(end),
        scan.has(end, WordInfo.organizationHead)
      {
        end += 1
      }
      // `General Motors Acceptance Corp`: name words and another head right after are one name.
      var ahead = end
      while ahead < scan.count, ahead - end < 3 {
        if !covered[ahead], scan.isCapitalized(ahead), scan.has(ahead, WordInfo.organizationHead) {
          ahead += 1
          end = ahead
        } else if isNameWord(ahead) {
          ahead += 1
        } else {
          break
        }
      }
      if end + 1 < scan.count, ["of", "for"].contains(scan.key(end)) {
        var k = end + 1
        if k < scan.count, scan.key(k) == "the" { k += 1 }
        var words = k
        while words < scan.count, words - k < 4, isNameWord(words) { words += 1 }
        if words > k { end = words }
      }
      // (`the Russian Federation` is a country's name: a place, not an organization.)
      guard end - start >= 2, index.country(named: scan.keys(start..<end)) == nil else { continue }
      // `Reuters Holdings PLC`: the words after a registered organization's name are part of
      // that name as written, not an organization of their own (`Holdings PLC`).
      if start > 0, scan.isCapitalized(start - 1), scan.sentence(start - 1) == scan.sentence(start),
        hits.contains(where: { hit in
          guard hit.to == start, case .registered(let actor) = hit.key else { return false }
          return index.actorKinds[actor] == .organization
        })
      {
        continue
      }
      addUnregistered(start..<end, kind: .organization)
    }
  }

  /// `Prosecutor General's Office`, `the Attorney General's Office`, `the Mayor's Office`:
  /// one to four capitalized words not linked yet, a possessive and a capitalized
  /// possessive organization head. A registered name before the possessive is linked
  /// already (`Zelensky's Office` stays the person's), and a title the trie knows
  /// (`President's Office`) is covered, so neither starts one here (`linkTitleOffice` reads
  /// the titles).
  private mutating func linkPossessiveOrganization(_ head: Int) {
    guard isPossessiveOrganizationHead(head) else { return }
    let possessive = head - 2
    var start = possessive
    while start > 0, possessive - start < 4, isNameWord(start - 1) { start -= 1 }
    guard start < possessive, scan.sentence(start) == scan.sentence(head) else { return }
    addUnregistered(start..<head + 1, kind: .organization)
  }

  /// `the Prime Minister's Office`, `the President's Office`, `the Vice President's Office`:
  /// a title that names no country or organization (a bare position, or a title naming no
  /// office), written with a capital, then `'s` and a capitalized possessive organization
  /// head, is an unregistered organization, not a role phrase (the office speaks, not its
  /// holder). A title with its country (`the Russian President's Office`) stays a role
  /// phrase, and a registered alias the trie matched whole (`Ukrainian President's Office`)
  /// never gets here. Whether it was linked.
  mutating func linkTitleOffice(_ match: TextScan.Match) -> Bool {
    guard let title = match.targets.title, title.isBare || title.offices.isEmpty,
      match.targets.counterpartCountry == nil, scan.kind(match.from) == .word, scan.isCapitalized(match.from),
      isPossessiveOrganizationHead(match.to + 2), !covered[match.to + 2]
    else { return false }
    addUnregistered(match.from..<match.to + 3, kind: .organization)
    return true
  }

  /// `Mr. Drabinsky` and `Garth Drabinsky` in one article: a one-word unregistered person
  /// whose name is the family name (last word) of exactly one unregistered person named in
  /// full is that person; after `Sir` or `Dame` (`Sir John` after `Sir John Egan`), the
  /// given name (first word). The cue pass makes `Mr. Drabinsky` a person of its own before
  /// names are compared; left apart, the two would claim `Drabinsky` together and
  /// `linkRepeats` would link the other `Drabinsky` mentions to neither.
  private mutating func mergeFamilyOnlyNames() {
    var fullByFamily: [[String]: Set<String>] = [:]
    var fullByGiven: [[String]: Set<String>] = [:]
    var fullByInner: [[String]: Set<String>] = [:]
    var single: [(id: String, key: [String])] = []
    for (id, info) in unregistered where info.kind == .person {
      let keys = NameFolding.keyTokens(info.name)
      let family = Self.familyKeys(of: info.name)
      if keys.count > family.count, let first = keys.first {
        fullByFamily[family, default: []].insert(id)
        fullByGiven[[first], default: []].insert(id)
        for form in Self.innerForms(of: info.name) where form.count == 1 { fullByInner[form, default: []].insert(id) }
      } else if keys.count == family.count {
        single.append((id, keys))
      }
    }
    var merged: [String: String] = [:]
    for (id, key) in single {
      // (`President Lula` after `Luiz Inacio Lula da Silva`: a later word of the name.)
      let candidates = givenNameOnly.contains(id) ? fullByGiven[key] : fullByFamily[key] ?? fullByInner[key]
      if let ids = candidates, ids.count == 1, let full = ids.first { merged[id] = full }
    }
    guard !merged.isEmpty else { return }
    for h in hits.indices {
      if case .unregistered(let id) = hits[h].key, let full = merged[id] { hits[h].key = .unregistered(full) }
    }
    for t in titles.indices {
      if let full = merged[titles[t].actorID] { titles[t].actorID = full }
    }
    for id in merged.keys { unregistered[id] = nil }
  }

  /// The keys of a name's last word: the last key, the three of an `O'` name (`o ' donnell`
  /// of `Denise E. O'Donnell`), or those of a hyphenated word (`bankman fried` of `Sam
  /// Bankman-Fried`: the joining hyphen has no key), which is one word.
  static func familyKeys(of name: String) -> [String] {
    if let last = name.split(separator: " ").last, last.contains("-") {
      let keys = NameFolding.keyTokens(String(last))
      if keys.count > 1, keys.count < NameFolding.keyTokens(name).count { return keys }
    }
    let keys = NameFolding.keyTokens(name)
    let n = keys.count
    if n >= 3, keys[n - 2] == "'", keys[n - 3].count == 1, keys[n - 1] != "s" { return Array(keys[(n - 3)...]) }
    return keys.last.map { [$0] } ?? []
  }

  /// The folded forms of a person's name after its first word, other than the full name
  /// and the last word: each run of two or more words from a capitalized word to the end
  /// (`Lula da Silva`, `Lopez Obrador`), and the one capitalized word of three letters or
  /// more right before the last word or its particles (`Lula` of `Luiz Inacio Lula da
  /// Silva`, `Lopez` of `Andres Manuel Lopez Obrador`), in a name of four words or more or
  /// with particles: where a second family name or a name in use stands (not `Ann` of `Mary
  /// Ann Jones`, nor `Chavez` of `Hugo Chavez Frias`). Other middle words are given names (`Manuel` of `Andres Manuel Lopez Obrador`)
  /// and the first word is one (`Luiz`): alone they name no one. A hyphenated word is one
  /// word (`Thomas-Greenfield` gives no `Thomas`).
  static func innerForms(of name: String) -> [[String]] {
    let words = name.split(separator: " ").map(String.init)
    guard words.count >= 3 else { return [] }
    func isCapitalized(_ word: String) -> Bool { word.unicodeScalars.first?.properties.isUppercase ?? false }
    var forms: [[String]] = []
    for i in 1..<words.count - 1 where isCapitalized(words[i]) {
      forms.append(words[i...].flatMap(NameFolding.keyTokens))
    }
    var slot = words.count - 2
    while slot > 1, !isCapitalized(words[slot]) { slot -= 1 }
    // In a name of three words without particles the middle one is as often a middle name
    // (`Mary Ann Jones`, `George Walker Bush`) as a family name (`Hugo Chavez Frias`).
    if isCapitalized(words[slot]), words[slot].filter(\.isLetter).count >= 3, words.count >= 4 || slot < words.count - 2 {
      forms.append(NameFolding.keyTokens(words[slot]))
    }
    return forms
  }

  /// Later mentions of an unregistered person by full or family name.
  private mutating func linkRepeats() {
    mergeFamilyOnlyNames()
    // Every id that can claim a form (its full name, and its family name alone); a form
    // claimed by two people links to neither. Built from claims, not by overwriting, so the
    // result never depends on the dictionary's (per-process random) order.
    var claims: [[String]: Set<String>] = [:]
    // People named in full (more words than their family name).
    var fullNamed: Set<String> = []
    for (id, info) in unregistered where info.kind == .person {
      let keys = NameFolding.keyTokens(info.name)
      claims[keys, default: []].insert(id)
      let family = Self.familyKeys(of: info.name)
      if keys.count > family.count {
        claims[family, default: []].insert(id)
        fullNamed.insert(id)
      }
    }
    var byForm: [[String]: String] = [:]
    for (form, ids) in claims { byForm[form] = ids.count == 1 ? (ids.first ?? "") : "" }
    // `Lula` after `Luiz Inacio Lula da Silva`, `Lopez Obrador` after `Andres Manuel Lopez
    // Obrador`: a later word or run of words of the full name, when no full or family name
    // of anyone claims it and one person only has it.
    var inner: [[String]: Set<String>] = [:]
    for (id, info) in unregistered where info.kind == .person {
      for form in Self.innerForms(of: info.name) where claims[form] == nil { inner[form, default: []].insert(id) }
    }
    var innerWords: Set<[String]> = []
    for (form, ids) in inner where ids.count == 1 {
      byForm[form] = ids.first ?? ""
      if form.count == 1 { innerWords.insert(form) }
    }
    guard !byForm.isEmpty else { return }
    let firstKeys = Set(byForm.keys.compactMap(\.first))
    let longest = byForm.keys.map(\.count).max() ?? 1
    var k = 0
    while k < scan.count {
      guard !covered[k], scan.isCapitalized(k), firstKeys.contains(scan.key(k)) else {
        k += 1
        continue
      }
      var matched = false
      for length in stride(from: min(longest, scan.count - k), through: 1, by: -1) {
        let range = k..<(k + length)
        guard !covered[range].contains(true), scan.isCapitalized(k),
          let id = byForm[scan.keys(range)], !id.isEmpty
        else { continue }
        // `Lula` alone, not the first word of another name (`Chavez Garcia`).
        if length == 1, innerWords.contains(scan.keys(range)), k + 1 < scan.count, scan.kind(k + 1) == .word,
          scan.isCapitalized(k + 1)
        {
          continue
        }
        // The family name of a person named in full does not link where it ends another
        // name: `Gonzalez` of `Marisleysis Gonzalez` after `Lazaro Gonzalez`, `Castro` of `Raul
        // Castro` after `Fidel Castro`. (A word that starts a sentence, `Then Martonyi`, may
        // be no name.)
        if length == 1, k > 0, fullNamed.contains(id), !scan.isSentenceInitial(k - 1), scan.sentence(k - 1) == scan.sentence(k),
          isNameWord(k - 1) || scan.has(k - 1, WordInfo.particle)
        {
          continue
        }
        hits.append(Hit(in: scan, .unregistered(id), range.lowerBound, range.upperBound, via: .unregistered))
        markCovered(range.lowerBound, range.upperBound)
        k = range.upperBound
        matched = true
        break
      }
      if !matched { k += 1 }
    }
  }
}
