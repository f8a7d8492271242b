/// Renders a plain-text article as the kind of HTML page a scraper fetches, encoded as
/// windows-1252: `<p>` paragraphs, entities for quotes, ampersands and non-breaking spaces,
/// a `<br>` inside a paragraph, a `<script>`, a `<nav>`, a footer and publication metadata.
/// The normalizer must read the page to exactly the same text as the plain file.
public enum HTMLRendition {
  public static func render(plainText: String, title: String) -> [UInt8] {
    var lines = plainText.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    var published: CalendarDate?
    if let first = lines.first,
      let header = PublicationMetadata.splitHeader(first.trimmingCharacters(in: .whitespaces))
    {
      published = header.date
      lines[0] = header.rest
    }
    var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"windows-1252\">\n"
    html += "<title>\(escape(title))</title>\n"
    if let published {
      html += "<meta property=\"article:published_time\" content=\"\(published.iso)T09:30:00+00:00\">\n"
    }
    html += "<style>p { margin: 0 } .x::after { content: \"Advertisement\" }</style>\n"
    html += "<script>var note = \"<p>not article text</p>\"; if (a < b && c) { track('&'); }</script>\n"
    html += "</head>\n<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/ukraine\">Ukraine</a></nav>\n"
    html += "<article>\n"
    var index = 0
    var brokeLine = false
    while index < lines.count {
      let line = lines[index]
      // The first two consecutive lines that are real sentences share one <p>, split by a <br>.
      if !brokeLine, index + 1 < lines.count, lines[index].count > 40, lines[index + 1].count > 40 {
        brokeLine = true
        html += "<p>\(escape(lines[index]))<br>\n\(escape(lines[index + 1]))</p>\n"
        index += 2
        continue
      }
      html += "<p>\(escape(line))</p>\n"
      index += 1
    }
    html += "</article>\n<footer><p>&copy; News Corp. All rights reserved.</p><p>Share this article</p></footer>\n"
    html += "</body>\n</html>\n"
    return windows1252(html)
  }

  /// Escapes text for HTML: markup characters and quotes as named entities, every third
  /// space as `&nbsp;`, long lines wrapped (white space in HTML is one space).
  static func escape(_ text: String) -> String {
    var out = ""
    var spaces = 0
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "“": out += "&ldquo;"
      case "”": out += "”"  // raw: byte 0x94 in windows-1252
      case "’": out += "&rsquo;"
      case "‘": out += "&#8216;"
      case "\u{A0}": out += "\u{A0}"  // raw: byte 0xA0
      case " ":
        spaces += 1
        out += spaces % 3 == 0 ? "&nbsp;" : (spaces % 11 == 0 ? "\n  " : " ")
      default: out.append(character)
      }
    }
    return out
  }

  /// Encodes as windows-1252; characters it cannot hold become numeric references.
  static func windows1252(_ html: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(html.utf8.count)
    for scalar in html.unicodeScalars {
      let v = scalar.value
      if v < 0x80 || (v >= 0xA0 && v <= 0xFF) {
        bytes.append(UInt8(v))
      } else if let high = TextDecoder.windows1252High.firstIndex(of: v), v != 0 {
        bytes.append(UInt8(0x80 + high))
      } else {
        bytes.append(contentsOf: Array("&#\(v);".utf8))
      }
    }
    return bytes
  }
}
