import Testing

@testable import ArticleOracle

/// The one-pass trigger search finds exactly the triggers a plain substring search of the
/// text in ASCII lower case finds.
@Suite("Trigger matcher")
struct TriggerMatcherTests {
  static let triggers = ["he", "she", "his", "hers", "©", "Reporting by", "x", "ead", "ÉTÉ"]

  static func lowerASCII(_ text: String) -> String {
    String(decoding: text.utf8.map(TriggerMatcher.foldASCII), as: UTF8.self)
  }

  @Test(
    "Each trigger is found where it occurs in any ASCII case, also inside or overlapping another",
    arguments: [
      "ushers", "She read his copy.", "SHE READ HIS COPY", "© 2024 Example Ltd", "(REPORTING BY Jane Doe)",
      "Share on X", "", "nothing to see", "ß€©X", "l'été", "L'ÉTÉ",
    ])
  func agreesWithSubstringSearch(_ text: String) {
    let matcher = TriggerMatcher(Self.triggers.map { Array($0.utf8) })
    let found = matcher.found(in: text)
    for (id, trigger) in Self.triggers.enumerated() {
      let expected = UTF8Search.contains(Self.lowerASCII(text), Self.lowerASCII(trigger))
      #expect(found.contains(id) == expected, "\(trigger) in \(text)")
    }
  }

  @Test("More than 256 triggers: the ids past the inline set are found too")
  func manyTriggers() {
    let triggers = (0..<300).map { "w\($0)z" }
    let matcher = TriggerMatcher(triggers.map { Array($0.utf8) })
    let found = matcher.found(in: "a w7z, a w255z and a W299Z")
    #expect((0..<300).filter { found.contains($0) } == [7, 255, 299])
  }

  @Test("Only ASCII letters fold: a non-ASCII capital is found only as written")
  func onlyASCIIFolds() {
    let matcher = TriggerMatcher([Array("ÉTÉ".utf8)])
    #expect(matcher.found(in: "L'ÉTÉ").contains(0))
    #expect(matcher.found(in: "L'été").contains(0) == false)
  }

  @Test("The shipped rules share one matcher, and a rule is tried only with one of its triggers")
  func shippedRules() throws {
    let rules = try BoilerplateRules.bundled()
    #expect(rules.triggers.count > 0)
    let share = try #require(rules.compiled.first { $0.rule.id == "share-widget" })
    var found = ParagraphTriggers("Share on Facebook", rules.triggers)
    #expect(share.matchesWhole("Share on Facebook", &found))
    var none = ParagraphTriggers("The minister resigned.", rules.triggers)
    #expect(!share.matchesWhole("The minister resigned.", &none))
  }
}
