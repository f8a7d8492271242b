import Foundation
import Testing

@testable import ArticleOracle

@Suite struct ActorRegistryTests {
  static let base = """
    version: 1
    countries:
      - id: russia
        name: Russia
        demonyms: [Russian]
    offices:
      - id: president-of-russia
        title: President of Russia
        aliases: [Russian President]
        single_holder: true
        country: russia
        position: president
    actors:
      - id: vladimir-putin
        name: Vladimir Putin
        kind: person
        roles:
          - office: president-of-russia
            start: 2000-05-07
            end: 2008-05-06
          - office: president-of-russia
            start: 2012-05-07
      - id: dmitry-medvedev
        name: Dmitry Medvedev
        kind: person
        roles:
          - office: president-of-russia
            start: 2008-05-07
            end: 2012-05-06
    """

  func problems(_ texts: String...) -> [DataFileError] {
    ActorRegistry.check(
      sources: texts.enumerated().map { RegistrySource(name: "file\($0.offset).yaml", text: $0.element) }
    ).problems
  }

  @Test("a valid registry loads, and holders follow the publication date")
  func holders() throws {
    let registry = try ActorRegistry.load(sources: [RegistrySource(name: "base.yaml", text: Self.base)])
    let date = try #require(CalendarDate(iso: "2010-01-01"))
    #expect(registry.holders(of: "president-of-russia", on: date).map(\.id) == ["dmitry-medvedev"])
    let later = try #require(CalendarDate(iso: "2022-04-26"))
    #expect(registry.holders(of: "president-of-russia", on: later).map(\.id) == ["vladimir-putin"])
    #expect(registry.actor(id: "vladimir-putin")?.familyName == "Putin")
    #expect(registry.office(id: "president-of-russia")?.singleHolder == true)
  }

  @Test("a later file extends an entry: new aliases are added, a role with the same start is replaced")
  func merging() throws {
    let extra = """
      version: 1
      actors:
        - id: vladimir-putin
          aliases: [Wladimir Putin]
          roles:
            - office: president-of-russia
              start: 2000-05-07
              end: 2008-05-06
      """
    let registry = try ActorRegistry.load(sources: [
      RegistrySource(name: "base.yaml", text: Self.base), RegistrySource(name: "extra.yaml", text: extra),
    ])
    let putin = try #require(registry.actor(id: "vladimir-putin"))
    #expect(putin.aliases == ["Wladimir Putin"])
    #expect(putin.roles.count == 2)
    #expect(putin.name == "Vladimir Putin")
  }

  @Test("overlapping terms of a one-holder office are reported with file and entry")
  func overlap() {
    let extra = """
      version: 1
      actors:
        - id: dmitry-medvedev
          roles:
            - office: president-of-russia
              start: 2008-05-07
              end: 2012-05-07
      """
    let found = problems(Self.base, extra)
    #expect(found.count == 1)
    #expect(found.first?.file == "file1.yaml")
    #expect(found.first?.entry?.contains("vladimir-putin") == true)
    #expect(found.first?.problem.contains("overlaps") == true)
  }

  @Test("end before start, unreal days and unknown offices are reported")
  func dates() {
    let bad = """
      version: 1
      actors:
        - id: someone
          name: Some One
          kind: person
          roles:
            - office: president-of-russia
              start: 2010-02-30
            - office: president-of-russia
              start: 2010-01-01
              end: 2009-01-01
            - office: no-such-office
              start: 1990-01-01
              end: 1991-01-01
      """
    let found = problems(Self.base, bad).map(\.problem)
    #expect(found.contains { $0.contains("not a real day") })
    #expect(found.contains { $0.contains("before start") })
    #expect(found.contains { $0.contains("`no-such-office` is not defined") })
  }

