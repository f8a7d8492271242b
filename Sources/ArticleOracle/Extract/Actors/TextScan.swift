/// An article's tokens as the linker reads them: folded keys (joining hyphens dropped),
/// the token behind each key, sentence numbers, and the longest registry phrase at each
/// position found in one pass over the trie.
struct TextScan {
  let tokens: [Token]
  /// Folded text of each kept token.
  let keys: [String]
  /// The token index behind each key.
  let tokenOf: [Int]
  /// Sentence number of each key.
  let sentence: [Int]
  /// Whether each key starts a sentence (after `.`, `!`, `?`, a line break, or at the start).
  let sentenceInitial: [Bool]
  /// Whether each key's token starts with a capital letter.
  let capitalized: [Bool]

  /// Registry facts about each key (its trie node, cue flags), from one vocabulary lookup.
  let info: [WordInfo]
  /// UTF-8 offsets of each token's start and end, to cut mention texts without walking the
  /// text again.
  private let startByte: [Int]
  private let endByte: [Int]
  private let text: String

  /// `WordTable.hash` of each key.
  let hashes: [UInt64]

  init(_ text: String, words: WordTable = WordTable(capacity: 0), infos: [WordInfo] = []) {
    self.text = text
    let tokens = Tokenizer.tokens(text)
    self.tokens = tokens
    var newlines: [Int] = []
    var starts: [Int] = []
    var ends: [Int] = []
    starts.reserveCapacity(tokens.count)
    ends.reserveCapacity(tokens.count)
    var offset = 0
    var t = 0
    var e = 0
    var byte = 0
    let tokenStarts = tokens.map(\.start)
    let tokenEnds = tokens.map(\.end)
    let count = tokens.count
    text.utf8.withContiguousStorageIfAvailable { bytes in
      for value in bytes {
        if value & 0xC0 != 0x80 {
          while e < count, tokenEnds[e] == offset {
            ends.append(byte)
            e += 1
          }
          while t < count, tokenStarts[t] == offset {
            starts.append(byte)
            t += 1
          }
          if value == 0x0A { newlines.append(offset) }
          offset += 1
        }
        byte += 1
      }
    }
    if starts.count < tokens.count || byte == 0 {
      // Not contiguous UTF-8 (a bridged string): walk the scalars instead.
      starts = []
      ends = []
      newlines = []
      offset = 0
      t = 0
      e = 0
      byte = 0
      for scalar in text.unicodeScalars {
        while e < tokens.count, tokens[e].end == offset {
          ends.append(byte)
          e += 1
        }
        while t < tokens.count, tokens[t].start == offset {
          starts.append(byte)
          t += 1
        }
        if scalar == "\n" { newlines.append(offset) }
        offset += 1
        byte += UTF8.width(scalar)
      }
    }
    while e < tokens.count {
      ends.append(byte)
      e += 1
    }
    startByte = starts
    endByte = ends
    var keys: [String] = []
    var tokenOf: [Int] = []
    var sentence: [Int] = []
    var initial: [Bool] = []
    var capitals: [Bool] = []
    var infoList: [WordInfo] = []
    var hashList: [UInt64] = []
    keys.reserveCapacity(tokens.count)
    tokenOf.reserveCapacity(tokens.count)
    sentence.reserveCapacity(tokens.count)
    initial.reserveCapacity(tokens.count)
    capitals.reserveCapacity(tokens.count)
    infoList.reserveCapacity(tokens.count)
    hashList.reserveCapacity(tokens.count)
    var number = 0
    var newlineAt = 0
    var previousEnd = 0
    var lastKept = -1
    // Folding a non-ASCII word goes through Foundation and is slow; an article repeats its
    // names, so each distinct non-ASCII word is folded once per article.
    var foldedWords: [String: String] = [:]
    for i in tokens.indices {
      let token = tokens[i]
      if NameFolding.isJoiningHyphen(tokens, i) { continue }
      var starts = lastKept < 0
      while newlineAt < newlines.count, newlines[newlineAt] < token.start {
        if newlines[newlineAt] >= previousEnd { starts = true }
        newlineAt += 1
      }
      if lastKept >= 0, Self.endsSentence(tokens, lastKept) { starts = true }
      if starts, lastKept >= 0 { number += 1 }
      let key: String
      let hash: UInt64
      if token.kind == .number {
        key = token.text
        hash = WordTable.hash(key)
      } else if let ascii = Self.asciiKey(token.text) {
        (key, hash) = ascii
      } else if let known = foldedWords[token.text] {
        key = known
        hash = WordTable.hash(key)
      } else {
        key = NameFolding.fold(token.text)
        foldedWords[token.text] = key
        hash = WordTable.hash(key)
      }
      keys.append(key)
      hashList.append(hash)
      infoList.append(token.kind == .number ? WordInfo() : words.find(key, hash: hash).map { infos[Int($0)] } ?? WordInfo())
      tokenOf.append(i)
      sentence.append(number)
      initial.append(starts)
      capitals.append(Self.startsWithCapital(token.text))
      previousEnd = token.end
      lastKept = i
    }
    self.keys = keys
    self.tokenOf = tokenOf
    self.sentence = sentence
    self.sentenceInitial = initial
    self.capitalized = capitals
    self.info = infoList
    self.hashes = hashList
  }

