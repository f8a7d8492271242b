/// What `golden review` shows for one pending golden: the item differences from the current
/// golden (in the check's diff format), header changes, and the size of the JSON Patch.
public enum GoldenReview {
  public static func text(current: GoldenFile?, pending: GoldenFile, goldenDir: String) throws -> String {
    let path = (goldenDir.hasSuffix("/") ? goldenDir : goldenDir + "/") + pending.id + ".json"
    guard let current else {
      let marks = pending.markCounts.values.flatMap(\.values).reduce(0, +)
      return "\(pending.id): new golden (no \(path) yet): \(pending.dates.count) date(s), "
        + "\(pending.actors.count) actor(s), \(pending.figures.count) figure(s), \(marks) marked item(s). "
        + "Read it against the article before accepting: a golden records what a careful reader finds."
    }
    var lines = ["\(pending.id): pending changes to \(path) (- dropped by the pending golden, + added, ~ changed)"]
    if current.header.sourceSHA256 != pending.header.sourceSHA256 { lines.append("  header: source sha256 changed") }
    if current.header.textSHA256 != pending.header.textSHA256 { lines.append("  header: normalized text sha256 changed") }
    if current.header.versions != pending.header.versions {
      lines.append("  header: versions " + (try JSONValue(encoding: current.header.versions)).compact() + " → "
        + (try JSONValue(encoding: pending.header.versions)).compact())
    }
    // The pending golden is what the extractor emits today (plus kept marks): compare the
    // current golden with it as if it were an extraction.
    let comparison = GoldenComparator.compare(current, GoldenComparator.Items(expectedBy: pending))
    for difference in comparison.differences where difference.outcome.isFailure {
      lines.append("  " + difference.line)
    }
    let marksBefore = current.markCounts
    let marksAfter = pending.markCounts
    if marksBefore != marksAfter { lines.append("  marks: \(describe(marksBefore)) → \(describe(marksAfter))") }
    let patch = JSONPatch.between(try JSONValue(encoding: current), try JSONValue(encoding: pending))
    lines.append("  \(patch.operations.count) JSON Patch operation(s) in .pending/\(pending.id).patch.json")
    return lines.joined(separator: "\n")
  }

  static func describe(_ counts: [String: [KnownStatus: Int]]) -> String {
    let parts = counts.keys.sorted().flatMap { field in
      KnownStatus.allCases.compactMap { status in counts[field]?[status].map { "\(field) \(status.rawValue) \($0)" } }
    }
    return parts.isEmpty ? "none" : parts.joined(separator: ", ")
  }
}
