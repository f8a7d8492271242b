internal import CLibXML2

/// libxml2 is initialised once per process, before any concurrent parse.
/// `xmlCleanupParser` is never called: it frees global state other threads may use.
private let libxml2Initialized: Void = { xmlInitParser() }()

/// What the HTML parser gave us, as plain Swift values: no libxml2 pointer escapes.
struct ParsedHTML: Sendable {
  /// The text of all blocks, as UTF-8 bytes, one after the other.
  var text: [UInt8]
  /// The blocks in document order, as ranges of `text`: each block element and `<br>` closes one.
  var blockRanges: [Range<Int>]
  /// Publication-date candidates found in metadata, strongest first.
  var publishedCandidates: [String]
  /// The parser halted before the end of the input (content may be lost).
  var isTruncated: Bool
  /// How many errors libxml2 reported (HTML5 tags count as errors in libxml2 2.9).
  var errorCount: Int
  /// The first error messages, for the findings log.
  var firstErrors: [String] { rawErrors.map { $0.formatted } }
  var rawErrors: [RawError]
  /// The deepest element nesting seen.
  var maxDepth: Int
}

/// The HTML parser: libxml2 in recovery mode, no network, no external entities, no DTD.
///
/// This is the only file that imports `CLibXML2`. It parses, copies the text into Swift
/// values, and frees every libxml2 allocation before returning, on every path.
///
/// The text is read from libxml2's SAX events while it parses, not from a tree: building
/// the tree, walking it and freeing it cost more than the parse itself. `SAXReader`
/// mirrors what libxml2's tree builder would have built (see its notes), so the blocks,
/// metadata and depth are exactly those of a walk over the tree.
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
    let placeholderName: StaticString = "placeholder"
    guard let sax = context.pointee.sax, let placeholder = xmlNewDocNode(nil, nil, placeholderName.utf8Start, nil)
    else {
      throw .parserFailed(path: source, reason: "libxml2 could not allocate a parser context")
    }
    // Runs before the context is freed: the context must not point at the freed node.
    defer {
      context.pointee.node = nil
      context.pointee._private = nil
      xmlFreeNode(placeholder)
    }
    let reader = SAXReader(
      context: context, placeholder: placeholder, errors: sink, treeInternalSubset: sax.pointee.internalSubset)
    // The text is rarely longer than the markup: one allocation for all of it.
    reader.reserveText(markup.utf8.count)
    // The document node, the DTD and errors stay libxml2's own; elements and text come to us.
    sax.pointee.startElement = onStartElement
    sax.pointee.endElement = onEndElement
    sax.pointee.characters = onCharacters
    sax.pointee.cdataBlock = onCharacters
    sax.pointee.comment = onComment
    sax.pointee.processingInstruction = onProcessingInstruction
    sax.pointee.internalSubset = onInternalSubset
    context.pointee._private = Unmanaged.passUnretained(reader).toOpaque()

    // libxml2 copies the input; the pointer never outlives this closure.
    var markup = markup
    let document: htmlDocPtr? = withExtendedLifetime(reader) {
      markup.withUTF8 { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
          htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
        }
      }
    }
    guard let document else {
      throw .parserFailed(path: source, reason: sink.messages.first?.formatted ?? "no document")
    }
    xmlFreeDoc(document)

    reader.finish()
    let truncated = context.pointee.disableSAX != 0
    return withExtendedLifetime(sink) {
      ParsedHTML(
        text: reader.text, blockRanges: reader.blockRanges, publishedCandidates: reader.publishedCandidates(),
        isTruncated: truncated, errorCount: sink.count, rawErrors: sink.messages, maxDepth: reader.maxDepth)
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

  /// The character an HTML 4 entity name stands for (`hearts` → U+2665), from libxml2's own
  /// table (`htmlEntityLookup`: a static table, nothing to free), or nil for another name.
  /// Names are case-sensitive, as in HTML (`Eacute` is É, `eacute` é, `AMP` none).
  static func htmlEntity(named name: String) -> Unicode.Scalar? {
    var bytes = Array(name.utf8)
    bytes.append(0)
    let value: UInt32? = bytes.withUnsafeBufferPointer { buffer in
      htmlEntityLookup(buffer.baseAddress).map { $0.pointee.value }
    }
    return value.flatMap(Unicode.Scalar.init)
  }
}

// MARK: - Error capture

/// One error message as libxml2 gave it; formatted only when someone reads it.
struct RawError: Sendable {
  var line: Int32
  var message: String

