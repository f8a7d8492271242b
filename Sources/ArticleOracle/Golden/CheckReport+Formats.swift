import Foundation

/// The formats derived from the canonical report: JUnit XML, SARIF, and the JSON itself.
extension CheckReport {
  /// The canonical JSON (sorted keys, diff-friendly layout, trailing newline).
  public func json() throws -> String { try JSONValue(encoding: self).rendered() }

  /// One test case per article (orphans included), one failure per failing difference.
  public func junit() -> JUnitReport {
    let cases = articles.map { article -> JUnitReport.TestCase in
      var failures: [JUnitReport.Failure] = []
      let update = article.updateCommand.map { "\nto update this golden: \($0)" } ?? ""
      switch article.status {
      case .pass:
        break
      case .orphanGolden:
        if ci { failures.append(.init(message: article.message, type: article.status.ruleID, body: article.message + update)) }
      case .mismatch, .stale, .missingGolden, .error:
        if article.status != .mismatch {
          failures.append(.init(message: article.message, type: article.status.ruleID, body: article.message + update))
        }
        for difference in article.differences where difference.outcome.isFailure {
          failures.append(
            .init(
              message: "\(difference.field.rawValue) \(difference.outcome.rawValue): \(difference.text) @\(difference.start)-\(difference.end)",
              type: Self.ruleID(for: difference.outcome), body: difference.line + update))
        }
      }
      let known = article.differences.filter(\.outcome.isKnown).map(\.line)
      let skipped = article.status == .orphanGolden && !ci ? article.message : nil
      return JUnitReport.TestCase(
        name: article.id, classname: "golden", failures: failures, skipped: skipped,
        systemOut: known.isEmpty ? nil : known.joined(separator: "\n"))
    }
    let timestamp = String(generated.prefix(19))  // the XSD's timestamp has no zone
    return JUnitReport(name: "article-oracle check", suites: [.init(name: "golden", cases: cases, timestamp: timestamp)])
  }

  /// TAP 13: one test point per article; orphans are `# SKIP` locally.
  public func tap() -> TAPReport {
    TAPReport(points: articles.map { article in
      let failing = article.status.isFailure(ci: ci)
      let skip = article.status == .orphanGolden && !ci ? "SKIP \(article.message)" : nil
      return TAPReport.Point(
        ok: !failing, description: "\(article.id) [\(article.status.rawValue)]", directive: skip,
        diagnostics: failing ? article.diffLines(maxLines: 50) : [])
    })
  }

  // MARK: - SARIF

  /// The stable rules of the golden check.
  public static let sarifRules: [SARIFLog.Rule] = [
    .init(
      id: "GOLD-MISMATCH", name: "GoldenMismatch", short: "An extraction differs from its golden.",
      full: "An item of the golden is missing, unexpected, changed or moved in the new extraction.",
      help: "Read the difference; if the change is intended, run the update command from the message, review with `article-oracle golden review`, and accept.",
      level: .error),
    .init(
      id: "GOLD-FIXED", name: "GoldenKnownProblemFixed", short: "A known miss or known spurious item is fixed.",
      full: "An item marked known-miss is now found, or one marked known-spurious is no longer emitted; the golden must be updated to lock the fix in.",
      help: "Run the update command from the message: re-recording drops the mark of a fixed problem.", level: .error),
    .init(
      id: "GOLD-KNOWN", name: "GoldenKnownProblem", short: "A known miss or known spurious item still holds.",
      full: "An item a careful reader finds that the extractor misses (known-miss), or an item the extractor emits that is wrong (known-spurious).",
      help: "Nothing to do for the check; fix the extractor to remove it.", level: .note),
    .init(
      id: "GOLD-STALE", name: "GoldenStale", short: "The article changed since its golden was recorded.",
      full: "The source bytes or the normalized text no longer match the hashes in the golden header.",
      help: "Re-record the golden with the update command and review the new text and items.", level: .error),
    .init(
      id: "GOLD-MISSING", name: "GoldenMissing", short: "An article has no golden.",
      full: "Every article of the corpus needs Golden/<id>.json and Golden/<id>.txt.",
      help: "Record one with `article-oracle golden record`, correct it by reading the article against the spec, then accept it.",
      level: .error),
    .init(
      id: "GOLD-ORPHAN", name: "GoldenOrphan", short: "A golden has no article.",
      full: "A golden file whose article is not in the corpus: a warning locally, an error under CI.",
      help: "Restore the article or delete the golden with `article-oracle golden prune --yes`.", level: .warning),
    .init(
      id: "GOLD-ERROR", name: "GoldenError", short: "An article or golden cannot be read.",
      full: "The input is unreadable or the golden is not valid JSON for the golden schema.",
      help: "Fix the file named in the message.", level: .error),
  ]

