import Foundation
import Yams

/// Corpus cases left out of the figure evaluation because the corpus means something else
/// by design (`a couple` = 2, lakh and crore, `Voyager 2` as a count), each with its reason.
/// Shipped as `Resources/eval/figures-eval-exclusions.yaml`; docs/figures.md explains them.
public struct FigureEvalExclusions: Sendable {
  public struct Entry: Sendable, Hashable, Codable {
    public var id: String
    public var reason: String
  }

  private struct File: Codable {
    var version: Int
    var exclusions: [Entry]
  }

  public let entries: [Entry]
  let byID: [String: String]

  public static let fileName = "figures-eval-exclusions.yaml"

  /// Reads an exclusion file. Throws naming the entry when an id repeats or a reason is empty.
  public init(yaml: String, file: String = fileName) throws(DataFileError) {
    let parsed: File
    do {
      parsed = try YAMLDecoder().decode(File.self, from: yaml)
    } catch {
      throw DataFileError(file: file, problem: "not a valid exclusion file (version, exclusions: [{id, reason}]): \(error)")
    }
    var byID: [String: String] = [:]
    for entry in parsed.exclusions {
      guard !entry.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw DataFileError(file: file, entry: entry.id, problem: "give the reason the case is excluded")
      }
      guard byID.updateValue(entry.reason, forKey: entry.id) == nil else {
        throw DataFileError(file: file, entry: entry.id, problem: "the id is listed twice")
      }
    }
    entries = parsed.exclusions
    self.byID = byID
  }

  public init(entries: [Entry] = []) {
    self.entries = entries
    byID = Dictionary(entries.map { ($0.id, $0.reason) }, uniquingKeysWith: { first, _ in first })
  }

  /// Why a case is excluded, or nil when it is scored.
  public func reason(for id: String) -> String? { byID[id] }

  /// The exclusions shipped in the package.
  public static func bundled() throws(DataFileError) -> FigureEvalExclusions {
    let url =
      Bundle.module.url(forResource: "figures-eval-exclusions", withExtension: "yaml", subdirectory: "Resources/eval")
      ?? Bundle.module.url(forResource: "figures-eval-exclusions", withExtension: "yaml", subdirectory: "eval")
    guard let url, let data = FileManager.default.contents(atPath: url.path) else {
      throw DataFileError(file: "eval/" + fileName, problem: "missing from the package resources; rebuild with `swift build`")
    }
    return try FigureEvalExclusions(yaml: String(decoding: data, as: UTF8.self), file: "eval/" + fileName)
  }
}
