import Foundation
import Testing

@testable import ArticleOracle

/// Hostile input gives a clear error or a finding for that file, never a crash or a hang,
/// and never silent loss.
@Suite("Hostile input")
struct HostileInputTests {
  let normalizer: Normalizer

  init() throws {
    normalizer = try Normalizer()
  }

  func normalize(_ bytes: [UInt8], id: String = "hostile") throws(InputError) -> NormalizedArticle {
    try normalizer.normalize(ArticleInput(id: id, source: "\(id).html", bytes: bytes))
  }

  func expectError(_ bytes: [UInt8], _ check: (InputError) -> Bool) {
    do {
      let article = try normalize(bytes)
      Issue.record("expected an error, got text \(article.text.prefix(60))")
    } catch {
      #expect(check(error), "\(error)")
      #expect(error.description.hasPrefix("hostile.html: "), "the message names the file")
    }
  }

  @Test("An empty file is an error that names the file")
  func empty() {
    expectError([]) { if case .empty = $0 { true } else { false } }
  }

  @Test("A file of white space only (spaces, tabs, newlines, NBSP) is an error")
  func whitespaceOnly() {
    expectError(Array(" \t\n\r\n  \u{A0}\u{2003} \n".utf8)) { if case .onlyWhitespace = $0 { true } else { false } }
  }

  @Test("Markup with no text left is an error, not an empty article")
  func markupOnly() {
    expectError(Array("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>".utf8)) {
      if case .noText = $0 { true } else { false }
    }
  }

  @Test("Invalid UTF-8 bytes are replaced by U+FFFD and counted, the rest is kept")
  func invalidUTF8() throws {
    let bytes = Array("Café in Kyiv: ".utf8) + [0xFF, 0xC3, 0x28] + Array(" the rest stays.".utf8)
    let article = try normalize(bytes)
    #expect(article.text == "Café in Kyiv: \u{FFFD}\u{FFFD}( the rest stays.")
    let finding = try #require(article.findings.first { $0.kind == .replacedBytes })
    #expect(finding.count == 2)
  }

  @Test("Legacy windows-1252 text with no charset and no UTF-8 in it is read as windows-1252, and said so")
  func undeclaredWindows1252() throws {
    let bytes: [UInt8] = Array("The ".utf8) + [0x93] + Array("caf".utf8) + [0xE9, 0x94] + Array(" costs 5".utf8) + [0x80] + Array(".".utf8)
    let article = try normalize(bytes)
    #expect(article.text == "The “café” costs 5€.")
    #expect(article.encoding == "windows-1252")
    #expect(article.findings.contains { $0.kind == .encoding && $0.message.contains("windows-1252 (fallback)") })
  }

  @Test("UTF-16 with a byte-order mark is decoded")
  func utf16() throws {
    let text = "Erdoğan met Guterres in Ankara."
    var le: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    var be: [UInt8] = [0xFE, 0xFF]
    for unit in text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    #expect(try normalize(le).text == text)
    #expect(try normalize(be).text == text)
    #expect(try normalize([0xEF, 0xBB, 0xBF] + Array(text.utf8)).text == text)
  }

  @Test("A declared ISO-8859-1 charset is read as windows-1252, as browsers do")
  func declaredLatin1() throws {
    let html = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>".utf8)
      + [0x93] + Array("Quoted".utf8) + [0x94] + Array(" and na".utf8) + [0xEF] + Array("ve.</p></body></html>".utf8)
    let article = try normalize(html)
    #expect(article.text == "“Quoted” and naïve.")
    #expect(article.encoding == "windows-1252")
  }

  @Test("NUL bytes are dropped and counted; the text around them is kept")
  func nulBytes() throws {
    let article = try normalize(Array("Putin met\u{0}\u{0} Guterres.\u{0}".utf8), id: "hostile")
    #expect(article.text == "Putin met Guterres.")
    #expect(article.findings.first { $0.kind == .controlCharacters }?.count == 3)
  }

