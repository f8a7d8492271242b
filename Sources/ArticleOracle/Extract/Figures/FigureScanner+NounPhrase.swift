/// The head of the noun phrase after a number (1.11.0): the counted noun is the last noun of
/// the phrase, not its first modifier (`171 Boeing 737 MAX 9 jets` → `jets`, `4 million
/// probable dengue cases` → `cases`, `hundreds of transport projects` → `projects`).
extension FigureScanner {
  /// One word of a noun phrase as the head finder reads it: a word, a hyphenated compound
  /// (`Earth-sized`, `sign-ups`, `A320-family`) or a code (`5G`, `A320`, and a model number
  /// after a name: `737`, `9` of `Boeing 737 MAX 9`).
  struct PhraseWord {
    /// The first token and the token after the last.
    var start: Int
    var end: Int
    /// The lower-case text of the last word part (`ups` of `sign-ups`).
    var last: String
    /// The lower-case text of the whole word (`sign-ups`).
    var whole: String
    var capitalized: Bool
    var code: Bool
    var compound: Bool
    /// A plain lower-case word, neither code nor compound.
    var plain: Bool { !capitalized && !code && !compound }
  }

  /// How sure the end of a phrase must be for its head to be a plural (which may be a verb).
  enum HeadMode {
    /// After a count of many (a cardinal, a vague plural: `4 million probable dengue cases`,
    /// `hundreds of transport projects`): the head is a plural or a listed counted noun, and
    /// no determiner or number follows it (`the 2 million figure includes the`: a verb).
    case plural
    /// After `of` and a share (`about a quarter of its rice shipments`): the head ends its
    /// phrase for sure (punctuation, `of`, an auxiliary, a past form), as `two thirds of the
    /// budget goes to` shows a singular head before a verb.
    case share
  }

  /// The head of the noun phrase starting at `start`, when the phrase has modifiers before it
  /// (or is one hyphenated noun: `100 million sign-ups`), or nil. The phrase is a run of at
  /// most six words that may modify a noun: lower-case words other than function words,
  /// capitalised words and codes, hyphenated compounds, `and`/`or` between two lower-case
  /// modifiers (`current and former customers`); it ends before punctuation, a function word, a
  /// determiner, a time unit, a number word, a simple past (`went`), or after its first plural
  /// or listed counted noun (`five children lives`: `children`). Its last word is the head.
  func phraseHead(from start: Int, mode: HeadMode, afterAdjective: Bool = false) -> String? {
    var cursor = start
    var words: [PhraseWord] = []
    while cursor < tokens.count, words.count < 6 {
      if let last = words.last, last.plain, wordIs(cursor, "and") || wordIs(cursor, "or"),
        !Self.looksPlural(last.whole), !lexicon.countedNouns.contains(last.last),
        let after = phraseWord(at: cursor + 1, afterName: false), after.plain, !Self.looksPlural(after.whole),
        !lexicon.countedNouns.contains(after.last), phraseWord(at: after.end, afterName: false) != nil
      {
        cursor += 1  // `current and former customers`: two modifiers of one noun
        continue
      }
      let afterName = words.last.map { $0.capitalized || $0.code } ?? false
      guard let next = phraseWord(at: cursor, afterName: afterName) else { break }
      words.append(next)
      cursor = next.end
      if next.capitalized || next.code { continue }
      // A plural ends the phrase (`Democrats voted`, `subscribers use`), and so does a listed
      // counted noun unless a listed noun follows (`27 member states`).
      if Self.looksPlural(next.whole) { break }
      if lexicon.countedNouns.contains(next.last), !(word(cursor).map(lexicon.countedNouns.contains) ?? false) { break }
    }
    guard let head = words.last, words.count >= 2 || head.compound, !head.capitalized, !head.code else { return nil }
    // A participle first in a longer phrase may be the verb of the number (`12 suffered minor
    // injuries`); a participle before the noun alone, or after an adjective, modifies it (`200
    // armed fighters`, `5,000 new confirmed Covid cases`).
    if !afterAdjective, words.count > 2, let first = words.first, first.plain,
      first.last.hasSuffix("ed") || first.last.hasSuffix("ing") || lexicon.pastParticiples.contains(first.last)
    {
      return nil
    }
    let w = head.last
    guard !lexicon.notUnits.contains(w), !lexicon.timeUnits.contains(w), !lexicon.pastTenses.contains(w),
      !lexicon.pastParticiples.contains(w), !Self.isDerived(w)
    else { return nil }
    let noun = head.whole
    let plural = Self.looksPlural(noun)
    switch mode {
    case .plural:
      guard plural || lexicon.countedNouns.contains(w) else { return nil }
      if isNumber(head.end) { return nil }
      if let after = word(head.end), Self.objectDeterminers.contains(after) { return nil }
      return noun
    case .share:
      // (A hyphenated word is more often an adjective than a noun: `a quarter of the entire
      // high-yield, high-risk market` keeps what it had.)
      guard plural ? endsPhraseSurely(after: head.end - 1) : endsNounPhrase(after: head.end - 1) && !head.compound else {
        return nil
      }
      return noun
    }
  }

