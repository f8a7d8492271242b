import Foundation
import Testing
@testable import ArticleOracle

/// The audit of `seeds/` through the whole pipeline (registry, extractors, report).
@Suite struct SeedAuditTests {
  struct Run {
    var articles: [String: ArticleAudit]
    var batch: BatchAudit
  }

  static func run() throws -> Run {
    let folder = try AuditFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let auditor = try BatchAuditor()
    let writer = try AuditReportWriter(directory: folder, versions: auditor.pipeline.versions, writesHTML: false)
    let batch = try auditor.run(.files([TestPaths.seeds.path]), options: .init(jobs: 2), writer: writer)
    let report = try AuditMerger.read(folder.appendingPathComponent("audit.json").path)
    var byPrefix: [String: ArticleAudit] = [:]
    for audit in report.articles { byPrefix[String(audit.id.prefix(3))] = audit }
    return Run(articles: byPrefix, batch: batch)
  }

  let run: Run
  init() throws { run = try Self.run() }

  private func findings(_ seed: String, _ rule: String) -> [AuditFinding] {
    run.articles[seed]?.findings.filter { $0.rule == rule } ?? []
  }

  @Test("004 calls Ban Ki-moon UN Secretary-General: an anachronism and a conflict with Guterres")
  func ban() throws {
    let anachronism = try #require(findings("004", "role-anachronism").first)
    #expect(findings("004", "role-anachronism").count == 1)
    #expect(anachronism.message.hasPrefix("Ban Ki-moon is called UN Secretary-General"))
    // The other titles agree on the days Putin, Lavrov, Michel and Guterres all held them
    // (Michel's European Council term), whatever order the process hashes them in.
    #expect(anachronism.message.contains("between 2019-12-01 and 2024-11-30"))
    let conflict = try #require(findings("004", "role-conflict").first)
    #expect(conflict.message.contains("Ban Ki-moon and António Guterres"))
  }

  @Test("001 misspells Guterres as Guetteres, twice")
  func guetteres() {
    let found = findings("001", "actor-misspelling")
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.message.hasPrefix("`Guetteres` looks like a misspelling of António Guterres") })
  }

  @Test("The boilerplate removed from 001, 002 and 003 is listed", arguments: [
    ("001", ["(Image: Russian presidency/Tass)"]),
    ("002", ["-", "Putin informs Erdogan of progress in Ukraine - Kremlin"]),
    ("003", ["Pool File Photo by John Minchillo/UPI | License Photo", "Advertisement"]),
  ])
  func removedBoilerplate(_ seed: String, _ texts: [String]) {
    let found = findings(seed, "boilerplate-removed")
    #expect(found.count == texts.count)
    for text in texts { #expect(found.contains { $0.message.contains("`\(text)`") }, "\(seed): \(text)") }
  }

  @Test("000, 002 and 004 have no publication date; 001 and 003 have one", arguments: ["000", "001", "002", "003", "004"])
  func missingDate(_ seed: String) {
    #expect(findings(seed, "missing-date").count == (["000", "002", "004"].contains(seed) ? 1 : 0))
  }

  @Test("Erdoğan, Zelenskyy and Lavrov are each spelt several ways across the batch")
  func spellings() {
    let messages = run.batch.findings.filter { $0.rule == "actor-spellings" }.map(\.message)
    for words in [["`Erdogan`", "`Erdoğan`"], ["`Zelensky`", "`Zelenskyy`"], ["`Sergei`", "`Sergey`"]] {
      #expect(messages.contains { m in words.allSatisfy { m.contains($0) } }, "\(words)")
    }
  }

  /// Every finding on the seeds, read against the articles: each one is true. A new
  /// finding (or a lost one) fails here and must be read before the list is changed.
  @Test("Nothing a careful reader would call false: the exact findings per seed")
  func exactFindings() {
    let expected: [String: [String]] = [
      "000": ["missing-date"],
      "001": [
        "day-count", "actor-misspelling", "actor-misspelling", "bare-url", "bare-url", "social-embed",
        "boilerplate-removed",
      ],
      "002": ["boilerplate-removed", "boilerplate-removed", "missing-date"],
      "003": ["boilerplate-removed", "boilerplate-removed"],
      "004": ["role-anachronism", "role-conflict", "boilerplate-removed", "missing-date"],
    ]
    for (seed, rules) in expected {
      #expect(run.articles[seed]?.findings.map(\.rule) == rules, "seed \(seed)")
    }
    let batchRules = run.batch.findings.map(\.rule)
    #expect(batchRules == ["actor-spellings", "actor-spellings", "actor-spellings", "actor-spellings", "conflicting-fact"])
  }

  @Test("001's `day 61` is two days short of the count from 2022-02-24 to 2022-04-27")
  func dayCount() throws {
    let finding = try #require(findings("001", "day-count").first)
    #expect(finding.message.contains("off by 2 days") && finding.message.contains("day 63"))
  }
}
