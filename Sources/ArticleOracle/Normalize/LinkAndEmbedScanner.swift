#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds URLs and embedded social media posts in the normalized text. They stay in the
/// text; the scanner only reports them, with code-point spans.
///
/// Hand-written scanning over the text's UTF-8 bytes, entered only when a byte search
/// finds a trigger (`://`, `www.`, `pic.`, `(@`). Scalars are decoded only where a rule
/// looks at one, and code-point offsets are counted on the way (no array of scalars).
enum LinkAndEmbedScanner {
  static func findings(in text: String) -> [InputFinding] {
    let triggers = triggers(in: text)
    guard triggers.link || triggers.embed else { return [] }
    var text = text
    return text.withUTF8 { bytes in
      let utf8 = UTF8Text(bytes: bytes)
      var findings: [InputFinding] = []
      // Each scan runs only when its own trigger is there.
      for span in triggers.embed ? embeds(in: utf8) : [] {
        findings.append(
          InputFinding(
            kind: .socialEmbed, message: "embedded social post: \(utf8.string(span))",
            start: span.scalars.lowerBound, end: span.scalars.upperBound))
      }
      for span in triggers.link ? urls(in: utf8) : [] {
        findings.append(
          InputFinding(
            kind: .url, message: "URL: \(utf8.string(span))", start: span.scalars.lowerBound,
            end: span.scalars.upperBound))
      }
      return findings.sorted { ($0.start ?? 0, $0.kind.rawValue) < ($1.start ?? 0, $1.kind.rawValue) }
    }
  }

