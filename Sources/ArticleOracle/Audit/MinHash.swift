/// MinHash signatures of word 4-grams, and locality-sensitive banding to find
/// near-duplicate candidates in time linear in the number of articles.
public enum MinHash {
  /// Hash functions per signature, and how they are cut into bands for candidate search.
  public static let size = 64
  public static let bands = 16
  static let rows = size / bands
  static let shingleWords = 4

  /// The signature of `text`: for each of `size` hash functions, the minimum over the
  /// text's word 4-grams (lower case). Empty for a text with no words.
  public static func signature(_ text: String) -> [UInt32] {
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    guard !words.isEmpty else { return [] }
    var minima = [UInt64](repeating: .max, count: size)
    let span = min(shingleWords, words.count)
    for index in 0...(words.count - span) {
      let base = AuditText.fnv1a(words[index..<(index + span)].joined(separator: " "))
      for i in 0..<size {
        let value = mix(base ^ seeds[i])
        if value < minima[i] { minima[i] = value }
      }
    }
    return minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
  }

  /// The share of equal positions: an estimate of the Jaccard similarity of the shingle sets.
  public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
    guard a.count == b.count, !a.isEmpty else { return 0 }
    var same = 0
    for i in 0..<a.count where a[i] == b[i] { same += 1 }
    return Double(same) / Double(a.count)
  }

  /// The band keys of a signature: items that share a key are candidates.
  static func bandKeys(_ signature: [UInt32]) -> [UInt64] {
    guard signature.count == size else { return [] }
    return (0..<bands).map { band in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
      for value in signature[(band * rows)..<((band + 1) * rows)] {
        hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
      }
      return hash
    }
  }

  static func hex(_ signature: [UInt32]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(signature.count * 8)
    for value in signature {
      for shift in stride(from: 28, through: 0, by: -4) { bytes.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func parse(hex: String) -> [UInt32] {
    let bytes = Array(hex.utf8)
    guard bytes.count % 8 == 0 else { return [] }
    var out: [UInt32] = []
    for chunk in stride(from: 0, to: bytes.count, by: 8) {
      var value: UInt32 = 0
      for byte in bytes[chunk..<(chunk + 8)] {
        let digit: UInt8
        switch byte {
        case 48...57: digit = byte - 48
        case 97...102: digit = byte - 87
        default: return []
        }
        value = value << 4 | UInt32(digit)
      }
      out.append(value)
    }
    return out
  }

  private static func mix(_ x: UInt64) -> UInt64 {
    // splitmix64 finalizer
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private static let seeds: [UInt64] = (0..<UInt64(size)).map { mix($0 &* 0x51_7CC1_B727_220A) }
}
