/// Every folded word the linker compares tokens with (trie edges, cue words), each with a
/// small integer id. An article's tokens are looked up once, straight from their UTF-8
/// bytes (ASCII words lower-cased on the fly), so the trie walks and cue checks compare
/// integers and no `String` is made per token. Words are hashed with FNV-1a
/// (`WordTable.hash`) in an open-addressing table and compared byte for byte on a hit.
struct Vocabulary: Sendable {
  /// The folded word of each id.
  private(set) var words: [String] = []
  /// The bytes of every word, back to back; word `id` is `bytes[offsets[id]..<offsets[id + 1]]`.
  private var bytes: [UInt8] = []
  private var offsets: [Int32] = [0]
  private var ids: [String: Int32] = [:]
  /// The sealed table: each slot holds an id (or -1), part of its word's hash with its
  /// length, and its first eight bytes, side by side so that a lookup reads one cache line
  /// and compares a word of up to eight bytes without reading `bytes`.
  private var slots: [Slot] = []
  private var mask = 0

  /// One bit per hash value (its high bits) of every word: small enough to stay in the L1
  /// cache, so most words outside the vocabulary are turned away without probing `slots`.
  private var filter: [UInt64] = []
  private var filterMask: UInt64 = 0

  @inline(__always) private static func filterBit(_ hash: UInt64, _ mask: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash >> 40) & mask)
  }

  private struct Slot {
    /// The word's first eight bytes, the first in the lowest byte, zero-padded.
    var prefix: UInt64
    /// `tag(_:_:)` of the word's hash and length.
    var tag: UInt32
    var id: Int32
  }

  /// Bits 40–63 of the hash, and the length (up to 255) in the low byte.
  @inline(__always) private static func tag(_ hash: UInt64, _ length: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: hash >> 40) << 8 | UInt32(min(length, 255))
  }

  /// The first eight bytes of `bytes` (with `lowercasing`, ASCII capitals lower-cased), the
  /// first in the lowest byte, zero-padded.
  @inline(__always) private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
    var value: UInt64 = 0
    for k in 0..<min(bytes.count, 8) {
      let b = bytes[k]
      value |= UInt64(lowercasing ? ASCIICase.lower(b) : b) << UInt64(8 * k)
    }
    return value
  }

  var count: Int { words.count }

  /// The id of `word`, added if new. Call `seal()` after the last word.
  @discardableResult
  mutating func intern(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(words.count)
    ids[word] = id
    words.append(word)
    bytes.append(contentsOf: word.utf8)
    offsets.append(Int32(bytes.count))
    return id
  }

  /// Builds the lookup table used by `id(lowercasing:hash:)`.
  mutating func seal() {
    var size = 16
    while size < words.count * 2 { size <<= 1 }
    var bits = 1 << 15
    while bits < words.count * 8, bits < 1 << 18 { bits <<= 1 }
    filter = Array(repeating: 0, count: bits / 64)
    filterMask = UInt64(bits - 1)
    slots = Array(repeating: Slot(prefix: 0, tag: 0, id: -1), count: size)
    mask = size - 1
    for (id, word) in words.enumerated() {
      let h = WordTable.hash(word)
      var slot = Int(truncatingIfNeeded: h) & mask
      while slots[slot].id >= 0 { slot = (slot + 1) & mask }
      var word = word
      let prefix = word.withUTF8 { Self.prefix($0, lowercasing: false) }
      slots[slot] = Slot(prefix: prefix, tag: Self.tag(h, word.utf8.count), id: Int32(id))
      let bit = Self.filterBit(h, filterMask)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  /// The id of a word already folded, or nil.
  func id(of word: String) -> Int32? { ids[word] }

  /// The id of the word whose bytes are `token` with ASCII capitals lower-cased, given the
  /// `WordTable.hash` of those lower-cased bytes; nil for a word not in the vocabulary.
  @inline(__always)
  func id(lowercasing token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    let bit = Self.filterBit(hash, filterMask)
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
    let tag = Self.tag(hash, token.count)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = slots[slot]
      if entry.id < 0 { return nil }
      if entry.tag == tag, entry.prefix == Self.prefix(token, lowercasing: true),
        token.count <= 8 || equals(Int(entry.id), token)
      {
        return entry.id
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether word `id` is `token` with ASCII capitals lower-cased, past the first eight
  /// bytes (which the slot's prefix already matched).
  @inline(__always) private func equals(_ id: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
    let from = Int(offsets[id])
    guard Int(offsets[id + 1]) - from == token.count else { return false }
    for k in 8..<token.count {
      let b = token[k]
      if bytes[from + k] != ASCIICase.lower(b) { return false }
    }
    return true
  }
}
