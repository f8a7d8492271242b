/// The words the date rules compare tokens with, as integers. The scanner looks each token
/// up once over its lower-case UTF-8 bytes (`DateWordTable`) and the rules then compare
/// enum cases instead of Strings. A case's name is its word.
///
/// A rule that names a new word adds a case here (the lookup table picks it up by itself);
/// `isWord(i, "literal")` still works, at the cost of a String comparison.
enum DateWord: UInt16, CaseIterable, Sendable {
  // Articles, prepositions and other function words.
  case the, a, an, of, `in`, on, by, to, from, since, until, before, after, through, during, over, `for`, and, or, so, `as`, at, between
  case when, `while`, with
  case this, that, these, last, next, past, previous, following, coming, upcoming, same, then, now, more
  case early, late, mid, earlier, later, ago, ahead, first, latest, full, recent, current, near, short, long, future
  case present, moment, time, term, effective, had, been, still, newly, ll, soon, right, immediate
  case will, would, may, might, could, should, can, shall, date, being, heads, takes, place
  // Words of the 1.8.0 tense rules (`Voters head to the polls`, `Polls open at 7 a.m.`).
  case head, go, polls, `open`, well, lasted, lasting, lasts, have, has, not
  // Words of the 1.17.0 fixture rules (`City take on Brentford`, `Clocks go back`).
  case take, goes, back, forward, he, she, they, we, it
  // Units and periods.
  case second, third, fourth
  case day, days, week, year, years, month, quarter, half, period, century, weekend, night, morning, afternoon, evening
  case fiscal, fy, ended, ending, ends, end, old, q, h, daylong, weeklong, monthlong, yearlong
  // Days, months and holidays the rules name.
  case monday, friday, sunday, march, holiday, holidays
  // Words of the 1.2.0 conventions (`high noon`, `the nine months`).
  case high, months, six, nine, till, but, one
  case yesterday, today, tonight, overnight, into, recently, lately, currently, nowadays, presently
  case every, other, each, twenty, fall, additional, extra, further, once, twice, times, per
  // Clock times: meridiems and time zones.
  case am, pm, p, m, s, o, clock, est, edt, cst, cdt, pst, pdt, gmt, utc, et, bst, cet, pt, ct, mt, cest, eet, eest, msk, jst, ist, aest
  // Counted things a four-digit number is not a year before (`2000 people`).
  case percent, people, shares, troops, members, points, feet, meters, miles, hours, votes, cases, deaths, soldiers, residents, units
  // Words of the qualifier and vague-count phrase tables (`more than`, `the end of`, `a few`).
  case nearly, almost, less, than, fewer, under, just, up, down, most, no, longer, least, about, around, approximately, roughly
  case beginning, start, middle, close, several, few, many, couple, final, weeks, small, wee, local, weekends, bi
  // Comparisons of figures (`compared with $3 million last year`).
  case compared, versus, vs, against
  // Words a number in words can go on with after `a` (`a dozen`, `a million`: `NumberWords.read`).
  case dozen, pair, hundred, thousand, million, billion, trillion
  // Words of the 1.21.0 rules (`last season`, `into the new year`).
  case season, new, be
}

extension DateWord {
  /// The case whose word is `text`, nil for other words.
  init?(text: String) {
    guard let w = DateWord.byText[text] else { return nil }
    self = w
  }

  private static let byText: [String: DateWord] = Dictionary(uniqueKeysWithValues: allCases.map { (String(describing: $0), $0) })
}

/// A table of the lexicon keyed by words (`"first": 1`) as an array indexed by `DateWord`:
/// a lookup is an index, not a String hash. Every key must be a `DateWord`.
struct DateWordMap<V: Sendable>: Sendable {
  private let values: [V?]

  init(_ table: [String: V]) {
    var values = [V?](repeating: nil, count: DateWord.allCases.count)
    for (text, value) in table {
      guard let w = DateWord(text: text) else { preconditionFailure("DateWordMap: \(text) is not a DateWord case; add it to DateWord") }
      values[Int(w.rawValue)] = value
    }
    self.values = values
  }

  @inline(__always) subscript(_ w: DateWord?) -> V? {
    guard let w else { return nil }
    return values[Int(w.rawValue)]
  }
}

/// A set of `DateWord`s as bits: `contains` is a shift and a mask.
struct DateWordSet: ExpressibleByArrayLiteral, Sendable {
  private var bits: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)

  init(arrayLiteral words: DateWord...) { self.init(words) }

  init<S: Sequence>(_ words: S) where S.Element == DateWord {
    for w in words {
      let bit = UInt64(1) << UInt64(w.rawValue & 63)
      switch w.rawValue >> 6 {
      case 0: bits.0 |= bit
      case 1: bits.1 |= bit
      case 2: bits.2 |= bit
      case 3: bits.3 |= bit
      default: bits.4 |= bit
      }
    }
  }

  @inline(__always) func contains(_ w: DateWord?) -> Bool {
    guard let w else { return false }
    let bit = UInt64(1) << UInt64(w.rawValue & 63)
    switch w.rawValue >> 6 {
    case 0: return bits.0 & bit != 0
    case 1: return bits.1 & bit != 0
    case 2: return bits.2 & bit != 0
    case 3: return bits.3 & bit != 0
    default: return bits.4 & bit != 0
    }
  }
}

/// Every lexicon word and every `DateWord`, in an open-addressing hash table over lower-case
/// UTF-8 bytes: one FNV hash and (for most words) one empty slot per token, no String hashing.
struct DateWordTable: Sendable {
  /// A word of the table: its text, lexicon classes and, when the rules name it, its case.
  struct Entry: Sendable {
    var text: String
    var classes: DateLexicon.WordClass
    var word: DateWord?
  }

