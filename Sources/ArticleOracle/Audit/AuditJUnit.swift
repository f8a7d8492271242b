/// JUnit XML pieces of an audit: one test case per article, failing when the article has
/// a finding at or above the `--fail-on` severity; lesser findings go to `system-out`.
/// Batch findings form a second suite, one test case per batch rule.
///
/// Streamed: each test case is written as its article is audited, so a batch of any size
/// never sits in memory (`JUnitReport` of Report/ builds the whole document at once); the
/// escaping is `JUnitReport`'s.
enum AuditJUnit {
  static func testCase(_ audit: ArticleAudit, failOn: AuditSeverity) -> (xml: String, failed: Bool) {
    let failing = audit.findings.filter { $0.severity >= failOn }
    let other = audit.findings.filter { $0.severity < failOn }
    var xml = "    <testcase classname=\"audit.articles\" name=\"\(escape(audit.id))\""
    if failing.isEmpty && other.isEmpty { return (xml + "/>\n", false) }
    xml += ">\n"
    for finding in failing {
      xml += "      <failure type=\"\(finding.rule)\" message=\"\(escape(finding.message))\">"
        + "\(escape(describe(finding)))</failure>\n"
    }
    if !other.isEmpty {
      xml += "      <system-out>" + escape(other.map(describe).joined(separator: "\n")) + "</system-out>\n"
    }
    return (xml + "    </testcase>\n", !failing.isEmpty)
  }

  static func batchSuite(_ findings: [AuditFinding], failOn: AuditSeverity) -> String {
    let rules = AuditRule.catalogue.filter(\.isBatchRule)
    var failures = 0
    var cases = ""
    for rule in rules {
      let own = findings.filter { $0.rule == rule.id }
      let failing = own.filter { $0.severity >= failOn }
      cases += "    <testcase classname=\"audit.batch\" name=\"\(rule.id)\""
      if own.isEmpty {
        cases += "/>\n"
        continue
      }
      cases += ">\n"
      for finding in failing {
        failures += 1
        cases += "      <failure type=\"\(finding.rule)\" message=\"\(escape(finding.message))\">"
          + "\(escape(finding.articles.joined(separator: " ")))</failure>\n"
      }
      let other = own.filter { $0.severity < failOn }
      if !other.isEmpty {
        cases += "      <system-out>" + escape(other.map(describe).joined(separator: "\n")) + "</system-out>\n"
      }
      cases += "    </testcase>\n"
    }
    return "  <testsuite name=\"batch\" tests=\"\(rules.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
      + cases + "  </testsuite>\n"
  }

  private static func describe(_ finding: AuditFinding) -> String {
    let span = finding.start.map { " [\($0)..<\(finding.end ?? $0)]" } ?? ""
    return "\(finding.severity.rawValue) \(finding.rule)\(span): \(finding.message)"
  }

  /// Escapes text for XML with the golden report's JUnit escaping (attribute-safe).
  static func escape(_ text: String) -> String { JUnitReport.escape(text, attribute: true) }
}
