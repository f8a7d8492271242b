#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cheap looks at the first bytes of an input: is it binary, is it HTML-ish.
enum InputSniffer {
  /// Why the bytes look binary, or nil when they look like text. Looks at the first 8 KiB:
  /// magic numbers of common binary formats, or a high share of control bytes.
  static func binaryReason(_ bytes: [UInt8]) -> String? {
    for (name, prefix) in magicNumbers where bytes.starts(with: prefix) {
      return "\(name) signature"
    }
    // UTF-16 text has many NULs; a BOM says it is text.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    let window = bytes.prefix(8192)
    guard !window.isEmpty else { return nil }
    var control = 0
    var nul = 0
    window.withUnsafeBytes { window in
      func count(_ byte: UInt8) {
        if byte == 0 {
          nul += 1
        } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
          control += 1
        }
      }
      // Eight bytes at a time: most words of text hold no byte below 0x20 at all.
      var offset = 0
      while offset + 8 <= window.count {
        let word = window.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
          for index in offset..<(offset + 8) { count(window[index]) }
        }
        offset += 8
      }
      for index in offset..<window.count { count(window[index]) }
    }
    // A few NULs in text are a finding (dropped and counted), not a reason to refuse the file.
    if control * 20 > window.count || nul * 10 > window.count * 3 {
      return "\(control + nul) of the first \(window.count) bytes are control bytes (\(nul) NUL)"
    }
    return nil
  }

  /// Magic numbers of common binary formats.
  private static let magicNumbers: [(String, [UInt8])] = [
    ("PDF", Array("%PDF-".utf8)), ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("GIF", Array("GIF8".utf8)),
    ("JPEG", [0xFF, 0xD8, 0xFF]), ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("gzip", [0x1F, 0x8B]),
    ("ELF", [0x7F, 0x45, 0x4C, 0x46]),
  ]

  /// Element names whose tag marks a text as HTML.
  private static let knownElements: Set<String> = [
    "html", "head", "body", "p", "div", "br", "span", "a", "article", "section", "script",
    "style", "meta", "title", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
    "tr", "td", "img", "em", "strong", "b", "i", "blockquote", "figure", "nav", "header",
    "footer", "main", "aside", "font", "center", "time", "link", "noscript", "iframe", "form",
  ]

  /// Whether the text is HTML-ish: it has a doctype or at least one tag of a known HTML
  /// element near the start. `x < 5` or `<3` in prose is not enough.
  static func looksLikeHTML(_ text: Substring.UTF8View) -> Bool {
    let head = text.prefix(65536)
    // Native strings are contiguous: read the bytes in place.
    if let answer = head.withContiguousStorageIfAvailable({ bytes -> Bool in
      // Nothing but a "<" starts a tag: text without one (most plain articles) is out at once.
      guard let base = bytes.baseAddress, memchr(base, 0x3C, bytes.count) != nil else { return false }
      return looksLikeHTML(bytes: bytes)
    }) {
      return answer
    }
    return looksLikeHTML(bytes: Array(head))
  }

  private static func looksLikeHTML<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Bool {
    var sawLess = false
    var name: [UInt8] = []
    for byte in bytes {
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
        if knownElements.contains(tag), byte == UInt8(ascii: ">") || byte == UInt8(ascii: " ")
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
