import Foundation

/// JSON Lines files of the evaluation corpora: their non-blank lines with 1-based numbers,
/// and each line decoded with an error that names the file and line.
public enum JSONLinesReader {
  /// The lines of `data` that are not blank (spaces, tabs, a carriage return), with their
  /// 1-based numbers.
  public static func lines(_ data: Data) -> [(number: Int, line: Data)] {
    data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated().compactMap { index, line in
      line.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 } ? nil : (index + 1, Data(line))
    }
  }

  /// Every non-blank line decoded as `T`. Throws naming the first line that does not
  /// decode: `file: line N: not <shape>: <decoder error>`.
  public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String, shape: String) throws(DataFileError) -> [T] {
    let decoder = JSONDecoder()
    var values: [T] = []
    for (number, line) in lines(data) {
      values.append(try decode(T.self, line: line, number: number, file: file, shape: shape, decoder: decoder))
    }
    return values
  }

  /// One line decoded as `T`, or an error naming the file and line.
  public static func decode<T: Decodable>(
    _ type: T.Type, line: Data, number: Int, file: String, shape: String, decoder: JSONDecoder = JSONDecoder()
  ) throws(DataFileError) -> T {
    do {
      return try decoder.decode(T.self, from: line)
    } catch {
      throw DataFileError(file: file, entry: "line \(number)", problem: "not \(shape): \(error)")
    }
  }
}
