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
    var tokens: [Token] = []
    tokens.reserveCapacity(text.utf8.count / 5)
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var offset = 0
    var spaceBefore = false
    while index < scalars.endIndex {
      let s = scalars[index]
      if isSpace(s) {
        spaceBefore = true
        scalars.formIndex(after: &index)
        offset += 1
        continue
      }
      let startIndex = index
      let start = offset
      let kind: Token.Kind
      if isLetter(s) {
        kind = .word
        repeat {
          scalars.formIndex(after: &index)
          offset += 1
        } while index < scalars.endIndex && (isLetter(scalars[index]) || isMark(scalars[index]))
      } else if isDigit(s) {
        kind = .number
        repeat {
          scalars.formIndex(after: &index)
          offset += 1
          if index < scalars.endIndex, scalars[index] == "," || scalars[index] == "." {
            let next = scalars.index(after: index)
            if next < scalars.endIndex, isDigit(scalars[next]) {
              index = next
              offset += 1
            }
          }
        } while index < scalars.endIndex && isDigit(scalars[index])
      } else {
        kind = .punct
        scalars.formIndex(after: &index)
        offset += 1
      }
      tokens.append(
        Token(kind: kind, text: String(scalars[startIndex..<index]), start: start, end: offset, spaceBefore: spaceBefore))
      spaceBefore = false
    }
    return tokens
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
