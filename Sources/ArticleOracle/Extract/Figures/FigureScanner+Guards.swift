/// What a number is when it is not a figure: part of a date, a time, a duration, a name,
/// a code or a list marker.
extension FigureScanner {
  /// The end of a date or time written at `index` (`Feb. 24`, `24 February 2022`,
  /// `April 26, 2022`, `4/26/2022`, `10:30`, `2 p.m.`, `2022`, `1990s`, `2013-14`), or nil.
  func dateLikeEnd(at index: Int) -> Int? {
    let token = tokens[index]
    if token.kind == .word {
      guard isMonth(index) else { return nil }
      var cursor = index + 1
      if isPunct(cursor, Punct.dot), glued(cursor) { cursor += 1 }
      if isNumber(cursor), let day = Int(tokens[cursor].text), (1...31).contains(day) {
        cursor += 1
        if let suffix = word(cursor), glued(cursor), Punct.ordinalSuffixes.contains(suffix) { cursor += 1 }
        if isPunct(cursor, Punct.comma), isYear(cursor + 1) { return cursor + 2 }
        if isYear(cursor) { return cursor + 1 }
        // July 13 to 15, July 13-15
        if isPunct(cursor, Self.joiners) || wordIs(cursor, "to") || wordIs(cursor, "through"), isNumber(cursor + 1),
          let last = Int(tokens[cursor + 1].text), (1...31).contains(last)
        {
          cursor += 2
          if let suffix = word(cursor), glued(cursor), Punct.ordinalSuffixes.contains(suffix) { cursor += 1 }
        }
        return cursor
      }
      if isYear(cursor) { return cursor + 1 }
      return nil
    }
    guard token.kind == .number else { return nil }
    var cursor = index + 1
    // Day before month: `24 February`, `21st of April`.
    if let day = Int(token.text), (1...31).contains(day) {
      var look = cursor
      if let suffix = word(look), glued(look), Punct.ordinalSuffixes.contains(suffix) { look += 1 }
      // 13 to 15 July, the 13th to the 15th of July
      if isPunct(look, Self.joiners) || wordIs(look, "to") || wordIs(look, "through") {
        var after = look + 1
        if wordIs(after, "the") { after += 1 }
        if isNumber(after), let last = Int(tokens[after].text), (1...31).contains(last) {
          after += 1
          if let suffix = word(after), glued(after), Punct.ordinalSuffixes.contains(suffix) { after += 1 }
          if wordIs(after, "of") { after += 1 }
          if isMonth(after) { look = after }
        }
      }
      if wordIs(look, "of") { look += 1 }
      if isMonth(look) {
        look += 1
        if isYear(look) { look += 1 }
        return look
      }
    }
    // Slash dates: 4/26/2022, 26/4, 2/15 (a day and a month, in either order).
    if isPunct(cursor, Punct.slash), glued(cursor), isNumber(cursor + 1), glued(cursor + 1),
      let a = Int(token.text), let b = Int(tokens[cursor + 1].text)
    {
      if isPunct(cursor + 2, Punct.slash), glued(cursor + 2), isNumber(cursor + 3) { return cursor + 4 }
      if (1...12).contains(a) && (1...31).contains(b) || (1...31).contains(a) && (1...12).contains(b) || b == 0
        || isYear(index) || isYear(cursor + 1)
      {
        return cursor + 2
      }
      return nil
    }
    // Times: 10:30, 2 p.m., 2pm, 14.30 GMT.
    if isPunct(cursor, Punct.colon), glued(cursor), isNumber(cursor + 1), glued(cursor + 1),
      Int(token.text).map({ $0 < 25 }) == true
    {
      cursor += 2
      if isPunct(cursor, Punct.colon), glued(cursor), isNumber(cursor + 1), glued(cursor + 1) { cursor += 2 }
      return timeOfDayEnd(at: cursor) ?? cursor
    }
    if let hour = Double(token.text), hour <= 24, let end = timeOfDayEnd(at: cursor) { return end }
    // 3 in the morning
    if let hour = Int(token.text), hour <= 12, wordIs(cursor, "in"), wordIs(cursor + 1, "the"),
      let part = word(cursor + 2), ["morning", "afternoon", "evening", "night", "am", "pm"].contains(part)
    {
      return cursor + 3
    }
    // Years: a bare four-digit number from 1800 to 2100 not followed by a counted noun,
    // decades (1990s, 1990's) and year ranges (2013-14, 2014–2022).
    if isYear(index) {
      if let s = word(cursor), s == "s", glued(cursor) { return cursor + 1 }
      if isPunct(cursor, Punct.apostrophes), wordIs(cursor + 1, "s") { return cursor + 2 }
      if isPunct(cursor, Self.joiners), glued(cursor), isNumber(cursor + 1), glued(cursor + 1),
        [2, 4].contains(tokens[cursor + 1].text.count)
      {
        return cursor + 2
      }
      let afterDeterminer = word(index - 1).map { lexicon.determiners.contains($0) } ?? false
      if !afterDeterminer, let next = word(cursor), !lexicon.notUnits.contains(next), !isCapitalized(cursor),
        lexicon.countedNouns.contains(next) || next.hasSuffix("s") && !lexicon.timeUnits.contains(next) && next != "was" && next != "is"
      {
        return nil  // 2000 troops
      }
      return cursor
    }
    return nil
  }

