/// A trie over folded tokens: every name, alias and title phrase of the registry is a path,
/// so one left-to-right pass over an article finds the longest phrase at each position
/// whatever the size of the registry.
struct PhraseTrie: Sendable {
  struct Node: Sendable {
    var children: [String: Int32] = [:]
    /// Index into `targets`, or -1.
    var target: Int32 = -1
  }

  private(set) var nodes: [Node] = [Node()]
  private(set) var targets: [PhraseTargets] = []

  /// The node at the end of `keys`, created as needed.
  mutating func node(for keys: [String]) -> Int {
    var current = 0
    for key in keys {
      if let next = nodes[current].children[key] {
        current = Int(next)
      } else {
        nodes.append(Node())
        let index = nodes.count - 1
        nodes[current].children[key] = Int32(index)
        current = index
      }
    }
    return current
  }

  /// Changes what the phrase `keys` links to.
  mutating func update(_ keys: [String], _ change: (inout PhraseTargets) -> Void) {
    guard !keys.isEmpty else { return }
    let at = node(for: keys)
    if nodes[at].target < 0 {
      targets.append(PhraseTargets())
      nodes[at].target = Int32(targets.count - 1)
    }
    change(&targets[Int(nodes[at].target)])
  }

  /// Every edge of the trie in one table, filled by `seal()` once the trie is complete.
  private(set) var edges = WordTable(capacity: 0)

  /// Builds the edge table used by `child(_:_:hash:)`.
  mutating func seal() {
    var table = WordTable(capacity: nodes.count)
    for (parent, node) in nodes.enumerated() {
      for (key, child) in node.children { table.insert(key, parent: Int32(parent), value: child) }
    }
    edges = table
  }

  @inline(__always) func child(_ node: Int, _ key: String) -> Int? {
    nodes[node].children[key].map(Int.init)
  }

  /// The child by the key and its `WordTable.hash`, from the sealed edge table.
  @inline(__always) func child(_ node: Int, _ key: String, hash: UInt64) -> Int? {
    edges.find(key, hash: hash, parent: Int32(node)).map(Int.init)
  }

  @inline(__always) func targets(at node: Int) -> PhraseTargets? {
    let index = nodes[node].target
    return index < 0 ? nil : targets[Int(index)]
  }
}

/// What one phrase of the trie may name.
struct PhraseTargets: Sendable {
  /// An actor named by this phrase.
  struct Name: Sendable, Hashable {
    var actor: Int
    /// How sure the form is: an explicit name or alias, or a form derived from the name
    /// (given + family, family only), which yields to explicit forms and may be shared.
    var isDerived: Bool
    /// For acronyms: the tokens as they must appear (`AP`, not `ap`).
    var exact: [String]?
    /// Whether the first letter must be a capital in the text (names, not handles).
    var needsCapital: Bool
  }

  /// An office title phrase.
  struct Title: Sendable, Hashable {
    /// Offices the phrase names.
    var offices: [Int] = []
    /// Whether the phrase is a bare position (`President`, `the Secretary-General`)
    /// rather than one qualified by a country or organization.
    var isBare = true
    /// For acronyms (`PM`): the tokens as they must appear.
    var exact: [String]?
  }

  var names: [Name] = []
  var title: Title?
  /// `his Turkish counterpart`: the country of the counterpart.
  var counterpartCountry: Int?
}
