/// An article's tokens as the linker reads them: one pass over the UTF-8 bytes gives each
/// kept token (joining hyphens dropped) its vocabulary id, registry facts (trie root, cue
/// flags), sentence number and case, without making a `String` per token. Folded keys are
/// made on demand (`key(_:)`) for the few tokens the linker looks at closer.
struct TextScan {
  /// Every token of the text (joining hyphens included).
  private let spans: [TokenSpan]
  /// What the scan knows about one key, in one array so that each token costs one append.
  private struct Facts {
    /// The token index behind the key.
    var token: Int32
    /// The key's vocabulary id; -1 for an ASCII token not in the vocabulary (its key is its
    /// bytes lower-cased), -2 - n for a non-ASCII one whose folded key is `foldedKeys[n]`.
    var id: Int32
    var sentence: Int32
    /// `startsSentence`, `capitalBit`.
    var bits: UInt8
    /// Registry facts about the key (its trie node, cue flags), from the vocabulary lookup.
    var info: WordInfo
  }

  private let facts: [Facts]
  private let foldedKeys: [String]
  /// The keys that are commas, that carry `WordInfo.cueFirst`, and that carry
  /// `WordInfo.organizationHead`, each in text order: the few keys the passes over
  /// unregistered names start from, so those passes do not test every key.
  let commas: [Int]
  let cueFirsts: [Int]
  let organizationHeads: [Int]
  /// The capitalized words of `FuzzyNameIndex.minimumLength` code points or more that are
  /// neither `WordInfo.notName` nor `WordInfo.countryWord`, in text order: the only
  /// candidates of the misspelling pass.
  let misspellingCandidates: [Int]
  /// The keys that carry `WordInfo.givenName` and are capitalized words, in text order: where
  /// the misspelling pass looks for a short misspelt family name after a given name.
  let givenNames: [Int]
  private static let startsSentence: UInt8 = 1
  private static let capitalBit: UInt8 = 2
  private let text: String
  private let vocabulary: Vocabulary
  private let commaID: Int32
  private let apostropheID: Int32
  private let possessiveSID: Int32

