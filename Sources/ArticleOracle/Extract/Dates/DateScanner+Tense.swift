/// The past/future rule for weekdays, months and days without a year: the nearest tense cue
/// in the same sentence decides (`will`, `'ll`, `is to`, `is expected to` look forward;
/// `said`, `was`, `-ed` verbs look back). Without a cue the clause is taken as past, the
/// usual tense of news.
extension DateScanner {
  func isFuture(around i: Int) -> Bool { tense(around: i) ?? false }

  /// true for a future clause, false for a past cue, nil when the sentence has no cue.
  func tense(around i: Int) -> Bool? {
    // `effective Feb. 1`: a change announced before it takes effect.
    // (`i` may be the day of `Feb. 1`, so the month and its period may stand between.)
    if isWord(i - 1, .effective) || isWord(i - 2, .effective) || isWord(i - 3, .effective) { return true }
    if followsSince(i) { return false }
    // `by February`, `by Friday`: a deadline is ahead, unless a pluperfect in its clause says
    // the deadline has passed (`only two had filed reports by Wednesday`).
    // (`by the weekend`: the article between; not `by the Tuesday deadline`, a weekday before
    // its noun, whose tense is the clause's.)
    let beforeExpression = isWord(i - 1, .the) && !isWord(i, of: .weekday) ? i - 2 : i - 1
    if isWord(beforeExpression, .by), !isPunct(i + 1, "'") && !isPunct(i + 1, "\u{2019}"), !hasPluperfect(before: beforeExpression) {
      return true
    }
    // The whole sentence (bounded, for run-on text): `will be named commander … for a
    // mission in December` is future although `will` stands 13 words before the month.
    let window = 60
    var distance = 1
    var leftOpen = true, rightOpen = true
    // A cue after a comma to the right is often the reporting clause (`The vote will take
    // place on Tuesday, officials said`): it decides only when the left has no cue.
    var crossedComma = false
    var afterComma: Bool?
    while distance <= window && (leftOpen || rightOpen) {
      if leftOpen {
        let j = i - distance
        if j < 0 || isSentenceEnd(j) || isQuotationMark(j) {
          leftOpen = false
        } else if let cue = tenseCue(j) {
          return cue
        }
      }
      if rightOpen {
        let j = i + distance
        // (`warned officials Wednesday that they should expect delays`: the clause after `that`
        // has its own tense.)
        if j >= tokens.count || isSentenceEnd(j - 1) || isQuotationMark(j) || isWord(j, .that) || startsCoordinateClause(j) {
          rightOpen = false
        } else if isPunct(j, ",") {
          crossedComma = true
        } else if let cue = tenseCue(j) {
          if !crossedComma { return cue }
          afterComma = cue
          rightOpen = false
        }
      }
      distance += 1
    }
    return afterComma
  }

  /// Whether the period named at `start..<end` is reported in the past in its own clause: a
  /// past cue before it (`reported a drop in fourth-quarter earnings`) or after its noun
  /// (`fourth-quarter profit fell`), with no punctuation or `but`/`and` between.
  func isReportedInPast(_ start: Int, _ end: Int) -> Bool {
    var j = start - 1
    while j >= 0, j >= start - 8, !isClauseBreak(j) {
      if let cue = tenseCue(j) { return !cue }
      j -= 1
    }
    j = end
    while j < tokens.count, j < end + 4, !isClauseBreak(j) {
      if let cue = tenseCue(j) { return !cue }
      j += 1
    }
    return false
  }

  /// A comma, colon, bracket, quotation mark, sentence end or `and`/`but` (not `%`, `$`, `-`).
  private func isClauseBreak(_ j: Int) -> Bool {
    if isWord(j, .and) || isWord(j, .but) { return true }
    guard tokens[j].kind == .punct else { return false }
    return !(isPunct(j, "%") || isPunct(j, "$") || isPunct(j, "-"))
  }