  @Test("an actor's country must be defined; a later file adds cities to a country")
  func countriesOfActorsAndCities() throws {
    let bad = """
      version: 1
      actors:
        - id: some-parliament
          name: Some Parliament
          kind: organization
          country: atlantis
      """
    let found = problems(Self.base, bad).map(\.problem)
    #expect(found == ["country `atlantis` is not defined; add it under `countries:`"])
    let good = """
      version: 1
      countries:
        - {id: russia, cities: [Moscow, St. Petersburg]}
      actors:
        - id: state-duma
          name: State Duma
          kind: organization
          country: russia
          ambiguous_aliases: [Duma]
      """
    let registry = try ActorRegistry.load(sources: [
      RegistrySource(name: "base.yaml", text: Self.base), RegistrySource(name: "extra.yaml", text: good),
    ])
    #expect(registry.country(id: "russia")?.cities == ["Moscow", "St. Petersburg"])
    #expect(registry.actor(id: "state-duma")?.country == "russia")
    #expect(registry.actor(id: "state-duma")?.ambiguousAliases == ["Duma"])
  }

  @Test("an alias shared by two entries is an error unless both mark it ambiguous")
  func aliases() {
    let clash = """
      version: 1
      actors:
        - id: a-one
          name: Alpha One
          kind: person
          aliases: [Erdoğan]
        - id: a-two
          name: Alpha Two
          kind: person
          aliases: [erdogan]
      """
    #expect(problems(clash).count == 2)
    let marked = """
      version: 1
      actors:
        - id: a-one
          name: Alpha One
          kind: person
          ambiguous_aliases: [Erdoğan]
        - id: a-two
          name: Alpha Two
          kind: person
          ambiguous_aliases: [Erdogan]
      """
    #expect(problems(marked).isEmpty)
  }

  @Test("unknown keys, bad kinds, non-slug ids and duplicate ids name the entry")
  func shape() {
    let typo = """
      version: 1
      actors:
        - id: x-y
          name: X Y
          kind: person
          alias: [XY]
      """
    let typoProblems = problems(typo)
    #expect(typoProblems.first?.entry == "actors[0] (x-y)")
    #expect(typoProblems.first?.problem.contains("unknown key `alias`") == true)
    let shapes = """
      version: 1
      actors:
        - id: Bad Id
          name: Bad
          kind: robot
        - id: twice
          name: Twice
          kind: organization
        - id: twice
          name: Twice
          kind: organization
      """
    let found = problems(shapes).map(\.description)
    #expect(found.contains { $0.contains("`kind` must be") })
    #expect(found.contains { $0.contains("slug") })
    #expect(found.contains { $0.contains("defined twice") })
    #expect(problems("version: 2\n").first?.problem.contains("unsupported version") == true)
  }

  @Test("a user file merges after the bundled registry; its problems name the file")
  func userFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString).yaml").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "version: 1\nactors:\n  - id: jane-roe\n    name: Jane Roe\n    kind: person\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let registry = try ActorRegistry.load(files: [path])
    #expect(registry.actor(id: "jane-roe")?.name == "Jane Roe")
    #expect(registry.actor(id: "united-nations") != nil)
    try "version: 1\nactors:\n  - id: jane-roe\n    kind: person\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: DataFileError(file: path, entry: "actor jane-roe", problem: "`name` is missing")) {
      try ActorRegistry.load(files: [path])
    }
  }

  @Test("the registry version is a content hash: it changes with the data")
  func contentHash() throws {
    let one = try ActorRegistry.load(sources: [RegistrySource(name: "a.yaml", text: Self.base)])
    var two = one
    two.actors[0].aliases.append("Wladimir Putin")
    #expect(one.contentHash.count == 16)
    #expect(one.contentHash != ActorRegistry(countries: two.countries, offices: two.offices, actors: two.actors).contentHash)
  }

  @Test("the bundled registry is valid")
  func bundled() throws {
    let check = ActorRegistry.check(sources: try ActorRegistry.bundledSources())
    #expect(check.problems.map(\.description) == [])
    #expect(check.registry.actor(id: "united-nations") != nil)
  }
}
