/// The console view of a check: a short summary, then a readable diff of the first
/// failures. Swift Testing failures show the same text.
extension CheckReport {
  /// The summary lines and the diffs of at most `maxArticles` failing articles, each
  /// with at most `maxLines` difference lines.
  public func consoleText(maxArticles: Int = 5, maxLines: Int = 25) -> String {
    var lines: [String] = []
    let failed = failedArticles
    for article in failed.prefix(maxArticles) {
      lines.append(contentsOf: article.diffLines(maxLines: maxLines))
      lines.append("")
    }
    if failed.count > maxArticles {
      lines.append("… and \(failed.count - maxArticles) more failing article(s); see report.json")
      lines.append("")
    }
    for article in articles where article.status == .orphanGolden && !ci {
      lines.append("warning: \(article.message)")
    }
    if !strays.isEmpty { lines.append("note: files in \(goldenDir) that are not goldens: \(strays.joined(separator: ", "))") }
    let failing = failedArticles.map { $0.differences.filter(\.outcome.isFailure).count }.reduce(0, +)
    if !failedArticles.isEmpty {
      lines.append("\(failing) item difference(s) in \(failedArticles.count) of \(summary.articles) article(s)")
    }
    lines.append(summaryLine)
    lines.append(scoreLine(totals))
    return lines.joined(separator: "\n")
  }

  /// "5 articles: 3 pass, 1 mismatch, 1 stale, …".
  public var summaryLine: String {
    let s = summary
    var parts = ["\(s.pass) pass"]
    let counts: [(Int, String)] = [
      (s.mismatch, "mismatch"), (s.stale, "stale"), (s.missingGolden, "missing golden"),
      (s.orphanGolden, "orphan golden"), (s.error, "error"),
    ]
    parts += counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    var line = "\(s.articles) article(s): " + parts.joined(separator: ", ")
    if s.knownMiss + s.knownSpurious > 0 {
      line += "; known: \(s.knownMiss) miss(es), \(s.knownSpurious) spurious"
    }
    return line + " (exit \(s.exitCode))"
  }

  public func scoreLine(_ scores: FieldScores) -> String {
    GoldenField.allCases.map { field in
      let c = scores[field]
      return "\(field.rawValue) P \(Self.percent(c.precision)) R \(Self.percent(c.recall)) F1 \(Self.percent(c.f1))"
    }.joined(separator: " | ")
  }

  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}

extension ArticleResult {
  /// The article's status line, each difference on its own line, and the update command.
  public func diffLines(maxLines: Int = 25) -> [String] {
    var lines = ["\(status == .pass ? "PASS" : "FAIL") \(id) [\(status.rawValue)]: \(message)"]
    lines.append("  golden \(golden), text \(goldenText)" + (source.map { ", article \($0)" } ?? ""))
    let shown = differences.filter(\.outcome.isFailure) + differences.filter(\.outcome.isKnown)
    for difference in shown.prefix(maxLines) { lines.append("  " + difference.line) }
    if shown.count > maxLines { lines.append("  … \(shown.count - maxLines) more; see report.json") }
    if let updateCommand { lines.append("  to update this golden: \(updateCommand)") }
    return lines
  }

  /// The diff as text (what a failing Swift Testing case shows).
  public var diffText: String { diffLines(maxLines: 200).joined(separator: "\n") }
}

extension ItemDifference {
  /// One line: a sign, the field, the item, and what differs.
  public var line: String {
    let sign: String
    switch outcome {
    case .missing, .fixedSpurious: sign = "-"
    case .unexpected, .fixedMiss: sign = "+"
    case .changed: sign = "~"
    case .moved: sign = ">"
    case .knownMiss, .knownSpurious, .match: sign = "?"
    }
    let owner = actor.map { field == .mentions ? " of \($0)" : "" } ?? ""
    var text = "\(sign) \(field.rawValue)\(owner) \(outcome.rawValue) \(JSONValue.quote(visible(self.text))) @\(start)-\(end)"
    switch outcome {
    case .changed:
      text += ": " + Self.changes(expected, actual)
    case .moved:
      if let actual, case .int(let s)? = actual["start"], case .int(let e)? = actual["end"] {
        text += " → @\(s)-\(e)"
      } else {
        text += ": " + Self.changes(expected, actual)
      }
    case .missing, .knownMiss, .fixedSpurious:
      if let expected { text += " golden " + expected.compact() }
    case .unexpected, .knownSpurious, .fixedMiss:
      if let actual { text += " found " + actual.compact() }
    case .match: break
    }
    if outcome == .fixedMiss { text += " (was a known miss: the extractor finds it now)" }
    if outcome == .fixedSpurious { text += " (was known spurious: the extractor no longer emits it)" }
    if let note { text += " — note: \(note)" }
    return text
  }

  /// `value "a" → "b", unit nil → "USD"`: the members that differ.
  static func changes(_ expected: JSONValue?, _ actual: JSONValue?) -> String {
    guard case .object(let a)? = expected, case .object(let b)? = actual else {
      return "golden \(expected?.compact() ?? "none") → found \(actual?.compact() ?? "none")"
    }
    let keys = Set(a.keys).union(b.keys).sorted()
    return keys.compactMap { key in
      a[key] == b[key] ? nil : "\(key) \(a[key]?.compact() ?? "absent") → \(b[key]?.compact() ?? "absent")"
    }.joined(separator: ", ")
  }

  /// Invisible characters made visible (`⟨U+00A0⟩`).
  func visible(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
        || scalar == "\u{00A0}"
      {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
