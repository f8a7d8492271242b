internal import CLibXML2

/// libxml2 is initialised once per process, before any concurrent parse.
/// `xmlCleanupParser` is never called: it frees global state other threads may use.
private let libxml2Initialized: Void = { xmlInitParser() }()

/// What the HTML parser gave us, as plain Swift values: no libxml2 pointer escapes.
struct ParsedHTML: Sendable {
  /// Text blocks in document order, as UTF-8 bytes: each block element and `<br>` closes one.
  var blocks: [[UInt8]]
  /// Publication-date candidates found in metadata, strongest first.
  var publishedCandidates: [String]
  /// The parser halted before the end of the input (content may be lost).
  var isTruncated: Bool
  /// How many errors libxml2 reported (HTML5 tags count as errors in libxml2 2.9).
  var errorCount: Int
  /// The first error messages, for the findings log.
  var firstErrors: [String]
  /// The deepest element nesting seen.
  var maxDepth: Int
}

/// The HTML parser: libxml2 in recovery mode, no network, no external entities, no DTD.
///
/// This is the only file that imports `CLibXML2`. It parses, copies the tree's text into
/// Swift values, and frees every libxml2 allocation before returning, on every path.
enum LibXML2Parser {
  /// Parse options: recover from broken markup, never print, never touch the network,
  /// compact text nodes, trust the encoding we pass, and lift the 256-level depth limit
  /// and 10 MB text-node limit (inputs are size-capped by `ArticleInput.maxBytes`).
  static let options: Int32 = {
    let html =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    return Int32(html) | Int32(XML_PARSE_HUGE.rawValue)
  }()

  /// Parses UTF-8 HTML bytes into text blocks and metadata.
  static func parse(utf8 markup: String, source: String) throws(InputError) -> ParsedHTML {
    _ = libxml2Initialized
    let sink = ErrorSink()
    let savedHandler = clx_currentStructuredError()
    let savedContext = clx_currentStructuredErrorContext()
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque(), errorCallback)
    defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }

    guard let context = htmlNewParserCtxt() else {
      throw .parserFailed(path: source, reason: "libxml2 could not allocate a parser context")
    }
    defer { htmlFreeParserCtxt(context) }
    // libxml2 copies the input; the pointer never outlives this closure.
    var markup = markup
    let document: htmlDocPtr? = markup.withUTF8 { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
      }
    }
    guard let document else {
      throw .parserFailed(path: source, reason: sink.messages.first ?? "no document")
    }
    defer { xmlFreeDoc(document) }

    var walker = TreeWalker()
    walker.walk(xmlDocGetRootElement(document))
    let truncated = context.pointee.disableSAX != 0
    return withExtendedLifetime(sink) {
      ParsedHTML(
        blocks: walker.blocks, publishedCandidates: walker.publishedCandidates(),
        isTruncated: truncated, errorCount: sink.count, firstErrors: sink.messages,
        maxDepth: walker.maxDepth)
    }
  }

  /// The bare parse, for the benchmark baseline: `htmlReadMemory` then `xmlFreeDoc`.
  static func bareParse(utf8 bytes: [UInt8]) -> Bool {
    _ = libxml2Initialized
    let sink = ErrorSink()
    let savedHandler = clx_currentStructuredError()
    let savedContext = clx_currentStructuredErrorContext()
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque(), errorCallback)
    defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
      }
    }
    guard let document else { return false }
    xmlFreeDoc(document)
    return withExtendedLifetime(sink) { true }
  }
}

// MARK: - Error capture

/// Collects libxml2's structured errors for one parse on one thread.
private final class ErrorSink {
  var count = 0
  var messages: [String] = []
}

private let errorCallback: xmlStructuredErrorFunc = { context, error in
  guard let context, let error else { return }
  let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
  sink.count += 1
  // The xmlError is borrowed: copy what we keep now.
  if sink.messages.count < 5, let message = error.pointee.message {
    let text = String(cString: message).split(whereSeparator: \.isNewline).joined(separator: " ").trimmedSpaces
    sink.messages.append("line \(error.pointee.line): \(text)")
  }
}

// MARK: - Tree walk

/// An iterative walk over the libxml2 tree (recursion would overflow the stack on
/// 100,000 nested elements) that copies text into blocks.
private struct TreeWalker {
  var blocks: [[UInt8]] = []
  var maxDepth = 0
  private var current: [UInt8] = []  // UTF-8 of the block being read
  private var suppressed = 0  // > 0 inside script/style/chrome/hidden elements
  private var frames: [Frame] = []
  private var metaPublished: [String] = []
  private var jsonLDPublished: [String] = []
  private var timePublished: [String] = []
  private var timeAny: [String] = []

  /// What entering an element did, undone when leaving it.
  private struct Frame {
    var isBlock: Bool
    var isCell: Bool
    var suppresses: Bool
  }