  init(_ text: String, index: ActorLinkIndex) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    vocabulary = index.vocabulary
    commaID = index.commaID
    apostropheID = index.apostropheID
    possessiveSID = index.possessiveSID
    var lists = Lists()
    (spans, facts, foldedKeys) = text.withUTF8 { Self.read($0, index: index, lists: &lists) }
    commas = lists.commas
    cueFirsts = lists.cueFirsts
    organizationHeads = lists.organizationHeads
    misspellingCandidates = lists.misspellingCandidates
    givenNames = lists.givenNames
  }

  /// `commas`, `cueFirsts`, `organizationHeads`, `misspellingCandidates` and `givenNames`,
  /// filled by `read`.
  private struct Lists {
    var commas: [Int] = []
    var cueFirsts: [Int] = []
    var organizationHeads: [Int] = []
    var misspellingCandidates: [Int] = []
    var givenNames: [Int] = []
  }

  /// The tokens of `bytes`, the facts of each key, and the folded keys of non-ASCII words
  /// the vocabulary does not know.
  private static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, index: ActorLinkIndex, lists: inout Lists
  ) -> ([TokenSpan], [Facts], [String]) {
    let infos = index.wordInfos
    let vocabulary = index.vocabulary
    let apostropheID = index.apostropheID
    let spans = Tokenizer.spans(utf8: bytes)
    var facts: [Facts] = []
    var foldedKeys: [String] = []
    let commaID = index.commaID
    let count = spans.count
    facts.reserveCapacity(count)
    do {
      var number: Int32 = 0
      var lastKept = -1
      // Folding a non-ASCII word goes through Foundation and is slow; an article repeats its
      // names, so each distinct non-ASCII word is folded once per article.
      var foldedWords: [String: Int32] = [:]
      for i in 0..<count {
        let span = spans[i]
        let token = UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte])
        if span.kind == .punct, Self.isJoiningHyphen(spans, i, token) { continue }
        var starts = lastKept < 0 || span.newlineBefore
        if lastKept >= 0, spans[lastKept].kind == .punct, Self.endsSentence(spans, lastKept, bytes) { starts = true }
        if starts, lastKept >= 0 { number += 1 }
        // The vocabulary id, from the bytes when they are ASCII (hashed lower-cased).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var ascii = true
        var capital = false
        for b in token {
          if b >= 0x80 {
            ascii = false
            break
          }
          h = (h ^ UInt64(b >= 65 && b <= 90 ? b | 0x20 : b)) &* 0x0000_0100_0000_01b3
        }
        var id: Int32
        if ascii {
          h |= 1
          id = vocabulary.id(lowercasing: token, hash: h) ?? -1
          let first = token[0]
          capital = first >= 65 && first <= 90
        } else if span.kind == .punct {
          // One scalar that is not a letter: folds to itself, or to `'` for a typographic
          // apostrophe (`NameFolding.fold`).
          let isApostrophe =
            token.count == 3 ? token[0] == 0xE2 && token[1] == 0x80 && (token[2] == 0x98 || token[2] == 0x99)
            : token.count == 2 && token[0] == 0xCA && token[1] == 0xBC
          if isApostrophe {
            id = apostropheID
          } else {
            h = 0xcbf2_9ce4_8422_2325
            for b in token { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            h |= 1
            id = vocabulary.id(lowercasing: token, hash: h) ?? -1
          }
          if id < 0 {
            id = -2 - Int32(foldedKeys.count)
            foldedKeys.append(String(decoding: token, as: UTF8.self))
          }
          capital = Self.firstScalar(token).properties.isUppercase
        } else {
          let raw = String(decoding: token, as: UTF8.self)
          if let known = foldedWords[raw] {
            id = known
          } else {
            let folded = NameFolding.fold(raw)
            if let found = vocabulary.id(of: folded) {
              id = found
            } else {
              id = -2 - Int32(foldedKeys.count)
              foldedKeys.append(folded)
            }
            foldedWords[raw] = id
          }
          capital = raw.unicodeScalars.first?.properties.isUppercase ?? false
        }
        facts.append(
          Facts(
            token: Int32(i), id: id, sentence: number,
            bits: (starts ? Self.startsSentence : 0) | (capital ? Self.capitalBit : 0),
            info: id >= 0 && span.kind != .number ? infos[Int(id)] : WordInfo()))
        lastKept = i
        let last = facts.count - 1
        let listed = WordInfo.cueFirst | WordInfo.organizationHead | WordInfo.possessiveOrganizationHead | WordInfo.givenName
        if facts[last].info.flags & listed != 0 {
          if facts[last].info.flags & WordInfo.cueFirst != 0 { lists.cueFirsts.append(last) }
          if facts[last].info.flags & (WordInfo.organizationHead | WordInfo.possessiveOrganizationHead) != 0 {
            lists.organizationHeads.append(last)
          }
          if facts[last].info.flags & WordInfo.givenName != 0, capital, span.kind == .word { lists.givenNames.append(last) }
        }
        if id == commaID { lists.commas.append(last) }
        if capital, span.kind == .word, span.end - span.start >= FuzzyNameIndex.minimumLength,
          facts[last].info.flags & (WordInfo.notName | WordInfo.countryWord) == 0
        {
          lists.misspellingCandidates.append(last)
        }
      }
    }
    return (spans, facts, foldedKeys)
  }

  /// The first scalar of valid UTF-8 bytes.
  private static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
    let lead = bytes[0]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<min(length, bytes.count) { value = value << 6 | (UInt32(bytes[k]) & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// `NameFolding.isJoiningHyphen` over spans: `-`, `‐` or `‑` with no space on either side.
  private static func isJoiningHyphen(_ spans: [TokenSpan], _ i: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
    let isHyphen =
      token.count == 1
      ? token[0] == UInt8(ascii: "-")
      : token.count == 3 && token[0] == 0xE2 && token[1] == 0x80 && (token[2] == 0x90 || token[2] == 0x91)
    guard isHyphen, !spans[i].spaceBefore, i > 0, i + 1 < spans.count else { return false }
    return !spans[i + 1].spaceBefore
  }

  /// `.`, `!` or `?`, but not the dot of an initial or abbreviation (`U.N.`, `J.`).
  private static func endsSentence(_ spans: [TokenSpan], _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard spans[i].kind == .punct else { return false }
    switch bytes[spans[i].startByte] {
    case UInt8(ascii: "!"), UInt8(ascii: "?"): return true
    case UInt8(ascii: "."):
      if i > 0, spans[i - 1].kind == .word, spans[i - 1].end - spans[i - 1].start == 1, !spans[i].spaceBefore {
        return false
      }
      return true
    default: return false
    }
  }

  var count: Int { facts.count }

  /// Whether key `k` is one of `misspellingCandidates` (a capitalized word long enough, no
  /// cue or country word).
  func isMisspellingCandidate(_ k: Int) -> Bool {
    kind(k) == .word && isCapitalized(k) && length(k) >= FuzzyNameIndex.minimumLength
      && !has(k, WordInfo.notName | WordInfo.countryWord)
  }

  /// The folded key of a token (`NameFolding.fold` of its text; a number's text as is).
  func key(_ k: Int) -> String {
    let id = facts[k].id
    if id >= 0 { return vocabulary.words[Int(id)] }
    if id <= -2 { return foldedKeys[Int(-2 - id)] }
    let span = spans[Int(facts[k].token)]
    return withBytes(span.startByte, span.endByte) { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for i in bytes.indices {
          let byte = bytes[i]
          buffer[i] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        }
        return bytes.count
      }
    }
  }

  /// The bytes of the key: the token's own bytes (then `lowercasing` is true: its ASCII
  /// capitals fold to lower case), or those of its folded key.
  func withKeyBytes<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>, _ lowercasing: Bool) -> R) -> R {
    let id = facts[k].id
    if id == -1 {
      let span = spans[Int(facts[k].token)]
      return withBytes(span.startByte, span.endByte) { body($0, true) }
    }
    var key = id >= 0 ? vocabulary.words[Int(id)] : foldedKeys[Int(-2 - id)]
    return key.withUTF8 { body($0, false) }
  }

  /// The folded keys of `range`.
  func keys(_ range: Range<Int>) -> [String] { range.map(key) }

  /// Whether the key is a comma.
  @inline(__always) func isComma(_ key: Int) -> Bool { facts[key].id == commaID }

  /// Whether keys `k` and `k + 1` are a possessive `'s` (`Russia's`, `the company's`).
  func isPossessive(at k: Int) -> Bool {
    k >= 0 && k + 1 < count && facts[k].id == apostropheID && facts[k + 1].id == possessiveSID
  }

  /// Whether the key is the punctuation `.`.
  @inline(__always) func isDot(_ key: Int) -> Bool {
    let span = spans[Int(facts[key].token)]
    return span.kind == .punct && span.endByte - span.startByte == 1
      && withBytes(span.startByte, span.endByte) { $0[0] } == UInt8(ascii: ".")
  }

  private func withBytes<R>(_ from: Int, _ to: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[from..<to])) }) {
      return result
    }
    return body(UnsafeBufferPointer(start: nil, count: 0))
  }

  /// Whether the key's token is a word of two or more ASCII capital letters (`TWA`, `III`).
  func isAllCapitals(_ key: Int) -> Bool {
    let span = spans[Int(facts[key].token)]
    guard span.kind == .word, span.endByte - span.startByte >= 2 else { return false }
    return withBytes(span.startByte, span.endByte) { bytes in bytes.allSatisfy { $0 >= 65 && $0 <= 90 } }
  }

  /// The text from the start of key `first` to the end of key `last`.
  func text(keys first: Int, _ last: Int) -> String {
    withBytes(spans[Int(facts[first].token)].startByte, spans[Int(facts[last].token)].endByte) {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// The text of one token.
  private func tokenText(_ k: Int) -> String {
    let span = spans[Int(facts[k].token)]
    return withBytes(span.startByte, span.endByte) { String(decoding: $0, as: UTF8.self) }
  }

  @inline(__always) func start(_ key: Int) -> Int { spans[Int(facts[key].token)].start }
  @inline(__always) func end(_ key: Int) -> Int { spans[Int(facts[key].token)].end }
  /// The kind of the key's token.
  @inline(__always) func kind(_ key: Int) -> Token.Kind { spans[Int(facts[key].token)].kind }
  /// The length of the key's token in code points.
  @inline(__always) func length(_ key: Int) -> Int { end(key) - start(key) }
  /// Whether white space separates the key's token from the previous token.
  @inline(__always) func spaceBefore(_ key: Int) -> Bool { spans[Int(facts[key].token)].spaceBefore }
  /// Whether the key starts a sentence (after `.`, `!`, `?`, a line break, or at the start).
  @inline(__always) func isSentenceInitial(_ key: Int) -> Bool { facts[key].bits & Self.startsSentence != 0 }
  /// The sentence number of the key.
  @inline(__always) func sentence(_ key: Int) -> Int32 { facts[key].sentence }
  /// Registry facts about the key (its trie node, cue flags).
  @inline(__always) func info(_ key: Int) -> WordInfo { facts[key].info }
  /// Whether the key's vocabulary id is known, and which.
  @inline(__always) func id(_ key: Int) -> Int32? { facts[key].id >= 0 ? facts[key].id : nil }

  /// Whether the key's token starts with a capital letter.
  @inline(__always) func isCapitalized(_ key: Int) -> Bool { facts[key].bits & Self.capitalBit != 0 }

  /// Whether the key's word carries a cue flag (`WordInfo.notName`, …).
  @inline(__always) func has(_ key: Int, _ flag: UInt32) -> Bool { facts[key].info.flags & flag != 0 }

  /// Whether a hyphen joined this key to the previous one (`Ki-moon`).
  func isHyphenJoined(_ key: Int) -> Bool { key > 0 && facts[key].token - facts[key - 1].token == 2 }

  // MARK: - Matching

  /// A phrase of the registry found in the text: keys `from..<to` and what it may name
  /// (already filtered by case rules).
  struct Match {
    var from: Int
    var to: Int
    var targets: PhraseTargets
    /// A title the person held before (`former President`): set by the title pass, which
    /// then starts the match at the past-title word.
    var isPast = false
  }

  /// Longest phrases, left to right, without overlaps, in `range`; with `shorterThan`,
  /// only phrases of fewer keys (the phrases inside a longer one).
  func matches(_ trie: PhraseTrie, in range: Range<Int>, shorterThan: Int = .max) -> [Match] {
    var found: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // Most keys start no phrase: skip them before setting up a walk.
      if facts[i].info.root < 0 {
        i += 1
        continue
      }
      let (bestTo, bestTarget) = longest(trie, at: i, in: range, shorterThan: shorterThan)
      if bestTo >= 0, let valid = accept(trie.targets[bestTarget], from: i) {
        found.append(Match(from: i, to: bestTo, targets: valid))
        i = bestTo
      } else {
        i += 1
      }
    }
    return found
  }

  /// The phrases of `matches(trie, in: range, shorterThan:)` whose targets are marked in
  /// `wanted` (by index into `trie.targets`). The others are stepped over as that scan steps
  /// over them (a phrase found is always accepted: `isAcceptable` and `accept` agree), but
  /// neither filtered nor copied.
  func matches(_ trie: PhraseTrie, in range: Range<Int>, shorterThan: Int, wanted: [Bool]) -> [Match] {
    var found: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if facts[i].info.root < 0 {
        i += 1
        continue
      }
      let (bestTo, bestTarget) = longest(trie, at: i, in: range, shorterThan: shorterThan)
      guard bestTo >= 0 else {
        i += 1
        continue
      }
      if wanted[bestTarget] {
        guard let valid = accept(trie.targets[bestTarget], from: i) else {
          i += 1
          continue
        }
        found.append(Match(from: i, to: bestTo, targets: valid))
      }
      i = bestTo
    }
    return found
  }

  /// The longest acceptable phrase starting at key `i` (whose word starts a phrase), within
  /// `range` and shorter than `shorterThan` keys: its end and its index in `trie.targets`,
  /// or -1 and -1. Its targets are filtered (`accept`) by the caller.
  @inline(__always) private func longest(
    _ trie: PhraseTrie, at i: Int, in range: Range<Int>, shorterThan: Int
  ) -> (to: Int, target: Int) {
    var node = 0
    var j = i
    var bestTo = -1
    var bestTarget = -1
    while j < range.upperBound, j - i < shorterThan - 1,
      let next = j == i
        ? (facts[j].info.root >= 0 ? Int(facts[j].info.root) : nil)
        : (facts[j].id >= 0 ? trie.child(node, id: facts[j].id) : nil)
    {
      node = next
      j += 1
      let target = trie.targetIndex(at: node)
      if target >= 0, isAcceptable(trie, target, from: i) {
        bestTo = j
        bestTarget = target
      }
    }
    return (bestTo, bestTarget)
  }

  /// Whether a name of `targets` is valid at `from`: acronyms need their exact case, names
  /// a capital first letter.
  @inline(__always) private func isValid(_ name: PhraseTargets.Name, from: Int) -> Bool {
    if let exact = name.exact { return exactly(exact, from: from) }
    return !name.needsCapital || isCapitalized(from)
  }

  /// Whether `accept` keeps anything of the phrase `target` of `trie` at `from`, without
  /// making the filtered targets; reads the targets only when an exact form is involved.
  @inline(__always) private func isAcceptable(_ trie: PhraseTrie, _ target: Int, from: Int) -> Bool {
    let bits = trie.acceptance[target]
    if bits & PhraseTrie.Acceptance.always != 0 { return true }
    if bits & PhraseTrie.Acceptance.capital != 0, isCapitalized(from) { return true }
    return bits & PhraseTrie.Acceptance.exact != 0 && isAcceptable(trie.targets[target], from: from)
  }

  /// Whether `accept` keeps anything of `targets` at `from`, without making the filtered
  /// targets.
  private func isAcceptable(_ targets: PhraseTargets, from: Int) -> Bool {
    if targets.counterpartCountry != nil { return true }
    if let title = targets.title, title.exact.map({ exactly($0, from: from) }) ?? true { return true }
    return targets.names.contains { isValid($0, from: from) }
  }

  /// The targets that the text starting at `from` may really name: acronyms need their
  /// exact case, names a capital first letter.
  private func accept(_ targets: PhraseTargets, from: Int) -> PhraseTargets? {
    var valid = PhraseTargets()
    // Most phrases keep all their names: share the array instead of filtering a copy.
    let keepsAll = targets.names.allSatisfy { isValid($0, from: from) }
    valid.names = keepsAll ? targets.names : targets.names.filter { isValid($0, from: from) }
    if let title = targets.title, title.exact.map({ exactly($0, from: from) }) ?? true {
      valid.title = title
    }
    valid.counterpartCountry = targets.counterpartCountry
    if valid.names.isEmpty, valid.title == nil, valid.counterpartCountry == nil { return nil }
    return valid
  }

  private func exactly(_ exact: [String], from: Int) -> Bool {
    // `""`: a word of a title whose case does not matter (`head` of `WHO head`).
    for (offset, text) in exact.enumerated() where !text.isEmpty && tokenText(from + offset) != text { return false }
    // `AU$5bn`, `US$300`: an acronym glued to a dollar sign is a currency's prefix.
    let after = from + exact.count
    if after < count, !spaceBefore(after), key(after) == "$" { return false }
    return true
  }
}