  static func ruleID(for outcome: ItemOutcome) -> String {
    switch outcome {
    case .fixedMiss, .fixedSpurious: return "GOLD-FIXED"
    case .knownMiss, .knownSpurious: return "GOLD-KNOWN"
    default: return "GOLD-MISMATCH"
    }
  }

  /// SARIF 2.1.0: one result per difference (regions in `Golden/<id>.txt`) and one per
  /// stale, missing, orphan or unreadable article. `texts` maps an id to its normalized
  /// text, for line and column numbers.
  public func sarif(texts: [String: String], toolVersion: String) -> SARIFLog {
    var results: [SARIFLog.Result] = []
    for article in articles {
      let text = texts[article.id] ?? ""
      let update = article.updateCommand.map { " To update this golden: \($0)" } ?? ""
      switch article.status {
      case .stale, .missingGolden, .error, .orphanGolden:
        let level: SARIFLog.Level = article.status == .orphanGolden && !ci ? .warning : .error
        let uri = article.status == .missingGolden ? (article.source ?? article.golden) : article.golden
        results.append(
          SARIFLog.Result(
            ruleId: article.status.ruleID, level: level, message: article.message + update,
            locations: [SARIFLog.Location(uri: uri, region: SARIFLog.Region(startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))],
            fingerprint: "\(article.status.ruleID):\(article.id)"))
      case .pass, .mismatch:
        break
      }
      for difference in article.differences {
        let level: SARIFLog.Level = difference.outcome.isFailure ? .error : .note
        let region = SARIFLog.Region(text: text, start: difference.start, end: difference.end)
        let message = "\(article.id): " + difference.line + (difference.outcome.isFailure ? update : "")
        let owner = difference.actor.map { ":\($0)" } ?? ""
        results.append(
          SARIFLog.Result(
            ruleId: Self.ruleID(for: difference.outcome), level: level, kind: difference.outcome.isFailure ? .fail : .review,
            message: message, locations: [SARIFLog.Location(uri: article.goldenText, region: region)],
            fingerprint:
              "\(article.id):\(difference.field.rawValue)\(owner):\(difference.outcome.rawValue):\(difference.start)-\(difference.end)"))
      }
    }
    return SARIFLog(runs: [
      SARIFLog.Run(
        toolName: "article-oracle", toolVersion: toolVersion, rules: Self.sarifRules, results: results,
        category: "golden/")
    ])
  }
}

/// Writes a check's report folder: `report.json`, `junit.xml`, `report.sarif`, one JSON
/// Patch per changed article in `patches/`, and the would-be goldens in `pending/` (the
/// artifacts a CI run keeps, since it never writes goldens). Atomic per file.
public enum CheckReportWriter {
  public static func write(_ run: GoldenCheck.Run, texts: [String: String], to folder: URL) throws {
    let report = run.report
    // Old patches and pending files must not outlive the run that made them.
    for sub in ["patches", "pending"] {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(sub))
    }
    try AtomicFile.write(try report.json(), to: folder.appendingPathComponent("report.json"))
    try AtomicFile.write(report.junit().xml(), to: folder.appendingPathComponent("junit.xml"))
    try AtomicFile.write(report.tap().text(), to: folder.appendingPathComponent("report.tap"))
    let version = [report.versions.normalizer, report.versions.dates, report.versions.actors, report.versions.figures]
      .joined(separator: "+")
    try AtomicFile.write(
      try report.sarif(texts: texts, toolVersion: version).json(), to: folder.appendingPathComponent("report.sarif"))
    for recording in run.recordings {
      if let patch = recording.patch {
        try AtomicFile.write(
          patch.json.rendered(), to: folder.appendingPathComponent("patches/\(recording.golden.id).patch.json"))
      }
      try GoldenStore.writeRecording(
        recording.golden, text: recording.text, patch: recording.patch, into: folder.appendingPathComponent("pending"))
      if let article = report.articles.first(where: { $0.id == recording.golden.id }) {
        try AtomicFile.write(
          article.diffText + "\n", to: folder.appendingPathComponent("pending/\(recording.golden.id).diff.txt"))
      }
    }
  }
}
