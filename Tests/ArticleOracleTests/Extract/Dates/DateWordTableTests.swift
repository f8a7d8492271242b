import Testing

@testable import ArticleOracle

/// The byte-level word lookup the date scanner relies on gives what the String tables would:
/// every lexicon word's classes, every `DateWord`, lower-case text as `lowercased()` does.
@Suite("Date word table")
struct DateWordTableTests {
  let table = DateLexicon.wordTable

  @Test("Every lexicon word is found with its classes, in lower case and capitalized")
  func lexiconWords() {
    #expect(!DateLexicon.classes.isEmpty)
    for (word, classes) in DateLexicon.classes {
      for written in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
        let found = table.lookUp(written)
        #expect(found.classes == classes, "\(written)")
        #expect(found.lower == word, "\(written)")
      }
    }
  }

  @Test("Every DateWord case is found as itself")
  func dateWords() {
    #expect(!DateWord.allCases.isEmpty)
    for w in DateWord.allCases {
      let text = String(describing: w)
      #expect(table.lookUp(text).word == w, "\(text)")
      #expect(DateWord(text: text) == w)
    }
  }

  @Test("Other words have no class and no case; their lower-case text matches lowercased()")
  func otherWords() {
    let words = ["Guterres", "said", "UPDATED", "Erdoğan", "ÉTÉ", "Straße", "x", "Kelvin", "\u{212A}"]
    for written in words {
      let found = table.lookUp(written)
      #expect(found.lower == written.lowercased(), "\(written)")
      // The scanner's lower-case words, made from the token's bytes when asked for.
      #expect(DateScanner(text: written, published: nil).lower[0] == written.lowercased(), "\(written)")
      let isLexicon = DateLexicon.classes[written.lowercased()] != nil || DateWord(text: written.lowercased()) != nil
      #expect(isLexicon || (found.classes.isEmpty && found.word == nil), "\(written)")
    }
  }

  @Test("The qualifier and count phrase tables hold every phrase as DateWords, under its first word")
  func phraseTablesIndexed() {
    func check<V>(_ table: PhraseTable<V>) {
      let phrases = table.byFirstWord.values.flatMap { $0.map(\.0) }
      #expect(!phrases.isEmpty)
      let indexed = table.byFirstID.enumerated().flatMap { slot, entries in
        entries.map { words, _ in
          #expect(Int(words[0].rawValue) == slot, "\(words)")
          return words.map { String(describing: $0) }
        }
      }
      #expect(Set(indexed) == Set(phrases))
      #expect(indexed.count == phrases.count)
    }
    check(DateLexicon.quantityMods)
    check(DateLexicon.pointMods)
    check(DateLexicon.vagueCounts)
  }

  @Test("After a/an, NumberWords reads a number exactly before the words the scanner lets through")
  func scalesAfterArticle() {
    var words = Set(DateLexicon.classes.keys).union(DateWord.allCases.map { String(describing: $0) })
    for table in [NumberWords.units, NumberWords.tens, NumberWords.scales, NumberWords.pluralScales, NumberWords.multipliers, NumberWords.ordinalUnits] {
      words.formUnion(table.keys)
    }
    words.formUnion(["pair", "hundred", "point", "and", "half", "x"])
    #expect(words.count > 100)
    for article in ["a", "an", "A"] {
      for word in words {
        let reads = NumberWords.read(Tokenizer.tokens("\(article) \(word) years"), from: 0) != nil
        #expect(reads == DateScanner.scalesAfterArticle.contains(DateWord(text: word)), "\(article) \(word)")
      }
      #expect(NumberWords.read(Tokenizer.tokens("\(article) - 5"), from: 0) == nil)
    }
  }

  @Test("A DateWordSet holds exactly its words")
  func wordSet() {
    let set: DateWordSet = [.the, .year, .cet, .against]
    for w in DateWord.allCases {
      #expect(set.contains(w) == [.the, .year, .cet, .against].contains(w), "\(w)")
    }
    #expect(!set.contains(nil))
  }
}
