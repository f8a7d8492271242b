import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The audit at scale: a batch of generated articles (the seeds with their paragraphs
/// rotated and a numbered line added, every 50th a copy of the one before) audited end
/// to end with 1 and with N workers. Articles are generated on the fly by the workers, so
/// the figures measure the audit, not the disk; the reports go to a temporary folder.
public struct AuditBenchmarkReport: Codable, Sendable {
  public struct Run: Codable, Sendable {
    public var jobs: Int
    public var seconds: Double
    public var articlesPerSecond: Double
    /// The process's peak resident memory after this run (getrusage ru_maxrss), in MB.
    public var peakMegabytes: Double
  }

  public var articles: Int
  public var withHTML: Bool
  public var inputMegabytes: Double
  public var runs: [Run]
  public var batchFindings: Int
  /// Throughput with the most workers over throughput with one.
  public var speedup: Double?

  public var table: String {
    var lines = [
      "audit of \(articles) generated articles (\(String(format: "%.0f", inputMegabytes)) MB)"
        + (withHTML ? ", with audit.html" : ", without audit.html") + "; \(batchFindings) batch findings",
      "jobs    seconds   articles/s   peak RSS MB",
    ]
    for run in runs {
      lines.append(String(format: "%4d %10.1f %12.0f %13.0f", run.jobs, run.seconds, run.articlesPerSecond, run.peakMegabytes))
    }
    if let speedup { lines.append(String(format: "speed-up %d vs 1 job: %.2fx", runs.last?.jobs ?? 1, speedup)) }
    return lines.joined(separator: "\n")
  }
}

public enum AuditBenchmark {
  /// Audits `count` generated articles once per entry of `jobs`.
  public static func run(seedsFolder: String, count: Int, jobs: [Int], withHTML: Bool = false) throws -> AuditBenchmarkReport {
    let seeds = try ArticleCorpus.articlePaths([seedsFolder]).map { try ArticleInput.read(path: $0) }
    guard !seeds.isEmpty else { throw InputError.notFound(path: seedsFolder) }
    let parts = seeds.map { seed -> (header: String, paragraphs: [String]) in
      var lines = String(decoding: seed.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        .filter { !$0.allSatisfy(\.isWhitespace) }
      var header = ""
      if let first = lines.first, first.trimmingCharacters(in: .whitespaces).hasPrefix("date ") {
        // Keep the metadata header first; its date stays attached to the text after it.
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        header = String(trimmed.prefix(15))
        lines[0] = String(trimmed.dropFirst(15)).trimmingCharacters(in: .whitespaces)
      }
      return (header, lines)
    }
    let source = ArticleSource(
      count: count, id: { String(format: "gen-%07d", $0) },
      input: { (index: Int) throws(InputError) -> ArticleInput in
        let copyOf = index % 50 == 49 ? index - 1 : index
        let seed = parts[copyOf % parts.count]
        let shift = (copyOf / parts.count) % max(seed.paragraphs.count, 1)
        let rotated = Array(seed.paragraphs[shift...] + seed.paragraphs[..<shift])
        let text = (seed.header.isEmpty ? "" : seed.header + " ") + rotated.joined(separator: "\n\n")
          + "\n\nFiled as report \(copyOf) by desk \(copyOf % 97)."
        return ArticleInput(id: String(format: "gen-%07d", index), source: "generated:\(index)", bytes: Array(text.utf8))
      })
    var inputBytes = 0
    for index in 0..<min(count, 1000) { inputBytes += (try? source.input(index).bytes.count) ?? 0 }
    let inputMegabytes = Double(inputBytes) / 1e6 * Double(count) / Double(max(1, min(count, 1000)))

    let auditor = try BatchAuditor()
    var runs: [AuditBenchmarkReport.Run] = []
    var batchFindings = 0
    for workers in jobs {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-bench-" + UUID().uuidString)
      defer { try? FileManager.default.removeItem(at: folder) }
      let writer = try AuditReportWriter(directory: folder, versions: auditor.pipeline.versions, writesHTML: withHTML)
      let start = DispatchTime.now().uptimeNanoseconds
      let batch = try auditor.run(source, options: .init(jobs: workers), writer: writer)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      batchFindings = batch.findings.count
      runs.append(
        .init(jobs: workers, seconds: seconds, articlesPerSecond: Double(count) / seconds, peakMegabytes: peakMegabytes()))
    }
    let one = runs.first { $0.jobs == 1 }
    let most = runs.max { $0.jobs < $1.jobs }
    let speedup = one.flatMap { one in most.map { $0.articlesPerSecond / one.articlesPerSecond } }
    return AuditBenchmarkReport(
      articles: count, withHTML: withHTML, inputMegabytes: inputMegabytes, runs: runs, batchFindings: batchFindings,
      speedup: runs.count > 1 ? speedup : nil)
  }

  /// Peak resident set size of this process so far, in MB (Linux reports kilobytes).
  static func peakMegabytes() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
      return Double(usage.ru_maxrss) / 1e6
    #else
      return Double(usage.ru_maxrss) / 1024
    #endif
  }
}
