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

  /// Changes every phrase's targets.
  mutating func updateAll(_ change: (inout PhraseTargets) -> Void) {
    for index in targets.indices { change(&targets[index]) }
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

  /// Every edge of the trie in one table keyed by (parent node, word id), filled by
  /// `seal(vocabulary:)` once the trie is complete.
  private var edges: [Edge] = []
  private var edgeMask = 0

  /// One slot of the edge table: key and child side by side, one cache line per probe.
  private struct Edge {
    var key: UInt64
    /// The child node, or -1 for an empty slot.
    var child: Int32
  }

  /// Interns every edge word in `vocabulary` and builds the table used by `child(_:id:)`.
  mutating func seal(vocabulary: inout Vocabulary) {
    targetOf = nodes.map(\.target)
    acceptance = targets.map(Self.acceptance)
    var list: [(UInt64, Int32)] = []
    for (parent, node) in nodes.enumerated() {
      for (key, child) in node.children {
        list.append((Self.edgeKey(parent, vocabulary.intern(key)), child))
      }
    }
    var size = 16
    while size < list.count * 2 { size <<= 1 }
    edges = Array(repeating: Edge(key: 0, child: -1), count: size)
    edgeMask = size - 1
    for (key, child) in list {
      var slot = Self.slot(key) & edgeMask
      while edges[slot].child >= 0 { slot = (slot + 1) & edgeMask }
      edges[slot] = Edge(key: key, child: child)
    }
  }

  @inline(__always) private static func edgeKey(_ parent: Int, _ id: Int32) -> UInt64 {
    UInt64(UInt32(truncatingIfNeeded: parent)) << 32 | UInt64(UInt32(bitPattern: id))
  }

  @inline(__always) private static func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29)
  }

  @inline(__always) func child(_ node: Int, _ key: String) -> Int? {
    nodes[node].children[key].map(Int.init)
  }

  /// The child by the id of the edge's word (`Vocabulary`), from the sealed edge table.
  @inline(__always) func child(_ node: Int, id: Int32) -> Int? {
    let key = Self.edgeKey(node, id)
    var slot = Self.slot(key) & edgeMask
    while true {
      let edge = edges[slot]
      if edge.child < 0 { return nil }
      if edge.key == key { return Int(edge.child) }
      slot = (slot + 1) & edgeMask
    }
  }

  /// Each node's `target`, filled by `seal(vocabulary:)`: read for every step of a walk.
  private var targetOf: [Int32] = []

  /// What the case rules need to know of each phrase's targets (`Acceptance`), by index
  /// into `targets`: filled by `seal(vocabulary:)`.
  private(set) var acceptance: [UInt8] = []

  /// Bits of `acceptance`.
  enum Acceptance {
    /// The phrase has a counterpart country or a title without an exact form, or a name
    /// that needs neither an exact form nor a capital: it is kept wherever it is found.
    static let always: UInt8 = 1
    /// A name needs a capital first letter only.
    static let capital: UInt8 = 2
    /// A name or the title needs an exact form: the targets must be read.
    static let exact: UInt8 = 4
  }

  private static func acceptance(_ targets: PhraseTargets) -> UInt8 {
    var bits: UInt8 = 0
    if targets.counterpartCountry != nil { bits |= Acceptance.always }
    if let title = targets.title { bits |= title.exact == nil ? Acceptance.always : Acceptance.exact }
    for name in targets.names {
      if name.exact != nil {
        bits |= Acceptance.exact
      } else {
        bits |= name.needsCapital ? Acceptance.capital : Acceptance.always
      }
    }
    return bits
  }

  /// The index into `targets` of the node's phrase, or -1: lets a walk look at a phrase's
  /// targets without copying them.
  @inline(__always) func targetIndex(at node: Int) -> Int { Int(targetOf[node]) }
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
    /// A form of `ambiguous_aliases` (`Congress`): it names the actor only when the article
    /// names it unambiguously too, or is placed in the actor's country.
    var isAmbiguous = false
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
    /// The ids of `offices`, filled in once the registry's trie is complete (nil for a
    /// title made while linking).
    var officeIDs: [String]?
  }

  var names: [Name] = []
  var title: Title?
  /// `his Turkish counterpart`: the country of the counterpart.
  var counterpartCountry: Int?
}
