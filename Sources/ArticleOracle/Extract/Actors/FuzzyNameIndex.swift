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
struct FuzzyNameIndex: Sendable {
  static let minimumLength = 7

  private var byDeletion: [String: [(key: String, actor: Int)]] = [:]
  /// `byDeletion` sealed into a `WordTable` of indices into `candidates`.
  private var table = WordTable(capacity: 0)
  private var candidates: [[(key: String, actor: Int)]] = []
  /// (first letter, last letter, length) of every registered key: a word one edit away
  /// shares both letters and is within one of the length, so most words are rejected
  /// here before any deletion variant is built.
  private var signatures: Set<Signature> = []

  private struct Signature: Hashable {
    var first: Unicode.Scalar
    var last: Unicode.Scalar
    var length: Int
  }

  private static func signature(_ word: String) -> Signature? {
    guard let first = word.unicodeScalars.first, let last = word.unicodeScalars.last else { return nil }
    return Signature(first: first, last: last, length: word.unicodeScalars.count)
  }

  /// Freezes the index for fast lookups; call after the last `add`.
  mutating func seal() {
    table = WordTable(capacity: byDeletion.count)
    candidates = []
    for (variant, list) in byDeletion {
      table.insert(variant, value: Int32(candidates.count))
      candidates.append(list)
    }
  }

  mutating func add(_ folded: String, actor: Int) {
    let key = Self.collapse(folded)
    guard key.unicodeScalars.count >= Self.minimumLength, !key.contains(" ") else { return }
    if let signature = Self.signature(key) { signatures.insert(signature) }
    for variant in Self.deletions(key) + [key] {
      var list = byDeletion[variant, default: []]
      if !list.contains(where: { $0.key == key && $0.actor == actor }) { list.append((key, actor)) }
      byDeletion[variant] = list
    }
  }

  /// The one actor whose name `folded` probably misspells, if any.
  func actor(for folded: String) -> Int? {
    let word = Self.collapse(folded)
    guard word.unicodeScalars.count >= Self.minimumLength, let signature = Self.signature(word) else { return nil }
    guard (-1...1).contains(where: { delta in
      var near = signature
      near.length += delta
      return signatures.contains(near)
    }) else { return nil }
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
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    guard x.first == y.first, x.last == y.last, abs(x.count - y.count) <= 1 else { return false }
    if x.count + 1 == y.count, y.last == "s", Array(y.dropLast()) == x { return false }
    if y.count + 1 == x.count, x.last == "s", Array(x.dropLast()) == y { return false }
    if x.count == y.count {
      let diffs = x.indices.filter { x[$0] != y[$0] }
      if diffs.count == 1 { return true }
      if diffs.count == 2, diffs[1] == diffs[0] + 1, x[diffs[0]] == y[diffs[1]], x[diffs[1]] == y[diffs[0]] {
        return true
      }
      return false
    }
    let (long, short) = x.count > y.count ? (x, y) : (y, x)
    var i = 0
    while i < short.count, long[i] == short[i] { i += 1 }
    return Array(long[(i + 1)...]) == Array(short[i...])
  }
}
