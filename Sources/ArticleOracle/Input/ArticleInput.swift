import Foundation

/// The raw bytes of one article and where they came from.
public struct ArticleInput: Sendable, Hashable {
  /// The article id: the file name without extension.
  public var id: String
  /// The path as the user gave it, or another label for in-memory input.
  public var source: String
  public var bytes: [UInt8]

  public init(id: String, source: String, bytes: [UInt8]) {
    self.id = id
    self.source = source
    self.bytes = bytes
  }

  /// The largest input we read. Bigger files are refused with a clear error rather than
  /// loaded: libxml2 keeps a copy and a tree, so memory is a few times the input.
  public static let maxBytes = 64 * 1024 * 1024

  /// Reads a file. Throws `InputError` naming the file and the problem.
  public static func read(path: String) throws(InputError) -> ArticleInput {
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path: path)
    }
    guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= maxBytes else { throw .tooLarge(path: path, bytes: size, limit: maxBytes) }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    return ArticleInput(id: articleID(forPath: path), source: path, bytes: [UInt8](data))
  }

  /// The id of the article stored at `path`: its file name without the last extension.
  public static func articleID(forPath path: String) -> String {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}

/// Why an input could not be read or normalized. Each case names the file and says what
/// to do about it.
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
  case notFound(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case empty(path: String)
  case onlyWhitespace(path: String)
  case binary(path: String, reason: String)
  case parserFailed(path: String, reason: String)
  case noText(path: String)

  public var path: String {
    switch self {
    case .notFound(let path), .isDirectory(let path), .unreadable(let path, _),
      .tooLarge(let path, _, _), .empty(let path), .onlyWhitespace(let path), .binary(let path, _),
      .parserFailed(let path, _), .noText(let path):
      return path
    }
  }

  public var description: String {
    switch self {
    case .notFound(let path): return "\(path): no such file; check the path"
    case .isDirectory(let path): return "\(path): is a directory; pass the article files inside it"
    case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
    case .tooLarge(let path, let bytes, let limit):
      return "\(path): \(bytes) bytes is over the \(limit)-byte limit for one article; split it"
    case .empty(let path): return "\(path): the file is empty; remove it from the batch or re-fetch it"
    case .onlyWhitespace(let path):
      return "\(path): the file holds only white space; remove it from the batch or re-fetch it"
    case .binary(let path, let reason):
      return "\(path): looks like a binary file, not an article (\(reason)); remove it from the batch"
    case .parserFailed(let path, let reason): return "\(path): the HTML parser gave no document (\(reason))"
    case .noText(let path):
      return "\(path): no article text is left after removing markup and boilerplate; check the input"
    }
  }
}
