import Testing

@testable import ArticleOracle

/// The one-pass trigger search finds exactly the triggers a plain substring search finds.
@Suite("Trigger matcher")
struct TriggerMatcherTests {
  static let triggers = ["he", "she", "his", "hers", "©", "eporting by", "X", "ead"]

  @Test(
    "Each trigger is found where it occurs, also inside or overlapping another",
    arguments: [
      "ushers", "She read his copy.", "© 2024 Example Ltd", "(Reporting by Jane Doe)", "Share on X", "",
      "nothing to see", "ß€©X",
    ])
  func agreesWithSubstringSearch(_ text: String) {
    let matcher = TriggerMatcher(Self.triggers.map { Array($0.utf8) })
    let found = matcher.found(in: text)
    for (id, trigger) in Self.triggers.enumerated() {
      #expect(found.contains(id) == UTF8Search.contains(text, trigger), "\(trigger) in \(text)")
    }
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