  /// The word of a noun phrase at `index` (see `PhraseWord`), or nil when none starts there:
  /// punctuation, a function word, a determiner, a time unit, a number word, a simple past, a
  /// month, a possessive (`Google's`), or a number that is not a code.
  func phraseWord(at index: Int, afterName: Bool) -> PhraseWord? {
    guard index < tokens.count, tokens[index].kind != .punct else { return nil }
    var cursor = index + 1
    var code = false
    if isNumber(index) {
      if cursor < tokens.count, tokens[cursor].kind == .word, glued(cursor) {
        code = true  // `5G`
        cursor += 1
      } else if afterName, tokens[index].spaceBefore, isDigitsOnly(index) {
        code = true  // `Boeing 737 MAX 9`
      } else {
        return nil
      }
    } else if isNumber(cursor), glued(cursor) {
      code = true  // `A320`
      cursor += 1
    }
    var compound = false
    while cursor + 1 < tokens.count, cursor < index + 9, isPunct(cursor, Self.joiners), glued(cursor), glued(cursor + 1),
      tokens[cursor + 1].kind != .punct
    {
      compound = true  // `Earth-sized`, `sign-ups`, `A320-family`, `state-of-the-art`
      cursor += 2
    }
    if isPunct(cursor, Punct.apostrophes), glued(cursor) { return nil }  // `Google's`: a possessive
    let capitalized = tokens[index].kind == .word && (isCapitalized(index) || hasInnerCapital(index))
    let lastIndex = cursor - 1
    let last = lower(lastIndex)
    if !code, !compound {
      let w = last
      if capitalized {
        // `Grade A eggs`: one capital letter after a name is a code; other function words
        // written with a capital start something else (`The`, `In`).
        if w.utf8.count == 1 {
          return afterName ? PhraseWord(start: index, end: cursor, last: w, whole: w, capitalized: true, code: true, compound: false) : nil
        }
        if isMonth(index) || lexicon.notNames.contains(w) || Self.phraseEnders.contains(w) || lexicon.determiners.contains(w) {
          return nil
        }
      } else if lexicon.notUnits.contains(w) || Self.phraseEnders.contains(w) || lexicon.determiners.contains(w)
        || lexicon.timeUnits.contains(w) || lexicon.pastTenses.contains(w) || lexicon.qualifiers[w] != nil
        || lexicon.vague[w] != nil || lexicon.percentWords.contains(w) || NumberWords.read(tokens.asTokens, from: index) != nil
      {
        return nil
      }
    }
    let whole = compound || code ? Self.lowercase(text(tokens: index..<cursor)) : last
    return PhraseWord(start: index, end: cursor, last: last, whole: whole, capitalized: capitalized, code: code, compound: compound)
  }

  /// Whether the word at `index` ends its noun phrase for sure: the end, punctuation other
  /// than a joining hyphen or apostrophe, `of`, an auxiliary, a simple past or an `-ed` word.
  /// Not a preposition, which may also follow a verb (`the budget goes to`).
  func endsPhraseSurely(after index: Int) -> Bool {
    let next = index + 1
    guard next < tokens.count else { return true }
    if tokens[next].kind == .punct { return !(glued(next) && isPunct(next, Self.joiners)) && !isPunct(next, Punct.apostrophes) }
    guard let w = word(next), !isCapitalized(next) else { return false }
    return w == "of" || Self.auxiliaries.contains(w) || lexicon.pastTenses.contains(w) || w.hasSuffix("ed")
  }

  /// Determiners that open the object of a verb (`the 2 million figure includes the dead`):
  /// after a plural they make it a verb. A closed class of English; not `that`, which after a
  /// plural noun opens a relative clause (`5 million customers that`).
  static let objectDeterminers: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "these", "those", "this", "every", "each",
  ]

  /// Auxiliary verbs: a closed class of English.
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "do", "does", "did",
  ]
}
