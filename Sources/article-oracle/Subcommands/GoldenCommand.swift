import ArgumentParser
import ArticleOracle
import Foundation

struct GoldenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "golden",
    abstract: "Record, review, accept, reject and prune goldens (never written in place, never under CI=true).",
    subcommands: [Record.self, Review.self, Accept.self, Reject.self, Prune.self])

  struct Options: ParsableArguments {
    @Option(help: "The golden folder.")
    var golden = "Golden"

    var policy: GoldenWritePolicy { GoldenWritePolicy(environment: ProcessInfo.processInfo.environment) }
    var store: GoldenStore { GoldenStore(folder: URL(fileURLWithPath: golden), policy: policy) }
  }

  // MARK: - record

  struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write new and changed goldens as pending files in <golden>/.pending/ (known-miss marks and notes kept).",
      discussion: "Under CI=true nothing is written to the golden folder: the pending files go to <report-dir>/pending/ and the command fails.")

    @Argument(help: "Article files or folders (default: seeds/).")
    var paths: [String] = ["seeds"]

    @OptionGroup var options: Options

    @Option(help: "Where pending files go under CI=true.")
    var reportDir = "reports"

    func run() throws {
      let pipeline = try ExtractionPipeline()
      let store = options.store
      var failed = 0
      var pending: [GoldenCheck.Recording] = []
      for path in ArticleCorpus.articlePaths(paths) {
        do {
          let extraction = try pipeline.run(ArticleInput.read(path: path))
          guard let recording = try GoldenRecorder.pendingRecording(extraction, store: store, versions: pipeline.versions)
          else {
            Console.write("\(extraction.article.id): unchanged")
            continue
          }
          pending.append(recording)
        } catch {
          failed += 1
          Console.error("\(error)")
        }
      }
      if options.policy.isCI && !pending.isEmpty {
        let folder = URL(fileURLWithPath: reportDir).appendingPathComponent("pending")
        for recording in pending {
          try GoldenStore.writeRecording(recording.golden, text: recording.text, patch: recording.patch, into: folder)
        }
        Console.error(
          "\(GoldenError.refusedInCI(action: "record goldens")); \(pending.count) pending golden(s) written to \(folder.path)")
        throw ExitCode(2)
      }
      for recording in pending {
        try store.writePending(recording.golden, text: recording.text, patch: recording.patch)
        Console.write("\(recording.golden.id): pending → \(store.pendingFolder.path)/\(recording.golden.id).json")
      }
      if !pending.isEmpty {
        Console.write("\(pending.count) pending golden(s); review with `article-oracle golden review`, then `golden accept --all` or `golden reject --all`")
      }
      if failed > 0 { throw ExitCode(2) }
    }
  }

  // MARK: - review

  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show each pending golden's differences from the current golden.")

    @Argument(help: "Pending ids (default: all).")
    var ids: [String] = []

    @OptionGroup var options: Options

    func run() throws {
      let store = options.store
      let selected = ids.isEmpty ? store.pendingIDs() : ids
      if selected.isEmpty { Console.write("no pending goldens in \(store.pendingFolder.path)") }
      for id in selected {
        guard let pending = try store.loadPending(id) else { throw GoldenError.noPending(id: id, folder: store.pendingFolder.path) }
        Console.write(try GoldenReview.text(current: store.load(id), pending: pending, goldenDir: options.golden))
        Console.write("")
      }
    }
  }

  // MARK: - accept / reject

  struct Selection: ParsableArguments {
    @Argument(help: "Pending ids.")
    var ids: [String] = []

    @Flag(help: "Every pending golden.")
    var all = false

    func validate() throws {
      if ids.isEmpty == !all { throw ValidationError("give pending ids, or --all (not both)") }
    }

    func resolve(_ store: GoldenStore) -> [String] { all ? store.pendingIDs() : ids }
  }

  struct Accept: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Move pending goldens over the goldens (atomic renames).")
    @OptionGroup var selection: Selection
    @OptionGroup var options: Options

    func run() throws {
      let store = options.store
      for id in selection.resolve(store) {
        try store.accept(id)
        Console.write("\(id): accepted → \(store.goldenURL(id).path)")
      }
    }
  }

  struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete pending goldens.")
    @OptionGroup var selection: Selection
    @OptionGroup var options: Options

    func run() throws {
      let store = options.store
      for id in selection.resolve(store) {
        try store.reject(id)
        Console.write("\(id): rejected")
      }
    }
  }

  // MARK: - prune

  struct Prune: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List goldens that have no article; delete them only with --yes.")

    @Argument(help: "The corpus folders (default: seeds/).")
    var paths: [String] = ["seeds"]

    @OptionGroup var options: Options

    @Flag(help: "Delete the orphans listed.")
    var yes = false

    func validate() throws {
      for path in paths {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
          throw ValidationError("\(path): prune needs the corpus folders (every article), not single files")
        }
      }
    }

    func run() throws {
      let store = options.store
      let articleIDs = Set(ArticleCorpus.articlePaths(paths).map(ArticleInput.articleID(forPath:)))
      let orphans = store.ids().filter { !articleIDs.contains($0) }
      if orphans.isEmpty {
        Console.write("no orphan goldens in \(options.golden)")
        return
      }
      for id in orphans { Console.write("orphan: \(store.goldenURL(id).path)") }
      guard yes else {
        Console.write("\(orphans.count) orphan(s) listed; run again with --yes to delete them")
        return
      }
      for id in orphans { try store.delete(id) }
      Console.write("\(orphans.count) orphan(s) deleted")
    }
  }
}
