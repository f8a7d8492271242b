/// Character references still standing in a paragraph after markup was read: entities in a
/// plain-text export (`AT&amp;T`, `it&#8217;s`) or escaped twice in the HTML (`&amp;#8217;`,
/// which the parser turns into the text `&#8217;`). Scrapers produce both; a reader never
/// means the reference itself, so it is decoded (one level) and counted.
///
/// Decoded: decimal and hex references to a scalar (not NUL, not a surrogate), the HTML 4
/// entity names with their `;` (libxml2's table, the one its parser decodes with: `&Eacute;`,
/// `&hearts;`, `&apos;`), and `&amp`, `&nbsp`, `&quot` without `;` when no letter, digit or
/// `=` follows (browsers read those legacy forms; `?a=1&copy=3` stays). Anything else (`R&D`,
/// `AT&T`, `&unknown;`, `&AMP;`) is left as it is.
enum LeftoverCharacterReferences {
  /// Legacy names browsers also read without `;`.
  static let withoutSemicolon: Set<String> = ["amp", "nbsp", "quot"]

  /// The paragraph with its leftover references decoded and how many there were, or nil
  /// when it holds none (the usual case: one `memchr` for `&`).
  static func decode(_ paragraph: String) -> (text: String, count: Int)? {
    guard UTF8Search.contains(paragraph, "&") else { return nil }
    let scalars = Array(paragraph.unicodeScalars)
    var out = String.UnicodeScalarView()
    var count = 0
    var i = 0
    while i < scalars.count {
      if scalars[i] == "&", let (scalar, length) = reference(in: scalars, at: i) {
        out.append(scalar)
        count += 1
        i += length
      } else {
        out.append(scalars[i])
        i += 1
      }
    }
    return count == 0 ? nil : (String(out), count)
  }

  /// The scalar a reference starting at `start` (an `&`) stands for, and its length.
  private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
    var i = start + 1
    guard i < scalars.count else { return nil }
    if scalars[i] == "#" {
      i += 1
      var radix: UInt32 = 10
      if i < scalars.count, scalars[i] == "x" || scalars[i] == "X" {
        radix = 16
        i += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while i < scalars.count, digits < 8, let digit = digitValue(scalars[i], radix: radix) {
        value = value * radix + digit
        digits += 1
        i += 1
      }
      guard digits > 0, i < scalars.count, scalars[i] == ";", value != 0, let scalar = Unicode.Scalar(value) else {
        return nil
      }
      return (scalar, i + 1 - start)
    }
    var name = ""
    while i < scalars.count, name.unicodeScalars.count < 8, scalars[i].isASCII,
      scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])
    {
      name.unicodeScalars.append(scalars[i])
      i += 1
    }
    guard !name.isEmpty, let scalar = LibXML2Parser.htmlEntity(named: name) else { return nil }
    if i < scalars.count, scalars[i] == ";" { return (scalar, i + 1 - start) }
    guard withoutSemicolon.contains(name) else { return nil }
    if i < scalars.count {
      let next = scalars[i]
      if next == "=" || next.properties.isAlphabetic || next.properties.numericType != nil { return nil }
    }
    return (scalar, i - start)
  }

  private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
    switch scalar.value {
    case 0x30...0x39: return scalar.value - 0x30
    case 0x41...0x46 where radix == 16: return scalar.value - 0x41 + 10
    case 0x61...0x66 where radix == 16: return scalar.value - 0x61 + 10
    default: return nil
    }
  }
}
