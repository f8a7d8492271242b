/// Probable misspellings of registered family names (`Guetteres` → Guterres).
///
/// The bound: both words are compared with doubled letters collapsed (`guetteres` →
/// `gueteres`, `guterres` → `guteres`); both collapsed words must have at least
/// `minimumLength` letters, share the first and the last letter (`Phillips` is not
/// `Philippe`), and be equal or one edit away (insertion,
/// deletion, substitution or swap of neighbours); a trailing `s` alone is not a
/// misspelling (`Griffith` is not `Griffiths`), and a word within reach of two people
/// links to neither. Lookups use a deletion index, so the cost does not grow with the
/// registry.
///
/// After one of the person's given names (`Vladimir Puttin`, `Vladimir Putn`), a shorter
/// family name is compared too (`isMisspelling(_:afterGivenNameOf:)`).
struct FuzzyNameIndex: Sendable {
  static let minimumLength = 7
  /// The shortest collapsed family name, and written word, compared after a given name.
  static let minimumLengthAfterGivenName = 4

  /// Family names (collapsed, as scalars) by a folded given name written before them in the
  /// person's canonical name: `vladimir` → Putin's `putin`.
  private var familiesByGivenName: [String: [(family: [Unicode.Scalar], actor: Int)]] = [:]

  /// Every registered person's collapsed family name (any length), for `family(of:)`.
  private var familiesByActor: [Int: [Unicode.Scalar]] = [:]
  /// The shortest collapsed word `misspells(_:family:)` compares.
  static let minimumLengthInArticle = 5

  /// Filled by `add`, emptied by `seal` once moved into `table` and `candidates`.
  private var byDeletion: [String: [(key: String, actor: Int)]] = [:]
  /// `byDeletion` sealed into a `WordTable` of indices into `candidates`.
  private var table = WordTable(capacity: 0)
  private var candidates: [[(key: String, actor: Int)]] = []
  /// The signatures (`buckets`' keys) whose first and last letters are `a`…`z` and whose
  /// length is below `Self.bitLengths`, as bits: what `mayMatch(_:lowercasing:)` reads.
  private var asciiSignatures: [UInt64] = []
  private static let bitLengths = 64
  /// Every registered key by its signature (first letter, last letter, length; see
  /// `bucket(_:_:_:)`), as scalars: the keys a word one edit away can be, for
  /// `actor(forASCII:lowercasing:)`. A word one edit away from a key shares both letters
  /// and is within one of the length, so most words are rejected on the signature alone,
  /// before any deletion variant is built.
  private var buckets: [Int: [(key: [Unicode.Scalar], actor: Int)]] = [:]

  @inline(__always) private static func bucket(_ first: Unicode.Scalar, _ last: Unicode.Scalar, _ length: Int) -> Int {
    Int(first.value) << 42 | Int(last.value) << 20 | length
  }

