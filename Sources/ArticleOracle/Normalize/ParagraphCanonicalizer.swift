import Foundation

/// Turns one raw paragraph into canonical text: windows-1252 repair of C1 controls,
/// control characters dropped (and counted), every white-space run one space, trimmed, NFC.
struct ParagraphCanonicalizer {
  /// Control characters dropped so far (NUL and other C0/C1 controls that are not white space).
  private(set) var droppedControls = 0

  mutating func canonicalize(_ raw: String) -> String {
    var raw = raw
    var out: [UInt8] = []
    var pendingSpace = false
    var needsNFC = false
    var dropped = 0
    raw.withUTF8 { bytes in
      out.reserveCapacity(bytes.count)
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        if b < 0x80 {
          // ASCII fast path: most article text.
          i += 1
          if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
            pendingSpace = !out.isEmpty
          } else if b < 0x20 || b == 0x7F {
            dropped += 1
          } else {
            if pendingSpace {
              out.append(0x20)
              pendingSpace = false
            }
            out.append(b)
          }
          continue
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var scalarValue: UInt32 = 0
        if i + length <= n {
          var iterator = bytes[i..<(i + length)].makeIterator()
          var decoder = Unicode.UTF8()
          if case .scalarValue(let s) = decoder.decode(&iterator) { scalarValue = s.value }
        }
        guard scalarValue != 0 else {
          // Invalid UTF-8 cannot reach here (Swift strings are valid); keep the byte safe.
          i += 1
          continue
        }
        i += length
        var s = Unicode.Scalar(scalarValue)!
        if scalarValue <= 0x9F {
          // C1 controls come from cp1252 text read as Latin-1 (or `&#147;`): map them back.
          let mapped = TextDecoder.windows1252High[Int(scalarValue - 0x80)]
          if mapped == 0 {
            dropped += 1
            continue
          }
          s = Unicode.Scalar(mapped)!
        }
        if ParagraphCanonicalizer.isSpace(s) {
          pendingSpace = !out.isEmpty
          continue
        }
        if ParagraphCanonicalizer.isInvisible(s) { continue }
        if s.value >= 0x300 { needsNFC = true }
        if pendingSpace {
          out.append(0x20)
          pendingSpace = false
        }
        if let encoded = UTF8.encode(s) { out.append(contentsOf: encoded) }
      }
    }
    droppedControls += dropped
    let text = String(decoding: out, as: UTF8.self)
    // Below U+0300 no scalar composes or decomposes, so such text is already NFC.
    return needsNFC ? text.precomposedStringWithCanonicalMapping : text
  }

  /// White space for the canonical text: ASCII space and controls, NBSP, the Unicode spaces.
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default: return false
    }
  }

  /// Zero-width characters that carry no text (ZWSP, word joiner, BOM, soft hyphen).
  static func isInvisible(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x200B, 0x2060, 0xFEFF, 0xAD: return true
    default: return false
    }
  }
}
