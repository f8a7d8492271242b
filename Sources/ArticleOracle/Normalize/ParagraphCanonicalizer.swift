import Foundation

/// Turns one raw paragraph into canonical text: windows-1252 repair of C1 controls,
/// control characters dropped (and counted), every white-space run one space, trimmed, NFC.
struct ParagraphCanonicalizer {
  /// Control characters dropped so far (NUL and other C0/C1 controls that are not white space).
  private(set) var droppedControls = 0

  mutating func canonicalize(_ raw: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    var needsNFC = false
    for scalar in raw.unicodeScalars {
      var s = scalar
      let v = s.value
      if v >= 0x80 && v <= 0x9F {
        // C1 controls come from cp1252 text read as Latin-1 (or `&#147;`): map them back.
        let mapped = TextDecoder.windows1252High[Int(v - 0x80)]
        if mapped == 0 {
          droppedControls += 1
          continue
        }
        s = Unicode.Scalar(mapped)!
      }
      if ParagraphCanonicalizer.isSpace(s) {
        pendingSpace = !out.isEmpty
        continue
      }
      if ParagraphCanonicalizer.isInvisible(s) { continue }
      if s.value < 0x20 || s.value == 0x7F {
        droppedControls += 1
        continue
      }
      if s.value >= 0x300 { needsNFC = true }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(s)
    }
    let text = String(out)
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
