import Foundation

/// JSON Lines of already-plain articles, `{"id", "text", "published"}` (`published` may be
/// null or absent): the batch input of `extract --jsonl`, for pipelines and evaluations
/// that push thousands of short texts through one process. Offsets of the extractions
/// point into `text` exactly as given: no normalization runs.
public enum PlainTextLines {
  /// A line that is not a valid record: where it is and what is wrong.
  public struct LineError: Error, Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var problem: String

    public var description: String { "\(source):\(line): \(problem)" }
  }

  private struct Record: Decodable {
    var id: String
    var text: String
    var published: String?
  }

  /// Reads one line (1-based `line` number, for messages) into an article.
  public static func article(fromLine text: String, line: Int, source: String) throws(LineError) -> NormalizedArticle {
    let record: Record
    do {
      record = try JSONDecoder().decode(Record.self, from: Data(text.utf8))
    } catch {
      throw LineError(source: source, line: line, problem: "not a valid {\"id\", \"text\", \"published\"} object (\(error))")
    }
    var published: CalendarDate?
    if let value = record.published {
      guard let date = CalendarDate(iso: value) else {
        throw LineError(source: source, line: line, problem: "published must be YYYY-MM-DD or null, found \"\(value)\"")
      }
      published = date
    }
    return Normalizer.plain(id: record.id, source: "\(source):\(line)", text: record.text, published: published)
  }

  /// Every non-blank line of `contents` as an article or the error for that line, in order.
  public static func articles(in contents: String, source: String) -> [Result<NormalizedArticle, LineError>] {
    var results: [Result<NormalizedArticle, LineError>] = []
    for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.allSatisfy(\.isWhitespace) {
      results.append(Result { () throws(LineError) in try article(fromLine: String(line), line: index + 1, source: source) })
    }
    return results
  }
}
