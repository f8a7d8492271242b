/// Finds temporal expressions and resolves them against the publication date (section 2
/// of the extraction spec). A pure function of its inputs.
///
/// One pass over the tokens: at each token the scanner tries the patterns that can start
/// with that kind of token (a number, a month, a weekday, a cue word) and takes the match,
/// then continues after it. See docs/dates.md.
public struct DateExtractor: Sendable {
  public static let version = "1.21.0"

  public init() {}

  /// The date items of `text`, in text order. Without `published`, relative expressions
  /// stay unresolved with TIMEX3 placeholders.
  public func extract(from text: String, published: CalendarDate?) -> [DateItem] {
    var scanner = DateScanner(text: text, published: published)
    return scanner.scan()
  }
}
