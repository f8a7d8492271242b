/// The registry compiled for linking: one trie of names, aliases and title phrases
/// (explicit office aliases, titles generated from positions × countries and
/// organizations, and the cues' titles that name no office), the misspelling index, and
/// per-office facts. Built once per registry.
struct ActorLinkIndex: Sendable {
  let registry: ActorRegistry
  let cues: ActorCues
  private(set) var trie = PhraseTrie()
  private(set) var fuzzy = FuzzyNameIndex()
  /// Index of each office's organization actor, if any.
  private(set) var officeOrganization: [Int?] = []
  /// Index of each office's country, if any.
  private(set) var officeCountry: [Int?] = []
  /// Each organization actor's offices (those naming it as their organization or as their
  /// country), in office order, by actor index; empty for other actors. What
  /// `ActorLinker.linkOrganizationTitles` reads, without filtering every office per hit.
  private(set) var organizationOffices: [[Int]] = []
  /// Whether each phrase of `trie` (by index into its targets) names an organization
  /// explicitly: the only phrases `ActorLinker.scanInsideTitle` keeps.
  private(set) var organizationPhrases: [Bool] = []
  /// Each country's offices, and their ids.
  private(set) var countryOffices: [[Int]] = []
  private(set) var countryOfficeIDs: [[String]] = []
  /// Each office's position id.
  private(set) var officePosition: [String?] = []
  /// Each office's position as a small integer (-1 for none), for comparing positions
  /// without hashing their ids.
  private(set) var officePositionNumber: [Int32] = []
  /// Each actor's kind, by actor index.
  private(set) var actorKinds: [ActorItem.Kind] = []
  /// Person-title cues by their first word, longest first.
  private(set) var cuesByFirst: [String: [[String]]] = [:]
  /// Every term of each office, with its holder.
  private(set) var officeTerms: [[(actor: Int, term: ActorRegistry.Term)]] = []
  /// The day numbers (`CalendarDate.dayNumber`) of each actor's terms, by actor index.
  private(set) var actorTermDays: [[(start: Int, end: Int?)]] = []
  /// Offices each actor held (any date), once each in the order of its roles: a person
  /// holds few, so a list is searched faster than a set is hashed.
  private(set) var actorOffices: [[Int]] = []
  /// Folded country names and demonyms: never names of people, never misspellings.
  private(set) var countryWords: Set<String> = []
  /// Countries by the folded words of a name or demonym (`u.s.`, `united states`,
  /// `russian`); -1 for words of several countries. `ActorLinker.scopedOffices` reads them.
  private(set) var countriesByWords: [[String]: Int] = [:]
  /// The most words of a country's name or demonym.
  private(set) var longestCountryName = 0
  /// Countries by the folded words of a dateline city (`washington`, `st . petersburg`).
  private(set) var countriesByCity: [[String]: Int] = [:]
  /// The most words of a dateline city.
  private(set) var longestCityName = 0
  /// The country index of each actor's `country`, by actor index (-1: none).
  private(set) var actorCountry: [Int] = []
  /// The one country of all the offices a person held (`Vladimir Putin`: Russia), by actor
  /// index; -1 for organizations, people without offices and people with offices of several
  /// countries or of none (a UN office).
  private(set) var officeHolderCountry: [Int] = []
  /// Whether each actor is a person whose registered name starts with the family name
  /// (`Wang Yi`), by actor index.
  private(set) var familyNameFirst: [Bool] = []
  /// Every folded word the linker compares tokens with (trie edges, cue words), by id.
  private(set) var vocabulary = Vocabulary()
  /// The trie node and cue flags of each vocabulary id. One lookup per token of an article.
  private(set) var wordInfos: [WordInfo] = []
  /// The vocabulary ids of `,` and `'`.
  private(set) var commaID: Int32 = -1
  private(set) var apostropheID: Int32 = -1
  /// The vocabulary id of `s` (of a possessive `'s`).
  private(set) var possessiveSID: Int32 = -1
  private var actorIndex: [String: Int] = [:]
  private var officeIndex: [String: Int] = [:]

