#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search over UTF-8 bytes with `memchr`/`memcmp`: no bridging to NSString, no copies.
/// Foundation's `contains`/`range(of:)` on Linux convert to UTF-16 first, which made them
/// the largest cost of normalization.
public enum UTF8Search {
  /// Whether `needle` occurs in `text` (exact bytes).
  public static func contains(_ text: String, _ needle: String) -> Bool {
    firstOffset(of: needle, in: text) != nil
  }

  /// The byte offset of the first occurrence of `needle` in `text`.
  public static func firstOffset(of needle: String, in text: String) -> Int? {
    var text = text
    var needle = needle
    return text.withUTF8 { haystack in
      needle.withUTF8 { pattern in firstOffset(of: pattern, in: haystack) }
    }
  }

  /// The byte offset of the first occurrence of `pattern` in `haystack`.
  public static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = haystack.baseAddress else { return pattern.isEmpty ? 0 : nil }
    guard let needle = pattern.baseAddress, !pattern.isEmpty else { return 0 }
    // memchr for the first byte, memcmp for the rest (memmem is a GNU extension that
    // Swift's Glibc module does not export).
    let first = Int32(pattern[0])
    var offset = 0
    let last = haystack.count - pattern.count
    while offset <= last {
      guard let hit = memchr(base + offset, first, last - offset + 1) else { return nil }
      let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + at, needle, pattern.count) == 0 { return at }
      offset = at + 1
    }
    return nil
  }
}
