import Foundation

/// Turns one raw paragraph into canonical text: windows-1252 repair of C1 controls,
/// control characters dropped (and counted), every white-space run one space, trimmed, NFC.
struct ParagraphCanonicalizer {
  /// Control characters dropped so far (NUL and other C0/C1 controls that are not white space).
  private(set) var droppedControls = 0

  mutating func canonicalize(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { canonicalize(bytes: $0) }
  }

  /// Canonicalizes one paragraph given as valid UTF-8 (Swift strings and libxml2's output
  /// are). Valid UTF-8 never grows by more than half (a 2-byte C1 control becomes a 3-byte
  /// windows-1252 character), which bounds the capacity.
  mutating func canonicalize(bytes: UnsafeBufferPointer<UInt8>) -> String {
    var pendingSpace = false
    var needsNFC = false
    var dropped = 0
    // Written straight into the new string's storage: the output is never longer than the
    // input except where a dropped C1 control maps to a 3-byte character, hence the slack.
    let text = String(unsafeUninitializedCapacity: bytes.count + bytes.count / 2 + 8) { out in
      var count = 0
      func append(_ byte: UInt8) {
        out[count] = byte
        count += 1
      }
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        if b < 0x80 {
          // ASCII fast path: most article text.
          i += 1
          if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
            pendingSpace = count > 0
          } else if b < 0x20 || b == 0x7F {
            dropped += 1
          } else {
            if pendingSpace {
              append(0x20)
              pendingSpace = false
            }
            append(b)
            // The rest of a run of printable ASCII goes over as it is.
            while i < n {
              let c = bytes[i]
              guard c > 0x20 && c < 0x7F else { break }
              append(c)
              i += 1
            }
          }
          continue
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var scalarValue = i + length <= n ? ParagraphCanonicalizer.decode(bytes, at: i, length: length) : 0
        i += length
        if scalarValue == 0 {
          // Not reachable from valid UTF-8; never drop a byte silently.
          scalarValue = 0xFFFD
          i -= length - 1
        }
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
          pendingSpace = count > 0
          continue
        }
        if ParagraphCanonicalizer.isInvisible(s) { continue }
        if !needsNFC, ParagraphCanonicalizer.mayChangeUnderNFC(s) { needsNFC = true }
        if pendingSpace {
          append(0x20)
          pendingSpace = false
        }
        if let encoded = UTF8.encode(s) {
          guard count + encoded.count <= out.count else {
            dropped += 1  // cannot happen for valid UTF-8 (see capacity); counted, never silent
            continue
          }
          for byte in encoded { append(byte) }
        }
      }
      return count
    }
    droppedControls += dropped
    // Text with no scalar that NFC could change is already NFC: skip the costly call.
    return needsNFC ? text.precomposedStringWithCanonicalMapping : text
  }

  /// The scalar value of the `length`-byte UTF-8 sequence at `i`, or 0 when it is not well
  /// formed (the same sequences `Unicode.UTF8` rejects: bad lead or continuation bytes,
  /// overlong forms, surrogates, values above U+10FFFF).
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
    let b0 = UInt32(bytes[i])
    let b1 = UInt32(bytes[i + 1])
    guard b1 & 0xC0 == 0x80 else { return 0 }
    switch length {
    case 2:
      guard b0 >= 0xC2 && b0 <= 0xDF else { return 0 }
      return (b0 & 0x1F) << 6 | (b1 & 0x3F)
    case 3:
      let b2 = UInt32(bytes[i + 2])
      guard b2 & 0xC0 == 0x80 else { return 0 }
      switch b0 {
      case 0xE0: guard b1 >= 0xA0 else { return 0 }
      case 0xED: guard b1 <= 0x9F else { return 0 }
      case 0xE1...0xEF: break
      default: return 0
      }
      return (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
    default:
      let b2 = UInt32(bytes[i + 2])
      let b3 = UInt32(bytes[i + 3])
      guard b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return 0 }
      switch b0 {
      case 0xF0: guard b1 >= 0x90 else { return 0 }
      case 0xF4: guard b1 <= 0x8F else { return 0 }
      case 0xF1...0xF3: break
      default: return 0
      }
      return (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F)
    }
  }

  /// Whether NFC may change text containing `s`: combining marks (non-zero canonical
  /// combining class) and the scalars whose NFC quick-check value is not Yes (singleton
  /// decompositions such as U+212B ANGSTROM SIGN, Hangul jamo, Indic and Tibetan letters
  /// with nukta, Greek with oxia, CJK compatibility ideographs). Curly quotes, dashes,
  /// currency signs and precomposed Latin, Cyrillic or Turkish letters never need it.
  static func mayChangeUnderNFC(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x300 { return false }
    if s.properties.canonicalCombiningClass.rawValue != 0 { return true }
    switch v {
    case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x0900...0x0DFF, 0x0F00...0x0FFF, 0x1000...0x11FF,
      0x1B00...0x1B7F, 0x1F00...0x1FFF, 0x2000...0x2001, 0x2126, 0x212A...0x212B, 0x2329...0x232A,
      0x2ADC, 0x3099...0x309A, 0xF900...0xFAFF, 0xFB1D...0xFB4F, 0x110B0...0x110BF,
      0x1D15E...0x1D1C0, 0x2F800...0x2FA1F:
      return true
    default:
      return false
    }
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
