/// Cheap looks at the first bytes of an input: is it binary, is it HTML-ish.
enum InputSniffer {
  /// Why the bytes look binary, or nil when they look like text. Looks at the first 8 KiB:
  /// magic numbers of common binary formats, or a high share of control bytes.
  static func binaryReason(_ bytes: [UInt8]) -> String? {
    let magic: [(String, [UInt8])] = [
      ("PDF", Array("%PDF-".utf8)), ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("GIF", Array("GIF8".utf8)),
      ("JPEG", [0xFF, 0xD8, 0xFF]), ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("gzip", [0x1F, 0x8B]),
      ("ELF", [0x7F, 0x45, 0x4C, 0x46]),
    ]
    for (name, prefix) in magic where bytes.starts(with: prefix) {
      return "\(name) signature"
    }
    // UTF-16 text has many NULs; a BOM says it is text.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    let window = bytes.prefix(8192)
    guard !window.isEmpty else { return nil }
    var control = 0
    var nul = 0
    for byte in window {
      if byte == 0 {
        nul += 1
      } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
        control += 1
      }
    }
    // A few NULs in text are a finding (dropped and counted), not a reason to refuse the file.
    if control * 20 > window.count || nul * 10 > window.count * 3 {
      return "\(control + nul) of the first \(window.count) bytes are control bytes (\(nul) NUL)"
    }
    return nil
  }

  /// Whether the text is HTML-ish: it has a doctype or at least one tag of a known HTML
  /// element near the start. `x < 5` or `<3` in prose is not enough.
  static func looksLikeHTML(_ text: Substring.UTF8View) -> Bool {
    let known: Set<String> = [
      "html", "head", "body", "p", "div", "br", "span", "a", "article", "section", "script",
      "style", "meta", "title", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
      "tr", "td", "img", "em", "strong", "b", "i", "blockquote", "figure", "nav", "header",
      "footer", "main", "aside", "font", "center", "time", "link", "noscript", "iframe", "form",
    ]
    var iterator = text.prefix(65536).makeIterator()
    var sawLess = false
    var name: [UInt8] = []
    while let byte = iterator.next() {
      if sawLess {
        if name.isEmpty && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")) {
          if byte == UInt8(ascii: "!") { name.append(byte) }
          continue
        }
        let lower = byte | 0x20
        if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= 48 && byte <= 57) {
          name.append(lower)
          if name.count > 12 {
            sawLess = false
            name.removeAll()
          }
          continue
        }
        let tag = String(decoding: name, as: UTF8.self)
        if tag == "!doctype" { return true }
        if known.contains(tag), byte == UInt8(ascii: ">") || byte == UInt8(ascii: " ")
          || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        {
          return true
        }
        sawLess = false
        name.removeAll()
      }
      if byte == UInt8(ascii: "<") { sawLess = true }
    }
    return false
  }
}