  init(registry: ActorRegistry, cues: ActorCues) {
    self.registry = registry
    self.cues = cues
    actorIndex = Dictionary(registry.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
    officeIndex = Dictionary(registry.offices.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
    let countryIndex = Dictionary(registry.countries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { $1 })
    actorKinds = registry.actors.map(\.kind)
    officeOrganization = registry.offices.map { $0.organization.flatMap { actorIndex[$0] } }
    officeCountry = registry.offices.map { $0.country.flatMap { countryIndex[$0] } }
    organizationOffices = Array(repeating: [], count: registry.actors.count)
    for (office, entry) in registry.offices.enumerated() {
      // Both ways an office can belong to an organization; once each, in office order.
      var owners: [Int] = []
      if let organization = officeOrganization[office] { owners.append(organization) }
      if let country = entry.country, let actor = actorIndex[country], !owners.contains(actor) { owners.append(actor) }
      for actor in owners where registry.actors[actor].kind == .organization { organizationOffices[actor].append(office) }
    }
    officePosition = registry.offices.map(\.position)
    var positionNumbers: [String: Int32] = [:]
    officePositionNumber = officePosition.map { position in
      guard let position else { return -1 }
      if let n = positionNumbers[position] { return n }
      let n = Int32(positionNumbers.count)
      positionNumbers[position] = n
      return n
    }
    actorOffices = registry.actors.map { actor in
      var offices: [Int] = []
      for role in actor.roles {
        if let office = officeIndex[role.office], !offices.contains(office) { offices.append(office) }
      }
      return offices
    }
    actorTermDays = registry.actors.map { $0.roles.map { ($0.start.dayNumber, $0.end?.dayNumber) } }
    officeTerms = Array(repeating: [], count: registry.offices.count)
    for (actor, entry) in registry.actors.enumerated() {
      for term in entry.roles {
        if let office = officeIndex[term.office] { officeTerms[office].append((actor, term)) }
      }
    }
    for (index, country) in registry.countries.enumerated() {
      for word in country.names + country.demonyms + [country.name] {
        countryWords.insert(NameFolding.key(word))
        let words = NameFolding.keyTokens(word)
        guard !words.isEmpty else { continue }
        countriesByWords[words] = countriesByWords[words].map { $0 == index ? index : -1 } ?? index
        longestCountryName = max(longestCountryName, words.count)
      }
      for city in country.cities {
        let words = NameFolding.keyTokens(city)
        guard !words.isEmpty else { continue }
        countriesByCity[words] = index
        longestCityName = max(longestCityName, words.count)
      }
    }
    actorCountry = registry.actors.map { $0.country.flatMap { countryIndex[$0] } ?? -1 }
    familyNameFirst = registry.actors.map { actor in
      guard actor.kind == .person, let family = actor.familyName else { return false }
      return actor.name.hasPrefix(family + " ")
    }
    officeHolderCountry = actorOffices.map { offices in
      let countries = Set(offices.map { officeCountry[$0] ?? -1 })
      return countries.count == 1 ? countries.first! : -1
    }
    addNames()
    addTitles()
    addCounterparts()
    buildVocabulary()
  }

  private mutating func buildVocabulary() {
    var infos: [String: WordInfo] = [:]
    for (key, node) in trie.nodes[0].children { infos[key, default: WordInfo()].root = node }
    func flag(_ words: Set<String>, _ value: UInt32) {
      for word in words where !word.contains(" ") { infos[word, default: WordInfo()].flags |= value }
    }
    flag(Set(cues.personTitles.compactMap(\.first)), WordInfo.cueFirst)
    flag(cues.organizationHeads, WordInfo.organizationHead)
    flag(cues.possessiveOrganizationHeads, WordInfo.possessiveOrganizationHead)
    flag(Set(cues.notNames.map(NameFolding.key)), WordInfo.notName)
    flag(countryWords, WordInfo.countryWord)
    flag(cues.nameParticles, WordInfo.particle)
    flag(cues.organizationConnectors, WordInfo.connector)
    flag(cues.personAppositions, WordInfo.apposition)
    flag(cues.commonFamilyNames, WordInfo.commonFamily)
    flag(["the", "a", "an"], WordInfo.article)
    flag(cues.titleHeads, WordInfo.titleHead)
    flag(cues.titleModifiers, WordInfo.titleModifier)
    flag(cues.determiners, WordInfo.determiner)
    flag(Set(fuzzy.givenNames), WordInfo.givenName)
    flag(cues.abbreviations, WordInfo.abbreviation)
    flag(cues.partyNames, WordInfo.partyName)
    flag(cues.wordNames, WordInfo.wordName)
    flag(cues.wordSenseFollowers, WordInfo.wordSenseFollower)
    flag(cues.pastTitleWords, WordInfo.pastTitleWord)
    flag(cues.pastTitleWordsHyphenated, WordInfo.pastTitleWordHyphenated)
    flag(cues.personRelatives, WordInfo.personRelative)
    flag(cues.personVerbs.union(cues.speechVerbs), WordInfo.personVerb)
    flag(cues.speechVerbs, WordInfo.speechVerb)
    flag(cues.possessiveWords, WordInfo.possessiveWord)
    flag(ActorLinker.phraseBreaks, WordInfo.phraseBreak)
    flag(ActorLinker.titleEnds, WordInfo.titleEnd)
    let officeIDs = registry.offices.map(\.id)
    trie.updateAll { targets in
      if let offices = targets.title?.offices { targets.title?.officeIDs = offices.map { officeIDs[$0] } }
    }
    countryOffices = registry.countries.indices.map { country in
      registry.offices.indices.filter { officeCountry[$0] == country }
    }
    countryOfficeIDs = countryOffices.map { $0.map { officeIDs[$0] } }
    trie.seal(vocabulary: &vocabulary)
    for word in infos.keys.sorted() { vocabulary.intern(word) }
    commaID = vocabulary.intern(",")
    apostropheID = vocabulary.intern("'")
    possessiveSID = vocabulary.intern("s")
    vocabulary.seal()
    wordInfos = vocabulary.words.map { infos[$0] ?? WordInfo() }
    fuzzy.seal()
    organizationPhrases = trie.targets.map { targets in
      targets.names.contains { !$0.isDerived && !$0.isAmbiguous && actorKinds[$0.actor] == .organization }
    }
    for cue in cues.personTitles { cuesByFirst[cue[0], default: []].append(cue) }
    for first in cuesByFirst.keys { cuesByFirst[first]?.sort { $0.count > $1.count } }
  }

  func actorIndex(of id: String) -> Int? { actorIndex[id] }
  /// The one country whose name or demonym is `words` (folded).
  func country(named words: [String]) -> Int? { countriesByWords[words].flatMap { $0 >= 0 ? $0 : nil } }
  /// The country of the longest country name or demonym (and, with `cities`, dateline city)
  /// starting at key `k` of `scan`, with its length in keys.
  func place(in scan: TextScan, at k: Int, cities: Bool) -> (country: Int, length: Int)? {
    let longest = cities ? max(longestCountryName, longestCityName) : longestCountryName
    for length in stride(from: min(longest, scan.count - k), through: 1, by: -1) {
      let words = scan.keys(k..<k + length)
      if let country = country(named: words) ?? (cities ? countriesByCity[words] : nil) { return (country, length) }
    }
    return nil
  }
  /// The country of a dateline city (`words` folded).
  func country(ofCity words: [String]) -> Int? { countriesByCity[words] }
  func officeIndex(of id: String) -> Int? { officeIndex[id] }

  // MARK: - Names

  private mutating func addNames() {
    var explicit: Set<[String]> = []
    for (index, actor) in registry.actors.enumerated() {
      // A form listed under `ambiguous_aliases` is ambiguous even when it is the name too
      // (`Labour Party`, a name several countries' parties share).
      let ambiguous = Set(actor.ambiguousAliases.map(NameFolding.keyTokens))
      for form in [actor.name] + actor.aliases + actor.ambiguousAliases {
        let keys = NameFolding.keyTokens(form)
        guard !keys.isEmpty else { continue }
        explicit.insert(keys)
        let name = PhraseTargets.Name(
          actor: index, isDerived: false, exact: NameFolding.isAcronym(form) ? exactTokens(form) : nil,
          needsCapital: form.unicodeScalars.first?.properties.isUppercase ?? false, isAmbiguous: ambiguous.contains(keys))
        trie.update(keys) { if !$0.names.contains(name) { $0.names.append(name) } }
      }
    }
    for (index, actor) in registry.actors.enumerated() where actor.kind == .person {
      for form in derivedForms(actor) {
        let keys = NameFolding.keyTokens(form)
        guard !keys.isEmpty, !explicit.contains(keys), !countryWords.contains(keys.joined(separator: " ")) else {
          continue
        }
        let name = PhraseTargets.Name(actor: index, isDerived: true, exact: nil, needsCapital: true)
        trie.update(keys) { if !$0.names.contains(name) { $0.names.append(name) } }
      }
      if let family = actor.familyName, !cues.commonFamilyNames.contains(NameFolding.key(family)) {
        let familyKey = NameFolding.key(family)
        fuzzy.add(familyKey, actor: index)
        // `Vladimir` of `Vladimir Putin`: the given names written before the family name.
        let words = NameFolding.keyTokens(actor.name)
        let familyWords = NameFolding.keyTokens(family)
        if words.count > familyWords.count, words.suffix(familyWords.count).elementsEqual(familyWords) {
          fuzzy.add(givenNames: Array(words.dropLast(familyWords.count)), family: familyKey, actor: index)
        }
      }
    }
  }

  /// Family-only and given + family forms of a person's name: the family name, each given
  /// name + family of the name and of aliases ending in the family name (`Tayyip
  /// Erdogan`), and the last word of two-word aliases that share the first name
  /// (`Volodymyr Zelensky`). Regnal names (`Elizabeth II`) and titled aliases (`Lord
  /// Cameron of Chipping Norton`, `Queen Elizabeth`) give no derived forms.
  private func derivedForms(_ actor: ActorRegistry.Entry) -> [String] {
    guard let family = actor.familyName else { return [] }
    let familyWords = family.split(separator: " ").map(String.init)
    if let last = familyWords.last, last.unicodeScalars.allSatisfy({ "IVX".unicodeScalars.contains($0) }) {
      return []
    }
    let familyKey = NameFolding.key(family)
    let canonicalFirst = actor.name.split(separator: " ").first.map { NameFolding.key(String($0)) }
    var forms = [family]
    for (position, full) in ([actor.name] + actor.aliases).enumerated() where !full.hasPrefix("@") {
      let words = full.split(separator: " ").map(String.init)
      guard words.count >= 2 else { continue }
      let tail = words.suffix(familyWords.count)
      if words.count > familyWords.count, NameFolding.key(tail.joined(separator: " ")) == familyKey {
        let given = words.dropLast(familyWords.count)
        let written = tail.joined(separator: " ")
        if written != family { forms.append(written) }
        if given.count >= 2 { forms += given.map { $0 + " " + written } }
      } else if position > 0, words.count == 2, NameFolding.key(words[0]) == canonicalFirst {
        forms.append(words[1])
      }
    }
    return forms
  }

  private func exactTokens(_ form: String) -> [String] {
    let tokens = Tokenizer.tokens(form)
    return tokens.indices.filter { !NameFolding.isJoiningHyphen(tokens, $0) }.map { tokens[$0].text }
  }

  /// For a title of several words with an acronym among them (`WHO head`, `UN chief`): the
  /// acronym's tokens as they must appear and `""` (any case) for the other words, so `who
  /// head` in `officials who head the ministries` is no title; nil when no word is an
  /// acronym.
  private func acronymWordTokens(_ phrase: String) -> [String]? {
    let tokens = Tokenizer.tokens(phrase)
    var exact: [String] = []
    var hasAcronym = false
    var word: [Int] = []
    func flush() {
      guard !word.isEmpty else { return }
      // `WHO's Director-General`: the possessive's `'s` may be written in any case.
      let possessive = word.count > 2 && ["'", "’"].contains(tokens[word[word.count - 2]].text)
        && tokens[word[word.count - 1]].text == "s"
      let stem = possessive ? Array(word.dropLast(2)) : word
      let isAcronym = NameFolding.isAcronym(stem.map { tokens[$0].text }.joined())
      hasAcronym = hasAcronym || isAcronym
      for i in word where !NameFolding.isJoiningHyphen(tokens, i) {
        exact.append(isAcronym && stem.contains(i) ? tokens[i].text : "")
      }
      word = []
    }
    for i in tokens.indices {
      if tokens[i].spaceBefore { flush() }
      word.append(i)
    }
    flush()
    return hasAcronym ? exact : nil
  }

  // MARK: - Titles

  private func positionTitles(_ position: String) -> [String] {
    if let entry = registry.positions.last(where: { $0.id == position }), !entry.titles.isEmpty {
      return entry.titles
    }
    return [position.replacingOccurrences(of: "-", with: " ")]
  }

  private mutating func addTitle(_ phrase: String, office: Int, bare: Bool, unless explicit: Set<[String]> = []) {
    let keys = NameFolding.keyTokens(phrase)
    if explicit.contains(keys) { return }
    let exact = NameFolding.isAcronym(phrase) ? exactTokens(phrase) : acronymWordTokens(phrase)
    trie.update(keys) { targets in
      var title = targets.title ?? PhraseTargets.Title()
      if !title.offices.contains(office) { title.offices.append(office) }
      title.isBare = title.isBare && bare
      title.exact = title.exact ?? exact
      targets.title = title
    }
  }

  private mutating func addTitles() {
    // An office's own title and aliases come first, and a phrase one of them names is not
    // also made from a position and a country or organization: `Russian leader`, an alias
    // of Russia's president, is not Russia's prime minister too because `leader` is a title
    // of both positions. (Bare positions stay shared: `the spokesman`.)
    var explicit: Set<[String]> = []
    for (index, office) in registry.offices.enumerated() {
      for phrase in [office.title] + office.aliases {
        addTitle(phrase, office: index, bare: false)
        explicit.insert(NameFolding.keyTokens(phrase))
      }
    }
    for (index, office) in registry.offices.enumerated() {
      guard let position = office.position else { continue }
      let titles = positionTitles(position)
      if let country = officeCountry[index].map({ registry.countries[$0] }) {
        let names = Set([country.name] + country.names)
        for title in titles {
          for demonym in country.demonyms { addTitle("\(demonym) \(title)", office: index, bare: false, unless: explicit) }
          for name in names {
            addTitle("\(name) \(title)", office: index, bare: false, unless: explicit)
            addTitle("\(name)'s \(title)", office: index, bare: false, unless: explicit)
            addTitle("\(title) of \(name)", office: index, bare: false, unless: explicit)
            addTitle("\(title) of the \(name)", office: index, bare: false, unless: explicit)
          }
        }
      }
      if let organization = officeOrganization[index].map({ registry.actors[$0] }) {
        for title in titles {
          for name in [organization.name] + organization.aliases where !name.hasPrefix("@") {
            addTitle("\(name) \(title)", office: index, bare: false, unless: explicit)
            addTitle("\(name)'s \(title)", office: index, bare: false, unless: explicit)
            addTitle("\(title) of \(name)", office: index, bare: false, unless: explicit)
            addTitle("\(title) of the \(name)", office: index, bare: false, unless: explicit)
          }
        }
      }
      for title in titles { addTitle(title, office: index, bare: true) }
    }
    for phrase in cues.companyTitles { addTitleNamingNoOffice(phrase) }
  }

  /// `chief executive`, `CEO` (`company_titles` of the cues): a title phrase naming no
  /// office, so the title rules of `ActorLinker.linkTitles` give the person next to it the
  /// title as written and the phrase alone names nobody. A phrase the registry already uses
  /// as a title keeps the registry's offices.
  private mutating func addTitleNamingNoOffice(_ phrase: String) {
    let keys = NameFolding.keyTokens(phrase)
    guard !keys.isEmpty else { return }
    let exact = NameFolding.isAcronym(phrase) ? exactTokens(phrase) : nil
    trie.update(keys) { targets in
      if targets.title == nil { targets.title = PhraseTargets.Title(offices: [], isBare: false, exact: exact) }
    }
  }

  private mutating func addCounterparts() {
    for (index, country) in registry.countries.enumerated() {
      for word in cues.counterpartWords {
        for demonym in country.demonyms {
          trie.update(NameFolding.keyTokens(demonym) + [word]) { $0.counterpartCountry = index }
        }
        for name in Set([country.name] + country.names) {
          trie.update(NameFolding.keyTokens(name + "'s") + [word]) { $0.counterpartCountry = index }
        }
      }
    }
  }
}

/// What the registry and the cues know about one folded word.
struct WordInfo: Sendable {
  /// The trie node the word leads to from the root, or -1.
  var root: Int32 = -1
  var flags: UInt32 = 0

  static let cueFirst: UInt32 = 1
  static let organizationHead: UInt32 = 2
  static let notName: UInt32 = 4
  static let countryWord: UInt32 = 8
  static let particle: UInt32 = 16
  static let connector: UInt32 = 32
  static let apposition: UInt32 = 64
  static let commonFamily: UInt32 = 128
  /// `the`, `a`, `an`.
  static let article: UInt32 = 256
  /// A head word that makes an organization's name a title (`chief` of `the EU chief`).
  static let titleHead: UInt32 = 512
  /// `vice`, `deputy`: a word that makes another title of the title after it.
  static let titleModifier: UInt32 = 1024
  /// `the`, `his`: a determiner that starts a role mention.
  static let determiner: UInt32 = 2048
  /// A registered person's given name (`vladimir`): a misspelt family name may follow
  /// (`FuzzyNameIndex.actor(afterGivenName:misspelling:)`).
  static let givenName: UInt32 = 4096
  /// `Office` of `Prosecutor General's Office`: after a possessive, a word that makes an
  /// organization of the capitalized words before it.
  static let possessiveOrganizationHead: UInt32 = 8192
  /// `gen` of `Gen.`, `inc` of `Inc.`: a word that is an abbreviation when a dot follows it.
  static let abbreviation: UInt32 = 16384
  /// `labour` of `Labour leader`: a party name that makes a head-word title the party's.
  static let partyName: UInt32 = 32768
  /// `fed`: a registered one-word name that is also an English word (`Fed up with`).
  static let wordName: UInt32 = 65536
  /// `up`, `by`: after a sentence-initial `wordName`, a word that shows the English sense.
  static let wordSenseFollower: UInt32 = 131072
  /// `former`, `ex`, `then`: before a title, a word that makes it one held before.
  static let pastTitleWord: UInt32 = 262144
  /// `ex`, `then`: a past-title word only when a hyphen joins it to the title.
  static let pastTitleWordHyphenated: UInt32 = 524288
  /// `who`, `whose`: after a name and a comma, a word that shows the name is a person's.
  static let personRelative: UInt32 = 1_048_576
  /// `succeeding`, `arrested`, `said`: a verb whose object right after it, when a name,
  /// is a person's.
  static let personVerb: UInt32 = 2_097_152
  /// `said`, `says`: a person verb whose name must end its clause (`speech_verbs`).
  static let speechVerb: UInt32 = 4_194_304
  /// `his`, `her`, `its`, `their`, `whose`: a possessive word before a phrase that may
  /// describe the name after a comma (`possessive_words`).
  static let possessiveWord: UInt32 = 8_388_608
  /// A preposition, conjunction or verb that breaks an apposition phrase (`ActorLinker.phraseBreaks`).
  static let phraseBreak: UInt32 = 16_777_216
  /// A word that may end a title phrase after its title (`ActorLinker.titleEnds`).
  static let titleEnd: UInt32 = 33_554_432
}
