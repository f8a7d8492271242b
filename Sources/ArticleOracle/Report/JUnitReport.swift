/// A JUnit XML document in the shape the Jenkins xunit `junit-10.xsd` accepts: suites of
/// test cases, each passing, failed (one `failure` per problem) or skipped.
///
/// Generic on purpose: the golden check and the batch audit both derive their
/// `junit.xml` from it. Times have at most three decimals, test cases carry no `file`
/// attribute, and characters XML 1.0 forbids are dropped from every string.
public struct JUnitReport: Hashable, Sendable {
  public struct Failure: Hashable, Sendable {
    /// One line: what failed.
    public var message: String
    /// A short category (a rule id such as `GOLD-MISMATCH`).
    public var type: String
    /// The details, e.g. a diff.
    public var body: String

    public init(message: String, type: String, body: String = "") {
      self.message = message
      self.type = type
      self.body = body
    }
  }

  public struct TestCase: Hashable, Sendable {
    public var name: String
    public var classname: String
    /// Seconds; nil leaves the attribute out.
    public var time: Double?
    public var failures: [Failure]
    /// A reason when the case was skipped.
    public var skipped: String?
    public var systemOut: String?

    public init(
      name: String, classname: String, time: Double? = nil, failures: [Failure] = [], skipped: String? = nil,
      systemOut: String? = nil
    ) {
      self.name = name
      self.classname = classname
      self.time = time
      self.failures = failures
      self.skipped = skipped
      self.systemOut = systemOut
    }
  }

  public struct Suite: Hashable, Sendable {
    public var name: String
    public var cases: [TestCase]
    /// ISO 8601 without a zone, as the XSD's `timestamp` wants (`2026-11-22T04:00:00`).
    public var timestamp: String?
    public var time: Double?

    public init(name: String, cases: [TestCase], timestamp: String? = nil, time: Double? = nil) {
      self.name = name
      self.cases = cases
      self.timestamp = timestamp
      self.time = time
    }

    public var failureCount: Int { cases.filter { !$0.failures.isEmpty }.count }
    public var skippedCount: Int { cases.filter { $0.skipped != nil && $0.failures.isEmpty }.count }
  }

  public var name: String
  public var suites: [Suite]

  public init(name: String, suites: [Suite]) {
    self.name = name
    self.suites = suites
  }

  /// The XML document, LF line ends and a trailing newline.
  public func xml() -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    let tests = suites.reduce(0) { $0 + $1.cases.count }
    let failures = suites.reduce(0) { $0 + $1.failureCount }
    var rootAttributes = [("name", name), ("tests", String(tests)), ("failures", String(failures)), ("errors", "0")]
    let totalTime = suites.compactMap(\.time).reduce(0, +)
    if suites.contains(where: { $0.time != nil }) { rootAttributes.append(("time", Self.seconds(totalTime))) }
    out += "<testsuites\(Self.attributes(rootAttributes))>\n"
    for suite in suites {
      var attributes = [
        ("name", suite.name), ("tests", String(suite.cases.count)), ("failures", String(suite.failureCount)),
        ("errors", "0"), ("skipped", String(suite.skippedCount)),
      ]
      if let time = suite.time { attributes.append(("time", Self.seconds(time))) }
      if let timestamp = suite.timestamp { attributes.append(("timestamp", timestamp)) }
      out += "  <testsuite\(Self.attributes(attributes))>\n"
      for testCase in suite.cases {
        var caseAttributes = [("name", testCase.name), ("classname", testCase.classname)]
        if let time = testCase.time { caseAttributes.append(("time", Self.seconds(time))) }
        let isEmpty = testCase.failures.isEmpty && testCase.skipped == nil && testCase.systemOut == nil
        if isEmpty {
          out += "    <testcase\(Self.attributes(caseAttributes))/>\n"
          continue
        }
        out += "    <testcase\(Self.attributes(caseAttributes))>\n"
        if let skipped = testCase.skipped, testCase.failures.isEmpty {
          out += "      <skipped\(Self.attributes([("message", skipped)]))/>\n"
        }
        for failure in testCase.failures {
          let attributes = Self.attributes([("message", failure.message), ("type", failure.type)])
          if failure.body.isEmpty {
            out += "      <failure\(attributes)/>\n"
          } else {
            out += "      <failure\(attributes)>\(Self.escape(failure.body, attribute: false))</failure>\n"
          }
        }
        if let systemOut = testCase.systemOut {
          out += "      <system-out>\(Self.escape(systemOut, attribute: false))</system-out>\n"
        }
        out += "    </testcase>\n"
      }
      out += "  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }

  // MARK: - Formatting

  /// Seconds with exactly three decimals (the XSD allows at most three).
  static func seconds(_ value: Double) -> String {
    let millis = Int((max(0, value) * 1000).rounded())
    let fraction = String(millis % 1000)
    return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  static func attributes(_ pairs: [(String, String)]) -> String {
    pairs.map { " \($0.0)=\"\(escape($0.1, attribute: true))\"" }.joined()
  }

  /// Escapes markup characters and drops characters XML 1.0 does not allow.
  public static func escape(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      case "\r": out += "&#13;"
      default:
        if isAllowedInXML(scalar) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  /// The XML 1.0 `Char` production.
  static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: return true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }
}
