import Foundation

/// One registry file's text and the name errors use for it.
public struct RegistrySource: Hashable, Sendable {
  public var name: String
  public var text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }

  /// Reads a file from disk; the path is its name in errors.
  public static func read(path: String) throws(DataFileError) -> RegistrySource {
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return RegistrySource(name: path, text: String(decoding: data, as: UTF8.self))
    } catch {
      throw DataFileError(file: path, problem: "cannot be read (\(error.localizedDescription))")
    }
  }
}

/// The outcome of checking registry files: the merged registry and every problem found.
public struct RegistryCheck: Sendable {
  public var registry: ActorRegistry
  public var problems: [DataFileError]
  public var isValid: Bool { problems.isEmpty }
}

extension ActorRegistry {
  /// Merges `sources` in order and validates the result, collecting every problem (a file
  /// that does not parse is reported and skipped).
  public static func check(sources: [RegistrySource]) -> RegistryCheck {
    var merger = RegistryMerger()
    var problems: [DataFileError] = []
    for source in sources {
      do {
        merger.add(try RegistryFile.parse(source.text, file: source.name), named: source.name)
      } catch {
        problems.append(error)
      }
    }
    var validator = RegistryValidator()
    let registry = validator.build(merger)
    return RegistryCheck(registry: registry, problems: problems + validator.problems)
  }

  /// Merges and validates `sources`; throws the first problem.
  /// - Throws: `DataFileError` naming the file, the entry and the problem.
  public static func load(sources: [RegistrySource]) throws(DataFileError) -> ActorRegistry {
    let checked = check(sources: sources)
    if let first = checked.problems.first { throw first }
    return checked.registry
  }

  /// The bundled registry extended by the files at `paths`, merged in order.
  /// - Throws: `DataFileError` naming the file, the entry and the problem.
  public static func load(files paths: [String], includingBundled: Bool = true) throws(DataFileError) -> ActorRegistry {
    var sources = includingBundled ? try bundledSources() : []
    for path in paths { sources.append(try RegistrySource.read(path: path)) }
    return try load(sources: sources)
  }

  /// The registry shipped with the package (`Resources/registry/*.yaml`, in file-name
  /// order), loaded once.
  public static func bundled() throws(DataFileError) -> ActorRegistry {
    try bundledResult.get()
  }

  private static let bundledResult: Result<ActorRegistry, DataFileError> = {
    Result { () throws(DataFileError) -> ActorRegistry in try load(sources: try bundledSources()) }
  }()

  /// The bundled registry files, in file-name order; names are `registry/<file>`.
  public static func bundledSources() throws(DataFileError) -> [RegistrySource] {
    let folder = try bundledFolder()
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".yaml") }.sorted()
    } catch {
      throw DataFileError(file: "registry/", problem: "the bundled registry folder cannot be listed (\(error))")
    }
    var sources: [RegistrySource] = []
    for name in names {
      let url = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw DataFileError(file: "registry/\(name)", problem: "the bundled file cannot be read")
      }
      sources.append(RegistrySource(name: "registry/\(name)", text: String(decoding: data, as: UTF8.self)))
    }
    return sources
  }

  private static func bundledFolder() throws(DataFileError) -> URL {
    let candidates = [
      Bundle.module.resourceURL?.appendingPathComponent("Resources/registry"),
      Bundle.module.resourceURL?.appendingPathComponent("registry"),
      Bundle.module.bundleURL.appendingPathComponent("Resources/registry"),
    ]
    for case let url? in candidates {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { return url }
    }
    throw DataFileError(
      file: "registry/",
      problem: "the bundled registry folder is missing from the package resources; rebuild with `swift build`")
  }
}
