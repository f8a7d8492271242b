import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The audit at scale: a batch of generated articles (the seeds with their paragraphs
/// rotated, three in ten common words swapped, and a numbered line; every 50th a copy of
/// the one before, every 100th a near-copy) audited end to end with 1 and with N workers. Articles are generated on the fly by the workers, so
/// the figures measure the audit, not the disk; the reports go to a temporary folder.
public struct AuditBenchmarkReport: Codable, Sendable {
  public struct Run: Codable, Sendable {
    public var jobs: Int
    public var seconds: Double
    public var articlesPerSecond: Double
    /// The process's peak resident memory after this run (getrusage ru_maxrss), in MB.
    public var peakMegabytes: Double
    /// CPU time (user + system) the run used, and articles per CPU second: on a shared
    /// machine wall-clock speed-up depends on the load, CPU time much less.
    public var cpuSeconds: Double
    public var articlesPerCPUSecond: Double
  }

  public var articles: Int
  public var withHTML: Bool
  public var inputMegabytes: Double
  public var runs: [Run]
  public var batchFindings: Int
  public var batchFindingsByRule: [String: Int]
  /// Throughput with the most workers over throughput with one.
  public var speedup: Double?

  public var table: String {
    var lines = [
      "audit of \(articles) generated articles (\(String(format: "%.0f", inputMegabytes)) MB)"
        + (withHTML ? ", with audit.html" : ", without audit.html") + "; \(batchFindings) batch findings "
        + "(" + batchFindingsByRule.keys.sorted().map { "\($0) \(batchFindingsByRule[$0] ?? 0)" }.joined(separator: ", ") + ")",
      "jobs    seconds   articles/s   peak RSS MB   CPU s   articles/CPU s",
    ]
    for run in runs {
      lines.append(
        String(
          format: "%4d %10.1f %12.0f %13.0f %7.1f %16.0f", run.jobs, run.seconds, run.articlesPerSecond, run.peakMegabytes,
          run.cpuSeconds, run.articlesPerCPUSecond))
    }
    if let speedup { lines.append(String(format: "speed-up %d vs 1 job: %.2fx", runs.last?.jobs ?? 1, speedup)) }
    return lines.joined(separator: "\n")
  }
}

public enum AuditBenchmark {
  /// Audits `count` generated articles once per entry of `jobs`.
  /// `log` receives a progress line at every tenth of each run (done, rate, peak RSS).
  public static func run(
    seedsFolder: String, count: Int, jobs: [Int], withHTML: Bool = false, log: (String) -> Void = { _ in }
  ) throws -> AuditBenchmarkReport {
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
    let vocabulary = Set(
      parts.flatMap { part -> [String] in part.paragraphs }.flatMap { $0.split(separator: " ") }.map(String.init)
        .filter { $0.count >= 4 && $0.allSatisfy { $0.isLowercase && $0.isLetter } }
    ).sorted()
    let source = ArticleSource(
      count: count, id: { String(format: "gen-%07d", $0) },
      input: { (index: Int) throws(InputError) -> ArticleInput in
        // Every 50th article is a copy of the one before, every 100th (+1) a near-copy.
        let copyOf = index % 50 == 49 ? index - 1 : (index % 100 == 1 && index > 1 ? index - 1 : index)
        var text = generate(copyOf, parts: parts, vocabulary: vocabulary)
        if copyOf != index && index % 50 != 49 { text += " Updated." }
        return ArticleInput(id: String(format: "gen-%07d", index), source: "generated:\(index)", bytes: Array(text.utf8))
      })
    var inputBytes = 0
    for index in 0..<min(count, 1000) { inputBytes += (try? source.input(index).bytes.count) ?? 0 }
    let inputMegabytes = Double(inputBytes) / 1e6 * Double(count) / Double(max(1, min(count, 1000)))

    let auditor = try BatchAuditor()
    var runs: [AuditBenchmarkReport.Run] = []
    var batchFindings = 0
    var byRule: [String: Int] = [:]
    for workers in jobs {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-bench-" + UUID().uuidString)
      defer { try? FileManager.default.removeItem(at: folder) }
      let writer = try AuditReportWriter(directory: folder, versions: auditor.pipeline.versions, writesHTML: withHTML)
      let start = DispatchTime.now().uptimeNanoseconds
      let cpuStart = cpuSeconds()
      var nextTenth = 1
      let batch = try auditor.run(source, options: .init(jobs: workers), writer: writer) { progress in
        guard progress.done * 10 >= nextTenth * max(progress.total, 1) else { return }
        nextTenth = progress.done * 10 / max(progress.total, 1) + 1
        log(
          "bench --audit: \(workers) job(s): \(progress.plain), peak RSS \(Int(peakMegabytes())) MB, "
            + "CPU \(Int(cpuSeconds() - cpuStart)) s")
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      let cpu = cpuSeconds() - cpuStart
      batchFindings = batch.findings.count
      byRule = Dictionary(grouping: batch.findings, by: \.rule).mapValues(\.count)
      runs.append(
        .init(
          jobs: workers, seconds: seconds, articlesPerSecond: Double(count) / seconds, peakMegabytes: peakMegabytes(),
          cpuSeconds: cpu, articlesPerCPUSecond: Double(count) / max(cpu, 1e-9)))
    }
    let one = runs.first { $0.jobs == 1 }
    let most = runs.max { $0.jobs < $1.jobs }
    let speedup = one.flatMap { one in most.map { $0.articlesPerSecond / one.articlesPerSecond } }
    return AuditBenchmarkReport(
      articles: count, withHTML: withHTML, inputMegabytes: inputMegabytes, runs: runs, batchFindings: batchFindings,
      batchFindingsByRule: byRule,
      speedup: runs.count > 1 ? speedup : nil)
  }

  /// User plus system CPU time of this process so far, in seconds.
  static func cpuSeconds() -> Double {
    let usage = selfUsage()
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Article `number`: a seed with its paragraphs rotated, three in ten lower-case words
  /// of four letters or more swapped for other words of the seeds (names, numbers and
  /// dates stay), and a numbered line. Deterministic in `number`.
  static func generate(_ number: Int, parts: [(header: String, paragraphs: [String])], vocabulary: [String]) -> String {
    let seed = parts[number % parts.count]
    let shift = (number / parts.count) % max(seed.paragraphs.count, 1)
    let rotated = Array(seed.paragraphs[shift...] + seed.paragraphs[..<shift])
    var state = UInt64(truncatingIfNeeded: number) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    func next() -> UInt64 {
      state = state &+ 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    let paragraphs = rotated.map { paragraph -> String in
      paragraph.split(separator: " ", omittingEmptySubsequences: false).map { word -> Substring in
        guard !vocabulary.isEmpty, word.count >= 4, word.allSatisfy({ $0.isLowercase && $0.isLetter }),
          next() % 10 < 3
        else { return word }
        return Substring(vocabulary[Int(next() % UInt64(vocabulary.count))])
      }.joined(separator: " ")
    }
    return (seed.header.isEmpty ? "" : seed.header + " ") + paragraphs.joined(separator: "\n\n")
      + "\n\nFiled as report \(number) by desk \(number % 97)."
  }

  /// Peak resident set size of this process so far, in MB (Linux reports kilobytes).
  static func peakMegabytes() -> Double {
    let usage = selfUsage()
    #if canImport(Darwin)
      return Double(usage.ru_maxrss) / 1e6
    #else
      return Double(usage.ru_maxrss) / 1024
    #endif
  }

  /// getrusage(RUSAGE_SELF) for this process (the constant's type differs on Glibc).
  private static func selfUsage() -> rusage {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
  }
}
