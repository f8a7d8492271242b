/// Merges registry files in order. An entry whose id was seen before extends and corrects
/// the earlier one: scalar fields given later replace earlier ones, lists (`aliases`,
/// `names`, `demonyms`, `cities`, `titles`) gain the new items, and a role with the same office and
/// start replaces the earlier role (so a later file can fix an end date); other roles are
/// added. Each entry remembers the files that defined it, for error messages.
struct RegistryMerger {
  struct Merged<Value> {
    var value: Value
    var files: [String]
    /// Where to report a problem with this entry: the last file that touched it.
    var file: String { files.last ?? "?" }
  }

  struct ActorDraft {
    var id: String
    var name: String?
    var kind: String?
    var family: String?
    var aliases: [String] = []
    var ambiguousAliases: [String] = []
    var country: String?
    var roles: [RegistryFile.Role] = []
  }

  private(set) var countries: [Merged<RegistryFile.Country>] = []
  private(set) var offices: [Merged<RegistryFile.Office>] = []
  private(set) var positions: [Merged<RegistryFile.Position>] = []
  private(set) var actors: [Merged<ActorDraft>] = []
  private var countryIndex: [String: Int] = [:]
  private var officeIndex: [String: Int] = [:]
  private var positionIndex: [String: Int] = [:]
  private var actorIndex: [String: Int] = [:]
  /// Ids defined twice inside one file: an error, unlike a redefinition in a later file.
  private(set) var duplicates: [(file: String, entry: String)] = []

  /// The files in the order they were added.
  private(set) var fileOrder: [String] = []

  mutating func add(_ file: RegistryFile, named name: String) {
    fileOrder.append(name)
    var seen: Set<String> = []
    func once(_ key: String) {
      if !seen.insert(key).inserted { duplicates.append((name, key)) }
    }
    for country in file.countries ?? [] {
      once("country \(country.id)")
      merge(country, into: &countries, index: &countryIndex, file: name) { old, new in
        old.name = new.name ?? old.name
        old.names = union(old.names, new.names)
        old.demonyms = union(old.demonyms, new.demonyms)
        old.cities = union(old.cities, new.cities)
      }
    }
    for office in file.offices ?? [] {
      once("office \(office.id)")
      merge(office, into: &offices, index: &officeIndex, file: name) { old, new in
        old.title = new.title ?? old.title
        old.aliases = union(old.aliases, new.aliases)
        old.singleHolder = new.singleHolder ?? old.singleHolder
        old.country = new.country ?? old.country
        old.position = new.position ?? old.position
        old.organization = new.organization ?? old.organization
      }
    }
    for position in file.positions ?? [] {
      once("position \(position.id)")
      merge(position, into: &positions, index: &positionIndex, file: name) { old, new in
        old.titles = union(old.titles, new.titles)
      }
    }
    for actor in file.actors ?? [] {
      once("actor \(actor.id)")
      let draft = ActorDraft(
        id: actor.id, name: actor.name, kind: actor.kind, family: actor.family, aliases: actor.aliases ?? [],
        ambiguousAliases: actor.ambiguousAliases ?? [], country: actor.country, roles: actor.roles ?? [])
      merge(draft, into: &actors, index: &actorIndex, file: name) { old, new in
        old.name = new.name ?? old.name
        old.kind = new.kind ?? old.kind
        old.family = new.family ?? old.family
        old.country = new.country ?? old.country
        old.aliases = union(old.aliases, new.aliases) ?? []
        old.ambiguousAliases = union(old.ambiguousAliases, new.ambiguousAliases) ?? []
        for role in new.roles {
          if let at = old.roles.firstIndex(where: { $0.office == role.office && $0.start == role.start }) {
            old.roles[at] = role
          } else {
            old.roles.append(role)
          }
        }
      }
    }
  }

  private func merge<Value: Identified>(
    _ value: Value, into list: inout [Merged<Value>], index: inout [String: Int], file: String,
    _ combine: (inout Value, Value) -> Void
  ) {
    if let at = index[value.id] {
      combine(&list[at].value, value)
      list[at].files.append(file)
    } else {
      index[value.id] = list.count
      list.append(Merged(value: value, files: [file]))
    }
  }
}

protocol Identified { var id: String { get } }
extension RegistryFile.Country: Identified {}
extension RegistryFile.Office: Identified {}
extension RegistryFile.Position: Identified {}
extension RegistryMerger.ActorDraft: Identified {}

/// The items of both lists, each once, in first-seen order; nil when both are nil.
private func union(_ old: [String]?, _ new: [String]?) -> [String]? {
  guard let old else { return new }
  guard let new else { return old }
  var seen = Set(old)
  return old + new.filter { seen.insert($0).inserted }
}
