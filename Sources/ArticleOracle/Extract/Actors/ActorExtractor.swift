/// Links every mention of a person or organization to the actor registry (section 3 of
/// the extraction spec). A pure function of its inputs.
public struct ActorExtractor: Sendable {
  public static let version = "0.1.0"

  public init() {}

  /// The actors of `text`, in order of first mention. Role phrases resolve through the
  /// roles held on `published`; without it they stay unresolved.
  public func extract(from text: String, published: CalendarDate?) -> [ActorItem] {
    []
  }
}