  /// Whether the text may hold a URL start (`http://`, `https://`, `www.`, `pic.twitter.com/`,
  /// any case) and whether it may hold a handle (`(@`). A URL start holds `://` or a `.`
  /// after `www`/`pic`, so the search only stops at `:`, `.` and `(`, which `memchr` finds
  /// many bytes at a time; the scans themselves decide what is found.
  static func triggers(in text: String) -> (link: Bool, embed: Bool) {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return (false, false) }
      let n = bytes.count
      func each(_ byte: UInt8, from start: Int, until found: (Int) -> Bool) -> Bool {
        var offset = start
        while offset < n, let hit = memchr(base + offset, Int32(byte), n - offset) {
          let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if found(at) { return true }
          offset = at + 1
        }
        return false
      }
      let embed = each(0x28, from: 0) { $0 + 1 < n && bytes[$0 + 1] == 0x40 }  // (@
      let link =
        each(0x3A, from: 0) { $0 + 2 < n && bytes[$0 + 1] == 0x2F && bytes[$0 + 2] == 0x2F }  // ://
        || each(0x2E, from: 3) { at in  // www. pic.
          let a = bytes[at - 3] | 0x20, b = bytes[at - 2] | 0x20, c = bytes[at - 1] | 0x20
          return (a == 0x77 && b == 0x77 && c == 0x77) || (a == 0x70 && b == 0x69 && c == 0x63)
        }
      return (link, embed)
    }
  }

  /// A span of the text in bytes and in code points.
  struct Span: Equatable {
    var bytes: Range<Int>
    var scalars: Range<Int>
  }

  /// A position in the text: byte offset and code-point offset together.
  struct Position: Equatable {
    var byte: Int
    var scalar: Int
  }

  /// Valid UTF-8 (a Swift string's storage) read scalar by scalar in both directions.
  struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var end: Int { bytes.count }

    func scalar(at byte: Int) -> Unicode.Scalar {
      let b0 = UInt32(bytes[byte])
      let value: UInt32
      if b0 < 0x80 {
        value = b0
      } else if b0 < 0xE0 {
        value = (b0 & 0x1F) << 6 | UInt32(bytes[byte + 1] & 0x3F)
      } else if b0 < 0xF0 {
        value = (b0 & 0x0F) << 12 | UInt32(bytes[byte + 1] & 0x3F) << 6 | UInt32(bytes[byte + 2] & 0x3F)
      } else {
        value =
          (b0 & 0x07) << 18 | UInt32(bytes[byte + 1] & 0x3F) << 12 | UInt32(bytes[byte + 2] & 0x3F) << 6
          | UInt32(bytes[byte + 3] & 0x3F)
      }
      return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    func after(_ p: Position) -> Position {
      let b0 = bytes[p.byte]
      let length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
      return Position(byte: p.byte + length, scalar: p.scalar + 1)
    }

    func before(_ p: Position) -> Position {
      var byte = p.byte - 1
      while byte > 0, bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
      return Position(byte: byte, scalar: p.scalar - 1)
    }

    /// Whether the ASCII `pattern` stands at `byte` (A–Z in the text read as a–z when asked).
    func matches(_ pattern: [UInt8], at byte: Int, ignoringCase: Bool) -> Bool {
      guard byte + pattern.count <= bytes.count else { return false }
      for (offset, p) in pattern.enumerated() {
        var b = bytes[byte + offset]
        if ignoringCase, b >= 65, b <= 90 { b |= 0x20 }
        if b != p { return false }
      }
      return true
    }

    func string(_ span: Span) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[span.bytes]), as: UTF8.self)
    }
  }

  // MARK: URLs

  private static let urlStarts: [[UInt8]] = ["https://", "http://", "www.", "pic.twitter.com/"].map { Array($0.utf8) }
  private static let trailingPunctuation: [UInt8] = Array(".,;:!?".utf8)

  /// `http(s)://…`, `www.…` and `pic.twitter.com/…` up to white space or a delimiter, without
  /// trailing sentence punctuation.
  static func urls(in text: UTF8Text) -> [Span] {
    var spans: [Span] = []
    var position = Position(byte: 0, scalar: 0)
    while position.byte < text.end {
      let b = text.bytes[position.byte]
      guard b == 0x68 || b == 0x48 || b == 0x77 || b == 0x70,  // h H w p
        position.byte == 0 || !isWordScalar(text.scalar(at: text.before(position).byte)),
        urlStarts.contains(where: { text.matches($0, at: position.byte, ignoringCase: true) })
      else {
        position = text.after(position)
        continue
      }
      var end = position
      while end.byte < text.end, !isURLDelimiter(text.scalar(at: end.byte)) { end = text.after(end) }
      // Sentence punctuation is ASCII: one byte, one scalar.
      while end.byte > position.byte, trailingPunctuation.contains(text.bytes[end.byte - 1]) {
        end = Position(byte: end.byte - 1, scalar: end.scalar - 1)
      }
      spans.append(Span(bytes: position.byte..<end.byte, scalars: position.scalar..<end.scalar))
      position = end.scalar > position.scalar ? end : text.after(position)
    }
    return spans
  }

  private static func isURLDelimiter(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\t", "\n", "\u{0B}", "\u{0C}", "\r", " ", "<", ">", "\"", "(", ")", "[", "]", "“", "”", "‘", "’": return true
    default: return s.value >= 0x80 && s.properties.isWhitespace
    }
  }

  // MARK: Embedded posts

  private static let months: Set<String> = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// The signature line of an embedded tweet, `— Name (@handle) Month D, YYYY`, and
  /// Instagram's `A post shared by Name (@handle)`.
  static func embeds(in text: UTF8Text) -> [Span] {
    var spans: [Span] = []
    var paren = Position(byte: 0, scalar: 0)
    while paren.byte + 1 < text.end {
      defer { paren = text.after(paren) }
      // "(" and "@" are ASCII: adjacent bytes are adjacent scalars.
      guard text.bytes[paren.byte] == 0x28, text.bytes[paren.byte + 1] == 0x40 else { continue }
      let handleStart = Position(byte: paren.byte + 2, scalar: paren.scalar + 2)
      var handleEnd = handleStart
      while handleEnd.byte < text.end {
        let s = text.scalar(at: handleEnd.byte)
        guard isWordScalar(s) || s == "." else { break }
        handleEnd = text.after(handleEnd)
      }
      let handleLength = handleEnd.scalar - handleStart.scalar
      guard handleLength > 0, handleLength <= 30, handleEnd.byte < text.end, text.bytes[handleEnd.byte] == 0x29
      else { continue }
      let afterHandle = Position(byte: handleEnd.byte + 1, scalar: handleEnd.scalar + 1)
      if let start = tweetStart(text, before: paren), let end = dateEnd(text, from: afterHandle) {
        spans.append(Span(bytes: start.byte..<end.byte, scalars: start.scalar..<end.scalar))
      } else if let start = instagramStart(text, before: paren) {
        spans.append(Span(bytes: start.byte..<afterHandle.byte, scalars: start.scalar..<afterHandle.scalar))
      }
    }
    return spans
  }

  /// The leftmost dash within 80 name characters (no parentheses, line breaks or em dash)
  /// before `(@`.
  private static func tweetStart(_ text: UTF8Text, before paren: Position) -> Position? {
    var found: Position?
    var cursor = paren
    while cursor.byte > 0 {
      cursor = text.before(cursor)
      guard paren.scalar - cursor.scalar <= 82 else { break }
      let s = text.scalar(at: cursor.byte)
      if s == "—" {
        found = cursor
        break
      }
      if s == "(" || s == ")" || s == "\n" { break }
      if s == "–" || s == "-", paren.scalar - cursor.scalar > 2 { found = cursor }
    }
    return found
  }

  /// `Month D, YYYY` after optional spaces; the position after the year.
  private static func dateEnd(_ text: UTF8Text, from start: Position) -> Position? {
    var i = start
    func at(_ p: Position) -> UInt8? { p.byte < text.end ? text.bytes[p.byte] : nil }
    while at(i) == 0x20 { i = text.after(i) }
    var word = ""
    while i.byte < text.end {
      let s = text.scalar(at: i.byte)
      guard s.properties.isAlphabetic else { break }
      word.unicodeScalars.append(s)
      i = text.after(i)
    }
    guard months.contains(word), at(i) == 0x20 else { return nil }
    i = text.after(i)
    let dayStart = i
    while i.scalar - dayStart.scalar < 2, let b = at(i), b >= 0x30, b <= 0x39 { i = text.after(i) }
    guard i.scalar > dayStart.scalar, at(i) == 0x2C else { return nil }
    i = text.after(i)
    while at(i) == 0x20 { i = text.after(i) }
    let yearStart = i
    while let b = at(i), b >= 0x30, b <= 0x39 { i = text.after(i) }
    return i.scalar - yearStart.scalar == 4 ? i : nil
  }

  private static let instagramMarker = Array("A post shared by ".utf8)

  private static func instagramStart(_ text: UTF8Text, before paren: Position) -> Position? {
    var cursor = paren
    while cursor.byte > 0 {
      cursor = text.before(cursor)
      guard paren.scalar - cursor.scalar <= 100 else { return nil }
      if text.matches(instagramMarker, at: cursor.byte, ignoringCase: false) { return cursor }
      let b = text.bytes[cursor.byte]
      if b == 0x28 || b == 0x29 || b == 0x0A { return nil }
    }
    return nil
  }

  // MARK: Helpers

  private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s == "_" || (s.value >= 48 && s.value <= 57) || s.properties.isAlphabetic
  }
}
