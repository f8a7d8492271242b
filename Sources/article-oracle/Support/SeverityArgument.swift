import ArgumentParser
import ArticleOracle

/// `--fail-on`: the audit severity, as audit and merge read it from the command line.
enum SeverityArgument: String, ExpressibleByArgument, CaseIterable {
  case error, warning, note
  var severity: AuditSeverity { AuditSeverity(rawValue: rawValue) ?? .error }
}
