import Foundation

@testable import ArticleOracle

/// A figure as one readable line: `text = value kind [mod] [/unit]`.
func describe(_ item: FigureItem) -> String {
  let value =
    item.value == item.value.rounded() && abs(item.value) < 1e15
    ? String(Int64(item.value)) : String(format: "%g", item.value)
  var line = "\(item.text) = \(value) \(item.kind.rawValue)"
  if let mod = item.mod { line += " \(mod.rawValue)" }
  if let unit = item.unit { line += " /\(unit)" }
  return line
}

/// The figures of `text`, described.
func figures(_ text: String, dates: [DateItem] = []) -> [String] {
  FigureExtractor().extract(from: text, dates: dates).map(describe)
}
