/// The scalars a match of a regular expression can start (or end) with, worked out once
/// from the pattern when the rules are loaded: when a match would have to start (end) with
/// a paragraph's first (last) scalar and that scalar is not among them, the paragraph
/// cannot match, so the (slow) expression is never run on it.
///
/// Only the pattern shapes the analysis understands give a filter: anchors, literals,
/// escapes, bracket classes, `.`, groups (`(?:`, `(?i:`, capturing, and look-arounds, which
/// match no scalar) with alternatives, and quantifiers. Anything else (other flags, nested
/// classes, `\p{…}`) gives `nil`: no filter, the expression always runs. Under `(?i)` every
/// non-ASCII scalar is let through (ICU folds `ſ` to `s` and `K` to `k`).
struct RegexEdgeScalars: Sendable, Equatable {
  /// Bit `b` set: ASCII byte `b` can start a match.
  private(set) var ascii: (UInt64, UInt64) = (0, 0)
  /// Non-ASCII scalars that can start a match.
  private(set) var others: Set<UInt32> = []
  /// Every non-ASCII scalar can start a match.
  private(set) var anyOther = false

  static func == (lhs: RegexEdgeScalars, rhs: RegexEdgeScalars) -> Bool {
    lhs.ascii == rhs.ascii && lhs.others == rhs.others && lhs.anyOther == rhs.anyOther
  }

  /// Whether a match may start with `scalar`.
  func admits(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 64 { return ascii.0 & (1 << UInt64(v)) != 0 }
    if v < 128 { return ascii.1 & (1 << UInt64(v - 64)) != 0 }
    return anyOther || others.contains(v)
  }

  /// The scalars a non-empty match of `pattern` can start with, or nil when the pattern is
  /// beyond the analysis or can match nothing.
  init?(firstOf pattern: String) {
    guard let result = RegexEdgeScalars.analyze(pattern) else { return nil }
    self = result.first
  }

  /// The scalars a non-empty match of `pattern` can end with, or nil.
  init?(lastOf pattern: String) {
    guard let result = RegexEdgeScalars.analyze(pattern) else { return nil }
    self = result.last
  }

  private static func analyze(_ pattern: String) -> Piece? {
    var parser = Parser(scalars: Array(pattern.unicodeScalars))
    guard let result = parser.alternatives(caseInsensitive: false), parser.index == parser.scalars.count,
      !result.nullable
    else { return nil }
    return result
  }

  private init() {}

  private mutating func insert(_ scalar: Unicode.Scalar, caseInsensitive: Bool) {
    let v = scalar.value
    if v >= 128 {
      others.insert(v)
      if caseInsensitive { anyOther = true }
      return
    }
    insertASCII(v)
    if caseInsensitive {
      if v >= 65 && v <= 90 { insertASCII(v + 32) }
      if v >= 97 && v <= 122 {
        insertASCII(v - 32)
        anyOther = true  // non-ASCII case folds of ASCII letters (ſ, K)
      }
      if v >= 65 && v <= 90 { anyOther = true }
    }
  }

  private mutating func insertASCII(_ v: UInt32) {
    if v < 64 { ascii.0 |= 1 << UInt64(v) } else { ascii.1 |= 1 << UInt64(v - 64) }
  }

  private mutating func insertAll() {
    ascii = (.max, .max)
    anyOther = true
  }

  private mutating func formUnion(_ other: RegexEdgeScalars) {
    ascii.0 |= other.ascii.0
    ascii.1 |= other.ascii.1
    others.formUnion(other.others)
    anyOther = anyOther || other.anyOther
  }

  /// What a piece of pattern can start and end with, and whether it can match nothing.
  private struct Piece {
    var first = RegexEdgeScalars()
    var last = RegexEdgeScalars()
    var nullable: Bool

    /// A piece that matches one scalar of `set`.
    init(scalars set: RegexEdgeScalars) {
      first = set
      last = set
      nullable = false
    }

    init(nullable: Bool) { self.nullable = nullable }
  }

  private struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0

    /// `a|b|c` up to the end or a closing parenthesis (not consumed).
    mutating func alternatives(caseInsensitive: Bool) -> Piece? {
      var result = Piece(nullable: false)
      var first = true
      while true {
        guard let branch = sequence(caseInsensitive: caseInsensitive) else { return nil }
        result.first.formUnion(branch.first)
        result.last.formUnion(branch.last)
        result.nullable = first ? branch.nullable : (result.nullable || branch.nullable)
        first = false
        guard index < scalars.count, scalars[index] == "|" else { return result }
        index += 1
      }
    }