  /// `line N: message`, on one line.
  var formatted: String {
    "line \(line): \(message.split(whereSeparator: \.isNewline).joined(separator: " ").trimmedSpaces)"
  }
}

/// Collects libxml2's structured errors for one parse on one thread.
private final class ErrorSink {
  @exclusivity(unchecked) var count = 0
  @exclusivity(unchecked) var messages: [RawError] = []

  /// Counts one error and keeps the first messages.
  func record(line: Int32, message: () -> String?) {
    count += 1
    if messages.count < 5, let message = message() {
      messages.append(RawError(line: line, message: message))
    }
  }
}

private let errorCallback: xmlStructuredErrorFunc = { context, error in
  guard let context, let error else { return }
  // The xmlError is borrowed: copy what we keep now. No retain: the parse holds the sink.
  Unmanaged<ErrorSink>.fromOpaque(context)._withUnsafeGuaranteedRef { sink in
    sink.record(line: error.pointee.line) { error.pointee.message.map { String(cString: $0) } }
  }
}

// MARK: - SAX callbacks

/// Calls `body` with the reader of the parse calling back: callbacks get the parser
/// context, whose `_private` field holds it. No retain: the parse holds the reader.
private func withSAXReader(_ context: UnsafeMutableRawPointer?, _ body: (SAXReader) -> Void) {
  guard let raw = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return }
  Unmanaged<SAXReader>.fromOpaque(raw)._withUnsafeGuaranteedRef(body)
}

private let onStartElement: startElementSAXFunc = { context, name, attributes in
  withSAXReader(context) { $0.startElement(name, Attributes(attributes)) }
}
private let onEndElement: endElementSAXFunc = { context, _ in
  withSAXReader(context) { $0.endElement() }
}
private let onCharacters: charactersSAXFunc = { context, bytes, count in
  withSAXReader(context) { $0.characters(bytes, Int(count)) }
}
private let onComment: commentSAXFunc = { context, _ in
  withSAXReader(context) { $0.otherNode() }
}
private let onProcessingInstruction: processingInstructionSAXFunc = { context, _, _ in
  withSAXReader(context) { $0.otherNode() }
}
private let onInternalSubset: internalSubsetSAXFunc = { context, name, externalID, systemID in
  withSAXReader(context) { reader in
    reader.documentHasChild = true  // libxml2 puts the DTD node first among the document's children
    reader.treeInternalSubset?(context, name, externalID, systemID)
  }
}

// MARK: - Reading text from SAX events

/// Turns SAX events into text blocks exactly as a walk over the tree that libxml2's own
/// tree builder (`xmlSAX2StartElement` and friends in libxml2 2.9) builds from the same
/// events would: the same blocks, metadata, nesting depth and error count.
///
/// What the tree builder does that shows in the result, and is mirrored here:
/// - The parser's name stack (`nameNr`) says how many elements are open. When it shrinks
///   without an end event (libxml2 drops a start tag it could not finish), the element is
///   closed here too, as the builder's node stack is.
/// - `context.node` holds a placeholder element while an element is open, so the parser's
///   own "is there a current node" checks answer as they would with a tree.
/// - The first element is the root. After the root is closed, a new top-level element goes
///   into the root if the root was the document's first child, and otherwise becomes a
///   sibling the walk never visits; text with no open element is dropped.
/// - A name with a colon (`o:p`) is split: the element is named by its local part, and a
///   local part that cannot start a name is an error. (The builder's warning for an
///   undeclared prefix never reaches the error handler.)
/// - `id` attributes (and `name` on `a`, and `xml:id`) register IDs; a repeated non-empty
///   ID is an error, and so is an `xml:id` that is not an NCName.
/// - Children of `script` and `style` are not read as text (JSON-LD is read as metadata).
private final class SAXReader {
  /// All block text; a block is `text[blockStart...]` until it is flushed.
  @exclusivity(unchecked) private(set) var text: [UInt8] = []
  @exclusivity(unchecked) private(set) var blockRanges: [Range<Int>] = []
  @exclusivity(unchecked) private(set) var maxDepth = 0
  @exclusivity(unchecked) var documentHasChild = false
  let treeInternalSubset: internalSubsetSAXFunc?

