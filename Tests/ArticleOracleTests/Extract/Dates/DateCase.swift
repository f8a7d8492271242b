import Testing

@testable import ArticleOracle

/// One table case: a sentence, its publication date (nil for none) and every item expected,
/// written `text => value [TYPE] [mod=MOD] [anchor=ANCHOR]`.
struct DateCase: CustomTestStringConvertible, Sendable {
  var sentence: String
  var published: String?
  var expected: [String]

  init(_ sentence: String, _ published: String?, _ expected: [String]) {
    self.sentence = sentence
    self.published = published
    self.expected = expected
  }

  var testDescription: String { "\(sentence) [\(published ?? "no date")]" }

  /// An expected item parsed from its line.
  struct Expectation: Equatable, CustomStringConvertible {
    var text: String
    var value: String
    var type: String?
    var mod: String?
    var anchor: String?

    init(_ line: String) {
      let halves = line.components(separatedBy: " => ")
      text = halves[0]
      let fields = halves.count > 1 ? halves[1].split(separator: " ").map(String.init) : []
      value = fields.first ?? ""
      for field in fields.dropFirst() {
        if field.hasPrefix("mod=") {
          mod = String(field.dropFirst(4))
        } else if field.hasPrefix("anchor=") {
          anchor = String(field.dropFirst(7))
        } else {
          type = field
        }
      }
    }

    /// Whether an extracted item meets this expectation (type and anchor when stated; mod always).
    func isMet(by item: DateItem) -> Bool {
      item.text == text && item.value == value && (type == nil || item.type.rawValue == type)
        && item.mod == mod && (anchor == nil || item.anchor.rawValue == anchor)
    }

    var description: String { "\(text) => \(value) \(type ?? "") \(mod.map { "mod=\($0)" } ?? "")" }
  }
}

