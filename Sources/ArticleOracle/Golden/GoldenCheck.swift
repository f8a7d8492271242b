import Foundation

/// Checks every article of a corpus against its golden: missing goldens, orphans, stale
/// sources, field-level differences and scores. Reads files; writes nothing.
public struct GoldenCheck: Sendable {
  public var pipeline: ExtractionPipeline
  /// The golden folder as the user gave it (used in paths and commands).
  public var goldenDir: String
  /// How to call the tool in update commands (`swift run article-oracle`).
  public var commandPrefix: String
  public var isCI: Bool

  public init(
    pipeline: ExtractionPipeline, goldenDir: String, commandPrefix: String = "swift run article-oracle",
    isCI: Bool
  ) {
    self.pipeline = pipeline
    self.goldenDir = goldenDir
    self.commandPrefix = commandPrefix
    self.isCI = isCI
  }

  /// What a check produced: the report and, for every article whose golden would change,
  /// the new golden (marks kept) with its text and the patch from the old one.
  public struct Run: Sendable {
    public var report: CheckReport
    public var recordings: [Recording]
    /// The normalized text of every article read, by id (for SARIF lines and columns).
    public var texts: [String: String]
  }

  public struct Recording: Sendable {
    public var golden: GoldenFile
    public var text: String
    public var patch: JSONPatch?
  }

  var store: GoldenStore {
    GoldenStore(folder: URL(fileURLWithPath: goldenDir), policy: GoldenWritePolicy(isCI: isCI))
  }

  /// Checks the articles under `paths` (files or folders). `generated` is the report's
  /// timestamp, passed in so the check stays deterministic.
  public func run(paths: [String], generated: String) -> Run {
    let files = ArticleCorpus.articlePaths(paths)
    var results: [ArticleResult] = []
    var recordings: [Recording] = []
    var texts: [String: String] = [:]
    let byID = Dictionary(grouping: files, by: { ArticleInput.articleID(forPath: $0) })
    let byFoldedID = Dictionary(grouping: byID.keys, by: { $0.lowercased() })
    for id in byID.keys.sorted() {
      let sources = byID[id]!
      let clashes = byFoldedID[id.lowercased()]!
      if sources.count > 1 || clashes.count > 1 {
        let names = clashes.flatMap { byID[$0]! }.sorted().joined(separator: ", ")
        results.append(
          result(id: id, status: .error, source: sources[0], message: "articles share the id \(id) (up to case): \(names); rename all but one"))
        continue
      }
      let (article, recording, text) = check(id: id, source: sources[0])
      results.append(article)
      if let recording { recordings.append(recording) }
      texts[id] = text
    }
    if !paths.isEmpty, paths.allSatisfy(Self.isDirectory) {
      let articleIDs = Set(byID.keys)
      for id in store.ids() where !articleIDs.contains(id) {
        results.append(
          result(
            id: id, status: .orphanGolden, source: nil,
            message: "\(path(id, ".json")) has no article in \(paths.joined(separator: ", "))"
              + (isCI ? "" : " (a warning locally, a failure under CI)"),
            update: "\(commandPrefix) golden prune \(paths.joined(separator: " "))\(goldenOption) --yes"))
      }
    }
    let report = CheckReport(
      generated: generated, goldenDir: goldenDir, paths: paths, ci: isCI, versions: pipeline.versions,
      articles: results, strays: store.strays())
    return Run(report: report, recordings: recordings, texts: texts)
  }

