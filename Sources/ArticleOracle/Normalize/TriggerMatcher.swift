/// Every boilerplate rule's trigger found in one pass over a paragraph's bytes (an
/// Aho–Corasick automaton over UTF-8, built once with the rules). Searching each trigger on
/// its own scanned a paragraph once per trigger: with the 2020s rules' 150-odd triggers that
/// halved the normalizer's speed. Triggers match ignoring ASCII case (`read more` is found in
/// `READ MORE` and `Read more`), so a rule names a word once, not once per spelling.
/// A class: every paragraph's `ParagraphTriggers` refers to the one automaton, and copying a
/// struct of five arrays retained each of them per paragraph.
final class TriggerMatcher: Sendable {
  /// The bytes the triggers hold each get a class of their own; every other byte is class 0.
  /// The table then has a row of `classCount` entries per state, not 256: small enough to
  /// stay in cache while a paragraph is read.
  private let byteClass: [UInt8]
  private let classCount: Int
  /// The state after reading a byte, as the offset of its row: the row of state `s` starts at
  /// `s * classCount`, and `transitions[row + byteClass[byte]]` is the next row (failure
  /// links folded in).
  private let transitions: [UInt32]
  /// States from this one on are those where a trigger ends.
  private let firstOutputState: Int
  /// For each state from `firstOutputState` on, the triggers that end there (also through its
  /// failure links), as a range of `outputs`.
  private let outputStart: [Int32]
  private let outputs: [Int32]
  /// How many distinct triggers there are; ids run from 0.
  let count: Int

  /// An automaton for `triggers` (non-empty); trigger `k` gets id `k`. Triggers that differ
  /// only in ASCII case find the same places.
  init(_ triggers: [[UInt8]]) {
    count = triggers.count
    let triggers = triggers.map { $0.map(Self.foldASCII) }
    // The trie.
    var children: [[Int]] = [Array(repeating: -1, count: 256)]
    var ends: [[Int32]] = [[]]
    for (id, trigger) in triggers.enumerated() {
      var state = 0
      for byte in trigger {
        if children[state][Int(byte)] < 0 {
          children[state][Int(byte)] = children.count
          children.append(Array(repeating: -1, count: 256))
          ends.append([])
        }
        state = children[state][Int(byte)]
      }
      ends[state].append(Int32(id))
    }
    // Failure links, breadth first; missing transitions point where the failure link leads.
    var failure = Array(repeating: 0, count: children.count)
    var queue: [Int] = []
    for byte in 0..<256 {
      let child = children[0][byte]
      if child < 0 {
        children[0][byte] = 0
      } else {
        queue.append(child)
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      ends[state] += ends[failure[state]]
      for byte in 0..<256 {
        let child = children[state][byte]
        if child < 0 {
          children[state][byte] = children[failure[state]][byte]
        } else {
          failure[child] = children[failure[state]][byte]
          queue.append(child)
        }
      }
    }
    precondition(children.count * 256 <= Int(UInt32.max), "too many trigger bytes for a 32-bit automaton")
    var byteClass = Array(repeating: UInt8(0), count: 256)
    var classBytes: [Int] = [-1]  // class 0: a byte no trigger holds
    for byte in Set(triggers.joined()).sorted() {
      byteClass[Int(byte)] = UInt8(classBytes.count)
      // An upper-case ASCII letter reads as its lower case (triggers hold only the latter).
      if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
        byteClass[Int(byte - 0x20)] = UInt8(classBytes.count)
      }
      classBytes.append(Int(byte))
    }
    precondition(classBytes.count <= 256)
    // States renumbered: those where no trigger ends first (the root stays 0, as no trigger
    // is empty), then those where one does, so the scan tells them apart without a lookup.
    let order = ends.indices.filter { ends[$0].isEmpty } + ends.indices.filter { !ends[$0].isEmpty }
    var renumbered = Array(repeating: 0, count: order.count)
    for (new, old) in order.enumerated() { renumbered[old] = new }
    firstOutputState = ends.count { $0.isEmpty }
    // A byte no trigger holds sends every state back to the root.
    // Each entry is the next state's row offset, so the scan needs no multiplication.
    transitions = order.flatMap { old in
      classBytes.map { $0 < 0 ? 0 : UInt32(renumbered[children[old][$0]] * classBytes.count) }
    }
    self.byteClass = byteClass
    classCount = classBytes.count
    var start: [Int32] = [0]
    var flat: [Int32] = []
    for old in order[firstOutputState...] {
      flat += ends[old]
      start.append(Int32(flat.count))
    }
    outputStart = start
    outputs = flat
  }

  /// An ASCII capital as its small letter; every other byte unchanged.
  static func foldASCII(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
  }

  /// The ids of the triggers that occur in `text` (ignoring ASCII case), as a bit set.
  func found(in text: String) -> TriggerSet {
    var set = TriggerSet(count: count)
    var text = text
    // Unchecked reads: every state and output index comes from the automaton built above.
    text.withUTF8 { bytes in
      byteClass.withUnsafeBufferPointer { byteClass in
        transitions.withUnsafeBufferPointer { transitions in
          outputStart.withUnsafeBufferPointer { outputStart in
            let firstOutputRow = firstOutputState * classCount
            var row = 0  // the state's row offset
            for byte in bytes {
              row = Int(transitions[row &+ Int(byteClass[Int(byte)])])
              if row >= firstOutputRow {
                let row = row / classCount - firstOutputState
                for k in Int(outputStart[row])..<Int(outputStart[row + 1]) { set.insert(Int(outputs[k])) }
              }
            }
          }
        }
      }
    }
    return set
  }
}

/// A set of trigger ids. The first 256 live inline: one is made per paragraph, and an
/// array would be an allocation each time.
struct TriggerSet: Sendable {
  private var small = SIMD4<UInt64>()
  private var large: [UInt64]

  init(count: Int) {
    large = count > 256 ? Array(repeating: 0, count: (count - 256 + 63) / 64) : []
  }

  mutating func insert(_ id: Int) {
    if id < 256 {
      small[id >> 6] |= 1 << UInt64(id & 63)
    } else {
      large[(id - 256) >> 6] |= 1 << UInt64(id & 63)
    }
  }

  func contains(_ id: Int) -> Bool {
    id < 256 ? small[id >> 6] & (1 << UInt64(id & 63)) != 0 : large[(id - 256) >> 6] & (1 << UInt64(id & 63)) != 0
  }
}
