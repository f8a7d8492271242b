/// Who held which office when: the view of the actor registry the role checks need,
/// with offices found by their title or an alias (the titles in an actor's `roles`).
public struct RoleCalendar: Sendable {
  public let registry: ActorRegistry
  private let officeByTitle: [String: String]

  public init(registry: ActorRegistry) {
    self.registry = registry
    var byTitle: [String: String] = [:]
    for office in registry.offices {
      for title in [office.title] + office.aliases { byTitle[AuditText.fold(title)] = office.id }
    }
    // Canonical titles win over aliases that happen to fold the same.
    for office in registry.offices { byTitle[AuditText.fold(office.title)] = office.id }
    officeByTitle = byTitle
  }

  /// The office a title names (`UN Secretary-General`), by its title or an alias.
  public func office(titled title: String) -> ActorRegistry.Office? {
    officeByTitle[AuditText.fold(title)].flatMap { registry.office(id: $0) }
  }

  /// The terms of `actor` in `office`.
  public func terms(of actor: String, in office: String) -> [ActorRegistry.Term] {
    registry.terms(ofActor: actor).filter { $0.office == office }
  }

  /// The names of who held `office` on `day`.
  public func holders(of office: String, on day: CalendarDate) -> [String] {
    registry.holders(of: office, on: day).map(\.name)
  }
}
