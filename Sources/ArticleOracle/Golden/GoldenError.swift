/// Why a golden operation failed: the file or id, and what to do about it.
public enum GoldenError: Error, Hashable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case invalid(path: String, reason: String)
  case refusedInCI(action: String)
  case noPending(id: String, folder: String)
  case writeFailed(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason))"
    case .invalid(let path, let reason):
      return "\(path): not a valid golden file (\(reason)); fix it by hand or re-record it with `golden record`"
    case .refusedInCI(let action):
      return "refusing to \(action) under CI=true: goldens are never written in CI; "
        + "run the command locally and commit the result (pending files go to the report directory as artifacts)"
    case .noPending(let id, let folder):
      return "\(id): no pending golden in \(folder); run `article-oracle golden record` first, or `golden review` to list them"
    case .writeFailed(let path, let reason):
      return "\(path): cannot be written (\(reason))"
    }
  }
}

/// Whether goldens may be written: never under CI (`CI` set to anything but `false`/`0`),
/// so a retried CI job can never record its way to green.
public struct GoldenWritePolicy: Hashable, Sendable {
  public var isCI: Bool

  public init(isCI: Bool) { self.isCI = isCI }

  /// Reads `CI` from the given environment (pass `ProcessInfo.processInfo.environment`).
  public init(environment: [String: String]) {
    let value = (environment["CI"] ?? "").lowercased()
    isCI = !(value.isEmpty || value == "false" || value == "0" || value == "no")
  }

  /// Throws when writing into the golden folder is not allowed.
  public func checkWrite(_ action: String) throws(GoldenError) {
    if isCI { throw .refusedInCI(action: action) }
  }
}
