/// Phrases indexed by their first word, longest first, so a lookup costs one hash.
struct PhraseTable<V: Sendable>: Sendable {
  let byFirstWord: [String: [([String], V)]]
  /// The same phrases as `DateWord`s, indexed by their first word's raw value, so matching
  /// compares integers. Every word of a table must be a `DateWord` case.
  let byFirstID: [[([DateWord], V)]]
  /// One-word phrases, and the second words of longer ones: a token whose word and next word
  /// are in neither starts no phrase, which two bit tests tell without reading the phrases.
  let singleWords: DateWordSet
  let secondWords: DateWordSet

  init(_ phrases: [[String]: V]) {
    var index: [String: [([String], V)]] = [:]
    for (phrase, value) in phrases { index[phrase[0], default: []].append((phrase, value)) }
    byFirstWord = index.mapValues { $0.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.lexicographicallyPrecedes($1.0) } }
    var byID = [[([DateWord], V)]](repeating: [], count: DateWord.allCases.count)
    var singles: [DateWord] = [], seconds: [DateWord] = []
    for candidates in byFirstWord.values {
      for (phrase, value) in candidates {
        let words = phrase.map { text in
          guard let w = DateWord(text: text) else { preconditionFailure("PhraseTable: '\(text)' in \(phrase) is not a DateWord case; add it to DateWord") }
          return w
        }
        if words.count == 1 { singles.append(words[0]) } else { seconds.append(words[1]) }
        byID[Int(words[0].rawValue)].append((words, value))
      }
    }
    byFirstID = byID
    singleWords = DateWordSet(singles)
    secondWords = DateWordSet(seconds)
  }
}

