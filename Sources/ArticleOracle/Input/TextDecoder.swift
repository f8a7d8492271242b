import Foundation

/// Bytes decoded to a string, with how the encoding was chosen and what had to be repaired.
struct DecodedText: Sendable {
  var text: String
  /// The WHATWG name of the encoding used (`utf-8`, `windows-1252`, `utf-16le`, …).
  var encoding: String
  /// Why that encoding: `bom`, `declared`, `valid-utf-8`, `default`, `fallback`.
  var decidedBy: String
  /// Bytes that were invalid in that encoding, each replaced by U+FFFD.
  var replacedBytes: Int
}

/// Chooses the encoding of an input and decodes it, in this order: byte-order mark, a
/// declared charset (HTML `<meta>`, XML prolog) in the first 4 KiB, valid UTF-8, and
/// otherwise UTF-8 with repairs, or windows-1252 for legacy 8-bit text with no UTF-8 in it.
enum TextDecoder {
  static func decode(_ bytes: [UInt8]) -> DecodedText {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return decodeUTF8(Array(bytes.dropFirst(3)), decidedBy: "bom")
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return decodeUTF16(bytes.dropFirst(2), littleEndian: true, decidedBy: "bom")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return decodeUTF16(bytes.dropFirst(2), littleEndian: false, decidedBy: "bom")
    }
    if let label = declaredCharset(bytes) {
      switch canonicalLabel(label) {
      case "utf-8": return decodeUTF8(bytes, decidedBy: "declared")
      case "windows-1252": return decodeWindows1252(bytes, decidedBy: "declared")
      case "utf-16le": return decodeUTF16(bytes[...], littleEndian: true, decidedBy: "declared")
      case "utf-16be": return decodeUTF16(bytes[...], littleEndian: false, decidedBy: "declared")
      case let other:
        if let encoding = foundationEncoding(other), let text = String(bytes: bytes, encoding: encoding) {
          return DecodedText(text: text, encoding: other, decidedBy: "declared", replacedBytes: 0)
        }
      // An unknown or undecodable label: fall through to detection, which the finding reports.
      }
    }
    // Valid UTF-8 (most input): one validating copy, no separate scan.
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(text: text, encoding: "utf-8", decidedBy: "valid-utf-8", replacedBytes: 0)
    }
    // Invalid UTF-8: one scan decides between legacy 8-bit text and repaired UTF-8.
    let scan = scanUTF8(bytes)
    if scan.validMultibyte == 0 {
      // Not one UTF-8 sequence in it: legacy 8-bit text (browsers default to windows-1252).
      return decodeWindows1252(bytes, decidedBy: "fallback")
    }
    return repairedUTF8(bytes, invalid: scan.invalid, decidedBy: "default")
  }

  // MARK: UTF-8

  static func decodeUTF8(_ bytes: [UInt8], decidedBy: String) -> DecodedText {
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(text: text, encoding: "utf-8", decidedBy: decidedBy, replacedBytes: 0)
    }
    return repairedUTF8(bytes, invalid: scanUTF8(bytes).invalid, decidedBy: decidedBy)
  }

  /// Bytes that are not valid UTF-8, each invalid sequence replaced by U+FFFD.
  private static func repairedUTF8(_ bytes: [UInt8], invalid: Int, decidedBy: String) -> DecodedText {
    DecodedText(
      text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8", decidedBy: decidedBy,
      replacedBytes: invalid)
  }

  /// Counts invalid sequences the way `String(decoding:as:)` replaces them (one U+FFFD per
  /// maximal invalid subpart), and the valid multi-byte sequences. Callers validate first
  /// (the standard library validates in bulk); this parse is for bytes that failed.
  static func scanUTF8(_ bytes: [UInt8]) -> (invalid: Int, validMultibyte: Int) {
    var invalid = 0
    var multibyte = 0
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): if encoded.count > 1 { multibyte += 1 }
      case .error: invalid += 1
      case .emptyInput: break loop
      }
    }
    return (invalid, multibyte)
  }

  // MARK: UTF-16

  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, decidedBy: String) -> DecodedText {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let a = UInt16(bytes[index])
      let b = UInt16(bytes[index + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      index += 2
    }
    var invalid = bytes.count % 2  // a dangling odd byte
    var iterator = units.makeIterator()
    var parser = Unicode.UTF16.ForwardParser()
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid: break
      case .error: invalid += 1
      case .emptyInput: break loop
      }
    }
    var text = String(decoding: units, as: UTF16.self)
    if bytes.count % 2 == 1 { text += "\u{FFFD}" }
    return DecodedText(
      text: text, encoding: littleEndian ? "utf-16le" : "utf-16be", decidedBy: decidedBy,
      replacedBytes: invalid)
  }

  // MARK: windows-1252

  /// The code points of bytes 0x80–0x9F in windows-1252; 0 marks the five undefined bytes.
  static let windows1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// How many UTF-8 bytes each windows-1252 byte becomes (an undefined one is U+FFFD).
  private static let windows1252UTF8Lengths: [UInt8] = (0...255).map { byte -> UInt8 in
    if byte < 0x80 { return 1 }
    if byte > 0x9F { return 2 }
    let code = windows1252High[byte - 0x80]
    return code != 0 && code < 0x800 ? 2 : 3
  }

  static func decodeWindows1252(_ bytes: [UInt8], decidedBy: String) -> DecodedText {
    // Transcode straight into the string's storage, sized exactly by a first pass:
    // appending scalar by scalar to a String, or going through a byte array, is slower.
    let lengths = windows1252UTF8Lengths
    var length = 0
    for byte in bytes { length += Int(lengths[Int(byte)]) }
    var invalid = 0
    let text = String(unsafeUninitializedCapacity: length) { out in
      var count = 0
      for byte in bytes {
        if byte < 0x80 {
          out[count] = byte
          count += 1
          continue
        }
        var code = UInt32(byte)
        if byte <= 0x9F {
          code = windows1252High[Int(byte - 0x80)]
          if code == 0 {
            invalid += 1
            code = 0xFFFD
          }
        }
        if code < 0x800 {
          out[count] = UInt8(0xC0 | (code >> 6))
          out[count + 1] = UInt8(0x80 | (code & 0x3F))
          count += 2
        } else {
          out[count] = UInt8(0xE0 | (code >> 12))
          out[count + 1] = UInt8(0x80 | ((code >> 6) & 0x3F))
          out[count + 2] = UInt8(0x80 | (code & 0x3F))
          count += 3
        }
      }
      return count
    }
    return DecodedText(text: text, encoding: "windows-1252", decidedBy: decidedBy, replacedBytes: invalid)
  }

  // MARK: Declared charsets

  /// The charset declared in the first 4 KiB: `<meta charset=…>`, `<meta http-equiv … content="…;
  /// charset=…">`, or an XML prolog's `encoding="…"`.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(4096)
    var index = head.startIndex
    // Find each '=' and look at the word before it: one cheap pass, no copies.
    while let equals = head[index...].firstIndex(of: UInt8(ascii: "=")) {
      index = equals + 1
      guard endsWithWord(head[..<equals], "charset") || endsWithWord(head[..<equals], "encoding") else { continue }
      // Only inside a tag or the XML prolog: the last '<' before it has no '>' after it.
      guard let open = head[..<equals].lastIndex(of: UInt8(ascii: "<")),
        !head[open..<equals].contains(UInt8(ascii: ">"))
      else { continue }
      var label: [UInt8] = []
      for byte in head[index...] {
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          if label.isEmpty { continue } else { break }
        }
        let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        let isLabelByte =
          (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || lower == UInt8(ascii: "-")
          || lower == UInt8(ascii: "_") || lower == UInt8(ascii: ":") || lower == UInt8(ascii: ".")
        guard isLabelByte else { break }
        label.append(lower)
      }
      if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
    }
    return nil
  }

  /// Whether `bytes` ends with the ASCII `word`, ignoring case.
  private static func endsWithWord(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard bytes.count >= count else { return false }
    return word.withUTF8Buffer { pattern in
      zip(bytes.suffix(count), pattern).allSatisfy { ($0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0) == $1 }
    }
  }

  /// The WHATWG encoding name for a label: `iso-8859-1`, `latin1` and `ascii` are
  /// windows-1252, as browsers read them.
  static func canonicalLabel(_ label: String) -> String {
    switch label.lowercased() {
    case "utf-8", "utf8", "unicode-1-1-utf-8": return "utf-8"
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
      "ascii", "us-ascii", "iso-ir-100", "cp819", "ibm819", "csisolatin1":
      return "windows-1252"
    case "utf-16", "utf-16le": return "utf-16le"
    case "utf-16be": return "utf-16be"
    case let other: return other
    }
  }

  private static func foundationEncoding(_ label: String) -> String.Encoding? {
    switch label {
    case "iso-8859-2", "latin2", "windows-1250", "cp1250": return label.hasPrefix("iso") || label == "latin2" ? .isoLatin2 : .windowsCP1250
    case "windows-1251", "cp1251": return .windowsCP1251
    case "windows-1253", "cp1253": return .windowsCP1253
    case "windows-1254", "cp1254": return .windowsCP1254
    case "shift_jis", "shift-jis", "sjis": return .shiftJIS
    case "euc-jp": return .japaneseEUC
    case "iso-2022-jp": return .iso2022JP
    case "macintosh", "mac": return .macOSRoman
    default: return nil
    }
  }
}
