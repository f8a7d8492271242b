import Foundation
import Testing

@testable import ArticleOracle

/// The first- and last-scalar filters that let most paragraphs skip a rule's regular
/// expression: they must never turn away a paragraph the expression matches.
@Suite("Regex edge scalars")
struct RegexEdgeScalarsTests {
  static let samples = [
    "Advertisement", "ADVERTISEMENT", "advertising", "Story continues below advertisement",
    "Scroll to continue with content", "ſcroll to continue with content", "(Photo: Reuters)",
    "(Image credit: AP Photo/Someone)", "(SOURCE: x)", "---", "• • •", "* * *", "—", "…", "/ | \\",
    "_", "~=~", "ukraine", "The talks ended.", "“Quoted.”", "(not a caption)", "- a dash then words",
    "Ünïcödé", "", " leading space", "12 people", "The talks ended. Advertisement",
    "He said “no.” ADVERTISEMENT", "Officials met. File Photo by Jane Roe/UPI | License Photo",
    "Pool Photo by John Doe | License Photo", "The crowd cheered. (Image: AFP)", "She left.” (Photos: EPA)",
    "Photo by X | License Photo", "Text. (Image: a (b) c)", "An Advertisement in the middle.",
  ] + ScrapedBoilerplateTests.removed.map(\.line) + ScrapedBoilerplateTests.kept + [
    "Quoted. (AP Photo/Jane Roe)", "Said. (Reporting by Jane Doe; Editing by John Roe)", "COPYRIGHT 2024 X",
  ]

  @Test("Every bundled paragraph and trailing rule gets a filter (else the speed-up is lost)")
  func bundledRulesHaveFilters() throws {
    let rules = try BoilerplateRules.bundled()
    let patternRules = rules.compiled.filter { $0.rule.kind == .paragraph || $0.rule.kind == .trailing }
    #expect(patternRules.count >= 5)
    for compiled in patternRules {
      #expect(compiled.edgeScalars != nil, "rule \(compiled.rule.id)")
    }
  }

  @Test("A trailing rule's filter admits the last scalar of every sample its expression matches at the end")
  func trailingNeverRejectsAMatch() throws {
    let rules = try BoilerplateRules.bundled()
    var matched = 0
    for compiled in rules.compiled where compiled.rule.kind == .trailing {
      guard let regex = compiled.regex, let filter = compiled.edgeScalars else { continue }
      for sample in Self.samples where !sample.isEmpty {
        let whole = NSRange(sample.startIndex..., in: sample)
        let endings = regex.matches(in: sample, range: whole).filter { NSMaxRange($0.range) == whole.length && $0.range.length > 0 }
        guard !endings.isEmpty else { continue }
        matched += 1
        #expect(filter.admits(sample.unicodeScalars.last!), "rule \(compiled.rule.id) on \(sample)")
      }
    }
    #expect(matched >= 6, "the samples exercise the rules")
  }

  @Test("A filter admits the first scalar of every sample its rule's expression matches whole")
  func neverRejectsAMatch() throws {
    let rules = try BoilerplateRules.bundled()
    var matched = 0
    for compiled in rules.compiled where compiled.rule.kind == .paragraph {
      guard let regex = compiled.regex, let filter = compiled.edgeScalars else { continue }
      for sample in Self.samples where !sample.isEmpty {
        let range = NSRange(sample.startIndex..., in: sample)
        guard regex.firstMatch(in: sample, range: range)?.range == range else { continue }
        matched += 1
        #expect(filter.admits(sample.unicodeScalars.first!), "rule \(compiled.rule.id) on \(sample)")
      }
    }
    #expect(matched >= 8, "the samples exercise the rules")
  }

  @Test("Case-insensitive groups admit both cases and any non-ASCII scalar (ICU folds ſ to s)")
  func caseInsensitive() throws {
    let filter = try #require(RegexEdgeScalars(firstOf: "^(?i:ab|cd)$"))
    #expect(filter.admits("a") && filter.admits("A") && filter.admits("C") && filter.admits("ſ"))
    #expect(!filter.admits("b") && !filter.admits("x") && !filter.admits("("))
  }

  @Test("Classes, escapes and optional atoms are read; a quantifier that allows none looks further")
  func shapes() throws {
    let caption = try #require(RegexEdgeScalars(firstOf: #"^\((?i:image|photo)\s*:\s*[^()]{1,200}\)$"#))
    #expect(caption.admits("(") && !caption.admits("I") && !caption.admits("p"))
    let glued = try #require(RegexEdgeScalars(lastOf: #"(?<=[.!?])\s*(?:ADVERTISEMENT|Advertisement)s?$"#))
    #expect(glued.admits("T") && glued.admits("t") && glued.admits("s") && !glued.admits(".") && !glued.admits("x"))
    let separator = try #require(RegexEdgeScalars(firstOf: #"^[-–—_*a-c\\ ]{1,40}$"#))
    #expect(separator.admits("-") && separator.admits("—") && separator.admits("b") && separator.admits("\\"))
    #expect(!separator.admits("d") && !separator.admits("T"))
    let optional = try #require(RegexEdgeScalars(firstOf: "^x?y*z"))
    #expect(optional.admits("x") && optional.admits("y") && optional.admits("z") && !optional.admits("w"))
  }

  @Test("Word boundaries and other zero-width escapes match no scalar, like anchors")
  func zeroWidthEscapes() throws {
    let filter = try #require(RegexEdgeScalars(firstOf: #"^\b(?:ab|\Bcd)"#))
    #expect(filter.admits("a") && filter.admits("c"))
    #expect(!filter.admits("b") && !filter.admits("x"))
  }

  @Test("Patterns beyond the analysis give no filter", arguments: [#"^(?s)a"#, #"^\p{L}+$"#, "^a*$", "^[[:alpha:]]", "^(?x) a"])
  func unsupported(pattern: String) {
    #expect(RegexEdgeScalars(firstOf: pattern) == nil)
  }
}
