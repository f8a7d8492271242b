import Foundation
import Yams

/// Corpus cases left out of the figure evaluation because the corpus means something else
/// by design (`a couple` = 2, lakh and crore, `Voyager 2` as a count), each with its reason.
/// Shipped as `Resources/eval/figures-eval-exclusions.yaml`; docs/figures.md explains them.
public struct FigureEvalExclusions: Sendable {
  /// One excluded case, by its id, or by its input text in any file (the Duckling locale
  /// corpora repeat the same inputs under different ids).
  public struct Entry: Sendable, Hashable, Codable {
    public var id: String?
    public var input: String?
    public var reason: String

    public init(id: String? = nil, input: String? = nil, reason: String) {
      self.id = id
      self.input = input
      self.reason = reason
    }

    var key: String { id.map { "id:" + $0 } ?? "input:" + (input ?? "") }
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
      guard (entry.id == nil) != (entry.input == nil) else {
        throw DataFileError(file: file, entry: entry.key, problem: "give exactly one of id and input")
      }
      guard !entry.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw DataFileError(file: file, entry: entry.key, problem: "give the reason the case is excluded")
      }
      guard byID.updateValue(entry.reason, forKey: entry.key) == nil else {
        throw DataFileError(file: file, entry: entry.key, problem: "the entry is listed twice")
      }
    }
    entries = parsed.exclusions
    self.byID = byID
  }

  public init(entries: [Entry] = []) {
    self.entries = entries
    byID = Dictionary(entries.map { ($0.key, $0.reason) }, uniquingKeysWith: { first, _ in first })
  }

  /// Why a case is excluded, or nil when it is scored.
  public func reason(for testCase: FigureEvalCase) -> String? {
    byID["id:" + testCase.id] ?? byID["input:" + testCase.input]
  }

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
