/// A JSON Patch (RFC 6902): the operations that turn one JSON document into another.
///
/// `between(_:_:)` writes a `test` of the old value before every `remove` and `replace`, so
/// a patch documents what it expects and refuses to apply to a document that has changed
/// since. Arrays are aligned on their longest common subsequence, so inserting one item
/// does not rewrite every later one.
public struct JSONPatch: Hashable, Sendable {
  public struct Operation: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case add, remove, replace, test }
    public var op: Kind
    public var path: String
    public var value: JSONValue?

    public var json: JSONValue {
      var members: [String: JSONValue] = ["op": .string(op.rawValue), "path": .string(path)]
      if let value { members["value"] = value }
      return .object(members)
    }
  }

  public var operations: [Operation]

  /// The patch as a JSON array value.
  public var json: JSONValue { .array(operations.map(\.json)) }

  public var isEmpty: Bool { operations.isEmpty }

  /// The operations that turn `old` into `new`.
  public static func between(_ old: JSONValue, _ new: JSONValue) -> JSONPatch {
    var operations: [Operation] = []
    diff(old, new, path: "", into: &operations)
    return JSONPatch(operations: operations)
  }

  /// A JSON Pointer (RFC 6901) token: `~` → `~0`, `/` → `~1`.
  public static func escape(_ token: String) -> String {
    token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }

  private static func diff(_ old: JSONValue, _ new: JSONValue, path: String, into ops: inout [Operation]) {
    guard old != new else { return }
    switch (old, new) {
    case (.object(let a), .object(let b)):
      for key in a.keys.sorted() where b[key] == nil {
        ops.append(Operation(op: .test, path: path + "/" + escape(key), value: a[key]))
        ops.append(Operation(op: .remove, path: path + "/" + escape(key)))
      }
      for key in b.keys.sorted() {
        if let before = a[key] {
          diff(before, b[key]!, path: path + "/" + escape(key), into: &ops)
        } else {
          ops.append(Operation(op: .add, path: path + "/" + escape(key), value: b[key]))
        }
      }
    case (.array(let a), .array(let b)):
      diffArrays(a, b, path: path, into: &ops)
    default:
      ops.append(Operation(op: .test, path: path, value: old))
      ops.append(Operation(op: .replace, path: path, value: new))
    }
  }

  /// Walks the LCS alignment, keeping track of where each element now sits. A removal
  /// directly followed by an insertion becomes a field-level edit of that element.
  private static func diffArrays(_ a: [JSONValue], _ b: [JSONValue], path: String, into ops: inout [Operation]) {
    let n = a.count
    let m = b.count
    var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var i = 0
    var j = 0
    var position = 0
    while i < n || j < m {
      if i < n, j < m, a[i] == b[j] {
        i += 1
        j += 1
        position += 1
      } else if i < n, j < m, table[i + 1][j + 1] == table[i][j] {
        // Neither side is part of the common subsequence here: edit in place.
        diff(a[i], b[j], path: path + "/\(position)", into: &ops)
        i += 1
        j += 1
        position += 1
      } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
        ops.append(Operation(op: .test, path: path + "/\(position)", value: a[i]))
        ops.append(Operation(op: .remove, path: path + "/\(position)"))
        i += 1
      } else {
        ops.append(Operation(op: .add, path: path + "/\(position)", value: b[j]))
        j += 1
        position += 1
      }
    }
  }

  // MARK: - Applying

  /// Why a patch does not apply: the operation and the problem.
  public struct ApplyError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "JSON Patch at \(path): \(problem)" }
  }

  /// Applies the patch (all or nothing).
  public func apply(to document: JSONValue) throws(ApplyError) -> JSONValue {
    var result = document
    for operation in operations {
      let tokens = operation.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
        String($0).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
      }
      result = try Self.apply(operation, tokens: Array(tokens)[...], to: result)
    }
    return result
  }

  private static func apply(_ operation: Operation, tokens: ArraySlice<String>, to value: JSONValue) throws(ApplyError)
    -> JSONValue
  {
    guard let token = tokens.first else {
      switch operation.op {
      case .test:
        guard value == operation.value else { throw ApplyError(path: operation.path, problem: "test failed") }
        return value
      case .replace, .add: return operation.value ?? .null
      case .remove: throw ApplyError(path: operation.path, problem: "cannot remove the whole document")
      }
    }
    let rest = tokens.dropFirst()
    switch value {
    case .object(var members):
      if rest.isEmpty && operation.op != .test {
        switch operation.op {
        case .add: members[token] = operation.value
        case .replace:
          guard members[token] != nil else { throw ApplyError(path: operation.path, problem: "no such member") }
          members[token] = operation.value
        case .remove:
          guard members.removeValue(forKey: token) != nil else {
            throw ApplyError(path: operation.path, problem: "no such member")
          }
        case .test: break
        }
        return .object(members)
      }
      guard let child = members[token] else { throw ApplyError(path: operation.path, problem: "no such member") }
      members[token] = try apply(operation, tokens: rest, to: child)
      return .object(members)
    case .array(var items):
      let index = token == "-" ? items.count : Int(token) ?? -1
      if rest.isEmpty && operation.op != .test {
        switch operation.op {
        case .add:
          guard index >= 0, index <= items.count else { throw ApplyError(path: operation.path, problem: "bad index") }
          items.insert(operation.value ?? .null, at: index)
        case .replace, .remove:
          guard index >= 0, index < items.count else { throw ApplyError(path: operation.path, problem: "bad index") }
          if operation.op == .remove { items.remove(at: index) } else { items[index] = operation.value ?? .null }
        case .test: break
        }
        return .array(items)
      }
      guard index >= 0, index < items.count else { throw ApplyError(path: operation.path, problem: "bad index") }
      items[index] = try apply(operation, tokens: rest, to: items[index])
      return .array(items)
    default:
      throw ApplyError(path: operation.path, problem: "not a container")
    }
  }
}
