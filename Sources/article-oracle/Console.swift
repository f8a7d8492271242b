import ArgumentParser
import ArticleOracle
import Foundation

/// Standard output and error for the command-line tool.
enum Console {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  static func writeData(_ data: Data) {
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(("article-oracle: " + text + "\n").utf8))
  }
}

/// Reading a JSON Lines file named on the command line: its non-blank lines with their
/// 1-based numbers (`JSONLinesReader.lines`), or a usage error when it cannot be read.
enum JSONLines {
  static func read(_ path: String) throws -> [(number: Int, line: Data)] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ValidationError("\(path): cannot be read; check the path")
    }
    return JSONLinesReader.lines(data)
  }
}

/// Walks a batch, handing each article to `body` and reporting each unreadable file on
/// standard error with its path; returns how many failed.
func forEachArticle<Value>(
  in batch: some Sequence<BatchItem<Value>>, _ body: (Value) throws -> Void
) rethrows -> (read: Int, failed: Int) {
  var read = 0
  var failed = 0
  for item in batch {
    switch item.result {
    case .success(let value):
      read += 1
      try body(value)
    case .failure(let error):
      failed += 1
      Console.error(error.description)
    }
  }
  return (read, failed)
}
