/// Two number forms of sports, votes and tables: a score (`won 2-0`), each of whose numbers
/// is a cardinal of its own, and a rank (`No. 2`), which is an ordinal. The words are in
/// `figures-words.yaml`.
extension FigureScanner {
  /// Each number of the score or scores at `range` (`3-1`; `6-4, 6-3`) as a cardinal with no
  /// unit: a count of goals, points or votes. No range joins them, and no qualifier.
  func scoreParts(_ range: Range<Int>) -> [FigureItem] {
    range.compactMap { k in
      guard isNumber(k), let value = NumberWords.digitValue(tokens[k].text) else { return nil }
      return item(Amount(start: k, end: k + 1, value: value, kind: .cardinal), from: k, mod: nil)
    }
  }

  /// The end of a score or tally at `index` (`2-0` of `won 2-0`, `3-1` of `a 3-1 victory`,
  /// `6-4, 6-3`), or nil. Two whole numbers of up to three digits joined by a glued hyphen or
  /// dash are a score after a score verb when no noun follows (`won 10-15 seats` is a range),
  /// or before a score noun with at most two words between that are not units (`a 3-1 home
  /// win`; `a 5-10 point lead` is a range).
  func scoreEnd(at index: Int) -> Int? {
    guard isScorePart(index), isScoreJoin(index + 1) else { return nil }
    var end = index + 3
    guard scoreNounFollows(end)
      || resultEnds(at: end) && (scoreVerbPrecedes(index) || scoreNounOfPrecedes(index) || scoreVerbOpensClause(before: index))
    else { return nil }
    while isPunct(end, Punct.comma), isScorePart(end + 1), isScoreJoin(end + 2) { end += 4 }  // 6-4, 6-3
    return end
  }

  /// Whether a hyphen or dash glued on both sides joins two score numbers at `index`.
  private func isScoreJoin(_ index: Int) -> Bool {
    isPunct(index, Self.joiners) && glued(index) && glued(index + 1) && isScorePart(index + 1)
  }

  /// A whole number of one to three digits, without separators or a leading zero (`0` is one).
  private func isScorePart(_ index: Int) -> Bool {
    guard isNumber(index) else { return false }
    let utf8 = tokens[index].utf8
    guard utf8.count <= 3, isDigitsOnly(index) else { return false }
    return utf8.count == 1 || utf8[0] != UInt8(ascii: "0")
  }

  /// A score verb right before the score, or before an object pronoun (`beat them 2-1`).
  private func scoreVerbPrecedes(_ index: Int) -> Bool {
    guard let before = word(index - 1) else { return false }
    if lexicon.scoreVerbs.contains(before) { return true }
    return Self.objectPronouns.contains(before) && (word(index - 2).map(lexicon.scoreVerbs.contains) ?? false)
  }

  /// A score noun and `of` right before the score: `by a vote of 68-29`, `a margin of 52-48`.
  private func scoreNounOfPrecedes(_ index: Int) -> Bool {
    wordIs(index - 1, "of") && (word(index - 2).map(lexicon.scoreNouns.contains) ?? false)
  }

  /// A score verb earlier in the same clause, with its object between and the score ending
  /// the clause: `passed the $1.7 trillion spending bill 68-29.`, `won the final 3-1 on
  /// Sunday`, `approved the measure, 52-48.` The words between hold no number and no clause
  /// break (a comma only right before the score, no `to`, `that`, `and`: `approved a plan to
  /// hire 10-20.` is a range), and there are at most eight of them.
  private func scoreVerbOpensClause(before index: Int) -> Bool {
    var cursor = index - 1
    if isPunct(cursor, Punct.comma) { cursor -= 1 }
    guard word(cursor) != nil else { return false }  // the object's last word
    let limit = max(0, cursor - 8)
    while cursor >= limit {
      if let w = word(cursor) {
        if lexicon.scoreVerbs.contains(w) { return true }
        if Self.clauseOpeners.contains(w) { return false }  // approved a plan to hire 10-20.
      } else if tokens[cursor].kind == .punct, isPunct(cursor, Self.clauseBreaks) {
        return false
      }
      cursor -= 1
    }
    return false
  }

  /// Words that open a new verb phrase or clause, whose own verb the score would belong to.
  private static let clauseOpeners: Set<String> = [
    "to", "that", "which", "who", "and", "or", "but", "while", "when", "after", "before", "because", "if",
  ]

