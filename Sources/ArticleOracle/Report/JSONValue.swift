import Foundation

/// Any JSON value, with object members kept sorted by key, so two equal documents are
/// equal values and render to the same bytes.
///
/// Used to lay goldens out for `git diff`, to compute JSON Patches, and to carry the
/// expected and actual sides of a difference in reports.
public enum JSONValue: Hashable, Sendable, Codable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = JSONValue.number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .int(let value): try container.encode(value)
    case .double(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  /// A number, as `.int` when it is integral (so `5000000.0` and `5000000` are one value).
  public static func number(_ value: Double) -> JSONValue {
    if value.rounded() == value, abs(value) < 9.0e15 { return .int(Int(value)) }
    return .double(value)
  }

  /// The JSON value of any encodable value (through the project's stable encoder).
  public init(encoding value: some Encodable) throws {
    self = try StableJSON.decode(JSONValue.self, from: StableJSON.encodeLine(value))
  }

  /// Parses JSON bytes.
  public init(parsing data: Data) throws {
    self = try StableJSON.decode(JSONValue.self, from: data)
  }

  /// Decodes this value as `T`.
  public func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try StableJSON.decode(type, from: Data(compact().utf8))
  }

  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  public var isContainer: Bool {
    switch self {
    case .array, .object: return true
    default: return false
    }
  }

  // MARK: - Rendering

  /// One line: `{"a": 1, "b": [2, 3]}` (keys sorted, a space after `:` and `,`).
  public func compact() -> String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .double(let value): return JSONValue.format(value)
    case .string(let value): return JSONValue.quote(value)
    case .array(let items): return "[" + items.map { $0.compact() }.joined(separator: ", ") + "]"
    case .object(let members):
      let body = members.keys.sorted().map { JSONValue.quote($0) + ": " + members[$0]!.compact() }
      return "{" + body.joined(separator: ", ") + "}"
    }
  }

  /// The diff-friendly layout of goldens and reports: two-space indent, keys sorted, and a
  /// container on one line when it holds no container but arrays of scalars (so each date,
  /// figure or mention sits on one line, while an actor spreads its mentions one per line).
  public func rendered() -> String {
    var out = ""
    render(into: &out, indent: 0)
    return out + "\n"
  }

  private var isLeaf: Bool {
    switch self {
    case .array(let items): return items.allSatisfy { !$0.isContainer }
    case .object(let members):
      return members.values.allSatisfy { value in
        if case .array(let items) = value { return items.allSatisfy { !$0.isContainer } }
        return !value.isContainer
      }
    default: return true
    }
  }

  private func render(into out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .array(let items) where !isLeaf:
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += pad
        item.render(into: &out, indent: indent + 1)
        out += index + 1 < items.count ? ",\n" : "\n"
      }
      out += close + "]"
    case .object(let members) where !isLeaf:
      out += "{\n"
      let keys = members.keys.sorted()
      for (index, key) in keys.enumerated() {
        out += pad + JSONValue.quote(key) + ": "
        members[key]!.render(into: &out, indent: indent + 1)
        out += index + 1 < keys.count ? ",\n" : "\n"
      }
      out += close + "}"
    default:
      out += compact()
    }
  }

  /// A JSON string literal: only `"`, `\` and control characters are escaped.
  public static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// The shortest text that reads back as the same double (`0.5`, `1e+20`).
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    return "\(value)"
  }
}
