/// Finds URLs and embedded social media posts in the normalized text. They stay in the
/// text; the scanner only reports them, with code-point spans.
///
/// Hand-written scanning over code points, entered only when a byte search finds a
/// trigger (`http`, `www.`, `pic.`, `(@`): regular expressions over the whole text were
/// a measurable share of normalization time.
enum LinkAndEmbedScanner {
  static func findings(in text: String) -> [InputFinding] {
    guard mayContainLinkOrEmbed(text) else { return [] }
    let scalars = Array(text.unicodeScalars)
    var findings: [InputFinding] = []
    for span in embeds(in: scalars) {
      findings.append(
        InputFinding(
          kind: .socialEmbed, message: "embedded social post: \(string(scalars[span]))",
          start: span.lowerBound, end: span.upperBound))
    }
    for span in urls(in: scalars) {
      findings.append(
        InputFinding(kind: .url, message: "URL: \(string(scalars[span]))", start: span.lowerBound, end: span.upperBound))
    }
    return findings.sorted { ($0.start ?? 0, $0.kind.rawValue) < ($1.start ?? 0, $1.kind.rawValue) }
  }

  /// One pass over the bytes for the triggers `http`, `www.`, `pic.` and `(@`, comparing
  /// bytes in place (no allocation per candidate).
  static func mayContainLinkOrEmbed(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let n = bytes.count
      var i = 0
      while i + 1 < n {
        let b = bytes[i]
        if b == 0x28 {  // (
          if bytes[i + 1] == 0x40 { return true }  // @
        } else if i + 3 < n {
          let b1 = bytes[i + 1] | 0x20, b2 = bytes[i + 2] | 0x20, b3 = bytes[i + 3]
          switch b | 0x20 {
          case 0x68 where b1 == 0x74 && b2 == 0x74 && (b3 | 0x20) == 0x70: return true  // http
          case 0x77 where b1 == 0x77 && b2 == 0x77 && b3 == 0x2E: return true  // www.
          case 0x70 where b1 == 0x69 && b2 == 0x63 && b3 == 0x2E: return true  // pic.
          default: break
          }
        }
        i += 1
      }
      return false
    }
  }

  // MARK: URLs

  private static let urlStarts: [[Unicode.Scalar]] = ["https://", "http://", "www.", "pic.twitter.com/"].map {
    Array($0.unicodeScalars)
  }

  /// `http(s)://…`, `www.…` and `pic.twitter.com/…` up to white space or a delimiter, without
  /// trailing sentence punctuation.
  static func urls(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var index = 0
    while index < scalars.count {
      let s = scalars[index]
      guard s == "h" || s == "H" || s == "w" || s == "p",
        index == 0 || !isWordScalar(scalars[index - 1]),
        urlStarts.contains(where: { matches($0, in: scalars, at: index, ignoringCase: true) })
      else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count, !isURLDelimiter(scalars[end]) { end += 1 }
      while end > index, ".,;:!?".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
      spans.append(index..<end)
      index = max(end, index + 1)
    }
    return spans
  }

  private static func isURLDelimiter(_ s: Unicode.Scalar) -> Bool {
    s.properties.isWhitespace || "<>\"“”‘’()[]".unicodeScalars.contains(s)
  }

  // MARK: Embedded posts

  private static let months: Set<String> = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// The signature line of an embedded tweet, `— Name (@handle) Month D, YYYY`, and
  /// Instagram's `A post shared by Name (@handle)`.
  static func embeds(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var index = 0
    while index + 1 < scalars.count {
      defer { index += 1 }
      guard scalars[index] == "(", scalars[index + 1] == "@" else { continue }
      var handleEnd = index + 2
      while handleEnd < scalars.count, isWordScalar(scalars[handleEnd]) || scalars[handleEnd] == "." { handleEnd += 1 }
      guard handleEnd > index + 2, handleEnd - index - 2 <= 30, handleEnd < scalars.count, scalars[handleEnd] == ")"
      else { continue }
      let afterHandle = handleEnd + 1
      if let start = tweetStart(scalars, before: index), let end = dateEnd(scalars, from: afterHandle) {
        spans.append(start..<end)
      } else if let start = instagramStart(scalars, before: index) {
        spans.append(start..<afterHandle)
      }
    }
    return spans
  }

  /// The leftmost dash within 80 name characters (no parentheses, line breaks or em dash)
  /// before `(@`.
  private static func tweetStart(_ scalars: [Unicode.Scalar], before paren: Int) -> Int? {
    var cursor = paren - 1
    var found: Int?
    while cursor >= 0, paren - cursor <= 82 {
      let s = scalars[cursor]
      if s == "—" {
        found = cursor
        break
      }
      if s == "(" || s == ")" || s == "\n" { break }
      if (s == "–" || s == "-"), paren - cursor > 2 { found = cursor }
      cursor -= 1
    }
    return found
  }

  /// `Month D, YYYY` after optional spaces; the index after the year.
  private static func dateEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var i = start
    while i < scalars.count, scalars[i] == " " { i += 1 }
    var word = ""
    while i < scalars.count, scalars[i].properties.isAlphabetic {
      word.unicodeScalars.append(scalars[i])
      i += 1
    }
    guard months.contains(word), i < scalars.count, scalars[i] == " " else { return nil }
    i += 1
    let dayStart = i
    while i < scalars.count, i - dayStart < 2, isDigit(scalars[i]) { i += 1 }
    guard i > dayStart, i < scalars.count, scalars[i] == "," else { return nil }
    i += 1
    while i < scalars.count, scalars[i] == " " { i += 1 }
    let yearStart = i
    while i < scalars.count, isDigit(scalars[i]) { i += 1 }
    return i - yearStart == 4 ? i : nil
  }

  private static let instagramMarker = Array("A post shared by ".unicodeScalars)

  private static func instagramStart(_ scalars: [Unicode.Scalar], before paren: Int) -> Int? {
    var cursor = paren - 1
    while cursor >= 0, paren - cursor <= 100 {
      if matches(instagramMarker, in: scalars, at: cursor, ignoringCase: false) { return cursor }
      if scalars[cursor] == "(" || scalars[cursor] == ")" || scalars[cursor] == "\n" { return nil }
      cursor -= 1
    }
    return nil
  }

  // MARK: Helpers

  private static func matches(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int, ignoringCase: Bool) -> Bool {
    guard index + pattern.count <= scalars.count else { return false }
    for (offset, p) in pattern.enumerated() {
      var s = scalars[index + offset]
      if ignoringCase, s.value >= 65, s.value <= 90 { s = Unicode.Scalar(s.value | 0x20)! }
      if s != p { return false }
    }
    return true
  }

  private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s == "_" || isDigit(s) || s.properties.isAlphabetic
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

  private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: slice)
    return String(out)
  }
}