  /// Punctuation that glues the parts of a code together.
  static let codeGlue: [Unicode.Scalar] = ["+", "^", "#", "_", "@", ".", "&", "/"]

  func isMonth(_ index: Int) -> Bool {
    guard isWord(index, WordClass.month), isCapitalized(index) else { return false }
    // `May` and `March` are also words; a month needs a number beside it (checked by callers).
    return true
  }

  func isYear(_ index: Int) -> Bool {
    guard isNumber(index) else { return false }
    let text = tokens[index].text
    guard text.count == 4, text.allSatisfy(\.isNumber), let year = Int(text) else { return false }
    return (1800...2100).contains(year)
  }

  /// The end of `am`, `p.m.`, `GMT`, `o'clock` at `index`.
  func timeOfDayEnd(at index: Int) -> Int? {
    guard let w = word(index) else { return nil }
    if (w == "a" || w == "p"), isPunct(index + 1, Punct.dot), glued(index + 1), wordIs(index + 2, "m"), glued(index + 2) {
      return isPunct(index + 3, Punct.dot) && glued(index + 3) ? index + 4 : index + 3
    }
    if w == "o", isPunct(index + 1, Punct.apostrophes), wordIs(index + 2, "clock") { return index + 3 }
    if w == "h" { return glued(index) ? index + 1 : nil }
    if lexicon.timeOfDay.contains(w) { return index + 1 }
    return nil
  }

