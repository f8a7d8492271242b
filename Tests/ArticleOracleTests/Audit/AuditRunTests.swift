import Foundation
import Testing
@testable import ArticleOracle

/// Whole runs on small batches written to temporary folders: reports, order, shards.
@Suite struct AuditRunTests {
  static func batch() -> [String: String] {
    let long = AuditFixtures.prose(1) + "\n\n" + AuditFixtures.prose(2) + "\n\n" + AuditFixtures.prose(3)
    var near = long
    if let range = near.range(of: "day 4 of session 1") { near.replaceSubrange(range, with: "day four of session 1") }
    var files: [String: String] = [
      "dup-a.txt": "date 2022-04-27 " + long, "dup-b.txt": "date 2022-04-27 " + long,
      "near.txt": "date 2022-04-27 " + near, "undated.txt": AuditFixtures.prose(9),
      "short.txt": "date 2022-04-27 Leaders met in Paris.",
      "chrome.html": "<html><head><meta name=\"date\" content=\"2022-04-27\"></head><body><p>"
        + AuditFixtures.prose(11) + "</p><p>Advertisement</p><p>"
        // A teaser glued to a sentence: no boilerplate rule cuts it, the audit flags it.
        + "Read more: other news. Putin met Erdoğan and Guterres in Moscow, said the Kremlin.</p></body></html>",
      "empty.txt": "   \n",
      "binary.txt": String(repeating: "\u{01}\u{02}\u{03}", count: 40),
    ]
    for i in 0..<12 { files["filler-\(i).txt"] = "date 2022-04-2\(i % 9) " + AuditFixtures.prose(100 + i) }
    return files
  }

  struct Output: Equatable {
    var files: [String: Data]
  }

  static func audit(_ input: URL, jobs: Int, shard: ShardSelector? = nil, into folder: URL) throws -> Output {
    let auditor = try BatchAuditor()
    let writer = try AuditReportWriter(directory: folder, shard: shard, versions: auditor.pipeline.versions)
    try auditor.run(.files([input.path]), options: .init(jobs: jobs, shard: shard, chunkSize: 5), writer: writer)
    return try read(folder)
  }

  static func read(_ folder: URL) throws -> Output {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return Output(files: files)
  }

  @Test("A run writes the four reports and nothing else; audit.json reads back")
  func reports() throws {
    let root = try AuditFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try AuditFixtures.write(Self.batch(), to: input)
    let output = try Self.audit(input, jobs: 2, into: root.appendingPathComponent("out"))
    #expect(output.files.keys.sorted() == ["audit.html", "audit.json", "audit.sarif", "junit.xml"])
    let report = try AuditMerger.read(root.appendingPathComponent("out/audit.json").path)
    #expect(report.articles.count == Self.batch().count)
    #expect(report.articles.map(\.id) == report.articles.map(\.id).sorted())
    let rules = Set(report.articles.flatMap(\.findings).map(\.rule) + report.batch.findings.map(\.rule))
    for rule in ["duplicate-article", "near-duplicate", "missing-date", "short-text", "empty-text", "boilerplate-left",
                 "boilerplate-removed", "unreadable-input"] {
      #expect(rules.contains(rule), "\(rule)")
    }
    let sarifData = try #require(output.files["audit.sarif"])
    let sarif = try #require(try JSONSerialization.jsonObject(with: sarifData) as? [String: Any])
    #expect(sarif["version"] as? String == "2.1.0")
    let junit = String(decoding: try #require(output.files["junit.xml"]), as: UTF8.self)
    #expect(junit.components(separatedBy: "classname=\"audit.articles\"").count - 1 == Self.batch().count)
    let page = String(decoding: try #require(output.files["audit.html"]), as: UTF8.self)
    #expect(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"))
    #expect(page.contains("class=\"hl hl-actor\"") && page.contains("class=\"hl hl-date\""))
    #expect(page.contains("data-rule=\"boilerplate-left\""))
  }

  @Test("One worker and two give the same reports, byte for byte")
  func deterministic() throws {
    let root = try AuditFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try AuditFixtures.write(Self.batch(), to: input)
    let one = try Self.audit(input, jobs: 1, into: root.appendingPathComponent("one"))
    let two = try Self.audit(input, jobs: 2, into: root.appendingPathComponent("two"))
    #expect(one == two)
  }

  @Test("Three shards merged give the same reports as one run, byte for byte")
  func shardsMerged() throws {
    let root = try AuditFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try AuditFixtures.write(Self.batch(), to: input)
    let single = try Self.audit(input, jobs: 2, into: root.appendingPathComponent("single"))
    var reports: [String] = []
    var sizes: [Int] = []
    for index in 1...3 {
      let folder = root.appendingPathComponent("shard-\(index)")
      let shard = try #require(ShardSelector(index: index, count: 3))
      _ = try Self.audit(input, jobs: 2, shard: shard, into: folder)
      reports.append(folder.appendingPathComponent("audit.json").path)
      sizes.append(try AuditMerger.read(reports.last ?? "").articles.count)
    }
    #expect(sizes.reduce(0, +) == Self.batch().count)
    #expect(sizes.allSatisfy { $0 > 0 })
    let auditor = try BatchAuditor()
    let mergedFolder = root.appendingPathComponent("merged")
    let writer = try AuditReportWriter(directory: mergedFolder, versions: auditor.pipeline.versions)
    try AuditMerger.merge(reports: reports.reversed(), checks: auditor.batchChecks, baseline: nil, writer: writer)
    let merged = try Self.read(mergedFolder)
    #expect(merged.files.keys.sorted() == single.files.keys.sorted())
    for name in single.files.keys.sorted() {
      #expect(merged.files[name] == single.files[name], "\(name) differs")
    }
  }

  @Test("Merging refuses a missing or repeated shard")
  func mergeRefuses() throws {
    let root = try AuditFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try AuditFixtures.write(Self.batch(), to: input)
    let folder = root.appendingPathComponent("shard-1")
    _ = try Self.audit(input, jobs: 1, shard: ShardSelector(index: 1, count: 2), into: folder)
    let report = folder.appendingPathComponent("audit.json").path
    let auditor = try BatchAuditor()
    for reports in [[report], [report, report]] {
      let writer = try AuditReportWriter(directory: root.appendingPathComponent("m"), versions: auditor.pipeline.versions)
      #expect(throws: AuditError.self) {
        try AuditMerger.merge(reports: reports, checks: auditor.batchChecks, baseline: nil, writer: writer)
      }
    }
  }

  @Test("The worst severity decides the exit: errors in the batch, none in a clean one")
  func worst() throws {
    let root = try AuditFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try AuditFixtures.write(["clean.txt": "date 2022-04-27 " + AuditFixtures.prose(3)], to: input)
    let auditor = try BatchAuditor()
    let writer = try AuditReportWriter(directory: root.appendingPathComponent("out"), versions: auditor.pipeline.versions)
    try auditor.run(.files([input.path]), options: .init(jobs: 1), writer: writer)
    #expect(writer.worst == nil)
    try AuditFixtures.write(["empty.txt": ""], to: input)
    let second = try AuditReportWriter(directory: root.appendingPathComponent("out2"), versions: auditor.pipeline.versions)
    try auditor.run(.files([input.path]), options: .init(jobs: 1), writer: second)
    #expect(second.worst == .error)
  }
}
