import ArticleOracle
import Foundation

/// Progress on standard error: a bar redrawn in place on a terminal, plain lines (at
/// most one every two seconds) otherwise.
final class ProgressPrinter {
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private let quiet: Bool
  private var lastLine = 0.0
  private var drewBar = false

  init(quiet: Bool) { self.quiet = quiet }

  func show(_ progress: BatchAuditor.Progress) {
    guard !quiet else { return }
    if isTerminal {
      FileHandle.standardError.write(Data(("\r" + progress.bar()).utf8))
      drewBar = true
    } else if progress.seconds - lastLine >= 2 || progress.done == progress.total {
      lastLine = progress.seconds
      FileHandle.standardError.write(Data(("article-oracle: audit " + progress.plain + "\n").utf8))
    }
  }

  func done() {
    if drewBar { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
