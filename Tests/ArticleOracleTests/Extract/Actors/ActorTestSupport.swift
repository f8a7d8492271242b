/// Helpers the actor suites share.
import Testing

@testable import ArticleOracle

extension ActorLinkDetail {
  /// The texts of each actor's `via: role` mentions, by actor id (actors without one left out).
  var roleMentions: [String: [String]] {
    var found: [String: [String]] = [:]
    for item in items {
      let roles = item.mentions.filter { $0.via == .role }.map(\.text)
      if !roles.isEmpty { found[item.id] = roles }
    }
    return found
  }
}

extension ActorExtractor {
  /// An extractor over a registry a test writes inline (YAML in the registry format).
  static func inline(_ registryText: String) throws -> ActorExtractor {
    try ActorExtractor(registry: ActorRegistry.load(sources: [RegistrySource(name: "inline.yaml", text: registryText)]))
  }
}

/// A sentence and the mentions (`"text (via)"` by actor id) and roles it must give.
struct AppositionCase: CustomTestStringConvertible, Sendable {
  let text: String
  let mentions: [String: [String]]
  let roles: [String: [String]]

  init(_ text: String, _ mentions: [String: [String]], roles: [String: [String]] = [:]) {
    self.text = text
    self.mentions = mentions
    self.roles = roles
  }

  var testDescription: String { text }

  /// Extracts the text without a publication date and on `date`, and expects exactly the
  /// case's mentions both times, and its roles (with `rolesNeedDate`, only on `date`).
  func verify(with extractor: ActorExtractor, on date: CalendarDate?, rolesNeedDate: Bool = false) {
    for published in [nil, date] {
      let items = extractor.extract(from: text, published: published)
      let found = Dictionary(
        items.map { item in (item.id, item.mentions.map { "\($0.text) (\($0.via.rawValue))" }) },
        uniquingKeysWith: { $0 + $1 })
      #expect(found == mentions, "published \(String(describing: published))")
      for (id, roles) in roles where published != nil || !rolesNeedDate {
        #expect(items.first { $0.id == id }?.roles == roles, "\(id)")
      }
    }
  }
}
