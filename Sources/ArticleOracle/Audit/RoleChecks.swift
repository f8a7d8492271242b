/// Role anachronism, role conflict, misspelt and unregistered actors: the checks that
/// compare an article's actors with the registry's terms of office.
struct RoleChecks {
  var roles: RoleCalendar

  /// A title the article gives a person, resolved to a registered office.
  private struct Attribution {
    var actor: ActorItem
    var office: ActorRegistry.Office
    var terms: [ActorRegistry.Term]
  }

  func findings(_ extraction: ArticleExtraction) -> [AuditFinding] {
    var out: [AuditFinding] = []
    let published = extraction.article.published
    var attributions: [Attribution] = []
    var pastAttributions: [Attribution] = []
    for actor in extraction.actors where actor.kind == .person {
      for title in actor.roles {
        let isPast = title.hasPrefix(ActorItem.formerRolePrefix)
        guard let office = roles.office(titled: isPast ? String(title.dropFirst(ActorItem.formerRolePrefix.count)) : title)
        else { continue }
        let terms = roles.terms(of: actor.id, in: office.id)
        guard !terms.isEmpty else { continue }  // the registry does not know: nothing to judge
        let attribution = Attribution(actor: actor, office: office, terms: terms)
        if isPast { pastAttributions.append(attribution) } else { attributions.append(attribution) }
      }
    }
    out += anachronisms(attributions, published: published)
    if let published { out += pastAnachronisms(pastAttributions, published: published) }
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
  /// one, it is the time most of the article's titles agree on: the one largest group of
  /// titles whose terms share a day, when it is a strict majority of at least two. A tie
  /// between two groups leaves the article undated, and nothing is reported.
  private func anachronisms(_ attributions: [Attribution], published: CalendarDate?) -> [AuditFinding] {
    var out: [AuditFinding] = []
    if let published {
      for attribution in attributions where !attribution.terms.contains(where: { $0.contains(published) }) {
        out.append(
          finding(
            attribution,
            because: "on the publication date \(published.iso) the office was held by "
              + holderNames(attribution.office, on: published) + "; \(attribution.actor.name) held it "
              + termText(attribution.terms)))
      }
      return out
    }
    guard let agreement = majority(attributions) else { return out }
    for (index, attribution) in attributions.enumerated() where !agreement.members.contains(index) {
      let from = CalendarDate(dayNumber: agreement.window.0).iso
      let to = agreement.window.1 == Int.max ? "now" : CalendarDate(dayNumber: agreement.window.1).iso
      out.append(
        finding(
          attribution,
          because: "the article has no publication date, and \(agreement.members.count) of its "
            + "\(attributions.count) titles place it between \(from) and \(to), outside \(attribution.actor.name)'s "
            + "term (\(termText(attribution.terms)))"))
    }
    return out
  }

  /// A former title (`Former President Joe Biden`) for someone none of whose terms in the
  /// office had ended by the publication date: still in office, or never yet. Judged only
  /// with a publication date: without one, "former" places the article nowhere.
  private func pastAnachronisms(_ attributions: [Attribution], published: CalendarDate) -> [AuditFinding] {
    attributions.filter { attribution in !attribution.terms.contains { $0.end.map { $0 < published } ?? false } }
      .map { attribution in
        finding(
          attribution, called: ActorItem.formerRolePrefix + attribution.office.title,
          because: "no term of theirs had ended by the publication date \(published.iso) (they held it "
            + termText(attribution.terms) + ")")
      }
  }

  private func finding(_ attribution: Attribution, called: String? = nil, because reason: String) -> AuditFinding {
    let mention = attribution.actor.mentions.first { $0.via == .name } ?? attribution.actor.mentions.first
    return AuditFinding(
      rule: .roleAnachronism,
      message: "\(attribution.actor.name) is called \(called ?? attribution.office.title), but \(reason); "
        + "check the name or the title.",
      start: mention?.start, end: mention?.end)
  }

  private func holderNames(_ office: ActorRegistry.Office, on day: CalendarDate) -> String {
    let holders = roles.holders(of: office.id, on: day)
    return holders.isEmpty ? "nobody in the registry" : holders.joined(separator: ", ")
  }

  private func termText(_ terms: [ActorRegistry.Term]) -> String {
    terms.map { "\($0.start.iso) – \($0.end?.iso ?? "")" }.joined(separator: ", ")
  }

  /// The unique largest set of attributions (indices) whose terms share a day, and the
  /// days they share; nil when there is a tie or no strict majority of at least two.
  private func majority(_ attributions: [Attribution]) -> (members: Set<Int>, window: (Int, Int))? {
    let spans = attributions.map { intervals($0.terms) }
    var points: Set<Int> = []
    for list in spans {
      for interval in list {
        points.insert(interval.0)
        if interval.1 != Int.max { points.insert(interval.1 + 1) }
      }
    }
    var best: [Set<Int>] = []
    var bestSize = 0
    var bestPoint = 0  // the first day on which the largest set holds
    for point in points.sorted() {
      let members = Set(spans.indices.filter { i in spans[i].contains { $0.0 <= point && point <= $0.1 } })
      if members.count > bestSize {
        bestSize = members.count
        best = [members]
        bestPoint = point
      } else if members.count == bestSize, !best.contains(members) {
        best.append(members)
      }
    }
    guard best.count == 1, let members = best.first, members.count >= 2, members.count * 2 > attributions.count else {
      return nil
    }
    // The days around `bestPoint` that every member's term covers: each member's interval
    // containing that day, intersected (in index order, so the result never depends on
    // Set order, and never on a member's other terms).
    var window = (Int.min, Int.max)
    for member in members.sorted() {
      if let interval = spans[member].first(where: { $0.0 <= bestPoint && bestPoint <= $0.1 }) {
        window = (max(window.0, interval.0), min(window.1, interval.1))
      }
    }
    return (members, window)
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

  private func intervals(_ terms: [ActorRegistry.Term]) -> [(Int, Int)] {
    terms.map { ($0.start.dayNumber, $0.end?.dayNumber ?? Int.max) }.sorted { $0.0 < $1.0 }
  }


}
