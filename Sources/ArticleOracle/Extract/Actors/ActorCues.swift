import Yams

/// The words the linker reads around names, from `Resources/actor-cues.yaml`: title cues
/// that reveal unregistered people and organizations, titles that name no office, name
/// particles, words that never make a name, counterpart words and determiners. Stored
/// folded, except the titles.
public struct ActorCues: Hashable, Sendable {
  /// Folded token sequences of titles that precede a person's name.
  var personTitles: [[String]]
  /// Folded token sequences of the person titles that are forms of address (`Mr.`): they
  /// reveal a person but are not a role the article gives.
  var honorifics: Set<[String]>
  /// Forms of address followed by a given name (`Sir John Egan`, later `Sir John`): one
  /// name word after them is the given name of a person named in full. Also honorifics.
  var givenNameHonorifics: Set<[String]>
  /// Folded token sequences of words that describe a person before the name (`teacher`,
  /// `figure skater`, `first lady`): like a title they reveal a person, but they are no
  /// role. They are person titles too (`personTitles` holds them).
  var personDescriptions: Set<[String]>
  var personAppositions: Set<String>
  /// Folded words that, after a name and a comma, make it a person's (`who`).
  var personRelatives: Set<String>
  /// Folded verbs whose object, when a name, is a person (`succeeding`, `arrested`).
  var personVerbs: Set<String>
  /// Folded verbs of speech (`said`) after which a name that ends its clause is a person.
  var speechVerbs: Set<String>
  /// Folded possessive words (`his`, `its`) before a phrase describing a name after a comma.
  var possessiveWords: Set<String>
  /// Folded verbs after which a title is the role the subject takes (`elected`, `became`):
  /// no mention of the office's holder.
  var predicativeWords: Set<String>
  /// Titles that name no registered office (`chief executive`, `CEO`), as written: the
  /// linker compiles them into its trie as title phrases.
  var companyTitles: [String]
  var organizationHeads: Set<String>
  /// The written forms of organization heads listed in capitals (`PLC`, `Plc`, `SA`), by
  /// folded key: such a head counts only when written as listed.
  var exactCaseOrganizationHeads: [String: Set<String>]
  /// Folded demonyms that may open an organization's name though they never make a person's
  /// (`Indian` of `Indian Space Research Organisation`).
  var organizationOpeners: Set<String>
  /// Words that make an organization of the capitalized words and possessive before them
  /// (`Office` of `Prosecutor General's Office`).
  var possessiveOrganizationHeads: Set<String>
  var nameParticles: Set<String>
  var organizationConnectors: Set<String>
  /// Exact (case-sensitive) capitalized words that are not names.
  var notNames: Set<String>
  var counterpartWords: Set<String>
  var determiners: Set<String>
  var titleHeads: Set<String>
  var titleModifiers: Set<String>
  /// Folded party names that make a head-word title the party's (`Labour leader`), not an
  /// office of the government (`Labour Prime Minister` keeps it).
  var partyNames: Set<String>
  /// Folded one-word registered names that are also English words (`fed`): at a sentence
  /// start before a word of `wordSenseFollowers` (`Fed up with`) they are the word.
  var wordNames: Set<String>
  var wordSenseFollowers: Set<String>
  /// Folded words that make the title after them a past one (`former`; `ex` and `then` only
  /// hyphen-joined: `pastTitleWordsHyphenated`).
  var pastTitleWords: Set<String>
  var pastTitleWordsHyphenated: Set<String>
  /// Folded family names that link alone only when the person is named in full.
  var commonFamilyNames: Set<String>
  /// Folded words that are abbreviations when a dot follows (`gen` of `Gen.`, `inc` of
  /// `Inc.`): the listed ones and every word written with a dot in `person_titles`. Such a
  /// word stops a name; any other word before a dot (`Reno.` at a sentence end) may end one.
  var abbreviations: Set<String>

  private struct File: Decodable {
    var version: Int
    var personTitles: [String]
    var honorifics: [String]
    var givenNameHonorifics: [String]
    var personDescriptions: [String]?
    var personAppositions: [String]
    var personRelatives: [String]?
    var personVerbs: [String]?
    var speechVerbs: [String]?
    var possessiveWords: [String]?
    var predicativeWords: [String]?
    var companyTitles: [String]
    var organizationHeads: [String]
    var organizationOpeners: [String]
    var possessiveOrganizationHeads: [String]
    var nameParticles: [String]
    var organizationConnectors: [String]
    var notNames: [String]
    var counterpartWords: [String]
    var determiners: [String]
    var titleHeads: [String]
    var titleModifiers: [String]
    var partyNames: [String]?
    var wordNames: [String]?
    var wordSenseFollowers: [String]?
    var pastTitleWords: [String]?
    var pastTitleWordsHyphenated: [String]?
    var commonFamilyNames: [String]
    var abbreviations: [String]