    /// Atoms in a row: the first scalar comes from the atoms up to the first that cannot be
    /// empty, the last from the atoms after the last that cannot.
    mutating func sequence(caseInsensitive: Bool) -> Piece? {
      var result = Piece(nullable: true)
      while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
        guard var atom = atom(caseInsensitive: caseInsensitive) else { return nil }
        guard quantifier(&atom) else { return nil }
        if result.nullable { result.first.formUnion(atom.first) }
        if atom.nullable {
          result.last.formUnion(atom.last)
        } else {
          result.last = atom.last
        }
        result.nullable = result.nullable && atom.nullable
      }
      return result
    }

    /// Applies a quantifier after an atom; false if it cannot be read.
    mutating func quantifier(_ atom: inout Piece) -> Bool {
      guard index < scalars.count else { return true }
      switch scalars[index] {
      case "*", "?":
        atom.nullable = true
        index += 1
      case "+":
        index += 1
      case "{":
        guard let close = scalars[index...].firstIndex(of: "}") else { return false }
        let body = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
        let lower = body.split(separator: ",", omittingEmptySubsequences: false).first.flatMap { Int($0) }
        guard let lower else { return false }
        if lower == 0 { atom.nullable = true }
        index = close + 1
      default:
        return true
      }
      // Lazy or possessive suffix.
      if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { index += 1 }
      return true
    }

    mutating func atom(caseInsensitive: Bool) -> Piece? {
      let s = scalars[index]
      switch s {
      case "(":
        index += 1
        var insensitive = caseInsensitive
        var isLookAround = false
        if index < scalars.count, scalars[index] == "?" {
          // Non-capturing groups, the `i` flag and look-arounds are understood.
          let rest = String(String.UnicodeScalarView(scalars[(index + 1)...].prefix(2)))
          if rest.hasPrefix(":") {
            index += 2
          } else if rest == "i:" {
            insensitive = true
            index += 3
          } else if rest.hasPrefix("=") || rest.hasPrefix("!") {
            isLookAround = true
            index += 2
          } else if rest == "<=" || rest == "<!" {
            isLookAround = true
            index += 3
          } else {
            return nil
          }
        }
        guard let inner = alternatives(caseInsensitive: insensitive), index < scalars.count, scalars[index] == ")"
        else { return nil }
        index += 1
        // A look-around matches no scalar: it only narrows where a match may be.
        return isLookAround ? Piece(nullable: true) : inner
      case "[":
        return bracket(caseInsensitive: caseInsensitive)
      case "\\":
        guard index + 1 < scalars.count else { return nil }
        let escaped = scalars[index + 1]
        index += 2
        var set = RegexEdgeScalars()
        if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) {
          // \s, \d, \w, \p{…}, \u…, back references: anything may start here.
          if escaped == "p" || escaped == "P" || escaped == "x" || escaped == "u" || escaped == "N" { return nil }
          if escaped == "b" || escaped == "B" || escaped == "A" || escaped == "G" || escaped == "z" || escaped == "Z" {
            return Piece(nullable: true)  // a zero-width assertion, like an anchor: no scalar
          }
          set.insertAll()
        } else {
          set.insert(escaped, caseInsensitive: caseInsensitive)
        }
        return Piece(scalars: set)
      case ".":
        index += 1
        var set = RegexEdgeScalars()
        set.insertAll()
        return Piece(scalars: set)
      case "^", "$":
        index += 1
        return Piece(nullable: true)  // an anchor matches no scalar
      case "*", "+", "?", "{", ")", "|":
        return nil
      default:
        index += 1
        var set = RegexEdgeScalars()
        set.insert(s, caseInsensitive: caseInsensitive)
        return Piece(scalars: set)
      }
    }

    /// `[…]` with literals, ranges and escaped punctuation. A negated class may start with
    /// anything; nested classes and set operations are not read.
    mutating func bracket(caseInsensitive: Bool) -> Piece? {
      index += 1
      guard index < scalars.count, scalars[index] != "[" else { return nil }
      if scalars[index] == "^" {
        index += 1
        var first = true
        while index < scalars.count, scalars[index] != "]" || first {
          if scalars[index] == "[" { return nil }
          index += scalars[index] == "\\" ? 2 : 1
          first = false
        }
        guard index < scalars.count else { return nil }
        index += 1
        var set = RegexEdgeScalars()
        set.insertAll()
        return Piece(scalars: set)
      }
      var members: [Unicode.Scalar] = []
      var ranges: [ClosedRange<UInt32>] = []
      var firstMember = true
      while index < scalars.count {
        var s = scalars[index]
        if s == "]" && !firstMember { break }
        if s == "[" || s == "&" { return nil }
        if s == "\\" {
          guard index + 1 < scalars.count else { return nil }
          s = scalars[index + 1]
          if s.properties.isAlphabetic || ("0"..."9").contains(s) { return nil }
          index += 2
        } else {
          index += 1
        }
        firstMember = false
        // A range `a-z` (a `-` first or last is literal).
        if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
          let upper = scalars[index + 1]
          if upper == "\\" || upper == "[" { return nil }
          index += 2
          guard s.value <= upper.value else { return nil }
          ranges.append(s.value...upper.value)
          continue
        }
        members.append(s)
      }
      guard index < scalars.count, scalars[index] == "]" else { return nil }
      index += 1
      var set = RegexEdgeScalars()
      for member in members { set.insert(member, caseInsensitive: caseInsensitive) }
      for range in ranges {
        guard range.count <= 512 else { return nil }
        for v in range { if let s = Unicode.Scalar(v) { set.insert(s, caseInsensitive: caseInsensitive) } }
      }
      return Piece(scalars: set)
    }
  }
}
