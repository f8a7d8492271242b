/// A TAP version 13 stream (what `prove` reads): a plan, one test point per case, and an
/// optional YAML diagnostic block. Generic, like the JUnit and SARIF writers.
public struct TAPReport: Hashable, Sendable {
  public struct Point: Hashable, Sendable {
    public var ok: Bool
    public var description: String
    /// `# SKIP` / `# TODO` reason, when any.
    public var directive: String?
    /// Diagnostic lines, written as a YAML block (`message: |` with the lines).
    public var diagnostics: [String]

    public init(ok: Bool, description: String, directive: String? = nil, diagnostics: [String] = []) {
      self.ok = ok
      self.description = description
      self.directive = directive
      self.diagnostics = diagnostics
    }
  }

  public var points: [Point]

  public init(points: [Point]) { self.points = points }

  /// The stream, LF line ends and a trailing newline.
  public func text() -> String {
    var lines = ["TAP version 13", "1..\(points.count)"]
    for (index, point) in points.enumerated() {
      var line = "\(point.ok ? "ok" : "not ok") \(index + 1) - \(Self.clean(point.description))"
      if let directive = point.directive { line += " # \(Self.clean(directive))" }
      lines.append(line)
      if !point.diagnostics.isEmpty {
        lines.append("  ---")
        lines.append("  message: |")
        lines.append(contentsOf: point.diagnostics.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
          .map { "    " + Self.clean(String($0)) })
        lines.append("  ...")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One line, no `#` (it would start a directive) and no control characters.
  static func clean(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
      if scalar == "#" { return "＃" }
      return scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
    }))
  }
}
