import Testing

@testable import ArticleOracle

/// The generic JUnit writer keeps to what junit-10.xsd accepts.
@Suite("JUnit report")
struct JUnitReportTests {
  let report = JUnitReport(
    name: "run",
    suites: [
      .init(
        name: "golden",
        cases: [
          .init(name: "a1", classname: "golden"),
          .init(name: "a2", classname: "golden", time: 1.23456, failures: [.init(message: "x < y & \"z\"\u{1}", type: "GOLD-MISMATCH", body: "line\u{0}1\nline 2")]),
          .init(name: "a3", classname: "golden", skipped: "orphan"),
        ], timestamp: "2026-01-01T00:00:00")
    ])

  @Test("Counts, escaping and dropped control characters")
  func xml() {
    let xml = report.xml()
    #expect(xml.contains("<testsuite name=\"golden\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\" timestamp=\"2026-01-01T00:00:00\">"))
    #expect(xml.contains("message=\"x &lt; y &amp; &quot;z&quot;\""))
    #expect(xml.contains(">line1\nline 2</failure>"))
    #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!xml.contains(" file="))
  }

  @Test("Times have exactly three decimals")
  func times() {
    #expect(report.xml().contains("time=\"1.235\""))
    #expect(JUnitReport.seconds(0) == "0.000")
    #expect(JUnitReport.seconds(12.0005) == "12.001" || JUnitReport.seconds(12.0005) == "12.000")
  }
}

/// The generic SARIF writer: rules, rule indexes, regions in code points.
@Suite("SARIF log")
struct SARIFLogTests {
  @Test("Regions give 1-based lines and code-point columns")
  func regions() {
    let text = "Erdoğan spoke.\n\nGuterres met him."
    let region = SARIFLog.Region(text: text, start: 16, end: 24)
    #expect(region.startLine == 3 && region.startColumn == 1)
    #expect(region.endLine == 3 && region.endColumn == 9)
    #expect(region.snippet?.text == "Guterres")
    let first = SARIFLog.Region(text: text, start: 8, end: 13)
    #expect(first.startLine == 1 && first.startColumn == 9)
  }

  @Test("Results get the index of their rule; the log has the SARIF version and schema")
  func log() throws {
    let rules = [
      SARIFLog.Rule(id: "A", name: "A", short: "a", full: "a a", help: "fix a", level: .error),
      SARIFLog.Rule(id: "B", name: "B", short: "b", full: "b b", help: "fix b", level: .note),
    ]
    let result = SARIFLog.Result(ruleId: "B", level: .note, message: "m", locations: [], fingerprint: "f")
    let log = SARIFLog(runs: [SARIFLog.Run(toolName: "t", toolVersion: "1", rules: rules, results: [result])])
    #expect(log.runs[0].results[0].ruleIndex == 1)
    let json = try log.json()
    #expect(json.contains("\"$schema\""))
    #expect(json.contains("\"version\" : \"2.1.0\"") || json.contains("\"version\": \"2.1.0\""))
  }
}
