import Foundation

/// Finds the article files of a corpus: the files given, and the files inside the folders
/// given (not recursing into hidden folders), in a stable order.
public enum ArticleCorpus {
  /// File extensions read as articles.
  public static let extensions: Set<String> = ["txt", "html", "htm", "xhtml", "text"]

  /// The article paths under `paths`, sorted by id then path. A path that does not exist
  /// is returned as is, so reading it reports the error for that file.
  public static func articlePaths(_ paths: [String]) -> [String] {
    var found: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where !name.hasPrefix(".") {
          let ext = (name as NSString).pathExtension.lowercased()
          if extensions.contains(ext) { found.append((path as NSString).appendingPathComponent(name)) }
        }
      } else {
        found.append(path)
      }
    }
    return found.sorted { (ArticleInput.articleID(forPath: $0), $0) < (ArticleInput.articleID(forPath: $1), $1) }
  }
}