  /// Whether token `j` is a quotation mark (`"`, `“`, `”`, or a doubled `''`/`` `` ``, not
  /// the apostrophe of `Friday's`): a quotation keeps its own tense (`"He will leave at 4
  /// a.m. Thursday," Castro said` looks forward).
  func isQuotationMark(_ j: Int) -> Bool {
    guard j >= 0, j < tokens.count, tokens[j].kind == .punct, let c = firstScalar(j) else { return false }
    if c == "\"" || c == "\u{201C}" || c == "\u{201D}" { return true }
    guard c == "'" || c == "`" || c == "\u{2019}" || c == "\u{2018}" else { return false }
    return (j > 0 && tokens[j - 1].kind == .punct && firstScalar(j - 1) == c)
      || (j + 1 < tokens.count && tokens[j + 1].kind == .punct && firstScalar(j + 1) == c)
  }


  /// Whether token `j` ends a sentence (`.`, `!`, `?` before a capital, or `;`).
  func isSentenceEnd(_ j: Int) -> Bool {
    guard tokens[j].kind == .punct else { return false }
    if isPunct(j, "!") || isPunct(j, "?") || isPunct(j, ";") { return true }
    guard isPunct(j, ".") else { return false }
    if j > 0, let w = word(j - 1), w.count <= 4, classes[j - 1].contains(.month) || w.count == 1 { return false }
    return j + 1 >= tokens.count || (tokens[j + 1].kind == .word && isCapitalized(j + 1)) || tokens[j + 1].kind == .punct
  }

  /// Whether the -ed word at `j` stands where an adjective does: after an article or a
  /// possessive determiner, or after an adverb that follows one (`a still unspecified`).
  private func isAdjectivePosition(_ j: Int) -> Bool {
    var k = j - 1
    if let w = word(k), w.hasSuffix("ly") || ids[k] == .still || ids[k] == .newly { k -= 1 }
    return isWord(k, of: .determiner)
  }

  /// Whether `had` follows `j` within ten tokens of the same sentence.
  private func hasPluperfect(after j: Int) -> Bool {
    var k = j + 1
    while k < tokens.count, k <= j + 10, !isSentenceEnd(k - 1) {
      if isWord(k, .had) { return true }
      k += 1
    }
    return false
  }

  /// Whether `had` (not `had to`, an obligation) stands before `j` in the same clause (`The
  /// sale, which had been expected, is part of a plan to pay by February` looks forward).
  private func hasPluperfect(before j: Int) -> Bool {
    var k = j - 1
    while k >= 0, k >= j - 20, !isClauseBreak(k) {
      if isWord(k, .had), !isWord(k + 1, .to) { return true }
      k -= 1
    }
    return false
  }

  /// Whether the word at `k` is a plural noun that starts its clause (`Polls`, `The polls`,
  /// `, schools`): the subject of a present tense right after it.
  private func isClauseSubject(_ k: Int) -> Bool {
    guard k >= 0, tokens[k].kind == .word, !isWord(k, of: .determiner), !isWord(k, of: .unit),
      utf8[tokens[k].endByte - 1] | 0x20 == UInt8(ascii: "s"), tokens[k].endByte - tokens[k].startByte > 3
    else { return false }
    var b = k - 1
    if isWord(b, .the) { b -= 1 }
    return b < 0 || tokens[b].kind == .punct
  }

  /// Whether the word at `k` can be the subject of a present tense right after it: a
  /// capitalized name that is not a month or weekday (`Arsenal`, `The Lakers`, `Parliament`),
  /// or a personal pronoun (`She faces`).
  private func isPresentSubject(_ k: Int) -> Bool {
    guard k >= 0, tokens[k].kind == .word else { return false }
    if isWord(k, .he) || isWord(k, .she) || isWord(k, .they) || isWord(k, .we) || isWord(k, .it) { return true }
    return isCapitalized(k) && !isWord(k, of: .determiner) && classes[k].isDisjoint(with: [.month, .weekday, .holidayStart])
  }

  /// Whether `and`/`but` at `j` joins a clause with its own verb (`took effect on Monday and is
  /// set to last`): the tense after it is that clause's.
  private func startsCoordinateClause(_ j: Int) -> Bool {
    guard isWord(j, .and) || isWord(j, .but), j + 1 < tokens.count else { return false }
    return isWord(j + 1, of: .beForm) || isModal(j + 1) || isWord(j + 1, .had) || isWord(j + 1, .have) || isWord(j + 1, .has)
      || classes[j + 1].contains(.pastCue)
  }