  /// A number that is part of a name or code: `COVID-19`, `F-16`, `G7`, `Voyager 2`,
  /// `0033`, or a list marker at the start of a line (`1.`, `2)`).
  func identifier(at index: Int) -> AmountOutcome? {
    let token = tokens[index]
    let text = token.text
    if text.count > 1, text.hasPrefix("0"), !text.hasPrefix("0.") { return .blocked(next: phoneEnd(after: codeEnd(after: index))) }
    // An international phone number: `+44 20 7946 0958` (a sign glued to the country code and
    // at least two more groups of digits).
    if index > 0, isPunct(index - 1, Punct.plus), !token.spaceBefore, index == 1 || tokens[index - 1].spaceBefore,
      phoneEnd(after: index + 1) >= index + 3
    {
      return .blocked(next: phoneEnd(after: index + 1))
    }
    if let end = usPhoneEnd(at: index) { return .blocked(next: end) }
    if isModelNumber(index) { return .blocked(next: codeEnd(after: index)) }  // 27 737 MAX jets
    if index > 0 {
      let before = tokens[index - 1]
      if before.kind == .word, !token.spaceBefore, !isCurrencyWord(index - 1) { return .blocked(next: codeEnd(after: index)) }
      if before.kind == .punct, !token.spaceBefore, Self.joiners.contains(sign(index - 1) ?? " "), index >= 2,
        tokens[index - 2].kind == .word, !before.spaceBefore, !word(index - 2, in: lexicon.unitsBefore)
      {
        return .blocked(next: codeEnd(after: index))  // COVID-19, F-16, Su-25 (and 10-20 is read from its first number)
      }
      if before.kind == .punct, !token.spaceBefore, !before.spaceBefore, Self.codeGlue.contains(sign(index - 1) ?? " "), index >= 2,
        tokens[index - 2].kind != .punct, !isCurrencyWord(index - 2)  // `Rs.5,000` is money
      {
        return .blocked(next: codeEnd(after: index))  // J1149.5+6663, 4km^3, ES-11/1, #5, 1.2.3
      }
      if before.kind == .word, token.spaceBefore, isCapitalized(index - 1) || hasInnerCapital(index - 1), !lexicon.notNames.contains(lower(index - 1)),
        !isCurrencyWord(index - 1), !isMonth(index - 1), !lexicon.dayCount.contains(lower(index - 1)),
        !(lexicon.qualifiers[lower(index - 1)] != nil)
      {
        return .blocked(next: codeEnd(after: index))  // Voyager 2, Article 5, Boeing 737, iPhone 15
      }
    }
    if isLineStart(index) || (index > 0 && isLineStart(index - 1) && isPunct(index - 1, Punct.open)),
      isPunct(index + 1, Punct.listMarkerEnds), glued(index + 1)
    {
      return .blocked(next: index + 2)  // a list marker
    }
    if isInlineListMarker(index) { return .blocked(next: index + 2) }
    return nil
  }

  /// A list marker inside a sentence: a number of one or two digits with a glued `)` that
  /// no `(` opened, after a colon, a comma, a semicolon, `and` or `or` (`three priorities: 1)
  /// repairing the grid, 2) restoring water and 3) keeping …`).
  func isInlineListMarker(_ index: Int) -> Bool {
    guard tokens[index].kind == .number, tokens[index].utf8.count <= 2, isPunct(index + 1, Punct.close), glued(index + 1),
      index > 0, isPunct(index - 1, Punct.listLeads) || wordIs(index - 1, "and") || wordIs(index - 1, "or")
    else { return false }
    var k = index - 1
    while k >= 0, k >= index - 40, !isPunct(k, Punct.sentenceStops) {
      if isPunct(k, Punct.open) { return false }
      if isPunct(k, Punct.close) { return true }
      k -= 1
    }
    return true
  }

  /// Whether a word has a capital after its first letter (`iPhone`, `eBay`, `PlayStation`):
  /// written so, it is a name, like a capitalised one. Told from the bytes (ASCII capitals).
  func hasInnerCapital(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let utf8 = tokens[index].utf8
    guard utf8.count > 1 else { return false }
    for byte in utf8.dropFirst() where byte >= 65 && byte <= 90 { return true }
    return false
  }

  /// The end of a US phone number whose area code starts at `index`: `(202) 555-0143`,
  /// `(212) 555 0143`, `202-555-0143`, `202.555.0143` (three digits, three digits, four
  /// digits; the code in parentheses, or the groups joined by the same glued `-` or `.`).
  /// Nil otherwise: `555-600 people` is a range.
  func usPhoneEnd(at index: Int) -> Int? {
    func isDigits(_ i: Int, _ count: Int) -> Bool {
      isNumber(i) && tokens[i].utf8.count == count && isDigitsOnly(i)
    }
    guard isDigits(index, 3) else { return nil }
    var cursor = index + 1
    if index > 0, sign(index - 1) == "(", glued(index), sign(cursor) == ")", glued(cursor) {
      cursor += 1
      guard isDigits(cursor, 3), tokens[cursor].spaceBefore else { return nil }
      cursor += 1
      if isDigits(cursor, 4), tokens[cursor].spaceBefore { return cursor + 1 }
      guard let joiner = sign(cursor), joiner == "-" || joiner == ".", glued(cursor), isDigits(cursor + 1, 4), glued(cursor + 1)
      else { return nil }
      return cursor + 2
    }
    guard let joiner = sign(cursor), joiner == "-" || joiner == ".", glued(cursor), isDigits(cursor + 1, 3), glued(cursor + 1),
      sign(cursor + 2) == joiner, glued(cursor + 2), isDigits(cursor + 3, 4), glued(cursor + 3)
    else { return nil }
    return cursor + 4
  }