  private(set) var entries: [Entry] = []
  /// The entries' lower-case bytes, one after another (`starts[k]..<starts[k + 1]`).
  private var bytes: [UInt8] = []
  private var starts: [Int32] = [0]
  /// Entry index + 1 per slot, 0 when the slot is empty.
  private var slots: [Int16]
  private let mask: Int
  /// The longest word of the table: longer tokens skip the lookup.
  private(set) var maxLength = 0

  init(classes: [String: DateLexicon.WordClass]) {
    precondition(DateWord.allCases.count <= 320, "DateWordSet holds 320 DateWord cases; widen it")
    var texts: [String: DateWord?] = [:]
    for w in DateWord.allCases { texts[String(describing: w)] = w }
    for w in classes.keys where texts[w] == nil { texts[w] = .some(nil) }
    var size = 64
    while size < texts.count * 4 { size *= 2 }
    slots = [Int16](repeating: 0, count: size)
    mask = size - 1
    for text in texts.keys.sorted() {
      let utf8 = Array(text.utf8)
      entries.append(Entry(text: text, classes: classes[text] ?? [], word: texts[text] ?? nil))
      bytes.append(contentsOf: utf8)
      starts.append(Int32(bytes.count))
      maxLength = max(maxLength, utf8.count)
      var slot = Self.hash(utf8) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int16(entries.count)
    }
  }

  /// FNV-1a over bytes.
  @inline(__always) static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
    var h: UInt32 = 2_166_136_261
    for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
    return Int(h)
  }

  /// The entry of `word` with FNV hash `h` (of its lower-case bytes), if the table has it.
  /// `word` is ASCII letters in any case: `| 0x20` lowers a letter.
  @inline(__always) func entry(asciiLetters word: UnsafeBufferPointer<UInt8>, hash h: Int) -> Int? {
    var slot = h & mask
    while true {
      let e = Int(slots[slot])
      if e == 0 { return nil }
      let from = Int(starts[e - 1]), to = Int(starts[e])
      if to - from == word.count {
        var k = 0
        while k < word.count, bytes[from + k] == word[k] | 0x20 { k += 1 }
        if k == word.count { return e - 1 }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The entry of lower-case `word` (any UTF-8), if the table has it.
  func entry(lowercase word: UnsafeBufferPointer<UInt8>) -> Int? {
    guard word.count <= maxLength else { return nil }
    var slot = Self.hash(word) & mask
    while true {
      let e = Int(slots[slot])
      if e == 0 { return nil }
      let from = Int(starts[e - 1]), to = Int(starts[e])
      if to - from == word.count, bytes[from..<to].elementsEqual(word) { return e - 1 }
      slot = (slot + 1) & mask
    }
  }

  /// How `LowerCaseWords` gets a token's lower-case text when it is not a table entry.
  enum Lowering {
    /// The bytes with A–Z lowered: ASCII words, numbers and punctuation.
    static let asciiBytes: Int16 = -1
    /// `lowercased()`: words with non-ASCII letters.
    static let unicode: Int16 = -2
  }

  /// A word token's table entry (or how to lower it: `Lowering`), lexicon classes and case,
  /// with one pass over its UTF-8 bytes.
  func lookUp(bytes word: UnsafeBufferPointer<UInt8>) -> (entry: Int16, classes: DateLexicon.WordClass, word: DateWord?) {
    // ASCII words (nearly all): hash the lower-case bytes without copying them.
    var h: UInt32 = 2_166_136_261
    var ascii = true
    for b in word {
      if b >= 0x80 {
        ascii = false
        break
      }
      h = (h ^ UInt32(b | 0x20)) &* 16_777_619
    }
    if ascii {
      guard word.count <= maxLength, let e = entry(asciiLetters: word, hash: Int(h)) else { return (Lowering.asciiBytes, [], nil) }
      return (Int16(e), entries[e].classes, entries[e].word)
    }
    // Non-ASCII words: the general path.
    var lower = String(decoding: word, as: UTF8.self).lowercased()
    guard let e = lower.withUTF8({ entry(lowercase: $0) }) else { return (Lowering.unicode, [], nil) }
    return (Lowering.unicode, entries[e].classes, entries[e].word)
  }

  /// A word's lower-case text, lexicon classes and case (`lookUp(bytes:)` for a String).
  func lookUp(_ token: String) -> (lower: String, classes: DateLexicon.WordClass, word: DateWord?) {
    var token = token
    let (e, classes, word) = token.withUTF8 { lookUp(bytes: $0) }
    let lower = e >= 0 ? entries[Int(e)].text : e == Lowering.unicode ? token.lowercased() : token.withUTF8 { ASCIICase.lowercased(utf8: $0) }
    return (lower, classes, word)
  }
}

/// The lower-case text of each token (numbers and punctuation as written), made when a rule
/// asks for it: most tokens' never are. Lexicon words share the table's text.
struct LowerCaseWords {
  private let utf8: [UInt8]
  private let tokens: [TokenSpan]
  /// Per token: its `DateWordTable` entry, or how to lower it (`DateWordTable.Lowering`).
  private let entries: [Int16]
  private let table: DateWordTable

  init(utf8: [UInt8], tokens: [TokenSpan], entries: [Int16], table: DateWordTable) {
    self.utf8 = utf8
    self.tokens = tokens
    self.entries = entries
    self.table = table
  }

  subscript(_ i: Int) -> String {
    let e = entries[i]
    if e >= 0 { return table.entries[Int(e)].text }
    let span = tokens[i]
    return utf8.withUnsafeBufferPointer { bytes in
      let word = UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte])
      if e == DateWordTable.Lowering.unicode { return String(decoding: word, as: UTF8.self).lowercased() }
      return ASCIICase.lowercased(utf8: word)
    }
  }
}
