/// Finds temporal expressions and resolves them against the publication date (section 2
/// of the extraction spec). A pure function of its inputs.
public struct DateExtractor: Sendable {
  public static let version = "0.1.0"

  public init() {}

  /// The date items of `text`, in text order. Without `published`, relative expressions
  /// stay unresolved with TIMEX3 placeholders.
  public func extract(from text: String, published: CalendarDate?) -> [DateItem] {
    []
  }
}
