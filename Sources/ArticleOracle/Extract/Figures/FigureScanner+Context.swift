/// The words around an amount: qualifiers, ranges, currencies, percent signs and the
/// counted noun.
extension FigureScanner {
  /// The longest phrase of `dictionary` starting at `index` (up to four words, with glued
  /// punctuation as written: `u.s. dollars`, `per cent`), and the index after it.
  func phrase<Value>(at index: Int, in dictionary: [String: Value], words limit: Int = 4) -> (Value, Int)? {
    guard index < tokens.count, tokens[index].kind != .number else { return nil }
    var key = ""
    var best: (Value, Int)?
    var words = 0
    var cursor = index
    while cursor < tokens.count, tokens[cursor].kind != .number, cursor - index < limit * 3 {
      if cursor > index, tokens[cursor].spaceBefore { key += " " }
      key += lower(cursor)
      if tokens[cursor].kind == .word { words += 1 }
      if words > limit { break }
      if let value = dictionary[key] { best = (value, cursor + 1) }
      cursor += 1
    }
    return best
  }

  /// The longest phrase of `set` (up to four words) starting at `index`, and the index after
  /// it; `firstWords` holds the first word of every phrase, so most words are turned away by
  /// one lookup.
  func phrase(at index: Int, in set: Set<String>, firstWords: Set<String>) -> Int? {
    guard let first = word(index), firstWords.contains(first) else { return nil }
    var key = ""
    var best: Int?
    var cursor = index
    while cursor < tokens.count, cursor - index < 4, tokens[cursor].kind == .word {
      key += (cursor > index ? " " : "") + lower(cursor)
      if set.contains(key) { best = cursor + 1 }
      cursor += 1
    }
    return best
  }

  func qualifier(at index: Int) -> (mod: FigureItem.Mod, next: Int)? {
    guard isWord(index, WordClass.qualifier) else { return nil }
    // Cheap test first: a qualifier matters only if something numeric follows it closely.
    let reach = min(tokens.count, index + lexicon.longestQualifier + 3)
    let numeric = WordClass.start | WordClass.number | WordClass.vague | WordClass.currency
    guard (index + 1..<max(reach, index + 1)).contains(where: { classes[$0] & numeric != 0 && !isArticle($0) }) else {
      return nil
    }
    guard let first = word(index), let candidates = lexicon.qualifierPhrases[first] else { return nil }
    for (words, mod) in candidates where index + words.count <= tokens.count {
      var matches = true
      for offset in 1..<max(words.count, 1) where word(index + offset) != words[offset] {
        matches = false
        break
      }
      if matches { return (mod, index + words.count) }
    }
    return nil
  }

