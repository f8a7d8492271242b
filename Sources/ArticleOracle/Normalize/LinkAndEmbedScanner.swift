import Foundation

/// Finds URLs and embedded social media posts in the normalized text. They stay in the
/// text; the scanner only reports them, with code-point spans.
enum LinkAndEmbedScanner {
  private struct Patterns: @unchecked Sendable {  // NSRegularExpression is immutable
    let url: NSRegularExpression
    let embed: NSRegularExpression
  }

  private static let patterns: Patterns = {
    // swift-format-ignore: NeverUseForceTry (literal patterns, covered by tests)
    let url = try! NSRegularExpression(
      pattern: #"(?:\bhttps?://|\bwww\.|\bpic\.twitter\.com/)[^\s<>"“”‘’()\[\]]+"#, options: [.caseInsensitive])
    // The signature line of an embedded tweet: "— Name (@handle) Month D, YYYY".
    let months = "January|February|March|April|May|June|July|August|September|October|November|December"
    let embed = try! NSRegularExpression(
      pattern: #"[—–-]\s*[^()\n—]{1,80}?\s*\(@\w{1,30}\)\s*(?:\#(months))\s+\d{1,2},\s+\d{4}|\bA post shared by\s+[^()\n]{1,80}\(@[\w.]{1,30}\)"#)
    return Patterns(url: url, embed: embed)
  }()

  static func findings(in text: String) -> [InputFinding] {
    guard text.contains("http") || text.contains("www.") || text.contains("pic.") || text.contains("(@") else {
      return []
    }
    let whole = NSRange(text.startIndex..., in: text)
    var findings: [InputFinding] = []
    var offsets = ScalarOffsets(text)
    for match in patterns.embed.matches(in: text, range: whole) {
      guard let range = Range(match.range, in: text) else { continue }
      let snippet = String(text[range])
      findings.append(
        InputFinding(
          kind: .socialEmbed, message: "embedded social post: \(snippet)",
          start: offsets.offset(of: range.lowerBound), end: offsets.offset(of: range.upperBound)))
    }
    for match in patterns.url.matches(in: text, range: whole) {
      guard var range = Range(match.range, in: text) else { continue }
      // Sentence punctuation after a URL is not part of it.
      while range.upperBound > range.lowerBound,
        let last = text[range].last, ".,;:!?".contains(last)
      {
        range = range.lowerBound..<text.index(before: range.upperBound)
      }
      findings.append(
        InputFinding(
          kind: .url, message: "URL: \(text[range])", start: offsets.offset(of: range.lowerBound),
          end: offsets.offset(of: range.upperBound)))
    }
    return findings.sorted { ($0.start ?? 0, $0.kind.rawValue) < ($1.start ?? 0, $1.kind.rawValue) }
  }
}