/// The English words of dates: month, weekday, season and unit names, qualifiers and cue
/// words. Closed word classes of the language, not curated data about the world.
enum DateLexicon {
  /// Month names and their news abbreviations (`Sept.`, `Feb.`), lowercased.
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]
  /// Whether a month word is an abbreviation (`Sept`), which takes a period.
  static func isAbbreviation(_ month: String) -> Bool {
    !fullMonthNames.contains(month)
  }
  private static let fullMonthNames: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  ]

  /// Month words that are also common English words: dates only with a day, a year or a cue.
  static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jun", "jan", "dec", "sep"]

  /// ISO weekday numbers (Monday = 1).
  static let weekdays: [String: Int] = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
  ]
  static let weekdaysPlural: [String: Int] = [
    "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
  ]

  /// TIMEX3 season codes.
  static let seasons: [String: String] = [
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
  ]

  /// Decades in words and their tens (`the nineties` → 199, in the latest such decade).
  static let spelledDecades: [String: Int] = [
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
  ]

  /// Parts of the day and their TIMEX3 codes.
  static let dayParts: [String: String] = [
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
  ]
  /// Plural parts of the day (`Tuesday nights` is a set).
  static let dayPartsPlural: [String: String] = [
    "mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
  ]

  /// Calendar units: the TIMEX3 unit letter and whether it goes in the time part (`PT5H`).
  struct Unit: Hashable, Sendable {
    var letter: String
    var isTime: Bool
    var granularity: Granularity
    /// How many of `letter` one unit is: a fortnight is two weeks (`P2W`).
    var multiple: Int = 1
  }

  /// Ordered from the finest (`second`) to the coarsest (`century`).
  enum Granularity: Hashable, Comparable, Sendable {
    case second, minute, hour, day, week, month, quarter, year, decade, century
  }

  static let units: [String: Unit] = {
    var table: [String: Unit] = [:]
    let rows: [(String, String, String, Bool, Granularity)] = [
      ("second", "seconds", "S", true, .second), ("minute", "minutes", "M", true, .minute),
      ("hour", "hours", "H", true, .hour), ("day", "days", "D", false, .day),
      ("week", "weeks", "W", false, .week), ("month", "months", "M", false, .month),
      ("quarter", "quarters", "Q", false, .quarter), ("year", "years", "Y", false, .year),
      ("decade", "decades", "E", false, .decade), ("century", "centuries", "C", false, .century),
    ]
    for (singular, plural, letter, isTime, granularity) in rows {
      table[singular] = Unit(letter: letter, isTime: isTime, granularity: granularity)
      table[plural] = Unit(letter: letter, isTime: isTime, granularity: granularity)
    }
    // British news counts in fortnights (`a fortnight ago`, `the past fortnight`).
    table["fortnight"] = Unit(letter: "W", isTime: false, granularity: .week, multiple: 2)
    table["fortnights"] = table["fortnight"]
    return table
  }()

  static func isPlural(_ unitWord: String) -> Bool { unitWord.hasSuffix("s") }

  /// The named days of `date-holidays.yaml`; none when the shipped file is broken (the
  /// pipeline then reports `HolidayCalendar.shipped`'s error, and a test guards the file).
  static let holidays: HolidayCalendar = (try? HolidayCalendar.shipped.get()) ?? HolidayCalendar.empty

  /// Adjectives of one unit written closed (`weeklong` as `week-long`), and their unit.
  static let closedLongForms = ["daylong": "day", "weeklong": "week", "monthlong": "month", "yearlong": "year"]

  /// Qualifiers before a duration or a relative date, and their TIMEX3 `mod`.
  static let quantityMods = PhraseTable<String>([
    ["nearly"]: "LESS_THAN", ["almost"]: "LESS_THAN", ["less", "than"]: "LESS_THAN",
    ["fewer", "than"]: "LESS_THAN", ["under"]: "LESS_THAN", ["just", "under"]: "LESS_THAN",
    ["up", "to"]: "EQUAL_OR_LESS", ["at", "most"]: "EQUAL_OR_LESS", ["no", "more", "than"]: "EQUAL_OR_LESS",
    ["more", "than"]: "MORE_THAN", ["just", "over"]: "MORE_THAN", ["over"]: "MORE_THAN", ["well", "over"]: "MORE_THAN",
    ["longer", "than"]: "MORE_THAN", ["at", "least"]: "EQUAL_OR_MORE",
    ["about"]: "APPROX", ["around"]: "APPROX", ["approximately"]: "APPROX", ["roughly"]: "APPROX",
    ["nearly", "about"]: "APPROX",
  ])

  /// Qualifiers of a point in time: `early 2022`, `the end of March`.
  static let pointMods = PhraseTable<String>([
    ["early"]: "START", ["late"]: "END", ["mid"]: "MID", ["the", "end", "of"]: "END",
    ["end", "of"]: "END", ["end"]: "END", ["the", "beginning", "of"]: "START", ["the", "start", "of"]: "START",
    ["the", "middle", "of"]: "MID", ["the", "close", "of"]: "END",
    // `the last week of March`, `the first days of 2021`: a part of the period that follows,
    // at its granularity (no calendar unit names the last week of a month).
    ["the", "first", "week", "of"]: "START", ["the", "first", "weeks", "of"]: "START", ["the", "first", "days", "of"]: "START",
    ["the", "last", "week", "of"]: "END", ["the", "last", "weeks", "of"]: "END", ["the", "last", "days", "of"]: "END",
    ["first", "week", "of"]: "START", ["last", "week", "of"]: "END",
    ["the", "final", "week", "of"]: "END", ["the", "final", "weeks", "of"]: "END", ["the", "final", "days", "of"]: "END",
    // `the early hours of Sunday`: the hours after midnight, the start of that day.
    ["the", "early", "hours", "of"]: "START", ["the", "small", "hours", "of"]: "START", ["the", "wee", "hours", "of"]: "START",
  ])

  /// Nouns of an age, not of an event: `today's world` is the present, `today's vote` a day.
  static let ageNouns: Set<String> = [
    "world", "youth", "society", "generation", "children", "kids", "young", "dollars", "money", "standards", "terms",
    "economy", "technology", "culture", "media", "politics", "times", "age", "era",
  ]

  /// What an award of the year names (`album of the year`, `Person of the Year`, `player of
  /// the year`): there `the year` is part of the award's name, not a time.
  static let awardsOfTheYear: Set<String> = [
    "album", "song", "record", "single", "player", "players", "coach", "manager", "rookie", "person", "man", "woman", "team",
    "goal", "book", "word", "film", "movie", "car", "artist", "entertainer", "athlete", "driver", "footballer", "cricketer",
    "sportsperson", "sportsman", "sportswoman", "personality", "newcomer", "comeback", "photo", "picture", "designer", "chef",
    "restaurant", "company", "businessman", "businesswoman", "employee", "teacher", "volunteer", "champion", "jockey", "horse",
  ]

  /// Vague quantities that make a duration's number unknown (`several years` → `PXY`).
  static let vagueCounts = PhraseTable<Bool>([
    ["several"]: true, ["a", "few"]: true, ["few"]: true, ["many"]: true, ["a", "couple", "of"]: false, ["couple", "of"]: false,
  ])

  /// Words that end a tense search: a weekday belongs to its own clause.
  static let futureCues: Set<String> = [
    "will", "shall", "ll", "would", "tomorrow", "next", "upcoming", "soon", "planning", "scheduled", "until", "till",
    "expects", "anticipates", "predicts",
    // (`Investors are awaiting Friday's jobs report`: what is awaited is still to come.)
    "await", "awaits", "awaiting",
  ]
  /// `is to`, `are to`, `is expected to`: a form of be or an expectation verb followed by `to`.
  static let futureBeforeTo: Set<String> = [
    "is", "are", "am", "expected", "scheduled", "due", "set", "plans", "plan", "going", "intends", "hopes",
    "planned", "agreed", "decided", "promised", "vowed", "wants", "hoped", "intended", "threatened", "ready", "slated",
    // (1.8.0) forecasts: `the storm is forecast to make landfall Wednesday`.
    "forecast", "projected", "predicted", "poised", "likely", "want", "hope", "intend", "aim", "aims", "seek", "seeks",
  ]
  static let pastCues: Set<String> = [
    "was", "were", "had", "did", "said", "told", "met", "made", "took", "came", "went", "began", "left",
    "gave", "held", "won", "lost", "fell", "rose", "saw", "got", "found", "struck", "killed", "ago",
    "yesterday", "last", "announced", "reported", "earlier", "sent", "ran", "spoke", "wrote", "paid",
    "sold", "bought", "led", "brought", "hit", "put", "set", "shot", "broke", "became", "fled", "arrived",
    "spent", "fought", "kept", "built", "thought", "heard", "stood", "grew", "drove", "flew", "threw", "knew",
    "sought", "caught", "chose", "meant", "stole", "withdrew", "understood", "oversaw", "forgot", "swore", "wore",
    "drew", "felt", "dealt", "taught", "sank", "shrank", "swam", "sang", "rang", "sprang", "sat", "laid", "rode", "arose",
    "shook", "undertook", "overtook", "overcame", "forgave", "froze", "hid", "tore", "lent", "slept", "swept", "wept",
    "stuck", "hung", "swung", "slid", "forbade", "underwent", "misled", "ate", "sped", "spun", "woke", "strode", "slew",
  ]
  /// Every word an expression can start with. The scanner skips any other word with one
  /// hash lookup, which keeps the pass fast; a pattern that starts with a new word must add
  /// it here (the table tests fail otherwise).
  static let startWords: Set<String> = {
    var words: Set<String> = [
      "the", "a", "an", "half", "yesterday", "today", "tomorrow", "tonight", "overnight", "now", "soon", "currently", "nowadays",
      "presently", "current", "present", "recently", "lately", "recent", "coming", "upcoming", "future", "near", "past",
      "that", "last", "next", "this", "previous", "following", "first", "second", "third", "fourth", "latest",
      "fiscal", "fy", "year", "quarter", "weekend", "weekends", "bi",
      "every", "each", "noon", "midday", "once", "twice", "final",
      "midnight", "nineteen", "eighteen", "twenty", "earlier", "later", "several", "few", "many", "couple",
      "these", "short", "long", "full", "same", "then", "q", "h", "right", "immediate", "new",
    ]
    words.formUnion(spelledDecades.keys)
    words.formUnion(months.keys)
    words.formUnion(weekdays.keys)
    words.formUnion(weekdaysPlural.keys)
    words.formUnion(seasons.keys)
    words.formUnion(closedLongForms.keys)
    words.formUnion(DateScanner.setAdverbs.keys)
    words.formUnion(holidays.firstWords)
    words.formUnion(units.keys)
    words.formUnion(NumberWords.units.keys)
    words.formUnion(NumberWords.tens.keys)
    // Ordinal words of a day of the month (`the fifth of November`).
    words.formUnion(NumberWords.ordinalUnits.filter { $0.value <= 31 }.keys)
    words.formUnion(quantityMods.byFirstWord.keys)
    words.formUnion(pointMods.byFirstWord.keys)
    words.formUnion(vagueCounts.byFirstWord.keys)
    return words
  }()

  /// Present-tense verbs of scheduled events (`the leaders meet Monday`, `talks resume
  /// Tuesday`): news writes a coming event in the simple present.
  static let scheduledPresent: Set<String> = [
    "meet", "meets", "begins", "starts", "opens", "resumes", "reconvenes", "convenes", "arrives", "departs",
    "visits", "travels", "kicks", "expires", "expire", "resume", "convene", "reconvene",
    "hosts", "flies", "begin", "arrive", "depart", "ends", "closes", "concludes", "reopens", "premieres",
    "reopen", "conclude",
  ]
  /// Present-tense verbs of a fixture or a vote that are also nouns (`Arsenal play Chelsea on
  /// Tuesday`, `Parliament votes Thursday`, `She faces a vote on Monday`): they look forward
  /// only after a name or a pronoun, their subject (not `the play`, `of votes`).
  static let scheduledAfterSubject: Set<String> = ["play", "plays", "face", "faces", "host", "vote", "votes"]
  /// Words of a game's report: a half or quarter in their sentence is the game's.
  static let gameWords: Set<String> = [
    "scored", "scores", "score", "scoring", "goal", "goals", "halftime", "half-time", "touchdown", "touchdowns", "inning",
    "innings", "penalty", "penalties", "equaliser", "equalizer", "striker", "goalkeeper", "quarterback", "rebounds", "game", "match",
  ]
  /// Articles and possessive determiners: an -ed word right after one is an adjective.
  static let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those"]
  /// Words ending in -ed that are not past-tense verbs.
  static let notPastEd: Set<String> = [
    "need", "red", "bed", "shed", "speed", "seed", "feed", "hundred", "indeed", "united",
    // (`will succeed him Feb. 1`: verbs in -eed, and adjectives and nouns in -ed.)
    "succeed", "proceed", "exceed", "breed", "bleed", "sacred", "naked", "wicked", "hatred", "kindred", "rugged", "beloved",
  ]

  /// The classes above a word belongs to, as bits.
  struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let start = WordClass(rawValue: 1 << 0)
    static let month = WordClass(rawValue: 1 << 1)
    static let weekday = WordClass(rawValue: 1 << 2)
    static let weekdayPlural = WordClass(rawValue: 1 << 3)
    static let unit = WordClass(rawValue: 1 << 4)
    static let futureCue = WordClass(rawValue: 1 << 5)
    static let futureBeforeTo = WordClass(rawValue: 1 << 6)
    static let pastCue = WordClass(rawValue: 1 << 7)
    static let scheduledPresent = WordClass(rawValue: 1 << 8)
    static let notPastEd = WordClass(rawValue: 1 << 9)
    static let determiner = WordClass(rawValue: 1 << 10)
    /// A form of be or a linking verb before a participle (`is expected`, `to be held`,
    /// `remain closed`).
    static let beForm = WordClass(rawValue: 1 << 11)
    /// First words of the phrase tables (`more` of `more than`).
    static let quantityMod = WordClass(rawValue: 1 << 12)
    static let pointMod = WordClass(rawValue: 1 << 13)
    static let vagueCount = WordClass(rawValue: 1 << 14)
    /// First words of the scanner's own word tables (`yesterday`, `next`, `daily`, `noon`, `nineteen`).
    static let deictic = WordClass(rawValue: 1 << 15)
    static let relativeDirection = WordClass(rawValue: 1 << 16)
    static let setAdverb = WordClass(rawValue: 1 << 17)
    static let namedTime = WordClass(rawValue: 1 << 18)
    static let spelledCentury = WordClass(rawValue: 1 << 19)
    static let season = WordClass(rawValue: 1 << 20)
    static let dayPart = WordClass(rawValue: 1 << 21)
    static let spanStarter = WordClass(rawValue: 1 << 22)
    static let bareUnitCue = WordClass(rawValue: 1 << 23)
    static let countModifier = WordClass(rawValue: 1 << 24)
    /// Words a number written in words can start with (`NumberWords.starters`).
    static let numberStart = WordClass(rawValue: 1 << 25)
    /// Plural parts of the day (`Tuesday nights`).
    static let dayPartPlural = WordClass(rawValue: 1 << 26)
    static let spelledDecade = WordClass(rawValue: 1 << 27)
    /// Modal verbs (`will one day`).
    static let modal = WordClass(rawValue: 1 << 28)
    /// First words of the names of `date-holidays.yaml` (`Christmas`, `New`, `Good`).
    static let holidayStart = WordClass(rawValue: 1 << 29)
    static let scheduledAfterSubject = WordClass(rawValue: 1 << 30)
  }

  /// Every lexicon word and its classes: the scanner looks each token up once and then tests
  /// bits instead of hashing the word again for every table.
  static let classes: [String: WordClass] = {
    var table: [String: WordClass] = [:]
    func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String {
      for w in words { table[w, default: []].insert(c) }
    }
    add(startWords, .start)
    add(months.keys, .month)
    add(weekdays.keys, .weekday)
    add(weekdaysPlural.keys, .weekdayPlural)
    add(units.keys, .unit)
    add(futureCues, .futureCue)
    add(futureBeforeTo, .futureBeforeTo)
    add(pastCues, .pastCue)
    add(scheduledPresent, .scheduledPresent)
    add(scheduledAfterSubject, .scheduledAfterSubject)
    add(notPastEd, .notPastEd)
    add(determiners, .determiner)
    add(["is", "are", "be", "been", "being"], .beForm)
    // Linking verbs in the present: `will remain closed on Friday`, `stays shut`.
    add(["remain", "remains", "stay", "stays", "seem", "seems", "become", "becomes", "get", "gets"], .beForm)
    add(quantityMods.byFirstWord.keys, .quantityMod)
    add(pointMods.byFirstWord.keys, .pointMod)
    add(vagueCounts.byFirstWord.keys, .vagueCount)
    add(DateScanner.deicticOffsets.keys, .deictic)
    add(DateScanner.relativeDirections.keys, .relativeDirection)
    add(DateScanner.setAdverbs.keys, .setAdverb)
    add(DateScanner.namedTimes.keys, .namedTime)
    add(DateScanner.spelledCenturies.keys, .spelledCentury)
    add(seasons.keys, .season)
    add(dayParts.keys, .dayPart)
    add(dayPartsPlural.keys, .dayPartPlural)
    add(spelledDecades.keys, .spelledDecade)
    add(["will", "would", "could", "might", "may", "can", "shall", "should", "must"], .modal)
    add(DateScanner.spanStarters, .spanStarter)
    add(DateScanner.bareUnitCues, .bareUnitCue)
    add(DateScanner.countModifiers, .countModifier)
    add(NumberWords.starters, .numberStart)
    add(holidays.firstWords, .holidayStart)
    return table
  }()

  /// The lexicon's words and the rules' `DateWord`s, looked up over a token's bytes.
  static let wordTable = DateWordTable(classes: classes)
}
