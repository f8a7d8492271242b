import Yams

/// One registry data file as written by hand: every field but `id` may be left out, so a
/// later file can extend or correct an entry of an earlier one. Parsed with the keys
/// checked (a misspelt key is an error, not a silently ignored field).
struct RegistryFile: Decodable {
  struct Country: Decodable {
    var id: String
    var name: String?
    var names: [String]?
    var demonyms: [String]?
    var cities: [String]?
  }

  struct Office: Decodable {
    var id: String
    var title: String?
    var aliases: [String]?
    var singleHolder: Bool?
    var country: String?
    var position: String?
    var organization: String?

    enum CodingKeys: String, CodingKey {
      case id, title, aliases, country, position, organization
      case singleHolder = "single_holder"
    }
  }

  struct Position: Decodable {
    var id: String
    var titles: [String]?
  }

  struct Role: Decodable {
    var office: String
    var start: String
    var end: String?
  }

  struct Actor: Decodable {
    var id: String
    var name: String?
    var kind: String?
    var family: String?
    var aliases: [String]?
    var ambiguousAliases: [String]?
    var country: String?
    var roles: [Role]?

    enum CodingKeys: String, CodingKey {
      case id, name, kind, family, aliases, country, roles
      case ambiguousAliases = "ambiguous_aliases"
    }
  }

  var version: Int
  var countries: [Country]?
  var offices: [Office]?
  var positions: [Position]?
  var actors: [Actor]?

  static let allowedKeys: [String: Set<String>] = [
    "": ["version", "countries", "offices", "positions", "actors"],
    "countries": ["id", "name", "names", "demonyms", "cities"],
    "offices": ["id", "title", "aliases", "single_holder", "country", "position", "organization"],
    "positions": ["id", "titles"],
    "actors": ["id", "name", "kind", "family", "aliases", "ambiguous_aliases", "country", "roles"],
    "roles": ["office", "start", "end"],
  ]

  /// Parses `text`; `file` names it in errors.
  static func parse(_ text: String, file: String) throws(DataFileError) -> RegistryFile {
    let node: Node
    do {
      guard let composed = try Yams.compose(yaml: text) else {
        throw DataFileError(file: file, problem: "the file is empty; a registry file starts with `version: 1`")
      }
      node = composed
    } catch let error as DataFileError {
      throw error
    } catch {
      throw DataFileError(file: file, problem: "not valid YAML: \(error)")
    }
    try checkKeys(node, section: "", file: file, entry: nil)
    let parsed: RegistryFile
    do {
      parsed = try YAMLDecoder().decode(RegistryFile.self, from: node)
    } catch let error as DecodingError {
      throw DataFileError(file: file, entry: error.entryPath, problem: error.problem)
    } catch {
      throw DataFileError(file: file, problem: "not a registry file: \(error)")
    }
    guard parsed.version == 1 else {
      throw DataFileError(file: file, problem: "unsupported version \(parsed.version); this build reads version 1")
    }
    return parsed
  }

  /// Rejects keys the format does not know, naming the entry (`actors[3] (vladimir-putin)`).
  private static func checkKeys(_ node: Node, section: String, file: String, entry: String?) throws(DataFileError) {
    guard let mapping = node.mapping else {
      if section.isEmpty {
        throw DataFileError(file: file, problem: "the top level must be a mapping with `version:` and sections")
      }
      throw DataFileError(file: file, entry: entry, problem: "must be a mapping of keys to values")
    }
    let allowed = allowedKeys[section] ?? []
    for (key, value) in mapping {
      let name = key.string ?? "?"
      guard allowed.contains(name) else {
        let expected = allowed.sorted().joined(separator: ", ")
        throw DataFileError(file: file, entry: entry, problem: "unknown key `\(name)` (expected one of: \(expected))")
      }
      guard allowedKeys[name] != nil, name != "" else { continue }
      guard let items = value.sequence else {
        if value.scalar?.string == "null" || value.scalar?.string == "~" { continue }
        throw DataFileError(file: file, entry: entry, problem: "`\(name)` must be a list")
      }
      for (index, item) in items.enumerated() {
        let id = item.mapping?["id"]?.string ?? item.mapping?["office"]?.string
        let label = (entry.map { $0 + " " } ?? "") + "\(name)[\(index)]" + (id.map { " (\($0))" } ?? "")
        try checkKeys(item, section: name, file: file, entry: label)
      }
    }
  }
}

extension DecodingError {
  /// The path of the failing value (`actors[2].roles[0].start`).
  var entryPath: String? {
    let path: [any CodingKey]
    switch self {
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      path = context.codingPath
    case .keyNotFound(_, let context):
      path = context.codingPath
    @unknown default:
      return nil
    }
    guard !path.isEmpty else { return nil }
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text
  }

  var problem: String {
    switch self {
    case .keyNotFound(let key, _): return "the required key `\(key.stringValue)` is missing"
    case .typeMismatch(let type, _): return "expected a value of type \(type)"
    case .valueNotFound(let type, _): return "expected a value of type \(type), found nothing"
    case .dataCorrupted(let context): return context.debugDescription
    @unknown default: return "\(self)"
    }
  }
}