  /// Whether `since` stands before the expression at `i` (`since March`, `since mid-March`,
  /// `since early Monday`): what something has lasted since is past.
  func followsSince(_ i: Int) -> Bool {
    var k = i - 1
    while k >= i - 3, isPunct(k, "-") || isWord(k, .early) || isWord(k, .mid) || isWord(k, .late) || isWord(k, .the) { k -= 1 }
    return isWord(k, .since)
  }

  /// Whether the word at `k` is a modal verb (the lexicon's `.modal` words, or `'ll`); `May`
  /// with a capital is the month.
  private func isModal(_ k: Int) -> Bool {
    if isWord(k, .ll) { return k > 0 && (isPunct(k - 1, "'") || isPunct(k - 1, "\u{2019}")) }
    return isWord(k, of: .modal) && !(isWord(k, .may) && isCapitalized(k))
  }

  /// Whether the word at `k` follows `had` or `had been` (a pluperfect plan).
  private func isPastPlan(_ k: Int) -> Bool {
    isWord(k - 1, .had) || (isWord(k - 1, .been) && isWord(k - 2, .had))
  }

  static let expectations: Set<String> = ["expected", "due", "slated", "set"]
  static let presentBe: Set<String> = ["is", "are", "'s"]

  /// Verbs of reporting results after `expects to`: the period reported has passed.
  static let resultVerbs: Set<String> = ["report", "post", "record", "book", "show", "take", "release", "announce"]

