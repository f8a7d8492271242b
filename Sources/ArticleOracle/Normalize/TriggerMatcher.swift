/// Every boilerplate rule's trigger found in one pass over a paragraph's bytes (an
/// Aho–Corasick automaton over UTF-8, built once with the rules). Searching each trigger on
/// its own scanned a paragraph once per trigger: with the 2020s rules' 150-odd triggers that
/// halved the normalizer's speed. Triggers match ignoring ASCII case (`read more` is found in
/// `READ MORE` and `Read more`), so a rule names a word once, not once per spelling.
///
/// A class: every paragraph's `ParagraphTriggers` refers to the one automaton, and copying a
/// struct of five arrays retained each of them per paragraph.
final class TriggerMatcher: Sendable {
  /// The bytes the triggers hold each get a class of their own; every other byte is class 0.
  /// The table then has a row of `classCount` entries per state, not 256: small enough to
  /// stay in cache while a paragraph is read.
  private let byteClass: [UInt8]
  private let classCount: Int
  /// The state after reading a byte: `transitions[state * classCount + byteClass[byte]]`,
  /// failure links folded in.
  private let transitions: [UInt32]
  /// For each state, the triggers that end there (also through its failure links), as the
  /// range `outputStart[state]..<outputStart[state + 1]` of `outputs`.
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
    // A byte no trigger holds sends every state back to the root.
    transitions = children.flatMap { row in classBytes.map { $0 < 0 ? 0 : UInt32(row[$0]) } }
    self.byteClass = byteClass
    classCount = classBytes.count
    var start: [Int32] = [0]
    var flat: [Int32] = []
    for list in ends {
      flat += list
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
            var state = 0
            for byte in bytes {
              state = Int(transitions[state &* classCount &+ Int(byteClass[Int(byte)])])
              let from = Int(outputStart[state]), to = Int(outputStart[state &+ 1])
              if from < to {
                for k in from..<to { set.insert(Int(outputs[k])) }
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
