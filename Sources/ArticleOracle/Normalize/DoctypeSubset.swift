import Foundation

/// A DOCTYPE with an internal subset (`<!DOCTYPE x [ <!ENTITY …> ]>`). libxml2's HTML parser
/// does not expand it but lets its text leak into the body, so it is cut before parsing.
enum DoctypeSubset {
  static func strip(_ markup: String) -> (text: String, entityCount: Int)? {
    // A DOCTYPE comes first: look only at the head of the document, without copying it.
    let head = markup.utf8.prefix(4096)
    let doctype = Array("doctype".utf8)
    var found: String.Index?
    var cursor = head.startIndex
    while let bang = head[cursor...].firstIndex(of: UInt8(ascii: "<")) {
      cursor = markup.utf8.index(after: bang)
      let word = head[cursor...].dropFirst().prefix(7)
      if head[cursor...].first == UInt8(ascii: "!"), word.count == 7,
        zip(word, doctype).allSatisfy({ ($0 | 0x20) == $1 })
      {
        found = bang
        break
      }
    }
    guard let start = found else { return nil }
    let open = start..<markup.utf8.index(start, offsetBy: 9)
    guard let bracket = markup[open.upperBound...].firstIndex(where: { $0 == "[" || $0 == ">" }),
      markup[bracket] == "["
    else { return nil }
    // The subset ends at the first "]" followed by optional white space and ">".
    var search = bracket
    while let close = markup[search...].firstIndex(of: "]") {
      let after = markup[markup.index(after: close)...].drop(while: { $0.isWhitespace })
      if after.first == ">" {
        let end = markup.index(after: after.startIndex)
        let subset = markup[bracket..<close]
        let entities = subset.components(separatedBy: "<!ENTITY").count - 1
        var text = markup
        text.replaceSubrange(open.lowerBound..<end, with: "<!DOCTYPE html>")
        return (text, entities)
      }
      search = markup.index(after: close)
    }
    // Unterminated subset: drop everything after the DOCTYPE keyword's bracket.
    return (String(markup[..<open.lowerBound]) + "<!DOCTYPE html>", 0)
  }
}
