/// Helpers the actor suites share.
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
