/// Role anachronism, role conflict, misspelt and unregistered actors: the checks that
/// compare an article's actors with the registry's terms of office.
struct RoleChecks {
  var roles: RoleCalendar

  /// A title the article gives a person, resolved to a registered office.
  private struct Attribution {
    var actor: ActorItem
    var office: RoleCalendar.Office
    var terms: [RoleCalendar.Term]
  }

  func findings(_ extraction: ArticleExtraction) -> [AuditFinding] {
    var out: [AuditFinding] = []
    let published = extraction.article.published
    var attributions: [Attribution] = []
    for actor in extraction.actors where actor.kind == .person {
      for title in actor.roles {
        guard let office = roles.office(titled: title) else { continue }
        let terms = roles.terms(of: actor.id, in: office.id)
        guard !terms.isEmpty else { continue }  // the registry does not know: nothing to judge
        attributions.append(Attribution(actor: actor, office: office, terms: terms))
      }
    }
    out += anachronisms(attributions, published: published)
    out += conflicts(attributions)
    for actor in extraction.actors {
      for mention in actor.mentions where mention.via == .fuzzy {
        out.append(
          AuditFinding(
            rule: .actorMisspelling,
            message: "`\(mention.text)` looks like a misspelling of \(actor.name); correct it, "
              + "or register it as an alias if it is a known spelling.",
            start: mention.start, end: mention.end))
      }
      if let first = actor.mentions.first, actor.mentions.allSatisfy({ $0.via == .unregistered }) {
        let count = actor.mentions.count
        out.append(
          AuditFinding(
            rule: .unregisteredActor,
            message: "`\(first.text)` (\(actor.kind.rawValue), \(count) mention\(count == 1 ? "" : "s")) is not in the "
              + "actor registry; add it to a registry file if it belongs to the corpus.",
            start: first.start, end: first.end))
      }
    }
    return out
  }

  // MARK: - Anachronism

  /// A title held outside the article's time. The time is the publication date; without
  /// one, it is what the article's other titles agree on (the overlap of their holders'
  /// terms), and only when at least two other titles pin it down.
  private func anachronisms(_ attributions: [Attribution], published: CalendarDate?) -> [AuditFinding] {
    var out: [AuditFinding] = []
    for (index, attribution) in attributions.enumerated() {
      let own = intervals(attribution.terms)
      if let published {
        guard !attribution.terms.contains(where: { $0.covers(published) }) else { continue }
        out.append(
          finding(
            attribution,
            because: "on the publication date \(published.iso) the office was held by "
              + holderNames(attribution.office, on: published) + " (\(termText(attribution.terms)))"))
        continue
      }
      let others = attributions.enumerated().filter { $0.offset != index && $0.element.actor.id != attribution.actor.id }
        .map(\.element)
      guard others.count >= 2 else { continue }
      var period: [(Int, Int)] = [(Int.min, Int.max)]
      for other in others { period = intersect(period, intervals(other.terms)) }
      guard let window = period.first, !period.isEmpty else { continue }  // the others disagree
      guard intersect(own, period).isEmpty else { continue }
      let from = CalendarDate(dayNumber: window.0).iso
      let to = period.last.map { $0.1 == Int.max ? "now" : CalendarDate(dayNumber: $0.1).iso } ?? "now"
      out.append(
        finding(
          attribution,
          because: "the article has no publication date, and its other titles place it between \(from) and \(to), "
            + "outside \(attribution.actor.name)'s term (\(termText(attribution.terms)))"))
    }
    return out
  }

  private func finding(_ attribution: Attribution, because reason: String) -> AuditFinding {
    let mention = attribution.actor.mentions.first { $0.via == .name } ?? attribution.actor.mentions.first
    return AuditFinding(
      rule: .roleAnachronism,
      message: "\(attribution.actor.name) is called \(attribution.office.title), but \(reason); "
        + "check the name or the title.",
      start: mention?.start, end: mention?.end)
  }

  private func holderNames(_ office: RoleCalendar.Office, on day: CalendarDate) -> String {
    let holders = roles.holders(of: office.id, on: day)
    return holders.isEmpty ? "nobody in the registry" : holders.joined(separator: ", ")
  }

  private func termText(_ terms: [RoleCalendar.Term]) -> String {
    terms.map { "\($0.start.iso) – \($0.end?.iso ?? "")" }.joined(separator: ", ")
  }

  // MARK: - Conflict

  /// Two people given the same one-holder office in one article.
  private func conflicts(_ attributions: [Attribution]) -> [AuditFinding] {
    var byOffice: [String: [Attribution]] = [:]
    for attribution in attributions where attribution.office.singleHolder {
      byOffice[attribution.office.id, default: []].append(attribution)
    }
    var out: [AuditFinding] = []
    for officeID in byOffice.keys.sorted() {
      guard let group = byOffice[officeID] else { continue }
      var seen: Set<String> = []
      let people = group.filter { seen.insert($0.actor.id).inserted }
      guard people.count > 1, let office = group.first?.office else { continue }
      let names = people.map(\.actor.name)
      let later = people.dropFirst().compactMap { $0.actor.mentions.first }.min { $0.start < $1.start }
      out.append(
        AuditFinding(
          rule: .roleConflict,
          message: "\(names.joined(separator: " and ")) are \(names.count == 2 ? "both" : "all") called \(office.title), an office one person holds "
            + "at a time; check which holder the article means.",
          start: later?.start, end: later?.end))
    }
    return out
  }

  // MARK: - Day intervals (day numbers, inclusive; Int.max = open)

  private func intervals(_ terms: [RoleCalendar.Term]) -> [(Int, Int)] {
    terms.map { ($0.start.dayNumber, $0.end?.dayNumber ?? Int.max) }.sorted { $0.0 < $1.0 }
  }

  private func intersect(_ a: [(Int, Int)], _ b: [(Int, Int)]) -> [(Int, Int)] {
    var out: [(Int, Int)] = []
    for x in a {
      for y in b {
        let lower = max(x.0, y.0)
        let upper = min(x.1, y.1)
        if lower <= upper { out.append((lower, upper)) }
      }
    }
    return out.sorted { $0.0 < $1.0 }
  }
}
