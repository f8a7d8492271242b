import Foundation
import Yams

/// The words and signs the figure extractor reads around numbers: currencies, qualifiers,
/// scale words, time units and counted nouns, loaded from two data files
/// (`Resources/figures-currencies.yaml`, `Resources/figures-words.yaml`).
public struct FigureLexicon: Sendable {
  /// A currency as the money rules need it.
  public struct Currency: Sendable, Hashable, Codable {
    public var code: String
    public var symbols: [String]
    public var codes: [String]?
    public var names: [String]
    public var minor: [String]
    /// Signs that are this currency only before a large amount, glued (`R5bn`, not `R2`).
    public var largeSymbols: [String]?
    /// Names that are this currency only after a large amount (`5 trillion won`, not `3 won`).
    public var largeNames: [String]?

    enum CodingKeys: String, CodingKey {
      case code, symbols, codes, names, minor
      case largeSymbols = "large-symbols"
      case largeNames = "large-names"
    }
  }

  /// A hundredth unit written without its currency (`10 cents`).
  public struct StandaloneMinor: Sendable, Hashable, Codable {
    public var unit: String
    /// The currency a hundredth of which the name is when the text names none whose minor
    /// unit it is (`cents` → `USD`, `pence` → `GBP`); nil keeps the count as written.
    public var currency: String?
    public var symbols: [String]
    public var names: [String]
  }

  /// ISO code by sign written before or after an amount (`$`, `US$`, `Rs`, `€`).
  public internal(set) var symbols: [String: String] = [:]
  /// ISO code by letter code (`USD`, `RM`, `NIS`), matched case-sensitively.
  public internal(set) var codes: [String: String] = [:]
  /// ISO code by lower-case name, one or two words (`dollars`, `us dollars`).
  public internal(set) var names: [String: String] = [:]
  /// ISO code by sign that is money only before a large amount, as written (`R`).
  public internal(set) var largeSymbols: [String: String] = [:]
  /// ISO code by lower-case name that is money only after a large amount (`won`).
  public internal(set) var largeNames: [String: String] = [:]
  /// What a lower-case word may start, as `WordClass` bits: one lookup per word lets the
  /// scanner skip every rule that cannot apply.
  public internal(set) var wordClasses: [String: UInt8] = [:]
  /// Which (first letter, last letter, length) triples some classed word has: a cheap test
  /// that answers "no class" for most words without hashing them.
  var classShapes = [Bool](repeating: false, count: 32 * 32 * 16)

  static func shape(_ utf8: String.UTF8View) -> Int? {
    let count = utf8.count
    guard count > 0 else { return nil }
    let first = utf8[utf8.startIndex]
    let last = utf8[utf8.index(utf8.startIndex, offsetBy: count - 1)]
    let length = min(count, 15)
    return (Int(first | 0x20) & 31) * 512 + (Int(last | 0x20) & 31) * 16 + length
  }

  /// The `WordClass` bits of a word as written, in any case.
  public func wordClass(_ word: String) -> UInt8 {
    if let shape = Self.shape(word.utf8), !classShapes[shape] { return 0 }
    let lower = FigureScanner.lowercase(word)
    var bits = wordClasses[lower] ?? 0
    if bits & WordClass.number == 0, NumberWords.gluedCompound(lower) != nil { bits |= WordClass.number }
    return bits
  }

  /// The keys of `wordClasses` with ids, looked up from a token's bytes without a `String`
  /// (`Extract/Shared/Vocabulary.swift`), and the class bits of each id.
  var classVocabulary = Vocabulary()
  var classOfID: [UInt8] = []
  /// Single ASCII signs that are currency symbols (`$`), by byte.
  var asciiSymbolSigns = [Bool](repeating: false, count: 128)