  @Test("A binary file is an error naming the file, whatever its extension")
  func binary() {
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    png += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }
    expectError(png) { if case .binary = $0 { true } else { false } }
    let noise: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: ($0 &* 7919) % 31) }
    expectError(noise) { if case .binary = $0 { true } else { false } }
  }

  @Test("100,000 nested divs parse and the text at the bottom is kept")
  func deepNesting() throws {
    let depth = 100_000
    let html = "<html><body>" + String(repeating: "<div>", count: depth) + "Deep text at the bottom."
      + String(repeating: "</div>", count: depth) + "<p>After the divs.</p></body></html>"
    let article = try normalize(Array(html.utf8))
    #expect(article.text == "Deep text at the bottom.\n\nAfter the divs.")
    #expect(!article.findings.contains { $0.kind == .parserTruncated })
  }

  @Test("300 unclosed <p><font> pairs, as old CMSs write them, keep every paragraph")
  func unclosedFontPairs() throws {
    let count = 300
    var html = "<html><body>"
    for n in 1...count { html += "<p><font face=\"Arial\">Paragraph number \(n) of the story." }
    html += "</body></html>"
    let article = try normalize(Array(html.utf8))
    let paragraphs = article.text.components(separatedBy: "\n\n")
    #expect(paragraphs.count == count)
    #expect(paragraphs.last == "Paragraph number \(count) of the story.")
  }

  @Test("An entity expansion bomb is not expanded, does not hang, and is reported")
  func entityBomb() throws {
    var declarations = "<!ENTITY lol \"lol\">"
    for level in 1...9 {
      declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
    }
    let html = "<!DOCTYPE html [\(declarations)]><html><body><p>Start &lol9; end.</p></body></html>"
    let article = try normalize(Array(html.utf8))
    #expect(article.text.unicodeScalars.count < 100)
    #expect(!article.text.contains("lollol"))
    #expect(!article.text.contains("ENTITY"))
    #expect(article.findings.contains { $0.kind == .markupLeak && $0.message.contains("10 entity declaration") })
  }

  @Test("An external entity that points at a local file never pulls the file in")
  func externalEntity() throws {
    let secret = "SECRET-\(UUID().uuidString)"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("xxe-\(UUID().uuidString).txt")
    try secret.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    for html in [
      "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://\(file.path)\">]><html><body><p>Leak: &xxe;</p></body></html>",
      "<!DOCTYPE html SYSTEM \"file://\(file.path)\"><html><body><p>Leak: none</p></body></html>",
      "<html><body><p>Leak: <!ENTITY xxe SYSTEM \"file://\(file.path)\">&xxe;</p></body></html>",
    ] {
      let article = try normalize(Array(html.utf8))
      #expect(!article.text.contains(secret))
      #expect(article.text.hasPrefix("Leak:"))
    }
  }

  @Test("A 50 MB article normalizes completely")
  func fiftyMegabytes() throws {
    let paragraph = "<p>Russian forces shelled the city again on Tuesday, officials said, as talks stalled.</p>\n"
    var html = "<html><body>"
    html.reserveCapacity(50_100_000)
    var count = 0
    while html.utf8.count < 50_000_000 {
      html += count % 1000 == 0 ? "<p>Marker paragraph \(count).</p>\n" : paragraph
      count += 1
    }
    html += "<p>The last paragraph.</p></body></html>"
    #expect(html.utf8.count >= 50_000_000)
    let article = try normalize(Array(html.utf8))
    #expect(article.text.hasSuffix("The last paragraph."))
    #expect(article.text.contains("Marker paragraph \(((count - 1) / 1000) * 1000)."))
    #expect(!article.findings.contains { $0.kind == .parserTruncated })
  }

  @Test("In a batch, the bad files give errors and every other file still comes through")
  func batchContinues() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files: [(String, [UInt8])] = [
      ("a.txt", Array("Guterres met Putin in Moscow.".utf8)),
      ("b.txt", []),
      ("c.html", [0x89, 0x50, 0x4E, 0x47] + [UInt8](repeating: 0, count: 100)),
      ("d.txt", Array("   \n\t ".utf8)),
      ("e.html", Array("<p>Erdoğan spoke with Zelenskyy.</p>".utf8)),
    ]
    for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    let results = Array(normalizer.normalizeBatch([folder.path, folder.appendingPathComponent("missing.txt").path]))
    #expect(results.map { ArticleInput.articleID(forPath: $0.path) } == ["a", "b", "c", "d", "e", "missing"])
    let texts = results.compactMap { try? $0.result.get().text }
    #expect(texts == ["Guterres met Putin in Moscow.", "Erdoğan spoke with Zelenskyy."])
    let errors = results.compactMap { item -> String? in
      if case .failure(let error) = item.result { return error.description } else { return nil }
    }
    #expect(errors.count == 4)
    for (error, name) in zip(errors, ["b.txt", "c.html", "d.txt", "missing.txt"]) {
      #expect(error.contains(name))
    }
  }
}