  /// true for a future cue, false for a past cue, nil for neither.
  func tenseCue(_ j: Int) -> Bool? {
    guard j >= 0, j < tokens.count, tokens[j].kind == .word else { return nil }
    let c = classes[j], id = ids[j]
    if id == .ll, j > 0, isPunct(j - 1, "'") || isPunct(j - 1, "\u{2019}") { return true }
    // `had been scheduled to`, `had planned to`: a plan of the past, its time already gone.
    if !c.isDisjoint(with: [.futureBeforeTo, .futureCue]), isPastPlan(j) { return false }
    if id == .to, isWord(j - 1, of: .futureBeforeTo), isPastPlan(j - 1) { return false }
    // `Until Thursday, they had not called him a suspect`: a state that lasted up to a past day.
    if id == .until || id == .till, hasPluperfect(after: j) { return false }
    // `next to the embassy` is a place, not the coming week.
    if id == .next, isWord(j + 1, .to) { return nil }
    // `expects to report a third-quarter loss`: what a company expects to report is done.
    if c.contains(.futureCue), isWord(j + 1, .to), j + 2 < tokens.count, DateScanner.resultVerbs.contains(lower[j + 2]) { return nil }
    if c.contains(.futureCue) { return true }
    // `may vote Sunday`, `should arrive Friday`, `could worsen again on Saturday`: a modal of
    // what is possible looks forward (not `may have`, `might not`, `could not be reached`;
    // `May` with a capital is the month). `could be` may be the past of `can` (`could be
    // located Wednesday`): it leaves the tense to the other cues.
    if id == .may || id == .might || id == .should || id == .could, !isWord(j + 1, .have), !isWord(j + 1, .not), !isPunct(j + 1, "'"),
      id == .could ? !isWord(j + 1, of: .beForm) : !isCapitalized(j)
    {
      return true
    }
    // `ahead of the weekend`: what lies ahead is to come.
    if id == .ahead, isWord(j + 1, .of) { return true }
    if id == .early, isWord(j - 1, .`as`) { return true }
    if id == .to, isWord(j - 1, of: .futureBeforeTo) { return true }
    if id == .to || c.contains(.futureBeforeTo), isWord(j + 1, .to) { return nil }
    // (`to expire` is an infinitive, not a present tense: the verb before it decides.)
    if c.contains(.scheduledPresent), !isWord(j - 1, .to) { return true }
    if c.contains(.scheduledAfterSubject), isPresentSubject(j - 1) { return true }
    // `Clocks go back on Sunday`, `Manchester City take on Brentford on Saturday` (not `to go
    // back`, nor `took on`, whose tense is past).
    if id == .go || id == .goes, isWord(j + 1, .back) || isWord(j + 1, .forward), !isWord(j - 1, .to), !isModal(j - 1) { return true }
    if id == .take || id == .takes, isWord(j + 1, .on), isCapitalized(j + 2), !isWord(j - 1, .to), !isModal(j - 1) { return true }
    // `heads to Moscow`, `takes place Thursday` (not `heads of state`, `takes a stake`).
    if id == .heads, isWord(j + 1, .to) || isWord(j + 1, .for) { return true }
    if id == .takes, isWord(j + 1, .place) { return true }
    // `Voters head to the polls Sunday`, `go to the polls`: the plural of `heads to` (not `the
    // head of`, after a determiner, nor `to head to`, an infinitive).
    if id == .head, isWord(j + 1, .to) || isWord(j + 1, .for), !isWord(j - 1, of: .determiner), !isWord(j - 1, .to) { return true }
    if id == .go, isWord(j + 1, .to), isWord(j + 2, .the), isWord(j + 3, .polls), !isWord(j - 1, .to) { return true }
    // `Polls open at 7 a.m. Tuesday`, `Schools close on Friday`: the present of a plural
    // subject that starts its clause, before a time (not `kept its doors open on Friday`,
    // `Stocks close higher`).
    if id == .open || id == .close || id == .start, isClauseSubject(j - 1),
      isWord(j + 1, .at) || isWord(j + 1, .on) || isWord(j + 1, of: .weekday)
    {
      return true
    }
    // `The final is on Sunday`, `The deadline is Friday`: what is on a weekday is scheduled
    // (not `the focus is on Sunday's vote`, which may be past).
    if c.contains(.futureBeforeTo), isWord(j + 1, of: .weekday) || (isWord(j + 1, .on) && isWord(j + 2, of: .weekday)),
      DateScanner.presentBe.contains(lower[j])
    {
      let day = isWord(j + 1, .on) ? j + 2 : j + 1
      if isCapitalized(day), !isPossessive(day + 1) { return true }
    }
    // `talks are expected Thursday`, `a ruling is due Friday`, `the vote is slated for May`:
    // an expectation in the present tense is ahead (`was expected` may have passed).
    // (`set` only before `for`: `are set for December`, not `is set in March each year`.)
    if c.contains(.futureBeforeTo), j > 0, DateScanner.expectations.contains(lower[j]), DateScanner.presentBe.contains(lower[j - 1]),
      lower[j] != "set" || isWord(j + 1, .for)
    {
      return true
    }
    // (A word whose last byte is not `d` or `D` cannot end in `ed`: that test, on the text's
    // bytes, skips making the lower-case text of most words.)
    guard c.contains(.pastCue) || utf8[tokens[j].endByte - 1] | 0x20 == UInt8(ascii: "d") else { return nil }
    // `referendums to be held from Friday`, `a deal to be signed this afternoon`: a passive
    // infinitive looks forward (its participle is no past).
    if isWord(j - 1, .be), isWord(j - 2, .to) { return true }
    // `will hit Friday`, `is expected to hit Friday`, `could set`: a past form that is also the
    // bare verb (`hit`, `put`, `set`) after a modal or `to` is no past; the modal decides.
    if c.contains(.pastCue), isModal(j - 1) || isWord(j - 1, .to) { return tenseCue(j - 1) }
    let w = lower[j]
    // (The byte test above already saw the final `d`.)
    guard c.contains(.pastCue) || (w.count > 4 && w.hasSuffix("ed") && !c.contains(.notPastEd)) else {
      return nil
    }
    // `a still unspecified date`, `the revised plan`: an -ed adjective, not a verb.
    if !c.contains(.pastCue), w.hasPrefix("un") || isAdjectivePosition(j) { return nil }
    // `is expected`, `to be held`: a participle after a form of be is not the past tense.
    if isWord(j - 1, of: .beForm) { return nil }
    return false
  }
}
