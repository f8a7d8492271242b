import Foundation
@testable import ArticleOracle

/// Small hand-made batches for the audit tests: articles with items placed by searching
/// the text, a registry of five role types, and temporary folders.
enum AuditFixtures {
  static let registryYAML = """
    version: 1
    offices:
      - id: president-of-freedonia
        title: President of Freedonia
        aliases: [Freedonian President]
        single_holder: true
        position: president
      - id: prime-minister-of-freedonia
        title: Prime Minister of Freedonia
        single_holder: true
        position: prime-minister
      - id: foreign-minister-of-freedonia
        title: Foreign Minister of Freedonia
        single_holder: true
        position: foreign-minister
      - id: defence-minister-of-freedonia
        title: Defence Minister of Freedonia
        single_holder: true
        position: defence-minister
      - id: un-secretary-general
        title: UN Secretary-General
        aliases: [Secretary-General of the United Nations]
        single_holder: true
        position: secretary-general
      - id: member-of-parliament
        title: Member of Parliament
        single_holder: false
    actors:
      - id: ann-old
        name: Ann Old
        kind: person
        roles:
          - {office: president-of-freedonia, start: 2001-01-01, end: 2010-12-31}
          - {office: prime-minister-of-freedonia, start: 1995-01-01, end: 2000-12-31}
      - id: bob-new
        name: Bob New
        kind: person
        roles:
          - {office: president-of-freedonia, start: 2011-01-01}
          - {office: member-of-parliament, start: 2000-01-01}
      - id: cid-chief
        name: Cid Chief
        kind: person
        roles:
          - {office: prime-minister-of-freedonia, start: 2015-05-01}
      - id: dee-diplomat
        name: Dee Diplomat
        kind: person
        roles:
          - {office: foreign-minister-of-freedonia, start: 2004-03-09}
      - id: eve-earlier
        name: Eve Earlier
        kind: person
        roles:
          - {office: foreign-minister-of-freedonia, start: 1990-01-01, end: 2004-03-08}
          - {office: defence-minister-of-freedonia, start: 2005-01-01, end: 2017-05-31}
      - id: fay-force
        name: Fay Force
        kind: person
        roles:
          - {office: defence-minister-of-freedonia, start: 2017-06-01}
          - {office: member-of-parliament, start: 2001-01-01}
      - id: gus-global
        name: Gus Global
        kind: person
        roles:
          - {office: un-secretary-general, start: 2007-01-01, end: 2016-12-31}
      - id: hal-harmony
        name: Hal Harmony
        kind: person
        roles:
          - {office: un-secretary-general, start: 2017-01-01}
    """

  static func registry() throws -> ActorRegistry {
    try ActorRegistry.load(sources: [RegistrySource(name: "test-registry.yaml", text: registryYAML)])
  }

  static func roles() throws -> RoleCalendar { RoleCalendar(registry: try registry()) }

  static func auditor() throws -> ArticleAuditor {
    ArticleAuditor(patterns: try AuditPatterns.bundled(), events: try EventTable.bundled(), roles: try roles())
  }

  static func day(_ iso: String) -> CalendarDate? { CalendarDate(iso: iso) }

  /// A plain-text article (no normalization).
  static func article(_ text: String, id: String = "a", published: String? = "2022-04-27") -> NormalizedArticle {
    Normalizer.plain(id: id, source: id + ".txt", text: text, published: published.flatMap { CalendarDate(iso: $0) })
  }

  /// The code-point spans of every occurrence of `needle` in `text`.
  static func spans(of needle: String, in text: String) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    var offsets = ScalarOffsets(text)
    var range = text.startIndex..<text.endIndex
    while let found = text.range(of: needle, range: range) {
      out.append((offsets.offset(of: found.lowerBound), offsets.offset(of: found.upperBound)))
      range = found.upperBound..<text.endIndex
    }
    return out
  }

  /// An actor with a mention at every occurrence of each of `names`.
  static func actor(
    _ id: String, _ name: String, in text: String, names: [String], via: ActorMention.Via = .name,
    roles: [String] = [], kind: ActorItem.Kind = .person
  ) -> ActorItem {
    var mentions: [ActorMention] = []
    for spelling in names {
      for (start, end) in spans(of: spelling, in: text) {
        guard !mentions.contains(where: { $0.start < end && start < $0.end }) else { continue }
        mentions.append(ActorMention(text: spelling, start: start, end: end, via: via))
      }
    }
    return ActorItem(id: id, name: name, kind: kind, mentions: mentions.sorted { $0.start < $1.start }, roles: roles)
  }

  static func figure(_ text: String, in article: String, value: Double, kind: FigureItem.Kind, unit: String?) -> FigureItem? {
    guard let (start, end) = spans(of: text, in: article).first else { return nil }
    return FigureItem(text: text, start: start, end: end, value: value, kind: kind, unit: unit)
  }

  static func date(_ text: String, in article: String, value: String) -> DateItem? {
    guard let (start, end) = spans(of: text, in: article).first else { return nil }
    return DateItem(text: text, start: start, end: end, type: .date, value: value, anchor: .absolute)
  }

  /// A new empty temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("audit-test-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ files: [String: String], to folder: URL) throws {
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
  }

  /// A prose paragraph long enough not to be "very short", varied by `seed`.
  static func prose(_ seed: Int) -> String {
    let subjects = ["The council", "Officials", "The ministry", "Aid groups", "Residents", "Observers", "The committee"]
    let verbs = ["discussed", "reviewed", "criticised", "welcomed", "questioned", "examined", "postponed"]
    let objects = [
      "the new budget for rural schools", "a plan to repair the northern bridge", "the water supply in the valley",
      "rules for the spring fishing season", "the cost of the harbour expansion", "delays at the border crossing",
      "a proposal for a night train",
    ]
    var sentences: [String] = []
    for i in 0..<9 {
      let k = seed &* 31 &+ i &* 7
      sentences.append(
        "\(subjects[abs(k) % subjects.count]) \(verbs[abs(k / 3) % verbs.count]) \(objects[abs(k / 5 + i) % objects.count]) "
          + "on day \(i + 1) of session \(seed).")
    }
    return sentences.joined(separator: " ")
  }
}

extension ArticleAudit {
  func rules() -> [String] { findings.map(\.rule) }
  func findings(_ rule: String) -> [AuditFinding] { findings.filter { $0.rule == rule } }
}