  /// `wordClass(_:)` of a word given as its UTF-8 bytes: ASCII words are answered without
  /// making a `String` (a glued compound such as `thirtyfirst` still makes one).
  func wordClass(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    let count = bytes.count
    guard count > 0 else { return 0 }
    let shape = (Int(bytes[0] | 0x20) & 31) * 512 + (Int(bytes[count - 1] | 0x20) & 31) * 16 + min(count, 15)
    guard classShapes[shape] else { return 0 }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      if byte >= 0x80 { return wordClass(String(decoding: bytes, as: UTF8.self)) }
      hash = (hash ^ UInt64(ASCIICase.lower(byte))) &* 0x0000_0100_0000_01b3
    }
    var bits = classVocabulary.id(lowercasing: bytes, hash: hash | 1).map { classOfID[Int($0)] } ?? 0
    // `NumberWords.gluedCompound` needs 8 to 14 letters: skip the `String` for the rest.
    if bits & WordClass.number == 0, count >= 8, count <= 14,
      NumberWords.gluedCompound(FigureScanner.lowercase(utf8: bytes)) != nil
    {
      bits |= WordClass.number
    }
    return bits
  }

  /// The first token (letters only) of every name, to skip the phrase match for most words.
  public internal(set) var nameHeads: Set<String> = []
  /// Lower-case hundredth-unit names by ISO code (`USD` -> cents).
  public internal(set) var minorNames: [String: Set<String>] = [:]
  /// Unit by lower-case standalone minor name or sign (`cents`, `¢` -> cent).
  public internal(set) var standaloneMinor: [String: String] = [:]
  /// The currency each standalone minor unit is a hundredth of when the text names no other.
  public internal(set) var minorCurrency: [String: String] = [:]

  public internal(set) var qualifiers: [String: FigureItem.Mod] = [:]
  /// Bounds written after a number (`or more`, `or fewer`), by lower-case phrase.
  public internal(set) var qualifiersAfter: [String: FigureItem.Mod] = [:]
  /// First words of `qualifiersAfter` (`or`): the cheap test before a phrase is made.
  public internal(set) var qualifierAfterHeads: Set<String> = []
  /// The longest qualifier in words, to bound the look-ahead.
  public internal(set) var longestQualifier = 1
  /// First words of the qualifiers.
  public internal(set) var qualifierHeads: Set<String> = []
  /// Qualifiers by first word, as word lists, longest first: matched token by token.
  var qualifierPhrases: [String: [(words: [String], mod: FigureItem.Mod)]] = [:]
  public internal(set) var scaleWords: [String: Double] = [:]
  public internal(set) var scaleSuffixes: [String: Double] = [:]
  public internal(set) var multipliers: [String: Double] = [:]
  /// Slang multipliers that make money without naming the currency (`grand`).
  public internal(set) var moneyMultipliers: [String: Double] = [:]
  public internal(set) var vague: [String: Double] = [:]
  /// Plural words that are vague only before `of` and a noun (`scores of aftershocks`).
  public internal(set) var vagueBeforeOf: [String: Double] = [:]
  /// Words that make a scale word vague (`several thousand`).
  public internal(set) var vagueDeterminers: Set<String> = []
  public internal(set) var percentWords: Set<String> = []
  /// The first word of each of `percentWords` (`per` for `per cent`): where a phrase can start.
  public internal(set) var percentFirstWords: Set<String> = []
  public internal(set) var timeUnits: Set<String> = []
  public internal(set) var durationAdjectives: Set<String> = []
  public internal(set) var timeOfDay: Set<String> = []
  public internal(set) var months: Set<String> = []
  public internal(set) var determiners: Set<String> = []
  public internal(set) var countedNouns: Set<String> = []
  public internal(set) var notUnits: Set<String> = []
  public internal(set) var notNames: Set<String> = []
  public internal(set) var dayCount: Set<String> = []
  /// Words before a score that make it one result (`won 2-0`), and after it (`a 3-1 victory`).
  public internal(set) var scoreVerbs: Set<String> = []
  public internal(set) var scoreNouns: Set<String> = []
  /// Counted nouns that may stand between a score and its noun (`a 3-1 home win`).
  public internal(set) var scoreModifiers: Set<String> = []
  /// Words that make the number after them a rank (`No. 2`).
  public internal(set) var rankMarkers: Set<String> = []
  /// Lower-case words after which `No. 2` is a rank (`world`, `ranked`, `is`); after
  /// another word it is a label (`team no. 225`, `Resolution No. 5`).
  public internal(set) var rankPreceders: Set<String> = []
  /// Lower-case words that end a name an ordinal begins (`64th Motorized Rifle Brigade
  /// headquarters`): with one of them the ordinal is the name's, not the noun's after it.
  public internal(set) var ordinalNameEnds: Set<String> = []
  /// Measure words written before the number they measure (`magnitude 7.8`): its unit.
  public internal(set) var unitsBefore: Set<String> = []
  /// Adjectives between a number and its counted noun, never the unit themselves (`2,345 new
  /// cases`, `20 additional staff`, `third consecutive title`).
  public internal(set) var unitAdjectives: Set<String> = []
  /// Irregular simple pasts that are no participle (`went`, `took`): they end the noun phrase
  /// before them and are never a unit.
  public internal(set) var pastTenses: Set<String> = []
  /// Irregular participles and pasts that are also participles or nouns (`held`, `set`): no
  /// unit alone after a count of many, but modifiers before a noun (`5 broken windows`).
  public internal(set) var pastParticiples: Set<String> = []
  /// Units of several words, as lower-case phrases with a space or a hyphen between words as
  /// written (`basis points`, `square kilometres`, `parts per million`, `light-years`): the
  /// counted noun is the phrase.
  public internal(set) var compoundUnits: Set<String> = []
  /// The first word of each of `compoundUnits`: where such a unit can start.
  public internal(set) var compoundUnitHeads: Set<String> = []
  /// The most words of any of `compoundUnits`.
  public internal(set) var longestCompoundUnit = 2
  /// Nouns after a glued `C` or `F` that keep it degrees after a determiner (`the 1.5C
  /// target`); before another noun it is a code (`the 4F form`).
  public internal(set) var degreeNouns: Set<String> = []
  /// Words after a glued `m` that make it metres, not millions (`the 100m final`, `300m long`).
  public internal(set) var metreWords: Set<String> = []
  /// Words that make a sentence about running or racing (`ran`, `swam`, `Olympics`): there a
  /// glued `m` with no noun after it is metres (`He ran 100m in 9.58 seconds`).
  public internal(set) var metreContextWords: Set<String> = []
  /// Words that make a sentence about money (`debts`, `worth`, `raised`): a glued `m` there
  /// stays millions whatever else the sentence says (`He ran up debts of 100m.`).
  public internal(set) var moneyContextWords: Set<String> = []

  private struct CurrencyFile: Codable {
    var version: Int
    var currencies: [Currency]
    var standaloneMinor: [StandaloneMinor]

    enum CodingKeys: String, CodingKey {
      case version, currencies
      case standaloneMinor = "standalone-minor"
    }
  }

  private struct WordsFile: Codable {
    struct Scales: Codable {
      var words: [String: Double]
      var suffixes: [String: Double]
      var multipliers: [String: Double]
      var money: [String: Double]?
    }
    var version: Int
    var qualifiers: [String: [String]]
    var qualifiersAfter: [String: [String]]?
    var scales: Scales
    var vague: [String: Double]
    var vagueBeforeOf: [String: Double]?
    var vagueDeterminers: [String]?
    var percent: [String]
    var timeUnits: [String]
    var timeOfDay: [String]
    var durationAdjectives: [String]?
    var months: [String]
    var determiners: [String]
    var countedNouns: [String]
    var notUnits: [String]
    var notNames: [String]
    var dayCount: [String]
    var scoreVerbs: [String]?
    var scoreNouns: [String]?
    var scoreModifiers: [String]?
    var rankMarkers: [String]?
    var rankPreceders: [String]?
    var ordinalNameEnds: [String]?
    var unitsBefore: [String]?
    var unitAdjectives: [String]?
    var compoundUnits: [String]?
    var pastTenses: [String]?
    var pastParticiples: [String]?
    var degreeNouns: [String]?
    var metreWords: [String]?
    var metreContextWords: [String]?
    var moneyContextWords: [String]?

    enum CodingKeys: String, CodingKey {
      case version, qualifiers, scales, vague, percent, months, determiners
      case qualifiersAfter = "qualifiers-after"
      case timeUnits = "time-units"
      case timeOfDay = "time-of-day"
      case durationAdjectives = "duration-adjectives"
      case countedNouns = "counted-nouns"
      case vagueDeterminers = "vague-determiners"
      case vagueBeforeOf = "vague-before-of"
      case notUnits = "not-units"
      case notNames = "not-names"
      case dayCount = "day-count"
      case scoreVerbs = "score-verbs"
      case scoreNouns = "score-nouns"
      case scoreModifiers = "score-modifiers"
      case rankMarkers = "rank-markers"
      case rankPreceders = "rank-preceders"
      case ordinalNameEnds = "ordinal-name-ends"
      case unitsBefore = "units-before"
      case unitAdjectives = "unit-adjectives"
      case compoundUnits = "compound-units"
      case pastTenses = "past-tenses"
      case pastParticiples = "past-participles"
      case degreeNouns = "degree-nouns"
      case metreWords = "metre-words"
      case metreContextWords = "metre-context-words"
      case moneyContextWords = "money-context-words"
    }
  }

  /// Reads the two data files' contents. Throws naming the file, the entry and the problem.
  public init(currenciesYAML: String, wordsYAML: String) throws(DataFileError) {
    let currencyFile = "figures-currencies.yaml"
    let wordsFile = "figures-words.yaml"
    let currencies: CurrencyFile
    let words: WordsFile
    do {
      currencies = try YAMLDecoder().decode(CurrencyFile.self, from: currenciesYAML)
    } catch {
      throw DataFileError(file: currencyFile, problem: "not a valid currency file: \(error)")
    }
    do {
      words = try YAMLDecoder().decode(WordsFile.self, from: wordsYAML)
    } catch {
      throw DataFileError(file: wordsFile, problem: "not a valid figure word file: \(error)")
    }
    for currency in currencies.currencies {
      guard currency.code.count == 3, currency.code.allSatisfy(\.isUppercase) else {
        throw DataFileError(file: currencyFile, entry: currency.code, problem: "the code must be three capital letters (ISO 4217)")
      }
      codes[currency.code] = codes[currency.code] ?? currency.code
      for code in currency.codes ?? [] where codes[code] == nil { codes[code] = currency.code }
      for symbol in currency.symbols where symbols[symbol] == nil { symbols[symbol] = currency.code }
      for name in currency.names {
        let key = name.lowercased()
        guard key.split(separator: " ").count <= 3 else {
          throw DataFileError(file: currencyFile, entry: currency.code, problem: "name \"\(name)\" has more than three words")
        }
        if names[key] == nil { names[key] = currency.code }
      }
      minorNames[currency.code, default: []].formUnion(currency.minor.map { $0.lowercased() })
      for symbol in currency.largeSymbols ?? [] where largeSymbols[symbol] == nil { largeSymbols[symbol] = currency.code }
      for name in currency.largeNames ?? [] where largeNames[name.lowercased()] == nil {
        largeNames[name.lowercased()] = currency.code
      }
    }
    nameHeads = Set(names.keys.map { String($0.prefix { $0.isLetter }) })
    for minor in currencies.standaloneMinor {
      for name in minor.names + minor.symbols { standaloneMinor[name.lowercased()] = minor.unit }
      if let code = minor.currency {
        guard minorNames[code] != nil else {
          throw DataFileError(file: currencyFile, entry: "standalone-minor.\(minor.unit)", problem: "currency \(code) is not a listed currency")
        }
        minorCurrency[minor.unit] = code
      }
    }
    func byPhrase(_ table: [String: [String]], entry: String) throws(DataFileError) -> [String: FigureItem.Mod] {
      var found: [String: FigureItem.Mod] = [:]
      for (mod, phrases) in table {
        guard let value = FigureItem.Mod(rawValue: mod) else {
          throw DataFileError(file: wordsFile, entry: "\(entry).\(mod)", problem: "unknown mod; use more_than, less_than or approx")
        }
        for phrase in phrases { found[phrase.lowercased()] = value }
      }
      return found
    }
    qualifiers = try byPhrase(words.qualifiers, entry: "qualifiers")
    longestQualifier = qualifiers.keys.map { $0.split(separator: " ").count }.max() ?? 1
    qualifiersAfter = try byPhrase(words.qualifiersAfter ?? [:], entry: "qualifiers-after")
    qualifierAfterHeads = Set(qualifiersAfter.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
    if let long = qualifiersAfter.keys.first(where: { $0.split(separator: " ").count != 2 }) {
      throw DataFileError(file: wordsFile, entry: "qualifiers-after", problem: "\"\(long)\" is not two words (\"or more\")")
    }
    scaleWords = words.scales.words
    scaleSuffixes = words.scales.suffixes
    multipliers = words.scales.multipliers
    moneyMultipliers = words.scales.money ?? [:]
    vague = words.vague
    vagueBeforeOf = words.vagueBeforeOf ?? [:]
    vagueDeterminers = Set(words.vagueDeterminers ?? [])
    percentWords = Set(words.percent)
    percentFirstWords = Set(percentWords.map { String($0.prefix { $0 != " " }) })
    timeUnits = Set(words.timeUnits)
    timeOfDay = Set(words.timeOfDay)
    durationAdjectives = Set(words.durationAdjectives ?? [])
    months = Set(words.months)
    determiners = Set(words.determiners)
    countedNouns = Set(words.countedNouns)
    notUnits = Set(words.notUnits)
    notNames = Set(words.notNames)
    dayCount = Set(words.dayCount)
    scoreVerbs = Set(words.scoreVerbs ?? [])
    scoreNouns = Set(words.scoreNouns ?? [])
    scoreModifiers = Set(words.scoreModifiers ?? [])
    rankMarkers = Set(words.rankMarkers ?? [])
    rankPreceders = Set(words.rankPreceders ?? [])
    ordinalNameEnds = Set(words.ordinalNameEnds ?? [])
    unitsBefore = Set(words.unitsBefore ?? [])
    unitAdjectives = Set(words.unitAdjectives ?? [])
    pastTenses = Set(words.pastTenses ?? [])
    pastParticiples = Set(words.pastParticiples ?? [])
    compoundUnits = Set((words.compoundUnits ?? []).map { $0.lowercased() })
    for unit in compoundUnits {
      let parts = unit.split(whereSeparator: { $0 == " " || $0 == "-" })
      guard parts.count >= 2, parts.count <= 4 else {
        throw DataFileError(file: wordsFile, entry: "compound-units", problem: "\"\(unit)\" is not two to four words")
      }
      compoundUnitHeads.insert(String(parts[0]))
      longestCompoundUnit = max(longestCompoundUnit, parts.count)
    }
    degreeNouns = Set(words.degreeNouns ?? [])
    metreWords = Set(words.metreWords ?? [])
    metreContextWords = Set(words.metreContextWords ?? [])
    moneyContextWords = Set(words.moneyContextWords ?? [])
    func mark(_ words: some Sequence<String>, _ bit: UInt8) {
      for word in words where !word.isEmpty { wordClasses[word, default: 0] |= bit }
    }
    mark(months, WordClass.month)
    mark(dayCount, WordClass.dayCount)
    qualifierHeads = Set(qualifiers.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
    for (phrase, mod) in qualifiers {
      let words = phrase.split(separator: " ").map(String.init)
      guard let head = words.first else { continue }
      qualifierPhrases[head, default: []].append((words, mod))
    }
    for head in qualifierPhrases.keys {
      qualifierPhrases[head]?.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.joined() < $1.words.joined() }
    }
    mark(qualifierHeads, WordClass.qualifier)
    mark((Array(codes.keys) + Array(symbols.keys) + Array(largeSymbols.keys)).map { String($0.prefix { $0.isLetter }).lowercased() }, WordClass.currency)
    mark(NumberWords.starters.union(["dozen", "pair"]).union(multipliers.keys), WordClass.number)
    mark(vague.keys, WordClass.vague)
    mark(vagueBeforeOf.keys, WordClass.vague)
    mark(vagueDeterminers, WordClass.vague)
    mark(["a", "an", "half", "minus", "negative", "between", "from", "http", "https", "www"], WordClass.other)
    for word in wordClasses.keys { if let shape = Self.shape(word.utf8) { classShapes[shape] = true } }
    for (word, bits) in wordClasses.sorted(by: { $0.key < $1.key }) {
      let id = classVocabulary.intern(word)
      if Int(id) == classOfID.count { classOfID.append(bits) } else { classOfID[Int(id)] |= bits }
    }
    classVocabulary.seal()
    for symbol in symbols.keys where symbol.utf8.count == 1 {
      if let byte = symbol.utf8.first, byte < 0x80 { asciiSymbolSigns[Int(byte)] = true }
    }
    // Glued compounds (`thirtyfirst`) have no key: mark their shapes from the tens and units.
    for ten in NumberWords.tens.keys {
      for rest in Array(NumberWords.units.keys) + Array(NumberWords.ordinalUnits.keys) {
        if let shape = Self.shape((ten + rest).utf8) { classShapes[shape] = true }
      }
    }
  }

  /// The lexicon shipped in the package.
  public static func bundled() throws(DataFileError) -> FigureLexicon {
    let currencies = String(decoding: try BundledResource.data("figures-currencies.yaml"), as: UTF8.self)
    let words = String(decoding: try BundledResource.data("figures-words.yaml"), as: UTF8.self)
    return try FigureLexicon(currenciesYAML: currencies, wordsYAML: words)
  }

  /// Loaded once per process: the shipped files never change while it runs.
  static let shipped: Result<FigureLexicon, DataFileError> = Result { () throws(DataFileError) in try bundled() }
}

/// Bits of `FigureLexicon.wordClasses`.
enum WordClass {
  static let month: UInt8 = 1
  static let dayCount: UInt8 = 2
  static let qualifier: UInt8 = 4
  static let currency: UInt8 = 8
  static let number: UInt8 = 16
  static let vague: UInt8 = 32
  static let other: UInt8 = 64
  /// Set by the scanner on numbers and on signs a figure may start with (`$`, `.`, `-`).
  static let start: UInt8 = 128
}
