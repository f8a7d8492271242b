import Foundation

/// Paths of the package checkout, found from this file's location, with an override
/// (`ARTICLE_ORACLE_ROOT`) for builds whose binaries run away from the sources.
enum TestPaths {
  static let packageRoot: URL = {
    if let root = ProcessInfo.processInfo.environment["ARTICLE_ORACLE_ROOT"] {
      return URL(fileURLWithPath: root)
    }
    // Tests/ArticleOracleTests/Support/TestPaths.swift -> package root
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }()

  static var seeds: URL { packageRoot.appendingPathComponent("seeds") }
  static var golden: URL { packageRoot.appendingPathComponent("Golden") }

  /// The seed file whose name starts with `prefix` (`"003"`).
  static func seed(_ prefix: String) throws -> URL {
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
    guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: seeds.appendingPathComponent(prefix).path])
    }
    return seeds.appendingPathComponent(name)
  }
}
