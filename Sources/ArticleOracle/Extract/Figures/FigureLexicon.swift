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
  }

  /// A hundredth unit written without its currency (`10 cents`).
  public struct StandaloneMinor: Sendable, Hashable, Codable {
    public var unit: String
    public var symbols: [String]
    public var names: [String]
  }

  /// ISO code by sign written before or after an amount (`$`, `US$`, `Rs`, `€`).
  public internal(set) var symbols: [String: String] = [:]
  /// ISO code by letter code (`USD`, `RM`, `NIS`), matched case-sensitively.
  public internal(set) var codes: [String: String] = [:]
  /// ISO code by lower-case name, one or two words (`dollars`, `us dollars`).
  public internal(set) var names: [String: String] = [:]
  /// The first token (letters only) of every name, to skip the phrase match for most words.
  public internal(set) var nameHeads: Set<String> = []
  /// Lower-case hundredth-unit names by ISO code (`USD` -> cents).
  public internal(set) var minorNames: [String: Set<String>] = [:]
  /// Unit by lower-case standalone minor name or sign (`cents`, `¢` -> cent).
  public internal(set) var standaloneMinor: [String: String] = [:]

  public internal(set) var qualifiers: [String: FigureItem.Mod] = [:]
  /// The longest qualifier in words, to bound the look-ahead.
  public internal(set) var longestQualifier = 1
  public internal(set) var scaleWords: [String: Double] = [:]
  public internal(set) var scaleSuffixes: [String: Double] = [:]
  public internal(set) var multipliers: [String: Double] = [:]
  /// Slang multipliers that make money without naming the currency (`grand`).
  public internal(set) var moneyMultipliers: [String: Double] = [:]
  public internal(set) var vague: [String: Double] = [:]
  public internal(set) var percentWords: Set<String> = []
  public internal(set) var timeUnits: Set<String> = []
  public internal(set) var durationAdjectives: Set<String> = []
  public internal(set) var timeOfDay: Set<String> = []
  public internal(set) var months: Set<String> = []
  public internal(set) var determiners: Set<String> = []
  public internal(set) var countedNouns: Set<String> = []
  public internal(set) var notUnits: Set<String> = []
  public internal(set) var notNames: Set<String> = []
  public internal(set) var dayCount: Set<String> = []

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
    var scales: Scales
    var vague: [String: Double]
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

    enum CodingKeys: String, CodingKey {
      case version, qualifiers, scales, vague, percent, months, determiners
      case timeUnits = "time-units"
      case timeOfDay = "time-of-day"
      case durationAdjectives = "duration-adjectives"
      case countedNouns = "counted-nouns"
      case notUnits = "not-units"
      case notNames = "not-names"
      case dayCount = "day-count"
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
    }
    nameHeads = Set(names.keys.map { String($0.prefix { $0.isLetter }) })
    for minor in currencies.standaloneMinor {
      for name in minor.names + minor.symbols { standaloneMinor[name.lowercased()] = minor.unit }
    }
    for (mod, phrases) in words.qualifiers {
      guard let value = FigureItem.Mod(rawValue: mod) else {
        throw DataFileError(file: wordsFile, entry: "qualifiers.\(mod)", problem: "unknown mod; use more_than, less_than or approx")
      }
      for phrase in phrases {
        qualifiers[phrase.lowercased()] = value
        longestQualifier = max(longestQualifier, phrase.split(separator: " ").count)
      }
    }
    scaleWords = words.scales.words
    scaleSuffixes = words.scales.suffixes
    multipliers = words.scales.multipliers
    moneyMultipliers = words.scales.money ?? [:]
    vague = words.vague
    percentWords = Set(words.percent)
    timeUnits = Set(words.timeUnits)
    timeOfDay = Set(words.timeOfDay)
    durationAdjectives = Set(words.durationAdjectives ?? [])
    months = Set(words.months)
    determiners = Set(words.determiners)
    countedNouns = Set(words.countedNouns)
    notUnits = Set(words.notUnits)
    notNames = Set(words.notNames)
    dayCount = Set(words.dayCount)
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
