import Foundation

/// Data files shipped inside the package (`Sources/ArticleOracle/Resources`).
public enum BundledResource {
  /// The URL of a bundled resource file, e.g. `boilerplate.yaml`.
  public static func url(_ name: String) throws(DataFileError) -> URL {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    if let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources") {
      return url
    }
    if let url = Bundle.module.url(forResource: base, withExtension: ext) { return url }
    throw DataFileError(
      file: name,
      problem: "the bundled data file is missing from the package resources; rebuild with `swift build`")
  }

  /// The contents of a bundled resource file.
  public static func data(_ name: String) throws(DataFileError) -> Data {
    let location = try url(name)
    do {
      return try Data(contentsOf: location)
    } catch {
      throw DataFileError(file: location.path, problem: "cannot be read (\(error.localizedDescription))")
    }
  }
}