  private let context: htmlParserCtxtPtr
  private let placeholder: xmlNodePtr
  private let errors: ErrorSink
  @exclusivity(unchecked) private var blockStart = 0  // where the block being read starts in `text`
  @exclusivity(unchecked) private var suppressed = 0  // > 0 inside script/style/chrome/hidden elements
  /// The walk's frames: one per element entered and not yet left (the root's stays until the end).
  @exclusivity(unchecked) private var frames: [Frame] = []
  /// The tree builder's node stack: one entry per open element.
  @exclusivity(unchecked) private var open: [Role] = []
  @exclusivity(unchecked) private var rootState = RootState.none
  @exclusivity(unchecked) private var rootIsFirstChild = false
  @exclusivity(unchecked) private var rootDescends = true
  @exclusivity(unchecked) private var ids: Set<String> = []
  @exclusivity(unchecked) private var jsonLD: [UInt8] = []
  @exclusivity(unchecked) private var metaPublished: [String] = []
  @exclusivity(unchecked) private var jsonLDPublished: [String] = []
  @exclusivity(unchecked) private var timePublished: [String] = []
  @exclusivity(unchecked) private var timeAny: [String] = []
  /// Element names by name pointer (libxml2 interns names for the length of a parse).
  @exclusivity(unchecked) private var names: [UnsafeRawPointer: ElementName] = [:]
  @exclusivity(unchecked) private var lastNameKey: UnsafeRawPointer?
  @exclusivity(unchecked) private var lastName = ElementName()

  private enum RootState { case none, open, closed }

  /// What an open element is to the walk.
  private enum Role {
    /// Entered and descended into: its children are read.
    case walked
    /// Entered but not descended into (`script`, `style`); JSON-LD is collected.
    case opaque(collectsJSONLD: Bool)
    /// Never entered: inside an opaque element, or outside the root.
    case unseen
  }


  /// What entering an element did, undone when leaving it.
  private struct Frame {
    var isBlock: Bool
    var isCell: Bool
    var suppresses: Bool
  }

  /// An element name as the tree builder stores it (its local part), and what it means
  /// to the walk. Plain values only: copied on every start tag.
  private struct ElementName {
    enum Special { case none, meta, script, time, anchor }
    var special = Special.none
    var isNamespaceCompliant = true
    var isBlock = false
    var isCell = false
    var isSkipped = false
    var isOpaque = false  // script, style: children are not read
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

  init(context: htmlParserCtxtPtr, placeholder: xmlNodePtr, errors: ErrorSink, treeInternalSubset: internalSubsetSAXFunc?) {
    self.context = context
    self.placeholder = placeholder
    self.errors = errors
    self.treeInternalSubset = treeInternalSubset
  }

  func reserveText(_ count: Int) { text.reserveCapacity(count) }

  // MARK: Events

  func startElement(_ namePointer: UnsafePointer<xmlChar>?, _ attributes: Attributes) {
    // The parser pushed the name before calling: any element above it was dropped.
    closeElements(downTo: Int(context.pointee.nameNr) - 1)
    let name = elementName(namePointer)
    var role = Role.unseen
    if let parent = open.last {
      if case .walked = parent {
        markChild()
        role = enter(name, attributes)
      }
    } else {
      switch rootState {
      case .none:
        // The first element is the root, whatever came before it.
        rootIsFirstChild = !documentHasChild
        documentHasChild = true
        rootState = .open
        role = enter(name, attributes)
        if case .opaque = role { rootDescends = false }
      case .open, .closed:
        // Top level after the root: inside the root if the root came first, else beside it.
        if rootIsFirstChild, rootDescends {
          markChild()
          role = enter(name, attributes)
        }
      }
    }
    reportTreeBuilderErrors(name, namePointer, attributes)
    open.append(role)
    context.pointee.node = placeholder
  }

  func endElement() {
    // Called before the parser pops the name: the element ending is the top one.
    closeElements(downTo: Int(context.pointee.nameNr))
    closeTop()
    context.pointee.node = open.isEmpty ? nil : placeholder
  }

  func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int) {
    closeElements(downTo: Int(context.pointee.nameNr))
    guard let top = open.last, let bytes else { return }  // no current node: the builder drops it
    let text = UnsafeBufferPointer(start: bytes, count: count)
    switch top {
    case .walked:
      markChild()
      if suppressed == 0 { self.text.append(contentsOf: text) }
    case .opaque(let collectsJSONLD):
      if collectsJSONLD { jsonLD.append(contentsOf: text) }
    case .unseen:
      break
    }
  }

  /// A comment or processing instruction: no text, but a child node all the same.
  func otherNode() {
    closeElements(downTo: Int(context.pointee.nameNr))
    guard let top = open.last else {
      if rootState == .none { documentHasChild = true }
      return
    }
    if case .walked = top { markChild() }
  }

  /// Leaves every element still open (a halted parse leaves some), then the root.
  func finish() {
    closeElements(downTo: 0)
    while !frames.isEmpty { leave() }
    flush()
    context.pointee.node = nil
  }

