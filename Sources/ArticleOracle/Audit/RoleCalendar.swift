import Foundation
import Yams

/// Who held which office when: the part of the actor registry the role checks need.
///
/// Read from registry files in the format of `docs/registry-format` (offices with
/// `single_holder`, actors with dated `roles`). Until the actor registry type of the
/// `actors` branch is merged, the audit reads the same files with this small reader.
public struct RoleCalendar: Sendable, Hashable {
  public struct Office: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var aliases: [String]
    public var singleHolder: Bool
    /// The generic position (`president`, `prime-minister`, `foreign-minister`, …).
    public var position: String?

    public init(id: String, title: String, aliases: [String] = [], singleHolder: Bool, position: String? = nil) {
      self.id = id
      self.title = title
      self.aliases = aliases
      self.singleHolder = singleHolder
      self.position = position
    }

    enum CodingKeys: String, CodingKey {
      case id, title, aliases, position
      case singleHolder = "single_holder"
    }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      id = try c.decode(String.self, forKey: .id)
      title = try c.decode(String.self, forKey: .title)
      aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
      singleHolder = try c.decodeIfPresent(Bool.self, forKey: .singleHolder) ?? false
      position = try c.decodeIfPresent(String.self, forKey: .position)
    }
  }

  /// One term of one person in one office; `end` nil while in office.
  public struct Term: Sendable, Hashable, Codable {
    public var actor: String
    public var office: String
    public var start: CalendarDate
    public var end: CalendarDate?

    public init(actor: String, office: String, start: CalendarDate, end: CalendarDate? = nil) {
      self.actor = actor
      self.office = office
      self.start = start
      self.end = end
    }

    func covers(_ day: CalendarDate) -> Bool { start <= day && (end.map { day <= $0 } ?? true) }
  }

  public private(set) var offices: [String: Office] = [:]
  public private(set) var terms: [Term] = []
  private var officeByTitle: [String: String] = [:]

  public init(offices: [Office] = [], terms: [Term] = []) {
    for office in offices { add(office) }
    self.terms = terms
  }

  private mutating func add(_ office: Office) {
    offices[office.id] = office
    for title in [office.title] + office.aliases { officeByTitle[TextScan.fold(title)] = office.id }
  }

  // MARK: - Reading registry files

  private struct File: Decodable {
    struct Actor: Decodable {
      struct Role: Decodable {
        var office: String
        var start: CalendarDate
        var end: CalendarDate?
      }
      var id: String
      var roles: [Role]?
    }
    var offices: [Office]?
    var actors: [Actor]?
  }

  /// Adds the offices and terms of one registry file. A later entry for the same actor
  /// replaces that actor's terms, as the registry merge does.
  public mutating func read(yaml: String, file: String) throws(DataFileError) {
    let parsed: File
    do {
      parsed = try YAMLDecoder().decode(File.self, from: yaml)
    } catch {
      throw DataFileError(file: file, problem: "not a valid registry file: \(error)")
    }
    for office in parsed.offices ?? [] { add(office) }
    for actor in parsed.actors ?? [] {
      guard let roles = actor.roles else { continue }
      terms.removeAll { $0.actor == actor.id }
      for role in roles {
        guard offices[role.office] != nil else {
          throw DataFileError(file: file, entry: actor.id, problem: "office \(role.office) is not defined")
        }
        terms.append(Term(actor: actor.id, office: role.office, start: role.start, end: role.end))
      }
    }
  }

  /// The calendar of the registry files shipped with the package
  /// (`Resources/registry/*.yaml`, in file-name order) and of `extraFiles` after them.
  public static func bundled(extraFiles: [String] = []) throws(DataFileError) -> RoleCalendar {
    var calendar = RoleCalendar()
    var urls: [URL] = []
    if let base = try? BundledResource.url("audit-patterns.yaml").deletingLastPathComponent() {
      let folder = base.appendingPathComponent("registry")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      urls = names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }
    urls += extraFiles.map { URL(fileURLWithPath: $0) }
    for url in urls {
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw DataFileError(file: url.path, problem: "cannot be read; check the path")
      }
      try calendar.read(yaml: String(decoding: data, as: UTF8.self), file: url.lastPathComponent)
    }
    return calendar
  }

  // MARK: - Questions

  /// The office a title names (`UN Secretary-General`), by its title or an alias.
  public func office(titled title: String) -> Office? {
    officeByTitle[TextScan.fold(title)].flatMap { offices[$0] }
  }

  /// The terms of `actor` in `office`.
  public func terms(of actor: String, in office: String) -> [Term] {
    terms.filter { $0.actor == actor && $0.office == office }
  }

  /// Who held `office` on `day`.
  public func holders(of office: String, on day: CalendarDate) -> [String] {
    terms.filter { $0.office == office && $0.covers(day) }.map(\.actor).sorted()
  }
}