  /// The check of one article.
  func check(id: String, source: String) -> (ArticleResult, Recording?, String?) {
    let extraction: ArticleExtraction
    do {
      extraction = try pipeline.run(ArticleInput.read(path: source))
    } catch {
      return (result(id: id, status: .error, source: source, message: "\(error)"), nil, nil)
    }
    let golden: GoldenFile?
    do {
      golden = try store.load(id)
    } catch {
      return (result(id: id, status: .error, source: source, message: "\(error)"), nil, extraction.article.text)
    }
    let recorded = GoldenRecorder.record(extraction, previous: golden, versions: pipeline.versions)
    let update = updateCommand(id: id, source: source)
    guard let golden else {
      return (
        result(
          id: id, status: .missingGolden, source: source,
          message: "no golden at \(path(id, ".json")); record one, review it against the text, then accept it",
          update: update),
        Recording(golden: recorded, text: extraction.article.text, patch: nil), extraction.article.text
      )
    }
    let comparison = GoldenComparator.compare(golden, GoldenComparator.Items(extraction))
    let reasons = staleReasons(golden, extraction.article)
    let status: ArticleStatus = !reasons.isEmpty ? .stale : (comparison.passes ? .pass : .mismatch)
    var message = Self.describe(comparison)
    if !reasons.isEmpty { message = "stale: " + reasons.joined(separator: "; ") + "; " + message }
    let changes = !GoldenRecorder.isUnchanged(golden, recorded: recorded, text: extraction.article.text, store: store)
    var patch: JSONPatch?
    if changes, let old = try? JSONValue(encoding: golden), let new = try? JSONValue(encoding: recorded) {
      patch = JSONPatch.between(old, new)
    }
    let failing = status != .pass
    let article = ArticleResult(
      id: id, status: status, source: source, golden: path(id, ".json"), goldenText: path(id, ".txt"),
      message: message, staleReasons: reasons, updateCommand: failing ? update : nil,
      differences: comparison.differences, scores: comparison.scores,
      patch: failing && patch != nil ? "patches/\(id).patch.json" : nil)
    return (article, failing ? Recording(golden: recorded, text: extraction.article.text, patch: patch) : nil, extraction.article.text)
  }

  func staleReasons(_ golden: GoldenFile, _ article: NormalizedArticle) -> [String] {
    var reasons: [String] = []
    if golden.header.schemaVersion != GoldenFile.schemaVersion {
      reasons.append("the golden has schema_version \(golden.header.schemaVersion), this tool writes \(GoldenFile.schemaVersion)")
    }
    if golden.header.sourceSHA256 != article.sourceSHA256 {
      reasons.append(
        "the source changed since the golden was recorded (sha256 \(golden.header.sourceSHA256.prefix(12))… → \(article.sourceSHA256.prefix(12))…)")
    }
    if golden.header.textSHA256 != article.textSHA256 {
      reasons.append(
        "the normalized text changed (normalizer \(golden.header.versions.normalizer) → \(pipeline.versions.normalizer)); offsets may have moved")
    }
    if let text = store.text(golden.id) {
      if text != article.text {
        reasons.append("\(path(golden.id, ".txt")) differs from the normalized text")
      }
    } else {
      reasons.append("\(path(golden.id, ".txt")) is missing")
    }
    return reasons
  }

  /// "3 differences: 2 missing, 1 unexpected; 4 known misses" and the like.
  public static func describe(_ comparison: ArticleComparison) -> String {
    func tally(_ outcomes: [ItemOutcome]) -> String {
      let counts = Dictionary(grouping: outcomes, by: { $0 }).mapValues(\.count)
      return ItemOutcome.allCases.compactMap { outcome in counts[outcome].map { "\($0) \(outcome.rawValue)" } }
        .joined(separator: ", ")
    }
    let failures = comparison.differences.map(\.outcome).filter(\.isFailure)
    let known = comparison.differences.map(\.outcome).filter(\.isKnown)
    var parts: [String] = []
    parts.append(failures.isEmpty ? "matches its golden" : "\(failures.count) difference(s): \(tally(failures))")
    if !known.isEmpty { parts.append("known: \(tally(known))") }
    return parts.joined(separator: "; ")
  }

  // MARK: - Helpers

  func result(
    id: String, status: ArticleStatus, source: String?, message: String, update: String? = nil
  ) -> ArticleResult {
    ArticleResult(
      id: id, status: status, source: source, golden: path(id, ".json"), goldenText: path(id, ".txt"),
      message: message, updateCommand: update)
  }

  var goldenOption: String { goldenDir == "Golden" ? "" : " --golden \(Self.shellQuote(goldenDir))" }

  /// The exact commands that update the golden of `id` from `source`.
  public func updateCommand(id: String, source: String) -> String {
    "\(commandPrefix) golden record \(Self.shellQuote(source))\(goldenOption) && "
      + "\(commandPrefix) golden accept \(Self.shellQuote(id))\(goldenOption)"
  }

  func path(_ id: String, _ suffix: String) -> String {
    (goldenDir.hasSuffix("/") ? goldenDir : goldenDir + "/") + id + suffix
  }

  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  static func shellQuote(_ text: String) -> String {
    let safe = text.unicodeScalars.allSatisfy { scalar in
      CharacterSet.alphanumerics.contains(scalar) || "-_./=:@%+,".unicodeScalars.contains(scalar)
    }
    return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