  /// Punctuation that breaks the clause between a score verb and its score.
  private static let clauseBreaks = Punct.sentenceStops + Punct.comma + sentenceEnds
  /// Punctuation that may end a result (`won 2-0.`, `won 2-0, …`, `(won 2-0)`).
  private static let resultEnders = sentenceEnds + Punct.comma + [")", "—"]

  private static let objectPronouns: Set<String> = ["them", "him", "her", "us", "it", "me", "you"]

  /// Whether nothing that could be counted follows a score at `index`: the end, punctuation
  /// that ends a clause, or a function word (`won 2-0 at home`, `voted 52-48 to confirm`).
  private func resultEnds(at index: Int) -> Bool {
    guard index < tokens.count else { return true }
    if tokens[index].kind == .punct { return isPunct(index, Self.resultEnders) }
    guard let w = word(index) else { return false }
    return Self.phraseEnders.contains(w) || (lexicon.notUnits.contains(w) && !lexicon.countedNouns.contains(w))
  }

  /// Whether a score noun follows `index`, with at most two words between that are not
  /// units of a range (a scale, time unit, percent word, currency or counted noun).
  private func scoreNounFollows(_ index: Int) -> Bool {
    for offset in 0..<3 {
      guard let w = word(index + offset) else { return false }
      if lexicon.scoreNouns.contains(w) { return true }
      if lexicon.scoreModifiers.contains(w) { continue }
      if NumberWords.scales[w] != nil || lexicon.timeUnits.contains(w) || lexicon.percentFirstWords.contains(w)
        || lexicon.nameHeads.contains(w) || lexicon.countedNouns.contains(w) || lexicon.notUnits.contains(w)
      {
        return false
      }
    }
    return false
  }

  /// A rank at `index` (a number, or the dot before it): `No. 2`, `No.2`, `the world No 1`,
  /// an ordinal with the marker in its text and no unit. Before a capitalised word it is part of a name
  /// (`No. 10 Downing Street`) unless `world` is before it (`world No. 1 Novak Djokovic`);
  /// after a noun it is a label (`team no. 225`).
  func rank(at index: Int) -> Outcome? {
    // (This runs at every number: the marker is looked for before the number is read.)
    let number = isPunct(index, Punct.dot) ? index + 1 : index
    guard isNumber(number), tokens[number].utf8.count <= 4 else { return nil }
    var marker: Int
    if isPunct(number - 1, Punct.dot), glued(number - 1), word(number - 2, in: lexicon.rankMarkers) {
      marker = number - 2
    } else if tokens[number].spaceBefore, word(number - 1, in: lexicon.rankMarkers),
      wordIs(number - 2, "world") || (word(number - 2).map(lexicon.determiners.contains) ?? false)
        || (wordIs(number - 2, "s") && isPunct(number - 3, Punct.apostrophes))
    {
      marker = number - 1
    } else {
      return nil
    }
    guard !tokens[number].text.contains(","), let value = NumberWords.digitValue(tokens[number].text), value == value.rounded(), value >= 1
    else { return nil }
    if glued(number + 1), tokens[number + 1].kind != .punct { return nil }  // No. 2A: a code
    // After a noun the number is a label (`team no. 225`, `Resolution No. 5`): not a figure.
    if let before = word(marker - 1), !lexicon.rankPreceders.contains(before), !lexicon.determiners.contains(before),
      !(before == "s" && isPunct(marker - 2, Punct.apostrophes))
    {
      return .blocked(next: number + 1)
    }
    // Before a name it is part of the name (`No. 10 Downing Street`), unless after `world`;
    // an abbreviation is not a name (`the No. 1 U.S. auto maker`).
    // After a determiner or possessive one capitalised word is the ranked one, a party
    // member or a name (`The No. 3 Republican in`, `the No. 2 Democrat`, `the No. 3 Ruud`):
    // a rank either way.
    let afterDeterminer = (word(marker - 1).map(lexicon.determiners.contains) ?? false)
      || (wordIs(marker - 1, "s") && isPunct(marker - 2, Punct.apostrophes))
    if isCapitalized(number + 1), !isMonth(number + 1), !wordIs(marker - 1, "world"),
      !(isPunct(number + 2, Punct.dot) && glued(number + 2)), !(afterDeterminer && !isCapitalized(number + 2))
    {
      return .blocked(next: number + 2)
    }
    // No unit: what follows a rank is a name (`No. 2 Carlos Alcaraz`), a verb (`No 1 lost`)
    // or a noun that only restates the rank (`No. 2 seed`).
    let amount = Amount(start: marker, end: number + 1, value: value, kind: .ordinal)
    return .found([item(amount, from: marker, mod: nil)], next: amount.end)
  }
}
