/// Makes a new golden from an extraction, keeping the hand-made marks of the previous
/// golden: a known miss the extractor still misses stays in, marked; a known-spurious item
/// it still emits stays marked; notes follow their item (by span, or by actor id).
/// Marks whose problem is fixed are dropped, which is the point of re-recording.
public enum GoldenRecorder {
  public static func record(
    _ extraction: ArticleExtraction, previous: GoldenFile?, versions: ComponentVersions
  ) -> GoldenFile {
    let article = extraction.article
    let header = GoldenHeader(
      sourceSHA256: article.sourceSHA256, textSHA256: article.textSHA256, versions: versions,
      recorded: previous?.header.recorded)
    return GoldenFile(
      id: article.id, header: header, published: article.published,
      dates: merge(extraction.dates, previous: previous?.dates ?? []),
      actors: mergeActors(extraction.actors, previous: previous?.actors ?? []),
      figures: merge(extraction.figures, previous: previous?.figures ?? []))
  }

  /// The items found, with marks and notes carried over from `previous` by span.
  static func merge<Item: Spanned>(_ found: [Item], previous: [Marked<Item>]) -> [Marked<Item>] {
    var byspan: [Span: Marked<Item>] = [:]
    for item in previous { byspan[Span(item.item)] = byspan[Span(item.item)] ?? item }
    var result: [Marked<Item>] = found.map { item in
      guard let old = byspan[Span(item)] else { return Marked(item) }
      // Still emitted where a careful reader says it is wrong: keep the mark.
      return Marked(item, status: old.status == .knownSpurious ? .knownSpurious : nil, note: old.note)
    }
    let foundSpans = Set(found.map(Span.init))
    for old in previous where old.status == .knownMiss && !foundSpans.contains(Span(old.item)) {
      result.append(old)  // still missed: stays in the golden, marked
    }
    return result.sorted { ($0.item.start, $0.item.end) < ($1.item.start, $1.item.end) }
  }

  static func mergeActors(_ found: [ActorItem], previous: [GoldenActor]) -> [GoldenActor] {
    let byID = Dictionary(previous.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var result: [GoldenActor] = found.map { actor in
      var golden = GoldenActor(actor)
      guard let old = byID[actor.id] else { return golden }
      golden.mentions = merge(actor.mentions, previous: old.mentions)
      golden.status = old.status == .knownSpurious ? .knownSpurious : nil
      golden.note = old.note
      if let knownRoles = old.knownRoles, Set(actor.roles) == Set(knownRoles) {
        golden.roles = old.roles  // still the known wrong roles: keep the right ones and the mark
        golden.knownRoles = knownRoles
      }
      return golden
    }
    let foundIDs = Set(found.map(\.id))
    for old in previous where old.status == .knownMiss && !foundIDs.contains(old.id) {
      result.append(old)
    }
    return sortActors(result)
  }

  /// Actors in text order: by their first mention, then id.
  public static func sortActors(_ actors: [GoldenActor]) -> [GoldenActor] {
    actors.map { actor in
      var actor = actor
      actor.mentions.sort { ($0.item.start, $0.item.end) < ($1.item.start, $1.item.end) }
      return actor
    }.sorted { a, b in
      (a.mentions.first?.item.start ?? Int.max, a.id) < (b.mentions.first?.item.start ?? Int.max, b.id)
    }
  }

  /// Whether two goldens say the same thing (the `recorded` date is not compared).
  public static func isSame(_ a: GoldenFile, _ b: GoldenFile) -> Bool {
    var a = a
    var b = b
    a.header.recorded = nil
    b.header.recorded = nil
    return a == b
  }

  /// Whether re-recording would leave the golden folder as it is: the golden says the same
  /// as `recorded` and its text file holds `text` (read as `GoldenStore.text` reads it).
  /// The check and `golden record` both decide with this.
  public static func isUnchanged(_ golden: GoldenFile, recorded: GoldenFile, text: String, store: GoldenStore) -> Bool {
    isSame(golden, recorded) && store.text(recorded.id) == text
  }

  /// What `golden record` writes for `extraction`: the new golden, its text and the patch
  /// from the stored golden; nil when the stored golden and its text already say the same.
  public static func pendingRecording(
    _ extraction: ArticleExtraction, store: GoldenStore, versions: ComponentVersions
  ) throws -> GoldenCheck.Recording? {
    let id = extraction.article.id
    let previous = try store.load(id)
    let recorded = record(extraction, previous: previous, versions: versions)
    if let previous, isUnchanged(previous, recorded: recorded, text: extraction.article.text, store: store) { return nil }
    var patch: JSONPatch?
    if let previous { patch = JSONPatch.between(try JSONValue(encoding: previous), try JSONValue(encoding: recorded)) }
    return GoldenCheck.Recording(golden: recorded, text: extraction.article.text, patch: patch)
  }
}
