import Foundation

/// Small text helpers of the audit checks, on code-point offsets.
enum AuditText {
  /// Whether `word` occurs in `text` with no letter or digit on either side (case-sensitive).
  static func containsWord(_ word: String, in text: String) -> Bool {
    guard !word.isEmpty else { return false }
    var searchRange = text.startIndex..<text.endIndex
    while let found = text.range(of: word, range: searchRange) {
      let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false)
        && !(after?.isNumber ?? false)
      {
        return true
      }
      searchRange = found.upperBound..<text.endIndex
    }
    return false
  }

  /// The bounds of the sentence around `start..<end` in `scalars`: from after the previous
  /// sentence end (`. `, `! `, `? `, a paragraph break) to the next one.
  static func sentence(around start: Int, _ end: Int, in scalars: [Unicode.Scalar]) -> Range<Int> {
    func isBreak(_ i: Int) -> Bool {
      // A break sits between i and i+1.
      guard i >= 0, i + 1 < scalars.count else { return true }
      let c = scalars[i]
      let next = scalars[i + 1]
      if c == "\n" { return true }
      return (c == "." || c == "!" || c == "?") && (next == " " || next == "\n")
    }
    var lower = min(start, scalars.count)
    while lower > 0 && !isBreak(lower - 1) { lower -= 1 }
    var upper = max(min(end, scalars.count), lower)
    while upper < scalars.count && !isBreak(upper - 1) { upper += 1 }
    while lower < upper && (scalars[lower] == " " || scalars[lower] == "\n") { lower += 1 }
    return lower..<upper
  }

  static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// The number of words (runs of letters or digits).
  static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar
    }
    return count
  }

  /// Lower case with diacritics removed (`Erdoğan` → `erdogan`).
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
  }

  /// Levenshtein distance of two short strings, giving up (returning `limit + 1`) beyond `limit`.
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit + 1 }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...max(x.count, 1) where !x.isEmpty {
      current[0] = i
      var rowMin = current[0]
      for j in 1...max(y.count, 1) where !y.isEmpty {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        rowMin = min(rowMin, current[j])
      }
      if rowMin > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return x.isEmpty ? y.count : previous[y.count]
  }

  /// The writing system of a letter, for the mixed-script check (nil: not a letter we judge).
  static func script(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return "Latin"
    case 0x370...0x3FF, 0x1F00...0x1FFF: return "Greek"
    case 0x400...0x52F: return "Cyrillic"
    default: return nil
    }
  }

  /// Stable 64-bit FNV-1a hash (the same on every run and machine, unlike `Hasher`).
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
