/// A problem in a data file people curate (boilerplate rules, the actor registry, event
/// tables): which file, which entry, and what is wrong, so it can be fixed by hand.
public struct DataFileError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var entry: String?
  public var problem: String

  public init(file: String, entry: String? = nil, problem: String) {
    self.file = file
    self.entry = entry
    self.problem = problem
  }

  public var description: String {
    if let entry { return "\(file): \(entry): \(problem)" }
    return "\(file): \(problem)"
  }
}