  /// The end of the groups of digits after a phone number's first group (`0800 123 4567`):
  /// each a whole number of two to four digits after one space.
  func phoneEnd(after index: Int) -> Int {
    var end = index
    while isNumber(end), tokens[end].spaceBefore, (2...4).contains(tokens[end].utf8.count),
      tokens[end].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), !(glued(end + 1) && tokens[end + 1].kind == .word)
    {
      end += 1
    }
    return end
  }

  /// The end of a code or name's number with the parts glued to it by hyphens: the
  /// `-800` of `Boeing 737-800`, the `-1` of `Chelsea 3-1`, which are not figures either.
  func codeEnd(after index: Int) -> Int {
    var end = index + 1
    while isPunct(end, Self.joiners), glued(end), isNumber(end + 1), glued(end + 1) { end += 2 }
    return end
  }

  func isCurrencyWord(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
    let text = tokens[index].text
    return lexicon.codes[text] != nil || lexicon.symbols[text] != nil
      || (isPunct(index + 1, Punct.dot) && lexicon.symbols[text + "."] != nil)
      || (isPunct(index - 1, Punct.dollar) && glued(index) && lexicon.symbols["$" + text] != nil)  // $US5bn
      || (lexicon.largeSymbols[text] != nil && glued(index + 1) && isLargeAmount(at: index + 1))  // R5bn
  }

  /// A cardinal followed by a time unit is a duration (`two days`, `three-year`), which the
  /// date extractor owns; `72-year-old` is an age, a figure.
  func durationOrTime(after amount: Amount) -> AmountOutcome? {
    guard amount.kind == .cardinal || amount.kind == .vague else { return nil }
    var index = amount.end
    if let end = timeOfDayEnd(at: index), tokens[amount.start].kind == .word, amount.value <= 24 {
      return .blocked(next: end)  // seven p.m.
    }
    let hyphenated = isPunct(index, Self.joiners) && glued(index)
    if hyphenated {
      index += 1
    } else if amount.isFraction, wordIs(index, "of") {
      index += wordIs(index + 1, "a") || wordIs(index + 1, "an") ? 2 : 1  // three-quarters of an hour
    } else if let w = word(index), lexicon.durationAdjectives.contains(w), let unit = word(index + 1), lexicon.timeUnits.contains(unit) {
      index += 1  // three consecutive days
    }
    guard let unit = word(index), lexicon.timeUnits.contains(unit) else { return nil }
    // `72-year-old`: an age, a length of life as `two years` is; neither a date nor a figure.
    if hyphenated, isPunct(index + 1, Self.joiners), wordIs(index + 2, "old") { return .blocked(next: index + 3) }
    if unit == "quarter" || unit == "min", !hyphenated { return nil }
    return .blocked(next: index + 1)
  }

  /// `day 61`, `Day 3`: a count of days of an event, an ordinal figure (spec section 2).
  func dayCount(at index: Int) -> Outcome? {
    guard isWord(index, WordClass.dayCount), isNumber(index + 1), tokens[index + 1].spaceBefore,
      let value = NumberWords.digitValue(tokens[index + 1].text), value == value.rounded(), value < 10000,
      !isYear(index + 1)
    else { return nil }
    if index + 2 < tokens.count, !tokens[index + 2].spaceBefore, tokens[index + 2].kind != .punct { return nil }
    let begin = tokens[index].start
    let finish = tokens[index + 1].end
    let item = FigureItem(
      text: text(tokens: index..<index + 2), start: begin, end: finish, value: value, kind: .ordinal, unit: lower(index))
    return .found([item], next: index + 2)
  }
}