    enum CodingKeys: String, CodingKey {
      case version, determiners
      case personTitles = "person_titles"
      case honorifics
      case givenNameHonorifics = "given_name_honorifics"
      case personDescriptions = "person_descriptions"
      case personAppositions = "person_appositions"
      case personRelatives = "person_relatives"
      case personVerbs = "person_verbs"
      case speechVerbs = "speech_verbs"
      case possessiveWords = "possessive_words"
      case predicativeWords = "predicative_words"
      case companyTitles = "company_titles"
      case organizationHeads = "organization_heads"
      case organizationOpeners = "organization_openers"
      case possessiveOrganizationHeads = "possessive_organization_heads"
      case nameParticles = "name_particles"
      case organizationConnectors = "organization_connectors"
      case notNames = "not_names"
      case counterpartWords = "counterpart_words"
      case titleHeads = "title_heads"
      case titleModifiers = "title_modifiers"
      case partyNames = "party_names"
      case wordNames = "word_names"
      case wordSenseFollowers = "word_sense_followers"
      case pastTitleWords = "past_title_words"
      case pastTitleWordsHyphenated = "past_title_words_hyphenated"
      case commonFamilyNames = "common_family_names"
      case abbreviations
    }
  }

  /// Parses a cues file; `file` names it in errors.
  public init(yaml: String, file: String) throws(DataFileError) {
    let parsed: File
    do {
      parsed = try YAMLDecoder().decode(File.self, from: yaml)
    } catch let error as DecodingError {
      throw DataFileError(file: file, entry: error.entryPath, problem: error.problem)
    } catch {
      throw DataFileError(file: file, problem: "not a cues file: \(error)")
    }
    func folded(_ words: [String]) -> Set<String> { Set(words.map(NameFolding.key)) }
    let titles = parsed.personTitles.map(NameFolding.keyTokens).filter { !$0.isEmpty }
    for (entry, list) in [("honorifics", parsed.honorifics), ("given_name_honorifics", parsed.givenNameHonorifics)] {
      if let stray = list.first(where: { !titles.contains(NameFolding.keyTokens($0)) }) {
        throw DataFileError(file: file, entry: entry, problem: "\"\(stray)\" is not in person_titles; add it there too")
      }
    }
    let descriptions = (parsed.personDescriptions ?? []).map(NameFolding.keyTokens).filter { !$0.isEmpty }
    personDescriptions = Set(descriptions)
    personTitles = titles + descriptions.filter { !titles.contains($0) }
    givenNameHonorifics = Set(parsed.givenNameHonorifics.map(NameFolding.keyTokens))
    honorifics = Set(parsed.honorifics.map(NameFolding.keyTokens)).union(givenNameHonorifics)
    personAppositions = folded(parsed.personAppositions)
    personRelatives = folded(parsed.personRelatives ?? [])
    personVerbs = folded(parsed.personVerbs ?? [])
    speechVerbs = folded(parsed.speechVerbs ?? [])
    possessiveWords = folded(parsed.possessiveWords ?? [])
    predicativeWords = folded(parsed.predicativeWords ?? [])
    companyTitles = parsed.companyTitles
    organizationHeads = folded(parsed.organizationHeads)
    var exactCase: [String: Set<String>] = [:]
    for written in parsed.organizationHeads where written.count >= 2 && written.allSatisfy(\.isUppercase) {
      exactCase[NameFolding.key(written), default: []].insert(written)
    }
    for written in parsed.organizationHeads where exactCase[NameFolding.key(written)] != nil {
      exactCase[NameFolding.key(written), default: []].insert(written)
    }
    exactCaseOrganizationHeads = exactCase
    organizationOpeners = folded(parsed.organizationOpeners)
    possessiveOrganizationHeads = folded(parsed.possessiveOrganizationHeads)
    nameParticles = folded(parsed.nameParticles)
    organizationConnectors = folded(parsed.organizationConnectors)
    notNames = Set(parsed.notNames)
    counterpartWords = folded(parsed.counterpartWords)
    determiners = folded(parsed.determiners)
    titleHeads = folded(parsed.titleHeads)
    titleModifiers = folded(parsed.titleModifiers)
    partyNames = folded(parsed.partyNames ?? [])
    wordNames = folded(parsed.wordNames ?? [])
    wordSenseFollowers = folded(parsed.wordSenseFollowers ?? [])
    pastTitleWords = folded(parsed.pastTitleWords ?? [])
    pastTitleWordsHyphenated = folded(parsed.pastTitleWordsHyphenated ?? [])
    commonFamilyNames = folded(parsed.commonFamilyNames)
    var dotted = Set<String>()
    for title in titles {
      for (word, next) in zip(title, title.dropFirst()) where next == "." { dotted.insert(word) }
    }
    for written in parsed.abbreviations {
      let words = NameFolding.keyTokens(written)
      guard words.count == 1 || (words.count == 2 && words[1] == "."), let word = words.first, word != "." else {
        throw DataFileError(
          file: file, entry: "abbreviations", problem: "\"\(written)\" is not one word (write it without spaces)")
      }
      dotted.insert(word)
    }
    abbreviations = dotted
  }

  /// The cues shipped with the package.
  public static func bundled() throws(DataFileError) -> ActorCues { try bundledResult.get() }

  private static let bundledResult: Result<ActorCues, DataFileError> = Result {
    () throws(DataFileError) -> ActorCues in
    let data = try BundledResource.data("actor-cues.yaml")
    return try ActorCues(yaml: String(decoding: data, as: UTF8.self), file: "actor-cues.yaml")
  }
}
