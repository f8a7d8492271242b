/// Every boilerplate rule's trigger found in one pass over a paragraph's bytes (an
/// Aho–Corasick automaton over UTF-8, built once with the rules). Searching each trigger on
/// its own scanned a paragraph once per trigger: with the 2020s rules' 150-odd triggers that
/// halved the normalizer's speed.
struct TriggerMatcher: Sendable {
  /// The state after reading a byte: `transitions[state << 8 | byte]`, failure links folded in.
  private let transitions: [UInt16]
  /// For each state, the triggers that end there (also through its failure links), as a range
  /// of `outputs`.
  private let outputStart: [Int32]
  private let outputs: [Int32]
  /// How many distinct triggers there are; ids run from 0.
  let count: Int

  /// An automaton for `triggers` (distinct, non-empty); trigger `k` gets id `k`.
  init(_ triggers: [[UInt8]]) {
    count = triggers.count
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
    precondition(children.count <= Int(UInt16.max), "too many trigger bytes for a 16-bit automaton")
    transitions = children.flatMap { $0.map { UInt16($0) } }
    var start: [Int32] = [0]
    var flat: [Int32] = []
    for list in ends {
      flat += list
      start.append(Int32(flat.count))
    }
    outputStart = start
    outputs = flat
  }

  /// The ids of the triggers that occur in `text`, as a bit set.
  func found(in text: String) -> TriggerSet {
    var set = TriggerSet(count: count)
    var text = text
    text.withUTF8 { bytes in
      var state = 0
      for byte in bytes {
        state = Int(transitions[state << 8 | Int(byte)])
        let from = Int(outputStart[state]), to = Int(outputStart[state + 1])
        if from < to {
          for k in from..<to { set.insert(Int(outputs[k])) }
        }
      }
    }
    return set
  }
}

/// A set of trigger ids.
struct TriggerSet: Sendable {
  private var words: [UInt64]

  init(count: Int) {
    words = Array(repeating: 0, count: (count + 63) / 64)
  }

  mutating func insert(_ id: Int) { words[id >> 6] |= 1 << UInt64(id & 63) }

  func contains(_ id: Int) -> Bool { words[id >> 6] & (1 << UInt64(id & 63)) != 0 }
}
