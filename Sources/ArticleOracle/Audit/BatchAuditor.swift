import Foundation

/// Audits a batch: reads, normalizes, extracts and audits articles in parallel, chunk by
/// chunk, hands them to the report writer in the batch's order, then runs the checks
/// across the batch on the kept summaries.
public struct BatchAuditor: Sendable {
  public var pipeline: ExtractionPipeline
  public var auditor: ArticleAuditor
  public var batchChecks: BatchChecks

  public init(pipeline: ExtractionPipeline, auditor: ArticleAuditor) {
    self.pipeline = pipeline
    self.auditor = auditor
    self.batchChecks = BatchChecks(events: auditor.events, limits: auditor.patterns.limits)
  }

  /// The auditor with the package's data files, plus extra registry files.
  public init(registryFiles: [String] = []) throws(DataFileError) {
    let pipeline = try ExtractionPipeline(registryFiles: registryFiles)
    self.init(pipeline: pipeline, auditor: try ArticleAuditor(registry: pipeline.actors.registry))
  }

  public struct Options: Sendable {
    /// Worker threads (default: all cores).
    public var jobs: Int
    public var shard: ShardSelector?
    /// Articles in flight at once: bounds memory held for texts.
    public var chunkSize: Int
    /// An earlier report's statistics, for the shifts.
    public var baseline: BatchStatistics?

    public init(
      jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: ShardSelector? = nil, chunkSize: Int? = nil,
      baseline: BatchStatistics? = nil
    ) {
      self.jobs = max(1, jobs)
      self.shard = shard
      self.chunkSize = chunkSize ?? max(32, 32 * max(1, jobs))
      self.baseline = baseline
    }
  }

  /// How far the run is, for progress display.
  public struct Progress: Sendable {
    public var done: Int
    public var total: Int
    public var seconds: Double
  }

  /// Audits the articles of `source` selected by the shard, writing through `writer`.
  /// Returns the batch part (also written).
  @discardableResult
  public func run(
    _ source: ArticleSource, options: Options, writer: AuditReportWriter,
    progress: (Progress) -> Void = { _ in }
  ) throws -> BatchAudit {
    let started = DispatchTime.now().uptimeNanoseconds
    let selected = (0..<source.count).filter { options.shard?.contains(id: source.id($0)) ?? true }
    let withHTML = writer.writesHTML
    var done = 0
    var chunkStart = 0
    while chunkStart < selected.count {
      let chunk = Array(selected[chunkStart..<min(chunkStart + options.chunkSize, selected.count)])
      let results = ParallelMap.map(chunk.count, workers: options.jobs) { position in
        auditOne(source, index: chunk[position], html: withHTML)
      }
      for result in results { try writer.add(result.audit, fragment: result.fragment) }
      done += chunk.count
      chunkStart += chunk.count
      progress(Progress(done: done, total: selected.count, seconds: Self.seconds(since: started)))
    }
    let batch = finish(writer.entries, baseline: options.baseline)
    try writer.finish(batch: batch)
    return batch
  }

  /// The batch findings and statistics of kept summaries.
  public func finish(_ entries: [BatchEntry], baseline: BatchStatistics?) -> BatchAudit {
    let findings = batchChecks.findings(entries)
    let statistics = BatchStatistics(entries: entries, batchFindings: findings)
    return BatchAudit(
      findings: findings, statistics: statistics, baseline: baseline.map { BaselineShift(before: $0, now: statistics) })
  }

  private struct Result: Sendable {
    var audit: ArticleAudit
    var fragment: String?
  }

  private func auditOne(_ source: ArticleSource, index: Int, html: Bool) -> Result {
    let extraction: ArticleExtraction
    do {
      extraction = try pipeline.run(try source.input(index))
    } catch {
      let audit = ArticleAuditor.unreadable(id: source.id(index), source: error.path, error: error)
      return Result(audit: audit, fragment: html ? AuditPage.fragment(nil, audit: audit) : nil)
    }
    let audit = auditor.audit(extraction)
    return Result(audit: audit, fragment: html ? AuditPage.fragment(extraction, audit: audit) : nil)
  }

  static func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
}

extension BatchAuditor.Progress {
  /// Articles per second so far.
  public var rate: Double { seconds > 0 ? Double(done) / seconds : 0 }

  /// Seconds left at the current rate.
  public var eta: Double { rate > 0 ? Double(total - done) / rate : 0 }

  /// A one-line bar for a terminal: `[#####.....] 512/1000 articles  85.2/s  ETA 6s`.
  public func bar(width: Int = 30) -> String {
    let filled = total == 0 ? width : width * done / total
    return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
      + plain
  }

  /// A plain progress line for logs.
  public var plain: String {
    "\(done)/\(total) articles  \(String(format: "%.1f", rate))/s  ETA \(Int(eta.rounded()))s"
  }
}
