import Foundation

/// The golden folder on disk: `<id>.json` and `<id>.txt` per article, and pending
/// re-recordings in `.pending/` (`<id>.json`, `<id>.txt`, `<id>.patch.json`) until they are
/// accepted or rejected. Every write is atomic and refused under CI.
public struct GoldenStore: Sendable {
  public var folder: URL
  public var policy: GoldenWritePolicy

  public init(folder: URL, policy: GoldenWritePolicy) {
    self.folder = folder
    self.policy = policy
  }

  public var pendingFolder: URL { folder.appendingPathComponent(".pending") }

  public func goldenURL(_ id: String) -> URL { folder.appendingPathComponent(id + ".json") }
  public func textURL(_ id: String) -> URL { folder.appendingPathComponent(id + ".txt") }

  // MARK: - Reading

  /// The ids of the goldens in the folder (every `<id>.json`), sorted.
  public func ids() -> [String] { Self.ids(in: folder) }

  /// The ids of the pending goldens, sorted.
  public func pendingIDs() -> [String] { Self.ids(in: pendingFolder) }

  static func ids(in folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") && !$0.hasSuffix(".patch.json") }
      .map { String($0.dropLast(5)) }.sorted()
  }

  /// Files in the folder that are neither a golden nor its text (reported, never touched).
  public func strays() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let goldens = Set(ids())
    return names.filter { name in
      if name.hasPrefix(".") { return false }
      if name.hasSuffix(".json") { return false }
      if name.hasSuffix(".txt") { return !goldens.contains(String(name.dropLast(4))) }
      return true
    }.sorted()
  }

  /// The golden for `id`, or nil when there is none.
  public func load(_ id: String) throws(GoldenError) -> GoldenFile? {
    try Self.load(goldenURL(id))
  }

  /// The pending golden for `id`, or nil when there is none.
  public func loadPending(_ id: String) throws(GoldenError) -> GoldenFile? {
    try Self.load(pendingFolder.appendingPathComponent(id + ".json"))
  }

  /// The normalized text the golden's text file holds, read by `decodeText` (one trailing
  /// newline is the file's line end, not the text), or nil when the file is missing. The
  /// one reading of the file: the check and `golden record` both compare with it.
  public func text(_ id: String) -> String? {
    FileManager.default.contents(atPath: textURL(id).path).map(Self.decodeText)
  }

  static func load(_ url: URL) throws(GoldenError) -> GoldenFile? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    do {
      return try StableJSON.decode(GoldenFile.self, from: data)
    } catch {
      throw .invalid(path: url.path, reason: "\(error)")
    }
  }

  // MARK: - Writing

  /// The bytes of a golden: the diff-friendly layout (one item per line).
  public static func encode(_ golden: GoldenFile) throws(GoldenError) -> Data {
    do {
      return Data(try JSONValue(encoding: golden).rendered().utf8)
    } catch {
      throw .invalid(path: golden.id, reason: "cannot be encoded: \(error)")
    }
  }

  /// The bytes of a golden's text file: the normalized text and a trailing newline.
  public static func encodeText(_ text: String) -> Data { Data((text + "\n").utf8) }

  /// The normalized text stored in a golden text file: the bytes as UTF-8, less one
  /// trailing newline when there is one. A file saved without its final newline (as some
  /// editors do) holds the same text as the file `encodeText` wrote.
  public static func decodeText(_ data: Data) -> String {
    var text = String(decoding: data, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// Writes a golden, its text and the patch from the current golden into `folder`
  /// (the pending folder, or an artifacts folder in CI). Atomic per file.
  public static func writeRecording(
    _ golden: GoldenFile, text: String, patch: JSONPatch?, into folder: URL
  ) throws(GoldenError) {
    let id = golden.id
    try write(encode(golden), to: folder.appendingPathComponent(id + ".json"))
    try write(encodeText(text), to: folder.appendingPathComponent(id + ".txt"))
    let patchURL = folder.appendingPathComponent(id + ".patch.json")
    if let patch {
      try write(Data(patch.json.rendered().utf8), to: patchURL)
    } else {
      try? FileManager.default.removeItem(at: patchURL)
    }
  }

  /// Writes a pending golden (never over the golden itself).
  public func writePending(_ golden: GoldenFile, text: String, patch: JSONPatch?) throws(GoldenError) {
    try policy.checkWrite("write pending goldens into \(pendingFolder.path)")
    try Self.writeRecording(golden, text: text, patch: patch, into: pendingFolder)
  }

  /// Moves the pending golden of `id` over the golden (atomic rename per file).
  public func accept(_ id: String) throws(GoldenError) {
    try policy.checkWrite("accept goldens into \(folder.path)")
    let pending = pendingFolder.appendingPathComponent(id + ".json")
    guard FileManager.default.fileExists(atPath: pending.path) else {
      throw .noPending(id: id, folder: pendingFolder.path)
    }
    // Text first: a golden never points at a text it was not recorded with for long.
    try move(pendingFolder.appendingPathComponent(id + ".txt"), to: textURL(id))
    try move(pending, to: goldenURL(id))
    try? FileManager.default.removeItem(at: pendingFolder.appendingPathComponent(id + ".patch.json"))
    removePendingFolderIfEmpty()
  }

  /// Deletes the pending golden of `id`.
  public func reject(_ id: String) throws(GoldenError) {
    try policy.checkWrite("reject pending goldens in \(pendingFolder.path)")
    let pending = pendingFolder.appendingPathComponent(id + ".json")
    guard FileManager.default.fileExists(atPath: pending.path) else {
      throw .noPending(id: id, folder: pendingFolder.path)
    }
    for suffix in [".json", ".txt", ".patch.json"] {
      try? FileManager.default.removeItem(at: pendingFolder.appendingPathComponent(id + suffix))
    }
    removePendingFolderIfEmpty()
  }

  /// Deletes the golden of `id` and its text (for orphans).
  public func delete(_ id: String) throws(GoldenError) {
    try policy.checkWrite("delete goldens in \(folder.path)")
    for url in [goldenURL(id), textURL(id)] where FileManager.default.fileExists(atPath: url.path) {
      do {
        try FileManager.default.removeItem(at: url)
      } catch {
        throw .writeFailed(path: url.path, reason: error.localizedDescription)
      }
    }
  }

  private func removePendingFolderIfEmpty() {
    let left = (try? FileManager.default.contentsOfDirectory(atPath: pendingFolder.path)) ?? []
    if left.isEmpty { try? FileManager.default.removeItem(at: pendingFolder) }
  }

  static func write(_ data: Data, to url: URL) throws(GoldenError) {
    do {
      try AtomicFile.write(data, to: url)
    } catch {
      throw .writeFailed(path: url.path, reason: error.problem)
    }
  }

  private func move(_ source: URL, to target: URL) throws(GoldenError) {
    guard FileManager.default.fileExists(atPath: source.path) else { return }
    guard let data = FileManager.default.contents(atPath: source.path) else {
      throw .unreadable(path: source.path, reason: "cannot be read")
    }
    try Self.write(data, to: target)
    try? FileManager.default.removeItem(at: source)
  }
}