  func publishedCandidates() -> [String] { metaPublished + jsonLDPublished + timePublished + timeAny }

  // MARK: Walk

  /// Closes the open elements the parser has already dropped.
  private func closeElements(downTo depth: Int) {
    while open.count > max(depth, 0) { closeTop() }
  }

  private func closeTop() {
    guard let role = open.popLast() else { return }
    switch role {
    case .unseen:
      return
    case .opaque(let collectsJSONLD):
      if collectsJSONLD {
        let text = String(decoding: jsonLD, as: UTF8.self)
        jsonLDPublished.append(contentsOf: PublicationMetadata.datePublished(inJSONLD: text))
        jsonLD.removeAll()
      }
    case .walked:
      break
    }
    if open.isEmpty && rootState == .open {
      // The root is left at the very end, after anything the builder adds to it later.
      rootState = .closed
      return
    }
    leave()
  }

  /// A node was added under the current element: the walk descends into it.
  private func markChild() {
    maxDepth = max(maxDepth, frames.count)
  }

  private func enter(_ element: ElementName, _ attributes: Attributes) -> Role {
    var collectsJSONLD = false
    switch element.special {
    case .meta: readMeta(attributes)
    case .script where attributes["type"]?.lowercased() == "application/ld+json": collectsJSONLD = true
    case .time:
      if let datetime = attributes["datetime"] {
        if attributes["pubdate"] != nil || attributes["itemprop"] == "datePublished" {
          timePublished.append(datetime)
        } else {
          timeAny.append(datetime)
        }
      }
    default: break
    }
    let frame = Frame(
      isBlock: element.isBlock, isCell: element.isCell, suppresses: element.isSkipped || isHidden(attributes))
    frames.append(frame)
    if frame.isBlock { flush() }
    if frame.isCell { text.append(0x20) }
    if frame.suppresses { suppressed += 1 }
    // Scripts and styles hold no metadata we read from children; chrome may (<time>).
    // `jsonLD` is empty here: an opaque element's children are unseen, and leaving the
    // one that collected it empties it.
    return element.isOpaque ? .opaque(collectsJSONLD: collectsJSONLD) : .walked
  }

  private func leave() {
    guard let frame = frames.popLast() else { return }
    if frame.suppresses { suppressed -= 1 }
    if frame.isBlock { flush() }
    if frame.isCell { text.append(0x20) }
  }

