import Testing

@testable import ArticleOracle

/// The misspelling index's fast paths (byte prefilter, signature buckets) give the answers
/// of its deletion index.
@Suite("Fuzzy name index")
struct FuzzyNameIndexTests {
  /// Family names (folded) with near neighbours of each other, plus made-up ones.
  static func index() -> (FuzzyNameIndex, [String]) {
    var names = [
      "guterres", "gutteres", "erdogan", "stoltenberg", "zelenskyy", "zelensky", "kuleba", "lavrov", "griffiths",
      "phillips",
    ]
    var generator = SeededGenerator(state: 42)
    let letters = Array("aeioulnrstkmgvd").map(String.init)
    for _ in 0..<300 {
      let length = 6 + Int(generator.next() % 5)
      names.append((0..<length).map { _ in letters[Int(generator.next() % UInt64(letters.count))] }.joined())
    }
    var index = FuzzyNameIndex()
    for (actor, name) in names.enumerated() { index.add(name, actor: actor) }
    index.seal()
    return (index, names)
  }

  /// Every word one edit away from `word` (deletions, substitutions, insertions, swaps).
  static func edits(_ word: String) -> [String] {
    let scalars = Array(word.unicodeScalars)
    let alphabet = Array("aegilnorstuy".unicodeScalars)
    var out: [String] = []
    func make(_ s: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(s)) }
    for i in scalars.indices {
      var deleted = scalars
      deleted.remove(at: i)
      out.append(make(deleted))
      for letter in alphabet {
        var substituted = scalars
        substituted[i] = letter
        out.append(make(substituted))
        var inserted = scalars
        inserted.insert(letter, at: i)
        out.append(make(inserted))
      }
      if i + 1 < scalars.count {
        var swapped = scalars
        swapped.swapAt(i, i + 1)
        out.append(make(swapped))
      }
    }
    return out + [word + "s", word.uppercased(), word]
  }

  @Test("The byte prefilter and the signature buckets agree with the deletion index")
  func fastPathsAgree() {
    let (index, names) = Self.index()
    let words = names.prefix(60).flatMap(Self.edits)
    #expect(words.count > 1000)
    var linked = 0
    for word in words {
      var copy = word
      let expected = index.actor(for: NameFolding.fold(word))
      copy.withUTF8 { bytes in
        if !index.mayMatch(bytes, lowercasing: true) { #expect(expected == nil, "\(word)") }
        #expect(index.actor(forASCII: bytes, lowercasing: true) == expected, "\(word)")
      }
      if expected != nil { linked += 1 }
    }
    #expect(linked > 100)
  }

  @Test("One edit on scalars: substitution, insertion, deletion, swap; not a bare plural")
  func oneEdit() {
    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    #expect(FuzzyNameIndex.isOneEdit(scalars("guteres"), scalars("gueteres")))
    #expect(FuzzyNameIndex.isOneEdit(scalars("guterres"), scalars("guterers")))
    #expect(FuzzyNameIndex.isOneEdit(scalars("guterres"), scalars("gutarres")))
    #expect(!FuzzyNameIndex.isOneEdit(scalars("guterres"), scalars("guterres")))
    #expect(!FuzzyNameIndex.isOneEdit(scalars("griffith"), scalars("griffiths")))
    #expect(!FuzzyNameIndex.isOneEdit(scalars("phillips"), scalars("philippe")))
    #expect(!FuzzyNameIndex.isOneEdit(scalars("guterres"), scalars("gtuerers")))
  }
}
