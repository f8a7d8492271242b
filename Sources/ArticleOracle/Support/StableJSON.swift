import Foundation

/// The one JSON encoder and decoder of the project: sorted keys, two-space indent,
/// no escaped slashes, LF and a trailing newline, so every file we write diffs cleanly.
public enum StableJSON {
  /// Pretty JSON for files people read in `git diff` (goldens, reports).
  public static func encode<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data = reindent(data)
    data.append(0x0A)
    return data
  }

  /// One-line JSON for JSON Lines output; keys sorted, no trailing newline.
  public static func encodeLine<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }

  public static func string<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encode(value), as: UTF8.self)
  }

  public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
    try JSONDecoder().decode(type, from: data)
  }

  /// Foundation's pretty printer indents with two spaces on Linux and four on Darwin;
  /// normalise leading runs of four to two so output is the same everywhere.
  private static func reindent(_ data: Data) -> Data {
    #if canImport(Darwin)
      var out = Data(capacity: data.count)
      var atLineStart = true
      var spaces = 0
      for byte in data {
        if atLineStart && byte == 0x20 {
          spaces += 1
          continue
        }
        if atLineStart {
          out.append(contentsOf: repeatElement(0x20, count: spaces / 2))
          spaces = 0
          atLineStart = false
        }
        out.append(byte)
        if byte == 0x0A { atLineStart = true }
      }
      return out
    #else
      return data
    #endif
  }
}
