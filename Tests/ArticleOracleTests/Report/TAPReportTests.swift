import Testing

@testable import ArticleOracle

/// The generic TAP 13 writer.
@Suite("TAP report")
struct TAPReportTests {
  @Test("Plan, points, directives and YAML diagnostics; no stray '#' or control characters")
  func text() {
    let tap = TAPReport(points: [
      .init(ok: true, description: "a1 [pass]"),
      .init(ok: false, description: "a2 #1", diagnostics: ["- dates missing\u{1}", "line 2"]),
      .init(ok: true, description: "a3", directive: "SKIP orphan"),
    ]).text()
    #expect(tap.hasPrefix("TAP version 13\n1..3\nok 1 - a1 [pass]\nnot ok 2 - a2 ＃1\n  ---\n  message: |\n    - dates missing \n    line 2\n  ...\n"))
    #expect(tap.hasSuffix("ok 3 - a3 # SKIP orphan\n"))
  }
}
