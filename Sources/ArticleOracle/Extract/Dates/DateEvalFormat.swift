import Foundation

/// The formats `eval-dates` scores, told apart by the keys of a file's first line.
public enum DateEvalFormat: String, Sendable, Hashable, Codable {
  /// One article a line: `id`, `dct`, `text`, `timex` (the TimeBank development set).
  case timebank
  /// One whole-input case a line: `id`, `corpus`, `input`, `reference`, `expected`
  /// (Duckling's Time and Duration corpora).
  case duckling

  /// The format of a JSONL file, read from its first non-blank line. Throws naming the file
  /// and line when that line is not a JSON object of either format, or the file is empty.
  public static func detect(jsonl data: Data, file: String) throws(DataFileError) -> DateEvalFormat {
    guard let (number, line) = JSONLinesReader.lines(data).first else {
      throw DataFileError(file: file, problem: "is empty; give a TimeBank or Duckling JSONL file")
    }
    let entry = "line \(number)"
    guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
      throw DataFileError(file: file, entry: entry, problem: "not a JSON object")
    }
    if object["text"] != nil, object["timex"] != nil { return .timebank }
    if object["input"] != nil, object["expected"] != nil { return .duckling }
    throw DataFileError(
      file: file, entry: entry,
      problem: "neither a TimeBank line {id, dct, text, timex} nor a Duckling line {id, corpus, input, reference, expected}")
  }
}

extension TimexGoldDocument {
  /// Reads a gold file in the TimeBank development format. Throws naming the line that
  /// does not parse.
  public static func readDocuments(jsonl data: Data, file: String) throws(DataFileError) -> [TimexGoldDocument] {
    try JSONLinesReader.decode(TimexGoldDocument.self, from: data, file: file, shape: "a gold line {id, dct, text, timex}")
  }

  /// What `extractor` finds in the raw text, published on `dct`: the system side of a score.
  public func systemAnnotations(_ extractor: DateExtractor) -> [TimexAnnotation] {
    extractor.extract(from: text, published: dct.flatMap { CalendarDate(iso: $0) }).map(TimexAnnotation.init)
  }
}