  /// Elements whose text is never article text.
  private static let skipped: Set<String> = [
    "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "button", "select", "textarea", "iframe", "svg", "object", "embed", "canvas",
    "title", "menu", "dialog", "meta",
  ]
  /// Elements that start and end a paragraph.
  private static let blockElements: Set<String> = [
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br",
    "blockquote", "figure", "figcaption", "article", "section", "main", "tr", "table", "tbody",
    "thead", "tfoot", "pre", "hr", "address", "center", "body", "html", "caption", "details",
    "summary", "hgroup", "fieldset", "legend", "nav", "header", "footer", "aside", "form",
    "noscript", "template", "iframe", "menu", "dialog",
  ]
  /// Cells are separated by a space inside their row.
  private static let cellElements: Set<String> = ["td", "th"]

  mutating func walk(_ root: xmlNodePtr?) {
    var node = root
    while let visiting = node {
      if enter(visiting), let child = visiting.pointee.children {
        node = child
        maxDepth = max(maxDepth, frames.count)
        continue
      }
      // Leave this node and every ancestor that has no next sibling.
      node = nil
      var climbing: xmlNodePtr? = visiting
      while let up = climbing {
        leave(up)
        if up == root { break }
        if let next = up.pointee.next {
          node = next
          break
        }
        climbing = up.pointee.parent
      }
    }
    flush()
  }

  /// Handles entering a node; returns whether to descend into its children.
  private mutating func enter(_ node: xmlNodePtr) -> Bool {
    switch node.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      if suppressed == 0, let content = node.pointee.content {
        // Copy the node's UTF-8 straight into the block: no intermediate String.
        current.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
      }
      return false
    case XML_ELEMENT_NODE:
      let name = node.pointee.name.map { String(cString: $0) } ?? ""
      switch name {
      case "meta": readMeta(node)
      case "script" where attribute(node, "type")?.lowercased() == "application/ld+json": readJSONLD(node)
      case "time":
        if let datetime = attribute(node, "datetime") {
          if attribute(node, "pubdate") != nil || attribute(node, "itemprop") == "datePublished" {
            timePublished.append(datetime)
          } else {
            timeAny.append(datetime)
          }
        }
      default: break
      }
      let frame = Frame(
        isBlock: TreeWalker.blockElements.contains(name), isCell: TreeWalker.cellElements.contains(name),
        suppresses: TreeWalker.skipped.contains(name) || isHidden(node))
      frames.append(frame)
      if frame.isBlock { flush() }
      if frame.isCell { current.append(0x20) }
      if frame.suppresses { suppressed += 1 }
      // Scripts and styles hold no metadata we read from children; chrome may (<time>).
      return name != "script" && name != "style"
    default:
      return false
    }
  }

  private mutating func leave(_ node: xmlNodePtr) {
    guard node.pointee.type == XML_ELEMENT_NODE, let frame = frames.popLast() else { return }
    if frame.suppresses { suppressed -= 1 }
    if frame.isBlock { flush() }
    if frame.isCell { current.append(0x20) }
  }

  private mutating func flush() {
    // Blocks of ASCII white space only are dropped here; other blank blocks canonicalize to "".
    if suppressed == 0, current.contains(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }) {
      blocks.append(current)
    }
    current.removeAll(keepingCapacity: true)
  }

  func publishedCandidates() -> [String] { metaPublished + jsonLDPublished + timePublished + timeAny }

  // MARK: Attributes and metadata

  /// Reads an attribute's value; the copy libxml2 allocates is freed here.
  private func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
    name.withUTF8Buffer { key -> String? in
      guard let base = key.baseAddress else { return nil }
      // StaticString storage is NUL-terminated.
      guard let value = xmlGetProp(node, base) else {
        // Boolean attributes (`hidden`, `pubdate`) exist without a value.
        return xmlHasProp(node, base) != nil ? "" : nil
      }
      defer { clx_xmlFree(value) }
      return String(cString: value)
    }
  }

  private func isHidden(_ node: xmlNodePtr) -> Bool {
    guard node.pointee.properties != nil else { return false }
    if attribute(node, "hidden") != nil { return true }
    if attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
    if let style = attribute(node, "style")?.lowercased().filter({ !$0.isWhitespace }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    return false
  }

  private mutating func readMeta(_ node: xmlNodePtr) {
    let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop") ?? "")
      .lowercased()
    if PublicationMetadata.metaNames.contains(key), let content = attribute(node, "content") {
      metaPublished.append(content)
    }
  }

  private mutating func readJSONLD(_ node: xmlNodePtr) {
    var text = ""
    var child = node.pointee.children
    while let c = child {
      if let content = c.pointee.content { text += String(cString: content) }
      child = c.pointee.next
    }
    jsonLDPublished.append(contentsOf: PublicationMetadata.datePublished(inJSONLD: text))
  }
}