  /// The folded key of an ASCII token (`NameFolding.fold`: lower case) and its
  /// `WordTable.hash`, in one pass over the bytes; nil when the token is not ASCII.
  @inline(__always) private static func asciiKey(_ text: String) -> (String, UInt64)? {
    var text = text
    var ascii = true
    var upper = false
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    text.withUTF8 { bytes in
      for byte in bytes {
        if byte >= 0x80 {
          ascii = false
          return
        }
        var folded = byte
        if byte >= 65 && byte <= 90 {
          upper = true
          folded |= 0x20
        }
        h = (h ^ UInt64(folded)) &* 0x0000_0100_0000_01b3
      }
    }
    guard ascii else { return nil }
    guard upper else { return (text, h | 1) }
    let lowered = text.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for i in bytes.indices {
          let byte = bytes[i]
          buffer[i] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        }
        return bytes.count
      }
    }
    return (lowered, h | 1)
  }

  /// `.`, `!` or `?`, but not the dot of an initial or abbreviation (`U.N.`, `J.`).
  private static func endsSentence(_ tokens: [Token], _ i: Int) -> Bool {
    guard tokens[i].kind == .punct, let byte = tokens[i].text.utf8.first else { return false }
    switch byte {
    case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
    case UInt8(ascii: "."):
      if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end - tokens[i - 1].start == 1, !tokens[i].spaceBefore {
        return false
      }
      return true
    default: return false
    }
  }

  /// Whether the key is a comma.
  @inline(__always) func isComma(_ key: Int) -> Bool { hashes[key] == Self.commaHash && keys[key] == "," }
  private static let commaHash = WordTable.hash(",")

  var count: Int { keys.count }

  /// The text between two token boundaries (code-point offsets).
  func text(_ start: Int, _ end: Int) -> String {
    guard let first = tokenIndex(startingAt: start), let last = tokenIndex(endingAt: end) else { return "" }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: startByte[first])
    let upper = utf8.index(utf8.startIndex, offsetBy: endByte[last])
    return String(text[lower..<upper])
  }

  private func tokenIndex(startingAt offset: Int) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count && tokens[low].start == offset ? low : nil
  }

  private func tokenIndex(endingAt offset: Int) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].end < offset { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count && tokens[low].end == offset ? low : nil
  }

  func start(_ key: Int) -> Int { tokens[tokenOf[key]].start }
  func end(_ key: Int) -> Int { tokens[tokenOf[key]].end }
  func token(_ key: Int) -> Token { tokens[tokenOf[key]] }

  /// Whether the key's token starts with a capital letter.
  @inline(__always) func isCapitalized(_ key: Int) -> Bool { capitalized[key] }

  /// Whether the key's word carries a cue flag (`WordInfo.notName`, …).
  @inline(__always) func has(_ key: Int, _ flag: UInt32) -> Bool { info[key].flags & flag != 0 }

  private static func startsWithCapital(_ text: String) -> Bool {
    guard let first = text.utf8.first else { return false }
    if first < 0x80 { return first >= 65 && first <= 90 }
    return text.unicodeScalars.first?.properties.isUppercase ?? false
  }

  /// Whether a hyphen joined this key to the previous one (`Ki-moon`).
  func isHyphenJoined(_ key: Int) -> Bool { key > 0 && tokenOf[key] - tokenOf[key - 1] == 2 }

  // MARK: - Matching

  /// A phrase of the registry found in the text: keys `from..<to` and what it may name
  /// (already filtered by case rules).
  struct Match {
    var from: Int
    var to: Int
    var targets: PhraseTargets
  }

  /// Longest phrases, left to right, without overlaps, in `range`; with `shorterThan`,
  /// only phrases of fewer keys (the phrases inside a longer one).
  func matches(_ trie: PhraseTrie, in range: Range<Int>, shorterThan: Int = .max) -> [Match] {
    var found: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      var node = 0
      var j = i
      var best: Match?
      while j < range.upperBound, j - i < shorterThan - 1,
        let next = j == i ? (info[j].root >= 0 ? Int(info[j].root) : nil) : trie.child(node, keys[j], hash: hashes[j])
      {
        node = next
        j += 1
        if let targets = trie.targets(at: node), let valid = accept(targets, from: i, to: j) {
          best = Match(from: i, to: j, targets: valid)
        }
      }
      if let best {
        found.append(best)
        i = best.to
      } else {
        i += 1
      }
    }
    return found
  }

  /// The targets that the text at `from..<to` may really name: acronyms need their exact
  /// case, names a capital first letter.
  private func accept(_ targets: PhraseTargets, from: Int, to: Int) -> PhraseTargets? {
    var valid = PhraseTargets()
    func isValid(_ name: PhraseTargets.Name) -> Bool {
      if let exact = name.exact { return exactly(exact, from: from) }
      return !name.needsCapital || isCapitalized(from)
    }
    // Most phrases keep all their names: share the array instead of filtering a copy.
    valid.names = targets.names.allSatisfy(isValid) ? targets.names : targets.names.filter(isValid)
    if let title = targets.title, title.exact.map({ exactly($0, from: from) }) ?? true {
      valid.title = title
    }
    valid.counterpartCountry = targets.counterpartCountry
    if valid.names.isEmpty, valid.title == nil, valid.counterpartCountry == nil { return nil }
    return valid
  }

  private func exactly(_ exact: [String], from: Int) -> Bool {
    for (offset, text) in exact.enumerated() where token(from + offset).text != text { return false }
    return true
  }
}
