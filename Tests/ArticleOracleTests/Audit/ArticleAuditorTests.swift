import Foundation
import Testing
@testable import ArticleOracle

@Suite struct ArticleAuditorTests {
  let auditor: ArticleAuditor
  init() throws { auditor = try AuditFixtures.auditor() }

  private func audit(_ text: String, published: String? = "2022-04-27", actors: [ActorItem] = [],
                     dates: [DateItem] = [], figures: [FigureItem] = []) -> ArticleAudit {
    let article = AuditFixtures.article(text, published: published)
    return auditor.audit(ArticleExtraction(article: article, dates: dates, actors: actors, figures: figures))
  }

  private func normalizedAudit(_ raw: String, id: String = "n") throws -> ArticleAudit {
    let article = try Normalizer().normalize(ArticleInput(id: id, source: id + ".txt", bytes: Array(raw.utf8)))
    return auditor.audit(ArticleExtraction(article: article))
  }

  // MARK: - Text and input

  @Test("A clean, dated, long article has no findings")
  func cleanArticle() {
    #expect(audit(AuditFixtures.prose(1)).findings == [])
  }

  @Test("No publication date is a missing-date warning without a span")
  func missingDate() throws {
    let findings = audit(AuditFixtures.prose(2), published: nil).findings
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.rule == "missing-date" && finding.severity == .warning && finding.start == nil)
  }

  @Test("Replaced bytes are reported with their count")
  func replacedBytes() throws {
    var bytes = Array(("date 2022-04-27 Café " + AuditFixtures.prose(3)).utf8)
    bytes.insert(0xFF, at: 30)
    bytes.insert(0xFE, at: 40)
    let article = try Normalizer().normalize(ArticleInput(id: "r", source: "r.txt", bytes: bytes))
    let found = auditor.audit(ArticleExtraction(article: article)).findings("replaced-bytes")
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("2 bytes") == true)
  }

  @Test("Mojibake is found at its span", arguments: ["â€™", "Ã©", "ÄŸ"])
  func mojibake(_ sequence: String) throws {
    let text = "It\(sequence)s here. " + AuditFixtures.prose(4)
    let found = audit(text).findings("mojibake")
    let finding = try #require(found.first)
    let (start, _) = try #require(AuditFixtures.spans(of: sequence, in: text).first)
    #expect(finding.start == start)
  }

  @Test("A word mixing Latin and Cyrillic letters is reported; a Cyrillic word is not")
  func mixedScript() {
    let text = "Troops left Ky\u{456}v and Київ today. " + AuditFixtures.prose(5)
    let found = audit(text).findings("mixed-script")
    #expect(found.count == 1)
    #expect(found.first?.message.contains("Cyrillic and Latin") == true)
    #expect(found.first?.start == 12 && found.first?.end == 16)
  }

  @Test("Removed boilerplate is listed at the place it stood")
  func boilerplateRemoved() throws {
    let raw = "date 2022-04-27 " + AuditFixtures.prose(6) + "\n\nAdvertisement\n\n" + AuditFixtures.prose(7)
    let found = try normalizedAudit(raw).findings("boilerplate-removed")
    #expect(found.count == 1)
    #expect(found.first?.message.contains("`Advertisement`") == true)
    #expect(found.first?.start != nil && found.first?.start == found.first?.end)
  }

  @Test("Page chrome the rules missed is reported", arguments: [
    "Share this article", "Read more: Leaders meet in Paris", "We use cookies to improve your experience.",
    "(Photo: Jane Roe/AFP)", "Sign up for our newsletter",
  ])
  func boilerplateLeft(_ residue: String) {
    let text = AuditFixtures.prose(8) + "\n\n" + residue + "\n\n" + AuditFixtures.prose(9)
    #expect(audit(text).findings("boilerplate-left").count == 1)
  }

  @Test("Prose that only resembles page chrome is not reported", arguments: [
    "Three photographers (photographers were present at the scene) left early.",
    "She will share on Monday her plans for the region.",
    "Readers can read more about it in the annual report.",
    "The credits (the film's) rolled as the cookie jar emptied.",
  ])
  func noFalseResidue(_ sentence: String) {
    let text = AuditFixtures.prose(25) + " " + sentence + " " + AuditFixtures.prose(26)
    #expect(audit(text).findings == [])
  }

  @Test("Embedded posts and bare URLs are notes; a URL inside an embed is not repeated")
  func embedsAndURLs() throws {
    let raw = "date 2022-04-27 " + AuditFixtures.prose(10) + " See https://example.org/report for more.\n\n"
      + "Talks resume soon. — UN Spokesperson (@UN_Spokesperson) April 26, 2022\n\n" + AuditFixtures.prose(11)
    let result = try normalizedAudit(raw)
    #expect(result.findings("bare-url").count == 1)
    #expect(result.findings("social-embed").count == 1)
  }

  @Test("Empty input is an error; short text a warning; a cut-off ending a warning")
  func emptyShortTruncated() {
    let empty = ArticleAuditor.unreadable(id: "e", source: "e.txt", error: .noText(path: "e.txt"))
    #expect(empty.rules() == ["empty-text"] && empty.worst == .error)
    #expect(audit("Leaders met in Paris on Monday.").rules() == ["short-text"])
    let cut = audit(AuditFixtures.prose(12) + " The minister said that the")
    #expect(cut.rules() == ["truncated-text"])
    #expect(audit(AuditFixtures.prose(13) + " More to follow…").rules() == ["truncated-text"])
  }

  // MARK: - Roles

  @Test("A planted anachronism is found for each role type", arguments: [
    ("Ann Old", "ann-old", "President of Freedonia"),  // head of state, term ended 2010
    ("Ann Old", "ann-old", "Prime Minister of Freedonia"),  // head of government, term ended 2000
    ("Eve Earlier", "eve-earlier", "Foreign Minister of Freedonia"),  // ended 2004
    ("Eve Earlier", "eve-earlier", "Defence Minister of Freedonia"),  // ended 2017
    ("Gus Global", "gus-global", "UN Secretary-General"),  // ended 2016
  ])
  func anachronism(_ name: String, _ id: String, _ title: String) throws {
    let text = "\(title) \(name) spoke on Monday. " + AuditFixtures.prose(14)
    let actor = AuditFixtures.actor(id, name, in: text, names: [name], roles: [title])
    let found = audit(text, actors: [actor]).findings("role-anachronism")
    let finding = try #require(found.first)
    #expect(found.count == 1)
    #expect(finding.severity == .error)
    #expect(finding.message.contains(name) && finding.message.contains(title))
    #expect(finding.start == AuditFixtures.spans(of: name, in: text).first?.0)
  }

  @Test("A title held on the publication date is no anachronism", arguments: [
    ("Bob New", "bob-new", "President of Freedonia"), ("Cid Chief", "cid-chief", "Prime Minister of Freedonia"),
    ("Dee Diplomat", "dee-diplomat", "Foreign Minister of Freedonia"),
    ("Fay Force", "fay-force", "Defence Minister of Freedonia"), ("Hal Harmony", "hal-harmony", "UN Secretary-General"),
  ])
  func heldTitle(_ name: String, _ id: String, _ title: String) {
    let text = "\(title) \(name) spoke on Monday. " + AuditFixtures.prose(15)
    let actor = AuditFixtures.actor(id, name, in: text, names: [name], roles: [title])
    #expect(audit(text, actors: [actor]).findings == [])
  }

  @Test("A former title is judged by the terms that had ended by the publication date", arguments: [
    ("Ann Old", "ann-old", "President of Freedonia", false),  // left office in 2010: former
    ("Gus Global", "gus-global", "UN Secretary-General", false),  // ended 2016
    ("Bob New", "bob-new", "President of Freedonia", true),  // in office on the date: not former
    ("Hal Harmony", "hal-harmony", "UN Secretary-General", true),
  ])
  func formerTitle(_ name: String, _ id: String, _ title: String, _ isAnachronism: Bool) throws {
    let text = "Former \(title) \(name) spoke on Monday. " + AuditFixtures.prose(19)
    let actor = AuditFixtures.actor(id, name, in: text, names: [name], roles: ["former " + title])
    let found = audit(text, actors: [actor]).findings("role-anachronism")
    #expect(found.count == (isAnachronism ? 1 : 0))
    if isAnachronism {
      #expect(found.first?.message.contains("former \(title)") == true)
    }
  }

  @Test("Former holders of a one-holder office are no conflict with each other")
  func formerHoldersDoNotConflict() {
    let text = "Former President Ann Old met former President Bob New. " + AuditFixtures.prose(20)
    let actors = [
      AuditFixtures.actor("ann-old", "Ann Old", in: text, names: ["Ann Old"], roles: ["former President of Freedonia"]),
      AuditFixtures.actor("bob-new", "Bob New", in: text, names: ["Bob New"], roles: ["former President of Freedonia"]),
    ]
    let result = audit(text, actors: actors)
    #expect(result.findings("role-conflict") == [])
    // Bob New is in office on the date: calling him former is the one finding.
    #expect(result.findings("role-anachronism").map { $0.message.contains("Bob New") } == [true])
  }

  @Test("Without a publication date, the other titles date the article (seed 004's pattern)")
  func anachronismWithoutDate() throws {
    let text = "UN Secretary-General Gus Global met President Bob New. Hal Harmony, the UN Secretary-General, "
      + "spoke with Foreign Minister Dee Diplomat and Defence Minister Fay Force. " + AuditFixtures.prose(16)
    let actors = [
      AuditFixtures.actor("gus-global", "Gus Global", in: text, names: ["Gus Global"], roles: ["UN Secretary-General"]),
      AuditFixtures.actor("bob-new", "Bob New", in: text, names: ["Bob New"], roles: ["President of Freedonia"]),
      AuditFixtures.actor("hal-harmony", "Hal Harmony", in: text, names: ["Hal Harmony"], roles: ["UN Secretary-General"]),
      AuditFixtures.actor("dee-diplomat", "Dee Diplomat", in: text, names: ["Dee Diplomat"], roles: ["Foreign Minister of Freedonia"]),
      AuditFixtures.actor("fay-force", "Fay Force", in: text, names: ["Fay Force"], roles: ["Defence Minister of Freedonia"]),
    ]
    let result = audit(text, published: nil, actors: actors)
    let anachronisms = result.findings("role-anachronism")
    #expect(anachronisms.count == 1)
    #expect(anachronisms.first?.message.contains("Gus Global") == true)
    let conflicts = result.findings("role-conflict")
    #expect(conflicts.count == 1)
    #expect(conflicts.first?.message.contains("Gus Global and Hal Harmony") == true)
  }

  @Test("Two holders of a one-holder office conflict; a many-holder office does not")
  func roleConflict() {
    let text = "President Bob New and President Ann Old, both Members of Parliament Bob New and Fay Force. "
      + AuditFixtures.prose(17)
    let actors = [
      AuditFixtures.actor("bob-new", "Bob New", in: text, names: ["Bob New"], roles: ["President of Freedonia", "Member of Parliament"]),
      AuditFixtures.actor("ann-old", "Ann Old", in: text, names: ["Ann Old"], roles: ["President of Freedonia"]),
      AuditFixtures.actor("fay-force", "Fay Force", in: text, names: ["Fay Force"], roles: ["Member of Parliament"]),
    ]
    let result = audit(text, actors: actors)
    #expect(result.findings("role-conflict").count == 1)
    #expect(result.findings("role-anachronism").count == 1)  // Ann Old left office in 2010
  }

  @Test("Fuzzy mentions are misspellings; unregistered actors are listed once each")
  func misspellingAndUnregistered() {
    let text = "Hal Harmony arrived. Hal Harmonny then met Zed Unknown, and Zed Unknown left. " + AuditFixtures.prose(18)
    let actors = [
      AuditFixtures.actor("hal-harmony", "Hal Harmony", in: text, names: ["Hal Harmony"]),
      AuditFixtures.actor("zed-unknown", "Zed Unknown", in: text, names: ["Zed Unknown"], via: .unregistered),
    ]
    var withFuzzy = actors
    withFuzzy[0].mentions.append(ActorMention(text: "Hal Harmonny", start: 21, end: 33, via: .fuzzy))
    let result = audit(text, actors: withFuzzy)
    #expect(result.findings("actor-misspelling").map(\.start) == [21])
    let unregistered = result.findings("unregistered-actor")
    #expect(unregistered.count == 1)
    #expect(unregistered.first?.message.contains("2 mentions") == true)
  }

  // MARK: - Dates

  @Test("A day count off by two against the event table is reported; the right count is not")
  func dayCount() throws {
    let wrong = "As the war in Ukraine continued for day 61, talks resumed. " + AuditFixtures.prose(19)
    let figure = try #require(AuditFixtures.figure("day 61", in: wrong, value: 61, kind: .cardinal, unit: "day"))
    let found = audit(wrong, figures: [figure]).findings("day-count")
    #expect(found.count == 1)
    #expect(found.first?.message.contains("off by 2") == true)
    #expect(found.first?.message.contains("day 63") == true)
    let right = "The invasion of Ukraine is now in its 63rd day. " + AuditFixtures.prose(20)
    let ordinal = try #require(AuditFixtures.figure("63rd day", in: right, value: 63, kind: .ordinal, unit: "day"))
    #expect(audit(right, figures: [ordinal]).findings == [])
  }

  @Test("A day count in a sentence naming no known event is not judged")
  func dayCountWithoutEvent() throws {
    let text = "The festival in Ukraine reached day 3 on Sunday. " + AuditFixtures.prose(21)
    let figure = try #require(AuditFixtures.figure("day 3", in: text, value: 3, kind: .cardinal, unit: "day"))
    #expect(audit(text, figures: [figure]).findings == [])
  }

  @Test("A date after publication stated as past is reported; a planned one is not")
  func futureDateAsPast() throws {
    let past = "The ministers met on May 3 in Geneva. " + AuditFixtures.prose(22)
    let date = try #require(AuditFixtures.date("May 3", in: past, value: "2022-05-03"))
    #expect(audit(past, dates: [date]).rules() == ["future-date-as-past"])
    let future = "The ministers will meet on May 3 in Geneva. " + AuditFixtures.prose(23)
    let planned = try #require(AuditFixtures.date("May 3", in: future, value: "2022-05-03"))
    #expect(audit(future, dates: [planned]).findings == [])
  }

  @Test("A date implausibly far from publication is a note; a historical year is not")
  func farDate() throws {
    let text = "The treaty of 1991 still holds, and the plan runs to 2092. " + AuditFixtures.prose(24)
    let dates = [
      try #require(AuditFixtures.date("1991", in: text, value: "1991")),
      try #require(AuditFixtures.date("2092", in: text, value: "2092")),
    ]
    let found = audit(text, dates: dates).findings("far-date")
    #expect(found.count == 1)
    #expect(found.first?.message.contains("70 years after") == true)
  }
}
