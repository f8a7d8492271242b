/// Finds numbers that state a quantity, count, amount, rank or share (section 4 of the
/// extraction spec). A pure function of its inputs.
public struct FigureExtractor: Sendable {
  public static let version = "0.1.0"

  public init() {}

  /// The figure items of `text`, in text order. Spans the date extractor owns (`dates`)
  /// are not figures.
  public func extract(from text: String, dates: [DateItem] = []) -> [FigureItem] {
    []
  }
}
