/// One token of text, with its code-point span.
public struct Token: Hashable, Sendable {
  public enum Kind: UInt8, Hashable, Sendable {
    /// Letters and combining marks (`Guterres`, `Erdoğan`, `th` after `58`).
    case word
    /// Digits, with inner `,` or `.` between digits (`2,660`, `1.5`, `2022`).
    case number
    /// Any other single non-space character (`-`, `$`, `%`, `'`, `’`, `.`).
    case punct
  }

  public var kind: Kind
  public var text: String
  /// Code-point offsets into the text, end exclusive.
  public var start: Int
  public var end: Int
  /// Whether white space separates this token from the previous one.
  public var spaceBefore: Bool

  public init(kind: Kind, text: String, start: Int, end: Int, spaceBefore: Bool) {
    self.kind = kind
    self.text = text
    self.start = start
    self.end = end
    self.spaceBefore = spaceBefore
  }

  /// Whether this is punctuation with exactly this text.
  @inlinable public func isPunct(_ character: Unicode.Scalar) -> Bool {
    kind == .punct && text.unicodeScalars.first == character
  }
}

/// Splits text into word, number and punctuation tokens in one pass over its code points.
/// Hyphens and apostrophes are tokens of their own: extractors decide what they join.
public enum Tokenizer {
  public static func tokens(_ text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokens(utf8: $0) }
  }

  /// The tokens of `spans(utf8:)` with their texts, made straight from their bytes (texts of
  /// up to 15 bytes are stored inline, without allocation).
  static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    spans(utf8: bytes).map { span in
      Token(
        kind: span.kind,
        text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte]), as: UTF8.self),
        start: span.start, end: span.end, spaceBefore: span.spaceBefore)
    }
  }

  @inlinable static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x80 ? (s == " " || s == "\n" || s == "\t" || s == "\r") : s.properties.isWhitespace
  }

  @inlinable static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

  @inlinable static func isLetter(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return (s.value | 0x20) >= 97 && (s.value | 0x20) <= 122 }
    return s.properties.isAlphabetic
  }

  @inlinable static func isMark(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x300 && (s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark)
  }
}

/// A token without its text: where it lies in the text's UTF-8 bytes and code points. For
/// scanners that look tokens up by their bytes and make a `String` only for the few they
/// keep (the actor linker).
struct TokenSpan: Hashable, Sendable {
  var kind: Token.Kind
  /// Whether white space separates this token from the previous one.
  var spaceBefore: Bool
  /// Whether that white space holds a line feed.
  var newlineBefore: Bool
  /// UTF-8 offsets, end exclusive.
  var startByte: Int
  var endByte: Int
  /// Code-point offsets, end exclusive (as `Token.start`, `Token.end`).
  var start: Int
  var end: Int
}

extension Tokenizer {
  /// The tokens of the text as spans, in one pass over its UTF-8 bytes with an ASCII fast
  /// path: no `String` is made. `tokens(_:)` adds the texts.
  static func spans(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [TokenSpan] {
    var spans: [TokenSpan] = []
    spans.reserveCapacity(bytes.count / 5)
    let n = bytes.count
    var i = 0
    var offset = 0
    var spaceBefore = false
    var newlineBefore = false

    /// The scalar at byte `j` and its length in bytes (as in `tokens(utf8:)`).
    func scalar(at j: Int) -> (Unicode.Scalar, Int) {
      let lead = bytes[j]
      if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      var k = 1
      while k < length, j + k < n {
        value = value << 6 | (UInt32(bytes[j + k]) & 0x3F)
        k += 1
      }
      return (Unicode.Scalar(value) ?? "\u{FFFD}", k)
    }

    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
          spaceBefore = true
          if b == 0x0A { newlineBefore = true }
          i += 1
          offset += 1
          continue
        }
      }
      let start = i
      let startOffset = offset
      let kind: Token.Kind
      if b < 0x80 {
        i += 1
        offset += 1
        if (b | 0x20) >= 97 && (b | 0x20) <= 122 {
          kind = .word
        } else if b >= 48 && b <= 57 {
          kind = .number
        } else {
          kind = .punct
        }
      } else {
        let (s, length) = scalar(at: i)
        if isSpace(s) {
          spaceBefore = true
          i += length
          offset += 1
          continue
        }
        i += length
        offset += 1
        kind = isLetter(s) ? .word : isDigit(s) ? .number : .punct
      }
      if kind == .word {
        while i < n {
          let b = bytes[i]
          if b < 0x80 {
            guard (b | 0x20) >= 97 && (b | 0x20) <= 122 else { break }
            i += 1
          } else {
            let (next, nextLength) = scalar(at: i)
            guard isLetter(next) || isMark(next) else { break }
            i += nextLength
          }
          offset += 1
        }
      } else if kind == .number {
        while i < n {
          let b = bytes[i]
          if b >= 48 && b <= 57 {
            i += 1
            offset += 1
          } else if (b == 0x2C || b == 0x2E), i + 1 < n, bytes[i + 1] >= 48, bytes[i + 1] <= 57 {
            i += 2
            offset += 2
          } else {
            break
          }
        }
      }
      spans.append(
        TokenSpan(
          kind: kind, spaceBefore: spaceBefore, newlineBefore: newlineBefore, startByte: start, endByte: i,
          start: startOffset, end: offset))
      spaceBefore = false
      newlineBefore = false
    }
    return spans
  }
}
