/// ASCII case folding on UTF-8 bytes, shared by the byte-level word lookups (`Vocabulary`,
/// the date and figure scanners): what `lowercased()` does to A–Z, without its Unicode tables.
enum ASCIICase {
  /// The byte with an ASCII capital (A–Z) lower-cased; every other byte as it is.
  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// The bytes as a `String` with A–Z lower-cased and every other byte kept: `lowercased()`
  /// for ASCII text (callers send non-ASCII words to `lowercased()` themselves).
  static func lowercased(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (k, b) in bytes.enumerated() { buffer[k] = lower(b) }
      return bytes.count
    }
  }
}