  private func flush() {
    // Blocks of ASCII white space only are dropped here; other blank blocks canonicalize to "".
    if suppressed == 0, text[blockStart...].contains(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }) {
      blockRanges.append(blockStart..<text.count)
    } else {
      text.removeSubrange(blockStart...)
    }
    blockStart = text.count
  }

  // MARK: What the tree builder reports

  /// The errors `xmlSAX2StartElement` reports while it builds an element node: a name that
  /// is not namespace compliant, an `xml:id` that is not an NCName, a repeated ID.
  private func reportTreeBuilderErrors(
    _ name: ElementName, _ namePointer: UnsafePointer<xmlChar>?, _ attributes: Attributes
  ) {
    let line = context.pointee.input?.pointee.line ?? 0
    if !name.isNamespaceCompliant, let namePointer {
      errors.record(line: line) { "Name \(String(cString: namePointer)) is not XML Namespace compliant" }
    }
    guard let list = attributes.list else { return }
    var index = 0
    while let attribute = list[index] {
      defer { index += 2 }
      guard let value = list[index + 1] else { continue }  // no value, no ID
      let isXMLID = xmlStrEqual(attribute, SAXReader.xmlIDName.utf8Start) != 0
      let isID =
        isXMLID || xmlStrEqual(attribute, SAXReader.idName.utf8Start) != 0
        || (name.special == .anchor && xmlStrEqual(attribute, SAXReader.nameName.utf8Start) != 0)
      guard isID else { continue }
      let text = String(cString: value)
      if isXMLID, !SAXReader.isNCName(value) {
        errors.record(line: line) { "xml:id : attribute value \(text) is not an NCName" }
      }
      if !text.isEmpty, !ids.insert(text).inserted {
        errors.record(line: line) { "ID \(text) already defined" }
      }
    }
  }

  private static let idName: StaticString = "id"
  private static let nameName: StaticString = "name"
  private static let xmlIDName: StaticString = "xml:id"

  /// An XML NCName, as `xmlValidateNCName` checks ASCII ones (other scalars count as letters).
  private static func isNCName(_ value: UnsafePointer<xmlChar>) -> Bool {
    var index = 0
    while value[index] != 0 {
      let byte = value[index]
      let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      let isOther = byte >= 0x80 || byte == 0x5F
      let isNameOnly = (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2D
      if !(isLetter || isOther || (index > 0 && isNameOnly)) { return false }
      index += 1
    }
    return index > 0
  }

  /// The name as `xmlSplitQName` splits it (`o:p` is `p` with prefix `o`), with its classes.
  private func elementName(_ namePointer: UnsafePointer<xmlChar>?) -> ElementName {
    guard let namePointer else { return ElementName() }
    // A one-entry cache first: runs of the same tag (<p>, <p>, …) are the common case.
    let key = UnsafeRawPointer(namePointer)
    if key == lastNameKey { return lastName }
    let name = names[key] ?? SAXReader.knownName(namePointer) ?? classify(namePointer)
    names[key] = name
    lastNameKey = key
    lastName = name
    return name
  }

  /// Up to 16 name bytes packed into two words: the key of `knownNames`.
  private struct NameKey: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The key of a name of 1...16 bytes without a colon, else nil.
    init?(_ name: UnsafePointer<xmlChar>) {
      var index = 0
      while name[index] != 0 {
        guard index < 16, name[index] != 0x3A else { return nil }
        let shift = UInt64(index % 8) * 8
        if index < 8 { low |= UInt64(name[index]) << shift } else { high |= UInt64(name[index]) << shift }
        index += 1
      }
      guard index > 0 else { return nil }
    }
  }

  /// The classes of every name the walk treats specially, by packed bytes: a name that is
  /// not here (and has no colon) is a plain inline element.
  private static let knownNames: [NameKey: ElementName] = {
    var table: [NameKey: ElementName] = [:]
    for name in skipped.union(blockElements).union(cellElements).union(["meta", "script", "time", "a", "style"]) {
      let key = name.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { NameKey($0) } }
      if let key { table[key] = classified(local: name) }
    }
    return table
  }()

  private static func knownName(_ namePointer: UnsafePointer<xmlChar>) -> ElementName? {
    guard let key = NameKey(namePointer) else { return nil }
    return knownNames[key] ?? ElementName()
  }

  private func classify(_ namePointer: UnsafePointer<xmlChar>) -> ElementName {
    let full = String(cString: namePointer)
    let bytes = Array(full.utf8)
    // Not split: no colon, a leading colon, or a trailing one after the first part.
    guard bytes.first != 0x3A, let colon = bytes.firstIndex(of: 0x3A), colon + 1 < bytes.count else {
      return SAXReader.classified(local: full)
    }
    var name = SAXReader.classified(local: String(decoding: bytes[(colon + 1)...], as: UTF8.self))
    let first = bytes[colon + 1]
    name.isNamespaceCompliant =
      (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first == 0x5F || first == 0x3A || first >= 0x80
    return name
  }

  /// What an element with this local name means to the walk.
  private static func classified(local: String) -> ElementName {
    var name = ElementName()
    switch local {
    case "meta": name.special = .meta
    case "script": name.special = .script
    case "time": name.special = .time
    case "a": name.special = .anchor
    default: break
    }
    name.isBlock = blockElements.contains(local)
    name.isCell = cellElements.contains(local)
    name.isSkipped = skipped.contains(local)
    name.isOpaque = local == "script" || local == "style"
    return name
  }

  // MARK: Attributes and metadata

  private func isHidden(_ attributes: Attributes) -> Bool {
    guard !attributes.isEmpty else { return false }
    if attributes["hidden"] != nil { return true }
    if attributes["aria-hidden"]?.lowercased() == "true" { return true }
    if let style = attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    return false
  }

  private func readMeta(_ attributes: Attributes) {
    let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
    if PublicationMetadata.metaNames.contains(key), let content = attributes["content"] {
      metaPublished.append(content)
    }
  }
}

/// The attributes of a start tag as libxml2 passes them: name, value, name, value, …, NULL.
/// A name without a value reads as "" (what `xmlGetProp` gives for it in a tree).
private struct Attributes {
  let list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

  init(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) { self.list = list }

  var isEmpty: Bool { list?[0] == nil }

  subscript(name: StaticString) -> String? {
    guard let list else { return nil }
    var index = 0
    while let attribute = list[index] {
      if xmlStrEqual(attribute, name.utf8Start) != 0 {
        guard let value = list[index + 1] else { return "" }
        return String(cString: value)
      }
      index += 2
    }
    return nil
  }
}
