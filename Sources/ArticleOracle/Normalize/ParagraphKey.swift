/// A paragraph as a set key compared byte for byte ("word for word") and hashed in bulk:
/// `String` hashing normalizes Unicode and `[UInt8]` hashing feeds the hasher byte by byte,
/// both measurably slow here. Paragraphs are NFC already, so bytes are the right equality.
/// The bytes are hashed once, when the key is made; set operations hash that value.
struct ParagraphKey: Hashable {
  let text: String
  private let bytesHash: Int

  init(_ text: String) {
    self.text = text
    var copy = text
    bytesHash = copy.withUTF8 { ParagraphKey.fold(UnsafeRawBufferPointer($0)) }
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(bytesHash)
  }

  /// A quick hash of the bytes, eight at a time (the set's own hasher then mixes it):
  /// SipHash over every byte of every paragraph was a visible share of normalization.
  private static func fold(_ bytes: UnsafeRawBufferPointer) -> Int {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var offset = 0
    while offset + 8 <= bytes.count {
      h = (h ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      offset += 8
    }
    while offset < bytes.count {
      h = (h ^ UInt64(bytes[offset])) &* 0xC4CE_B9FE_1A85_EC53
      offset += 1
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  static func == (lhs: ParagraphKey, rhs: ParagraphKey) -> Bool {
    lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }
}