  /// Freezes the index for fast lookups; call after the last `add`.
  mutating func seal() {
    asciiSignatures = Array(repeating: 0, count: 26 * 26 * Self.bitLengths / 64)
    for keys in buckets.values {
      // Every key of a bucket has the bucket's signature.
      let key = keys[0].key
      guard let first = key.first, let last = key.last, let bit = Self.bit(first.value, last.value, key.count) else {
        continue
      }
      asciiSignatures[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    table = WordTable(capacity: byDeletion.count)
    candidates = []
    for (variant, list) in byDeletion {
      table.insert(variant, value: Int32(candidates.count))
      candidates.append(list)
    }
    byDeletion = [:]
  }

  mutating func add(_ folded: String, actor: Int) {
    let key = Self.collapse(folded)
    if !key.contains(" ") { familiesByActor[actor] = Array(key.unicodeScalars) }
    guard key.unicodeScalars.count >= Self.minimumLength, !key.contains(" ") else { return }
    let scalars = Array(key.unicodeScalars)
    if let first = scalars.first, let last = scalars.last {
      let bucket = Self.bucket(first, last, scalars.count)
      if !buckets[bucket, default: []].contains(where: { $0.key == scalars && $0.actor == actor }) {
        buckets[bucket, default: []].append((scalars, actor))
      }
    }
    for variant in Self.deletions(key) + [key] {
      var list = byDeletion[variant, default: []]
      if !list.contains(where: { $0.key == key && $0.actor == actor }) { list.append((key, actor)) }
      byDeletion[variant] = list
    }
  }

  /// Registers `given` (folded given names, as written before the family name in the
  /// person's canonical name) for the comparison after a given name; a family name of
  /// several words or under `minimumLengthAfterGivenName` letters is not compared.
  mutating func add(givenNames given: [String], family folded: String, actor: Int) {
    let family = Array(Self.collapse(folded).unicodeScalars)
    guard family.count >= Self.minimumLengthAfterGivenName, !family.contains(" ") else { return }
    for name in Set(given) where name.unicodeScalars.count >= 2 {
      familiesByGivenName[name, default: []].append((family, actor))
    }
  }

  /// The folded given names `add(givenNames:family:actor:)` registered.
  var givenNames: Dictionary<String, [(family: [Unicode.Scalar], actor: Int)]>.Keys { familiesByGivenName.keys }

  /// `Vladimir Puttin`, `Vladimir Putn`, `Recep Tayyip Erdogn`: the one person whose given
  /// name `given` is (folded) and whose family name the folded `word` probably misspells,
  /// or nil. Doubled letters collapsed, both at least `minimumLengthAfterGivenName` letters,
  /// and equal or one edit apart as `isOneEdit` says (same first and last letter, not a bare
  /// trailing `s`); a family name under `minimumLength` letters does not take a substituted
  /// letter, since that is how short names of other people differ (`Kerry`, `Kelly`;
  /// `Putin`, `Putan`). Common family names are not registered (`ActorLinkIndex`).
  func actor(afterGivenName given: String, misspelling word: String) -> Int? {
    guard let list = familiesByGivenName[given] else { return nil }
    let written = Array(Self.collapse(word).unicodeScalars)
    guard written.count >= Self.minimumLengthAfterGivenName else { return nil }
    var found: Int?
    for candidate in list where candidate.actor != found {
      let family = candidate.family
      guard family == written
        || (Self.isOneEdit(written, family) && (family.count >= Self.minimumLength || !Self.isSubstitution(written, family)))
      else { continue }
      if found != nil { return nil }
      found = candidate.actor
    }
    return found
  }

  /// The collapsed family name of the person `actor`, if it has `minimumLengthInArticle`
  /// letters or more: what `misspells(_:family:)` compares a word with.
  func family(of actor: Int) -> [Unicode.Scalar]? {
    guard let family = familiesByActor[actor], family.count >= Self.minimumLengthInArticle else { return nil }
    return family
  }

  /// Whether the folded `word` probably misspells the collapsed `family` name of a person the
  /// same article names correctly: that makes a looser test safe. Doubled letters collapsed,
  /// at least `minimumLengthInArticle` letters, the same first letter, and equal (a doubled
  /// or undoubled letter: `Tedross`) or one insertion, deletion, substitution or swap apart,
  /// the last letter included (`Guterrez`, `Macorn`, `Scholtz`); not the name and an `s`
  /// (a plural: `the Bidens`) unless the name ends in `s`.
  static func misspells(_ word: String, family: [Unicode.Scalar]) -> Bool {
    let raw = Array(word.unicodeScalars)
    guard raw.first == family.first else { return false }
    let written = Array(Self.collapse(word).unicodeScalars)
    guard written.count >= Self.minimumLengthInArticle else { return false }
    if raw.count == family.count + 1, raw.last == "s", family.last != "s", raw.starts(with: family) { return false }
    if written == family { return raw != family }
    guard abs(written.count - family.count) <= 1 else { return false }
    // `isOneEdit` wants the same last letter: compare with both last letters made equal.
    if written.count == family.count, written.dropLast() == family.dropLast() { return true }
    return Self.isOneEdit(written, family)
  }

  /// Whether two words of the same length differ in exactly one position.
  private static func isSubstitution(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
    x.count == y.count && zip(x, y).filter { $0 != $1 }.count == 1
  }

  @inline(__always) private static func bit(_ first: UInt32, _ last: UInt32, _ length: Int) -> Int? {
    guard first >= 97, first <= 122, last >= 97, last <= 122, length >= 0, length < bitLengths else { return nil }
    return (Int(first - 97) * 26 + Int(last - 97)) * bitLengths + length
  }

  /// False when `actor(for:)` surely finds nothing for the folded word in `bytes` (with
  /// `lowercasing`, the bytes are lower-cased first): the collapsed word is too short, or no
  /// registered key shares its first and last letters and its length within one. Reads the
  /// bytes only; true when it cannot tell (non-ASCII, other letters).
  func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Bool {
    guard let firstByte = bytes.first, let lastByte = bytes.last else { return false }
    var length = 0
    var previous: UInt8 = 0
    for var b in bytes {
      if b >= 0x80 { return true }
      if lowercasing, b >= 65, b <= 90 { b |= 0x20 }
      if length == 0 || b != previous { length += 1 }
      previous = b
    }
    guard length >= Self.minimumLength else { return false }
    func lower(_ b: UInt8) -> UInt32 { UInt32(lowercasing && b >= 65 && b <= 90 ? b | 0x20 : b) }
    let first = lower(firstByte)
    let last = lower(lastByte)
    guard Self.bit(first, last, length + 1) != nil, let bit = Self.bit(first, last, length - 1) else { return true }
    for b in bit...(bit + 2) where asciiSignatures[b >> 6] & (1 << UInt64(b & 63)) != 0 { return true }
    return false
  }

  /// `actor(for:)` of an ASCII word given by its bytes (with `lowercasing`, lower-cased
  /// first), by comparing it with the registered keys of its signature and the two next to
  /// it: the same keys the deletion index finds, without building any deletion. The word is
  /// collapsed into a buffer on the stack, and a signature whose bit `asciiSignatures` does
  /// not have is not looked up (it has no bucket).
  func actor(forASCII bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Int? {
    withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(bytes.count, 1)) { buffer in
      var count = 0
      for var b in bytes {
        if lowercasing, b >= 65, b <= 90 { b |= 0x20 }
        let scalar = Unicode.Scalar(b)
        if count == 0 || buffer[count - 1] != scalar {
          buffer[count] = scalar
          count += 1
        }
      }
      let word = UnsafeBufferPointer(rebasing: buffer[..<count])
      guard word.count >= Self.minimumLength, let first = word.first, let last = word.last else { return nil }
      var found: Int?
      for length in (word.count - 1)...(word.count + 1) {
        if let bit = Self.bit(first.value, last.value, length), asciiSignatures[bit >> 6] & (1 << UInt64(bit & 63)) == 0 {
          continue
        }
        guard let bucket = buckets[Self.bucket(first, last, length)] else { continue }
        for candidate in bucket where candidate.actor != found {
          guard candidate.key.elementsEqual(word) || Self.isOneEdit(word, candidate.key) else { continue }
          if found != nil { return nil }
          found = candidate.actor
        }
      }
      return found
    }
  }

  /// For `ActorLinker.linkMisspellings`: nil when `actor(for:)` surely finds nothing for key
  /// `k` of `scan` (`mayMatch`), else whether the key is ASCII.
  func mayMatch(key k: Int, of scan: TextScan) -> Bool? {
    scan.withKeyBytes(k) { bytes, lowercasing -> Bool? in
      guard mayMatch(bytes, lowercasing: lowercasing) else { return nil }
      return bytes.allSatisfy { $0 < 0x80 }
    }
  }

  /// The one actor whose name `folded` probably misspells, if any.
  func actor(for folded: String) -> Int? {
    let word = Self.collapse(folded)
    let length = word.unicodeScalars.count
    guard length >= Self.minimumLength, let first = word.unicodeScalars.first, let last = word.unicodeScalars.last,
      (-1...1).contains(where: { buckets[Self.bucket(first, last, length + $0)] != nil })
    else { return nil }
    var found: Set<Int> = []
    for variant in Self.deletions(word) + [word] {
      guard let slot = table.find(variant, hash: WordTable.hash(variant)) else { continue }
      for candidate in candidates[Int(slot)] {
        if candidate.key == word || Self.isOneEdit(word, candidate.key) { found.insert(candidate.actor) }
      }
    }
    return found.count == 1 ? found.first : nil
  }

  static func collapse(_ word: String) -> String {
    var out = String.UnicodeScalarView()
    var last: Unicode.Scalar?
    for scalar in word.unicodeScalars where scalar != last {
      out.append(scalar)
      last = scalar
    }
    return String(out)
  }

  static func deletions(_ word: String) -> [String] {
    let scalars = Array(word.unicodeScalars)
    return scalars.indices.map { i in
      var out = String.UnicodeScalarView()
      out.append(contentsOf: scalars[..<i])
      out.append(contentsOf: scalars[(i + 1)...])
      return String(out)
    }
  }

  /// One edit apart (optimal string alignment distance 1), same first letter, and not a
  /// bare trailing `s`.
  static func isOneEdit(_ a: String, _ b: String) -> Bool {
    isOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars))
  }

