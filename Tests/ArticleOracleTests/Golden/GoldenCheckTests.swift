import Foundation
import Testing

@testable import ArticleOracle

/// The corpus-level outcomes, on a corpus made in a temporary folder: pass, mismatch, stale,
/// missing golden, orphan golden, error; pending accept and reject; CI refusals.
@Suite("Golden check")
struct GoldenCheckTests {
  /// A temporary corpus: `seeds/` with one article and `Golden/`.
  struct Corpus {
    let root: URL
    var seeds: URL { root.appendingPathComponent("seeds") }
    var golden: URL { root.appendingPathComponent("Golden") }
    let pipeline: ExtractionPipeline

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("golden-check-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
      pipeline = try ExtractionPipeline()
    }

    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: seeds.appendingPathComponent(name))
    }

    func store(ci: Bool = false) -> GoldenStore { GoldenStore(folder: golden, policy: GoldenWritePolicy(isCI: ci)) }

    /// Records the golden of `name` from the current extraction and accepts it.
    func recordAndAccept(_ name: String) throws {
      let extraction = try pipeline.run(ArticleInput.read(path: seeds.appendingPathComponent(name).path))
      let golden = GoldenRecorder.record(extraction, previous: nil, versions: pipeline.versions)
      try store().writePending(golden, text: extraction.article.text, patch: nil)
      try store().accept(golden.id)
    }

    func check(ci: Bool = false) -> GoldenCheck.Run {
      GoldenCheck(pipeline: pipeline, goldenDir: golden.path, isCI: ci).run(paths: [seeds.path], generated: "2026-01-01T00:00:00Z")
    }

    func status(_ id: String, ci: Bool = false) -> ArticleStatus? {
      check(ci: ci).report.articles.first { $0.id == id }?.status
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  static let article = "date 2022-04-26\nPutin met Guterres in Moscow on Tuesday.\n\nMore than 2,660 civilians have been killed.\n"

  @Test("A recorded and accepted golden passes; the pending files are gone")
  func acceptThenPass() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.recordAndAccept("a1.txt")
    #expect(corpus.store().pendingIDs().isEmpty)
    #expect(corpus.store().text("a1") != nil)
    let run = corpus.check()
    #expect(run.report.articles.map(\.status) == [.pass])
    #expect(run.report.exitCode == 0)
  }

  @Test("The report is deterministic: two runs give the same bytes in every format")
  func deterministic() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.write("b2.txt", Self.article + "Another line.\n")
    try corpus.recordAndAccept("a1.txt")
    let first = corpus.check()
    let second = corpus.check()
    #expect(try first.report.json() == second.report.json())
    #expect(first.report.junit().xml() == second.report.junit().xml())
    #expect(try first.report.sarif(texts: first.texts, toolVersion: "1").json() == second.report.sarif(texts: second.texts, toolVersion: "1").json())
    #expect(try first.report.json().components(separatedBy: "2026-01-01T00:00:00Z").count == 2)  // one timestamp
  }

  @Test("An article without a golden is missing-golden (exit 1), with the update command")
  func missingGolden() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    let run = corpus.check()
    let result = try #require(run.report.articles.first)
    #expect(result.status == .missingGolden)
    #expect(result.updateCommand?.contains("golden record") == true)
    #expect(result.updateCommand?.contains("golden accept a1") == true)
    #expect(run.report.exitCode == 1)
  }

  @Test("A changed source makes the golden stale, not a mismatch")
  func staleSource() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.recordAndAccept("a1.txt")
    try corpus.write("a1.txt", Self.article + "\nA new paragraph.\n")
    let result = try #require(corpus.check().report.articles.first)
    #expect(result.status == .stale)
    #expect(result.staleReasons.contains { $0.contains("source changed") })
  }

  @Test("A hand edit of the golden's items is a mismatch with the patch and the update command")
  func mismatch() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.recordAndAccept("a1.txt")
    var golden = try #require(try corpus.store().load("a1"))
    golden.figures.append(Marked(GoldenFixtures.figure("999", 0, 999)))
    try AtomicFile.write(try GoldenStore.encode(golden), to: corpus.store().goldenURL("a1"))
    let run = corpus.check()
    let result = try #require(run.report.articles.first)
    #expect(result.status == .mismatch)
    #expect(result.differences.contains { $0.outcome == .missing && $0.text == "999" })
    #expect(result.diffText.contains("to update this golden: swift run article-oracle golden record"))
    let patch = try #require(run.recordings.first?.patch)
    #expect(patch.operations.contains { $0.op == .test })
    #expect(try patch.apply(to: JSONValue(encoding: golden)) == JSONValue(encoding: run.recordings[0].golden))
    #expect(run.report.exitCode == 1)
  }

  @Test("A golden without an article is an orphan: a warning locally, a failure under CI")
  func orphan() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.recordAndAccept("a1.txt")
    try FileManager.default.removeItem(at: corpus.seeds.appendingPathComponent("a1.txt"))
    try corpus.write("b2.txt", Self.article)
    try corpus.recordAndAccept("b2.txt")
    let local = corpus.check()
    #expect(local.report.articles.first { $0.id == "a1" }?.status == .orphanGolden)
    #expect(local.report.exitCode == 0)
    #expect(corpus.check(ci: true).report.exitCode == 1)
    // Prune: delete refused under CI, done locally.
    #expect(throws: GoldenError.self) { try corpus.store(ci: true).delete("a1") }
    try corpus.store().delete("a1")
    #expect(corpus.store().ids() == ["b2"])
  }

  @Test("Articles whose ids collide (also by case) are errors; stray files in Golden/ are listed")
  func duplicatesAndStrays() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.write("A1.html", "<p>" + Self.article + "</p>")
    try corpus.write("b2.txt", Self.article)
    try FileManager.default.createDirectory(at: corpus.golden, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: corpus.golden.appendingPathComponent("notes.yaml"))
    let run = corpus.check()
    let statuses = Dictionary(uniqueKeysWithValues: run.report.articles.map { ($0.id, $0.status) })
    #expect(statuses == ["a1": .error, "A1": .error, "b2": .missingGolden])
    #expect(run.report.strays == ["notes.yaml"])
  }

  @Test("An unreadable article is an error (exit 2)")
  func unreadable() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", "")
    let run = corpus.check()
    #expect(run.report.articles.map(\.status) == [.error])
    #expect(run.report.exitCode == 2)
  }

  @Test("golden record's pending recording: none when golden and text agree, one with a patch when the text file differs")
  func pendingRecording() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    let extraction = try corpus.pipeline.run(ArticleInput.read(path: corpus.seeds.appendingPathComponent("a1.txt").path))
    let fresh = try #require(
      try GoldenRecorder.pendingRecording(extraction, store: corpus.store(), versions: corpus.pipeline.versions))
    #expect(fresh.patch == nil)
    try corpus.recordAndAccept("a1.txt")
    #expect(try GoldenRecorder.pendingRecording(extraction, store: corpus.store(), versions: corpus.pipeline.versions) == nil)
    try Data("not the text\n".utf8).write(to: corpus.store().textURL("a1"))
    let changed = try #require(
      try GoldenRecorder.pendingRecording(extraction, store: corpus.store(), versions: corpus.pipeline.versions))
    #expect(changed.text == extraction.article.text)
    #expect(changed.patch != nil)
  }

  @Test("A golden text file saved without its trailing newline holds the same text for the check and for golden record; two newlines do not")
  func textFileWithoutTrailingNewline() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.recordAndAccept("a1.txt")
    let extraction = try corpus.pipeline.run(ArticleInput.read(path: corpus.seeds.appendingPathComponent("a1.txt").path))
    let url = corpus.store().textURL("a1")
    let written = try Data(contentsOf: url)
    #expect(written == Data((extraction.article.text + "\n").utf8))
    #expect(corpus.store().text("a1") == extraction.article.text)

    try written.dropLast().write(to: url)
    #expect(corpus.store().text("a1") == extraction.article.text)
    #expect(corpus.status("a1") == .pass)
    #expect(try GoldenRecorder.pendingRecording(extraction, store: corpus.store(), versions: corpus.pipeline.versions) == nil)
    let golden = try #require(try corpus.store().load("a1"))
    let recorded = GoldenRecorder.record(extraction, previous: golden, versions: corpus.pipeline.versions)
    #expect(GoldenRecorder.isUnchanged(golden, recorded: recorded, text: extraction.article.text, store: corpus.store()))

    try (written + Data("\n".utf8)).write(to: url)
    #expect(corpus.store().text("a1") == extraction.article.text + "\n")
    #expect(corpus.status("a1") == .stale)
    #expect(try GoldenRecorder.pendingRecording(extraction, store: corpus.store(), versions: corpus.pipeline.versions) != nil)
    #expect(!GoldenRecorder.isUnchanged(golden, recorded: recorded, text: extraction.article.text, store: corpus.store()))
  }

  @Test("Under CI=true every write to the golden folder is refused and nothing is written")
  func refusedInCI() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    let extraction = try corpus.pipeline.run(ArticleInput.read(path: corpus.seeds.appendingPathComponent("a1.txt").path))
    let golden = GoldenRecorder.record(extraction, previous: nil, versions: corpus.pipeline.versions)
    let ci = corpus.store(ci: true)
    #expect(throws: GoldenError.refusedInCI(action: "write pending goldens into \(ci.pendingFolder.path)")) {
      try ci.writePending(golden, text: extraction.article.text, patch: nil)
    }
    #expect(throws: GoldenError.self) { try ci.accept("a1") }
    #expect(throws: GoldenError.self) { try ci.reject("a1") }
    #expect(!FileManager.default.fileExists(atPath: corpus.golden.path))
    #expect(GoldenWritePolicy(environment: ["CI": "true"]).isCI)
    #expect(GoldenWritePolicy(environment: ["CI": "1"]).isCI)
    #expect(!GoldenWritePolicy(environment: ["CI": "false"]).isCI)
    #expect(!GoldenWritePolicy(environment: [:]).isCI)
  }

  @Test("Reject deletes a pending golden and leaves the golden alone")
  func reject() throws {
    let corpus = try Corpus()
    defer { corpus.remove() }
    try corpus.write("a1.txt", Self.article)
    try corpus.recordAndAccept("a1.txt")
    let before = try Data(contentsOf: corpus.store().goldenURL("a1"))
    var changed = try #require(try corpus.store().load("a1"))
    changed.published = nil
    try corpus.store().writePending(changed, text: "x", patch: nil)
    #expect(corpus.store().pendingIDs() == ["a1"])
    try corpus.store().reject("a1")
    #expect(corpus.store().pendingIDs().isEmpty)
    #expect(try Data(contentsOf: corpus.store().goldenURL("a1")) == before)
    #expect(throws: GoldenError.self) { try corpus.store().accept("a1") }
  }

  @Test("Re-recording keeps known-miss marks still missed, and spurious marks still emitted")
  func recordKeepsMarks() {
    let article = NormalizedArticle(id: "a1", source: "a1.txt", published: nil, text: "Tuesday and 2022", sourceSHA256: "s")
    let found = GoldenFixtures.figure("2022", 12, 2022)
    let extraction = ArticleExtraction(article: article, figures: [found])
    let missed = GoldenFixtures.date("Tuesday", 0, "XXXX-WXX-2")
    var previous = GoldenFixtures.golden(
      dates: [Marked(missed, status: .knownMiss, note: "weekday")], figures: [Marked(found, status: .knownSpurious)])
    previous.id = "a1"
    let recorded = GoldenRecorder.record(extraction, previous: previous, versions: GoldenFixtures.versions)
    #expect(recorded.dates == [Marked(missed, status: .knownMiss, note: "weekday")])
    #expect(recorded.figures == [Marked(found, status: .knownSpurious)])
    // Once the extractor finds the date, the mark goes (the note stays).
    let fixed = ArticleExtraction(article: article, dates: [missed])
    let again = GoldenRecorder.record(fixed, previous: previous, versions: GoldenFixtures.versions)
    #expect(again.dates == [Marked(missed, note: "weekday")])
    #expect(again.figures.isEmpty)
  }
}