  /// `a` or `an`, which count as numeric only before a number word (`a dozen`, `a third`)
  /// or `quarter`, the fraction word outside the number class (`about a quarter of its rice
  /// shipments` lost its `about` before 1.10.0).
  func isArticle(_ index: Int) -> Bool {
    let text = tokens[index].text
    guard text.utf8.count <= 2, text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "a") }) == true else { return false }
    let lower = Self.lowercase(text)
    guard lower == "a" || lower == "an" else { return false }
    return index + 1 >= tokens.count
      || classes[index + 1] & (WordClass.number | WordClass.vague | WordClass.currency) == 0 && !wordIs(index + 1, "quarter")
  }

  /// The second bound of a range after `first`: `10-20`, `10 to 20`, `between 10 and 20`,
  /// `$10-$20`.
  enum RangeEnd {
    case none
    case second(Amount)
    /// `10-20 years`: the whole range is a duration.
    case duration(next: Int)
  }

  func rangeSecond(after first: Amount, opensRange: Bool) -> RangeEnd {
    guard first.kind != .ordinal, first.kind != .vague else { return .none }
    let index = first.end
    let connector: Bool
    if isPunct(index, Self.joiners) {
      connector = glued(index) == glued(index + 1) || tokens[index].text != "-"
    } else if wordIs(index, "to") {
      connector = true
    } else if wordIs(index, "and") {
      connector = opensRange
    } else {
      connector = false
    }
    guard connector else { return .none }
    switch amount(at: index + 1) {
    case .found(let second) where second.kind != .ordinal && second.kind != .vague:
      // A share or an amount of money is a range only with a bound of its own kind: in
      // `fell 4.5% to $132.50` or `2.3 per cent to 3,500 points` the number after `to` is a
      // new figure, read on its own. A bare first bound takes the kind of the second
      // (`10-20%`, `from 10 to 20 dollars`).
      if first.kind != .cardinal, second.kind != first.kind { return .none }
      // `cut its payout by two-thirds to 16 cents`: a share's bound is a share.
      if first.isFraction != second.isFraction { return .none }
      return .second(second)
    case .blocked(let next) where next > index + 2 && word(next - 1).map({ lexicon.timeUnits.contains($0) }) == true:
      return .duration(next: next)
    case .blocked(let next) where isNumber(index + 1) && dateLikeEnd(at: index + 1) != nil:
      return .duration(next: next)  // 3-4pm, 2014-2022
    default:
      return .none
    }
  }

  /// The counted noun right after an amount (`2,660 civilians`, `thousands of civilians`,
  /// `Hundreds of Ukrainian troops`), or nil. After a number of many (`many`: not 1, not an
  /// ordinal) a singular word right after it, before a plural, is a modifier of that plural
  /// (`27 member states`, `500 police officers`, `200 armed fighters`): the plural is what is
  /// counted. Not when the plural may be a verb: after a listed noun (`five children lives
  /// in`) unless it is listed too, before a determiner (`the 2 million figure includes the`),
  /// or after `of` (`two thirds of the budget goes`).
  func unitNoun(after end: Int, skippingOf: Bool, many: Bool = false, share: Bool = false, afterAdjective: Bool = false) -> String? {
    var index = end
    var afterOf = false
    // `27 737 MAX jets`: the model's number and name modify the noun counted.
    if isModelNumber(index) { index = codeEnd(after: index) }
    if skippingOf, wordIs(index, "of") {
      // The head noun of what the share is of: past its determiners (`half of the
      // residents`, `Half of all Americans`, `a third of a mile`) and a possessive (`A quarter
      // of the country's population`, `half of Ukraine's power plants`).
      index += 1
      afterOf = true
      for _ in 0..<2 where word(index).map(Self.ofDeterminers.contains) ?? false { index += 1 }
      if word(index) != nil, isPunct(index + 1, Punct.apostrophes), glued(index + 1), wordIs(index + 2, "s"), glued(index + 2) {
        index += 3
      }
    }
    if isPunct(index, Self.joiners), glued(index), glued(index + 1), let w = word(index + 1) {
      if isPunct(index + 2, Self.joiners), glued(index + 2), wordIs(index + 3, "old") { return w + "-old" }  // 72-year-old
      if isPunct(index + 2, Self.joiners), glued(index + 2), glued(index + 3), let second = word(index + 3),
        lexicon.compoundUnits.contains(w + " " + second)
      {
        return w + " " + second  // a 75-basis-point hike
      }
      return lexicon.notUnits.contains(w) && !lexicon.countedNouns.contains(w) ? nil : w  // a 10-point plan
    }
    // The head of a longer phrase is the unit (1.11.0): after a count of many a plural or
    // listed noun, after `of` and a share a noun that surely ends its phrase.
    let mode: HeadMode? = afterOf && share ? .share : many ? .plural : nil
    // `10 crore 5G subscribers`: a code before the noun modifies it.
    if isNumber(index), let mode, let head = phraseHead(from: index, mode: mode, afterAdjective: afterAdjective) { return head }
    // An adjective before the noun is not the unit: the noun after it is (`2,345 new cases`,
    // `20 additional staff`, `500 more engineers`, `third consecutive world title`).
    guard let w = word(index) else { return nil }
    // (An adjective joined by a hyphen is part of a compound: `40 full-time jobs` → `jobs`, below.)
    if !afterOf, lexicon.unitAdjectives.contains(w), !isCapitalized(index), mode == nil || !(isPunct(index + 1, Self.joiners) && glued(index + 1) && glued(index + 2)) {
      guard word(index + 1) != nil else { return nil }
      return unitNoun(after: index + 1, skippingOf: false, many: many, afterAdjective: true)
    }
    guard !lexicon.notUnits.contains(w), !lexicon.pastTenses.contains(w), !lexicon.qualifiers.keys.contains(w),
      NumberWords.read(tokens.asTokens, from: index) == nil, lexicon.vague[w] == nil
    else { return nil }
    var next = word(index + 1)
    // A unit of several words is counted whole: `25 basis points`, `a 50 basis point cut`,
    // `300 square kilometres`, `400 parts per million`, `40 light-years`.
    if let (unit, _) = compoundUnit(at: index) { return unit }
    if isCapitalized(index) {
      // `171 Boeing 737 MAX 9 jets`, `seven Earth-sized planets`, `Grade A eggs`, `27 EU member
      // states`: names and codes before a noun modify it.
      if let mode, !isMonth(index), let head = phraseHead(from: index, mode: mode, afterAdjective: afterAdjective) { return head }
      // A code with its number (`Covid-19 cases`) modifies the noun after it, like a name.
      var after = index + 1
      if isPunct(after, Self.joiners), glued(after), isNumber(after + 1), glued(after + 1) {
        after += 2
        next = word(after)
      }
      // A demonym or a name before its noun (`Ukrainian troops`, `Windows devices`,
      // `Covid-19 cases`), or a plural name (`Ukrainians`).
      if let next, !isCapitalized(after), tokens[after].spaceBefore, lexicon.countedNouns.contains(next)
        || (Self.looksPlural(next) && !lexicon.notUnits.contains(next) && !lexicon.timeUnits.contains(next))
      {
        return next
      }
      if isMonth(index) || after != index + 1 { return nil }
      return w.hasSuffix("s") ? tokens[index].text : nil
    }
    if !lexicon.countedNouns.contains(w), let next, lexicon.countedNouns.contains(next), !isCapitalized(index + 1) {
      return next  // 5 new cases
    }
    // After `of`, two lower-case words that end the phrase are a compound or an adjective
    // and its noun, and the second is the head (`half of the adult population`, `half of
    // Ukraine's energy infrastructure.`); not when the second may be a verb (`a third of the
    // budget goes to`: ends in `s`, or `-ed`, `-ing`, `-ly`).
    if afterOf || afterAdjective, !lexicon.countedNouns.contains(w), !Self.looksPlural(w), let next, !isCapitalized(index + 1),
      !next.hasSuffix("s"),
      !lexicon.notUnits.contains(next), !Self.phraseEnders.contains(next), !Self.isDerived(next),
      NumberWords.read(tokens.asTokens, from: index + 1) == nil, endsNounPhrase(after: index + 1)
    {
      return next
    }
    if many, index == end, let next, !Self.looksPlural(w), Self.looksPlural(next), !isCapitalized(index + 1),
      !lexicon.countedNouns.contains(w) || lexicon.countedNouns.contains(next),  // `five children lives in`: a verb
      !lexicon.notUnits.contains(next), !lexicon.timeUnits.contains(next),
      !(word(index + 2).map(lexicon.determiners.contains) ?? false)  // `the 2 million figure includes the …`: a verb
    {
      return next
    }
    // `4 million probable dengue cases`, `9.7 million current and former customers`,
    // `hundreds of transport projects`, `100 million sign-ups`: the last noun of the phrase.
    if let mode, let head = phraseHead(from: index, mode: mode, afterAdjective: afterAdjective) { return head }
    if lexicon.countedNouns.contains(w) { return w + (perUnit(after: index + 1) ?? "") }
    // A participle alone after a count of many is a verb: what is counted would be plural
    // (`a record of 3.1 million set in 2015`, `only 3 left`).
    if many, lexicon.pastParticiples.contains(w) { return nil }
    // (`the 36th mass shooting in`: after an adjective, an -ing word that ends its phrase is
    // the noun.)
    if Self.isDerived(w), !(afterAdjective && w.hasSuffix("ing") && endsNounPhrase(after: index)) { return nil }
    // After an adjective, a word that does not end its phrase may be another adjective
    // (`three other senior Reuters executives`): no unit rather than a wrong one.
    if afterAdjective, !Self.looksPlural(w), !endsNounPhrase(after: index) { return nil }
    return w + (perUnit(after: index + 1) ?? "")
  }

  /// The longest unit of `compound-units` starting at `index` (`square kilometres`, `parts per
  /// million`, `light-years`: words apart or joined by glued hyphens), and the index after it.
  func compoundUnit(at index: Int) -> (String, Int)? {
    guard let first = word(index), lexicon.compoundUnitHeads.contains(first) else { return nil }
    var key = first
    var cursor = index + 1
    var best: (String, Int)?
    for _ in 1..<lexicon.longestCompoundUnit {
      if isPunct(cursor, ["-"]), glued(cursor), glued(cursor + 1), let w = word(cursor + 1) {
        key += "-" + w
        cursor += 2
      } else if let w = word(cursor), tokens[cursor].spaceBefore {
        key += " " + w
        cursor += 1
      } else {
        break
      }
      if lexicon.compoundUnits.contains(key) { best = (key, cursor) }
    }
    return best
  }

  /// `/h` of `km/h`, `/l` of `mg/l`: a slash and a word glued after a unit, which divide it.
  func perUnit(after index: Int) -> String? {
    guard isPunct(index, Punct.slash), glued(index), glued(index + 1), index + 1 < tokens.count,
      tokens[index + 1].kind == .word
    else { return nil }
    return "/" + tokens[index + 1].text
  }

  /// Whether a word ends like a participle or an adverb (`-ed`, `-ly`, `-ing`): not a noun.
  static func isDerived(_ word: String) -> Bool {
    word.hasSuffix("ed") || word.hasSuffix("ly") || word.hasSuffix("ing")
  }

  /// Determiners between `of` and the noun a share is of: a closed class of English.
  static let ofDeterminers: Set<String> = [
    "the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "my", "these", "those", "this", "that",
  ]

  /// Whether a lower-case word has the shape of a regular English plural: ends in `s`, but
  /// not `ss`, `us` or `is` (`states`, `officers`; not `press`, `virus`, `basis`).
  static func looksPlural(_ word: String) -> Bool {
    word.utf8.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
  }

  /// Whether `the other` or `another` follows in the same sentence: `one ... the other`.
  func contrastFollows(_ index: Int) -> Bool {
    var cursor = index
    while cursor < tokens.count, cursor < index + 15 {
      if isPunct(cursor, Punct.sentenceStops) { return false }
      if wordIs(cursor, "another") || (wordIs(cursor, "the") && wordIs(cursor + 1, "other")) { return true }
      cursor += 1
    }
    return false
  }

  /// Whether an ordinal word is a rank (`the first meeting`, `its third month`, `finished
  /// third.`) rather than an adverb (`went first to Kyiv`, `at first`, `First, ...`).
  func ordinalIsRank(_ amount: Amount) -> Bool {
    let before = amount.start - 1
    if wordIs(before, "at") { return false }
    let sentenceStart = before < 0 || isLineStart(amount.start) || isPunct(before, Self.sentenceEnds)
    if sentenceStart, isPunct(amount.end, Punct.comma) { return false }
    if let w = word(before), lexicon.determiners.contains(w) { return true }
    if wordIs(before, "s"), isPunct(before - 1, Punct.apostrophes) { return true }
    guard let next = word(amount.end) else { return true }
    return lexicon.countedNouns.contains(next) || lexicon.timeUnits.contains(next)
  }

  // MARK: - Currencies and percent

  /// A currency sign or code before the amount: `$`, `US$`, `£`, `Rs.`, `USD`, `RM`.
  func currencyPrefix(at index: Int) -> (code: String, next: Int)? {
    guard index < tokens.count else { return nil }
    let token = tokens[index]
    var next = index + 1
    var code: String?
    if token.kind == .punct {
      code = punctSymbol(index)
      // `$US5bn`, `$A300`: the dollar sign with the country glued after it.
      if code != nil, tokens.indices.contains(next), tokens[next].kind == .word, glued(next),
        let prefixed = lexicon.symbols[token.text + tokens[next].text]
      {
        code = prefixed
        next += 1
      }
    } else if token.kind == .word {
      guard isWord(index, WordClass.currency), next < tokens.count, tokens[next].kind != .word else { return nil }
      if let large = lexicon.largeSymbols[token.text], lexicon.codes[token.text] == nil, lexicon.symbols[token.text] == nil {
        // `R5bn`, `R1,500`: a sign that is money only before a large amount, glued (`R2` is a code).
        guard glued(next), isLargeAmount(at: next) else { return nil }
        return (large, next)
      }
      if isPunct(next, Punct.dollarOrPound), glued(next), let c = lexicon.symbols[token.text + tokens[next].text] {
        code = c
        next += 1
      } else if isPunct(next, Punct.dot), glued(next), let c = lexicon.symbols[token.text + "."] {
        code = c
        next += 1
      } else {
        code = lexicon.codes[token.text] ?? lexicon.symbols[token.text]
      }
    }
    guard let code else { return nil }
    guard isNumber(next) || (isPunct(next, Punct.dot) && isNumber(next + 1)) || isPunct(next, Punct.minus) else { return nil }
    return (code, next)
  }

  /// Whether the number at `index` is large as written: a scale word or glued suffix follows
  /// (`5bn`, `1.2 billion`), or it has a thousands separator (`1,500`, `500 000`).
  func isLargeAmount(at index: Int) -> Bool {
    guard isNumber(index) else { return false }
    if tokens[index].text.contains(",") || spacedThousands(at: index) != nil { return true }
    guard let next = word(index + 1) else { return false }
    if glued(index + 1) { return lexicon.scaleSuffixes[tokens[index + 1].text] != nil }
    return NumberWords.scales[next] != nil
  }

  /// A currency sign, code or name after the amount: `10$`, `20€`, `42 KWD`, `20Rs`,
  /// `300 million dollars`, `3.14US$`; a name that is money only after a large amount when
  /// `large` (`5 trillion won`).
  func currencySuffix(at index: Int, large: Bool = false) -> (code: String, next: Int)? {
    guard index < tokens.count else { return nil }
    let token = tokens[index]
    if token.kind == .punct, let code = punctSymbol(index) {
      if token.text == "$" || !token.spaceBefore || lexicon.symbols[token.text] != nil {
        return (code, index + 1)
      }
    }
    if token.kind == .word {
      if isPunct(index + 1, Punct.dollar), glued(index + 1), let code = lexicon.symbols[token.text + "$"] { return (code, index + 2) }
      if isPunct(index + 1, Punct.dot), glued(index + 1), let code = lexicon.symbols[token.text + "."] {
        if let c2 = lexicon.symbols[token.text + "." + (tokens.indices.contains(index + 2) ? tokens[index + 2].text : "")],
          glued(index + 2)
        {
          return (c2, isPunct(index + 3, Punct.dot) && glued(index + 3) ? index + 4 : index + 3)
        }
        return (code, index + 2)
      }
      if let code = lexicon.codes[token.text] ?? lexicon.symbols[token.text] { return (code, index + 1) }
      if let named = currencyName(at: index) { return named }
      if large, let code = lexicon.largeNames[token.text] { return (code, index + 1) }
    }
    return nil
  }

  /// A currency name (`dollars`, `US dollars`, `kuwaiti dinar`, `hryvnias`).
  func currencyName(at index: Int) -> (code: String, next: Int)? {
    guard index < tokens.count, tokens[index].kind == .word, lexicon.nameHeads.contains(lower(index)) else { return nil }
    if isWeight(index) { return nil }
    guard let (code, next) = phrase(at: index, in: lexicon.names, words: 3) else { return nil }
    return (code, next)
  }

  /// Whether `pound`/`pounds` at `index` weighs (`each weighing 30,000 pounds`, `weighs 200
  /// pounds`): a weight verb or noun in the five words before it.
  func isWeight(_ index: Int) -> Bool {
    let w = lower(index)
    guard w == "pounds" || w == "pound" else { return false }
    for k in max(0, index - 5)..<index where word(k)?.hasPrefix("weigh") == true { return true }
    return false
  }

  func standaloneMinor(at index: Int) -> (unit: String, next: Int)? {
    guard index < tokens.count, tokens[index].kind != .number else { return nil }
    guard let unit = lexicon.standaloneMinor[lower(index)] else { return nil }
    if tokens[index].utf8.count == 1 {  // `43c`, `2p`; not `40.3C`, `2 p`
      guard tokens[index].kind == .word, glued(index), tokens[index].utf8[0] >= UInt8(ascii: "a") else { return nil }
    }
    return (unit, index + 1)
  }

  /// `%`, `percent`, `per cent`, `percentage points`.
  func percentSuffix(at index: Int) -> Int? {
    if isPunct(index, Punct.percent) { return index + 1 }
    return phrase(at: index, in: lexicon.percentWords, firstWords: lexicon.percentFirstWords)
  }
}
