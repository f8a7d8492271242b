/// An open-addressing table from words to small integers, hashed with FNV-1a over UTF-8
/// (`hash(_:)`, also the hash of `Vocabulary`): the misspelling index's deletion variants
/// live in one. Swift's seeded SipHash cost more than the lookups themselves. Keys are still
/// compared in full on a hit.
struct WordTable: Sendable {
  private var hashes: [UInt64]
  private var parents: [Int32]
  private var keys: [String]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    hashes = Array(repeating: 0, count: size)
    parents = Array(repeating: -1, count: size)
    keys = Array(repeating: "", count: size)
    values = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// FNV-1a of the word's UTF-8 bytes, never 0.
  @inline(__always) static func hash(_ word: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return h | 1
  }

  @inline(__always) private static func slotHash(_ hash: UInt64, _ parent: Int32) -> UInt64 {
    (hash ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) | 1
  }

  /// Adds `key` under `parent` (-1 for a plain word table); the table never grows, so
  /// give a capacity of at least the number of keys.
  mutating func insert(_ key: String, parent: Int32 = -1, value: Int32) {
    let h = Self.slotHash(Self.hash(key), parent)
    var slot = Int(truncatingIfNeeded: h) & mask
    while hashes[slot] != 0 {
      if hashes[slot] == h, parents[slot] == parent, keys[slot] == key {
        values[slot] = value
        return
      }
      slot = (slot + 1) & mask
    }
    hashes[slot] = h
    parents[slot] = parent
    keys[slot] = key
    values[slot] = value
    count += 1
  }

  /// The value of `key` under `parent`, given the key's `hash(_:)`.
  @inline(__always) func find(_ key: String, hash: UInt64, parent: Int32 = -1) -> Int32? {
    let h = Self.slotHash(hash, parent)
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 { return nil }
      if stored == h, parents[slot] == parent, keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
  }
}
