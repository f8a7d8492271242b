/// Finds numbers that state a quantity, count, amount, rank or share (section 4 of the
/// extraction spec). A pure function of its inputs; the rules are in docs/figures.md.
public struct FigureExtractor: Sendable {
  public static let version = "1.11.0"

  /// The words and currencies it reads, or the problem with the shipped data files.
  public let lexicon: Result<FigureLexicon, DataFileError>

  /// An extractor with the data files shipped in the package.
  public init() {
    lexicon = FigureLexicon.shipped
  }

  /// An extractor with a lexicon of the caller's.
  public init(lexicon: FigureLexicon) {
    self.lexicon = .success(lexicon)
  }

  /// The figure items of `text`, in text order. Spans the date extractor owns (`dates`)
  /// are not figures, and neither are date-like numbers when `dates` is empty.
  ///
  /// - Parameters:
  ///   - text: normalized text; offsets count code points.
  ///   - dates: the date extractor's items for the same text.
  /// - Returns: the figures, sorted by start. Empty when the shipped lexicon is broken
  ///   (`lexicon` then holds the error; a test guards the shipped files).
  public func extract(from text: String, dates: [DateItem] = []) -> [FigureItem] {
    guard case .success(let lexicon) = lexicon else { return [] }
    return FigureScanner.figures(in: text, dates: dates, lexicon: lexicon)
  }
}
