import Foundation

/// Writes the four reports of an audit as articles arrive: each article's JSON, SARIF
/// results, JUnit test case and HTML fragment go to part files in the report folder at
/// once, so memory holds only the per-article summaries. `finish` adds the batch part,
/// assembles `audit.json`, `audit.sarif`, `junit.xml` and `audit.html`, each written to a
/// temporary name and renamed into place, and removes the parts.
public final class AuditReportWriter {
  public let directory: URL
  public let failOn: AuditSeverity
  public let shard: ShardSelector?
  public let versions: ComponentVersions
  public let writesHTML: Bool

  private var articles: FileHandle
  private var sarif: FileHandle
  private var junit: FileHandle
  private var html: FileHandle?
  private var count = 0
  private var sarifCount = 0
  private var failedCases = 0
  public private(set) var entries: [BatchEntry] = []
  private var sources: [String: String] = [:]
  private let pool = StringPool()
  public private(set) var worst: AuditSeverity?

  private enum Part: String, CaseIterable {
    case articles = ".audit-articles.part"
    case sarif = ".audit-sarif.part"
    case junit = ".audit-junit.part"
    case html = ".audit-html.part"
  }

  public init(
    directory: URL, failOn: AuditSeverity = .error, shard: ShardSelector? = nil, versions: ComponentVersions,
    writesHTML: Bool = true
  ) throws(AuditError) {
    self.directory = directory
    self.failOn = failOn
    self.shard = shard
    self.versions = versions
    self.writesHTML = writesHTML
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .unwritable(path: directory.path, reason: error.localizedDescription)
    }
    func open(_ part: Part) throws(AuditError) -> FileHandle {
      let url = directory.appendingPathComponent(part.rawValue)
      guard FileManager.default.createFile(atPath: url.path, contents: nil),
        let handle = try? FileHandle(forWritingTo: url)
      else { throw .unwritable(path: url.path, reason: "cannot create the file") }
      return handle
    }
    articles = try open(.articles)
    sarif = try open(.sarif)
    junit = try open(.junit)
    html = writesHTML ? try open(.html) : nil
  }

  /// Adds one article (in report order) and its HTML fragment.
  public func add(_ audit: ArticleAudit, fragment: String?) throws {
    let json = String(decoding: try StableJSON.encode(audit), as: UTF8.self)
    write(articles, (count == 0 ? "" : ",\n") + Self.indent(json.dropLast(), by: 4))
    for line in try AuditSARIF.results(audit) {
      write(sarif, (sarifCount == 0 ? "" : ",\n") + line)
      sarifCount += 1
    }
    let testCase = AuditJUnit.testCase(audit, failOn: failOn)
    if testCase.failed { failedCases += 1 }
    write(junit, testCase.xml)
    if let html, let fragment { write(html, fragment) }
    count += 1
    entries.append(BatchEntry(audit).interned(in: pool))
    sources[audit.id] = audit.source
    if let severity = audit.worst { worst = max(worst ?? severity, severity) }
  }

  /// Writes the batch part and assembles the four reports.
  public func finish(batch: BatchAudit) throws {
    for finding in batch.findings { worst = max(worst ?? finding.severity, finding.severity) }
    for handle in [articles, sarif, junit] + (html.map { [$0] } ?? []) { try? handle.close() }

    // audit.json: keys in sorted order, as StableJSON writes them.
    let head = String(decoding: try StableJSON.encode(AuditReportHead(versions: versions, shard: shard)), as: UTF8.self)
    let headInner = head.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast(2)
      .joined(separator: "\n")
    let batchJSON = String(decoding: try StableJSON.encode(batch), as: UTF8.self).dropLast()
    try assemble(
      "audit.json", [.text("{\n  \"articles\" : [\n"), .part(.articles), .text("\n  ],\n  \"batch\" : "),
        .text(String(Self.indent(batchJSON, by: 2).dropFirst(2)) + ",\n" + headInner + "\n}\n")])

    var batchResults = ""
    for finding in batch.findings {
      batchResults += (sarifCount == 0 && batchResults.isEmpty ? "" : ",\n") + (try AuditSARIF.result(finding, sources: sources))
    }
    try assemble(
      "audit.sarif", [.text(try AuditSARIF.prefix(version: AuditReportHead.toolVersion)), .part(.sarif),
        .text(batchResults + AuditSARIF.suffix)])

    let batchSuite = AuditJUnit.batchSuite(batch.findings, failOn: failOn)
    let batchFailures = batch.findings.filter { $0.severity >= failOn }.count
    try assemble(
      "junit.xml", [
        .text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"article-oracle audit\" "
          + "tests=\"\(count + AuditRule.catalogue.filter(\.isBatchRule).count)\" failures=\"\(failedCases + batchFailures)\">\n"
          + "  <testsuite name=\"articles\" tests=\"\(count)\" failures=\"\(failedCases)\" errors=\"0\" skipped=\"0\">\n"),
        .part(.junit), .text("  </testsuite>\n" + batchSuite + "</testsuites>\n"),
      ])
    if writesHTML {
      try assemble("audit.html", [.text(AuditPage.head(batch: batch, shard: shard)), .part(.html), .text(AuditPage.tail)])
    }
    for part in Part.allCases { try? FileManager.default.removeItem(at: directory.appendingPathComponent(part.rawValue)) }
  }

  // MARK: - Files

  private enum Piece {
    case text(String)
    case part(Part)
  }

  private func assemble(_ name: String, _ pieces: [Piece]) throws(AuditError) {
    let final = directory.appendingPathComponent(name)
    let temporary = directory.appendingPathComponent("." + name + ".tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let out = try? FileHandle(forWritingTo: temporary)
    else { throw .unwritable(path: temporary.path, reason: "cannot create the file") }
    for piece in pieces {
      switch piece {
      case .text(let text): write(out, text)
      case .part(let part):
        guard let input = try? FileHandle(forReadingFrom: directory.appendingPathComponent(part.rawValue)) else {
          throw .unwritable(path: part.rawValue, reason: "the part file went missing")
        }
        while let chunk = try? input.read(upToCount: 1 << 20), !chunk.isEmpty { out.write(chunk) }
        try? input.close()
      }
    }
    try? out.close()
    do {
      if FileManager.default.fileExists(atPath: final.path) { try FileManager.default.removeItem(at: final) }
      try FileManager.default.moveItem(at: temporary, to: final)
    } catch {
      throw .unwritable(path: final.path, reason: error.localizedDescription)
    }
  }

  private func write(_ handle: FileHandle, _ text: String) { handle.write(Data(text.utf8)) }

  static func indent(_ text: some StringProtocol, by spaces: Int) -> String {
    let pad = String(repeating: " ", count: spaces)
    return pad + text.replacingOccurrences(of: "\n", with: "\n" + pad)
  }
}