  /// `isOneEdit(_:_:)` of two words given as scalars; allocates nothing.
  static func isOneEdit<X: RandomAccessCollection, Y: RandomAccessCollection>(_ x: X, _ y: Y) -> Bool
  where X.Element == Unicode.Scalar, Y.Element == Unicode.Scalar, X.Index == Int, Y.Index == Int {
    guard x.first == y.first, x.last == y.last, abs(x.count - y.count) <= 1 else { return false }
    // `y` is `x` + `s` (or the reverse): a plural, not a misspelling.
    if x.count + 1 == y.count, y.last == "s", y.starts(with: x) { return false }
    if y.count + 1 == x.count, x.last == "s", x.starts(with: y) { return false }
    if x.count == y.count {
      var first = -1
      var second = -1
      for i in 0..<x.count where x[x.startIndex + i] != y[y.startIndex + i] {
        if first < 0 {
          first = i
        } else if second < 0 {
          second = i
        } else {
          return false
        }
      }
      if first >= 0, second < 0 { return true }
      return second == first + 1 && x[x.startIndex + first] == y[y.startIndex + second]
        && x[x.startIndex + second] == y[y.startIndex + first]
    }
    return x.count > y.count ? isOneDeletion(x, y) : isOneDeletion(y, x)
  }

  /// Whether `short` is `long` with one scalar deleted (`long` is one longer).
  private static func isOneDeletion<L: RandomAccessCollection, S: RandomAccessCollection>(_ long: L, _ short: S) -> Bool
  where L.Element == Unicode.Scalar, S.Element == Unicode.Scalar, L.Index == Int, S.Index == Int {
    let l = long.startIndex
    let s = short.startIndex
    var i = 0
    while i < short.count, long[l + i] == short[s + i] { i += 1 }
    while i < short.count {
      if long[l + i + 1] != short[s + i] { return false }
      i += 1
    }
    return true
  }

}
