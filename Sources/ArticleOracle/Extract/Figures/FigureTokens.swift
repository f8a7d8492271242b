/// The tokens of one paragraph as the figure scanner reads them: `Tokenizer.spans(utf8:)`
/// spans over the text's UTF-8 bytes, whose `String` is made only when a rule reads it.
/// Most tokens are passed over by their word class alone, so most never get one.
///
/// Valid only while the bytes it points into live (inside `String.withUTF8`).
struct FigureTokens: RandomAccessCollection {
  /// One token: kind and offsets as `Token`, text made on demand.
  struct Element {
    let span: TokenSpan
    let bytes: UnsafeBufferPointer<UInt8>

    var kind: Token.Kind { span.kind }
    var start: Int { span.start }
    var end: Int { span.end }
    var spaceBefore: Bool { span.spaceBefore }
    var utf8: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[span.startByte..<span.endByte]) }
    var text: String { String(decoding: utf8, as: UTF8.self) }
    /// The first code point, read from the bytes (a punctuation token is one code point).
    var firstScalar: Unicode.Scalar? {
      var iterator = utf8.makeIterator()
      var decoder = UTF8()
      if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
      return span.endByte > span.startByte ? "\u{FFFD}" : nil
    }
    /// The same token as `Tokenizer.tokens` makes it.
    var token: Token { Token(kind: span.kind, text: text, start: span.start, end: span.end, spaceBefore: span.spaceBefore) }
  }

  /// The spans of the whole text; this paragraph is `spans[base..<base + count]`.
  let spans: [TokenSpan]
  let base: Int
  let count: Int
  let bytes: UnsafeBufferPointer<UInt8>

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(index: Int) -> Element {
    precondition(index >= 0 && index < count, "token index out of the paragraph")
    return Element(span: spans[base + index], bytes: bytes)
  }

  /// The same tokens as `Token` values, for readers shared with the other extractors
  /// (`NumberWords.read`): each one's text is made when it is read.
  var asTokens: Tokens { Tokens(tokens: self) }

  struct Tokens: RandomAccessCollection {
    let tokens: FigureTokens
    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    subscript(index: Int) -> Token { tokens[index].token }
  }
}
