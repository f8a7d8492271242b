/// The self-contained HTML page of an audit: a batch summary, then each article's text
/// with dates, actors and figures highlighted (value on hover) and findings marked at
/// their spans. No scripts, no network: one file with inline CSS.
public enum AuditPage {
  /// Marks around each article's fragment, so `merge` can lift fragments out of shard pages.
  public static let fragmentBegin = "<!--article-begin-->"
  public static let fragmentEnd = "<!--article-end-->"

  // MARK: - One article

  /// The HTML of one article: heading, its findings, and its marked-up text.
  public static func fragment(_ extraction: ArticleExtraction?, audit: ArticleAudit) -> String {
    var html = fragmentBegin + "\n"
    let worst = audit.worst.map { " sev-\($0.rawValue)" } ?? ""
    html += "<section class=\"article\(worst)\" id=\"\(anchor(audit.id))\" data-article=\"\(escape(audit.id))\">\n"
    let date = audit.summary.published?.iso ?? "no publication date"
    html += "<h2>\(escape(audit.id)) <small>\(escape(date)) · \(escape(audit.source))</small></h2>\n"
    if audit.findings.isEmpty {
      html += "<p class=\"clean\">No findings.</p>\n"
    } else {
      html += "<ul class=\"findings\">\n"
      for (index, finding) in audit.findings.enumerated() {
        let link = finding.start != nil ? " <a href=\"#\(anchor(audit.id))-f\(index)\">at \(finding.start ?? 0)</a>" : ""
        html += "<li class=\"finding sev-\(finding.severity.rawValue)\" data-rule=\"\(finding.rule)\">"
          + "<b>\(finding.severity.rawValue)</b> <code>\(finding.rule)</code> \(escape(finding.message))\(link)</li>\n"
      }
      html += "</ul>\n"
    }
    if let extraction {
      html += "<div class=\"text\">" + markedText(extraction, audit: audit) + "</div>\n"
    }
    html += "</section>\n" + fragmentEnd + "\n"
    return html
  }

  private struct Annotation {
    var start: Int
    var end: Int
    var open: String
    var close: String
    /// Findings wrap highlights: lower ranks open first.
    var rank: Int
  }

  static func markedText(_ extraction: ArticleExtraction, audit: ArticleAudit) -> String {
    let scalars = Array(extraction.article.text.unicodeScalars)
    let n = scalars.count
    var annotations: [Annotation] = []
    var points: [Int: [String]] = [:]
    for (index, finding) in audit.findings.enumerated() {
      guard let start = finding.start, let end = finding.end, start >= 0, end <= n, start <= end else { continue }
      let title = escape("\(finding.severity.rawValue) \(finding.rule): \(finding.message)")
      let attributes = "class=\"fm sev-\(finding.severity.rawValue)\" data-rule=\"\(finding.rule)\" data-finding=\"f\(index)\""
      if start == end {
        points[start, default: []].append(
          "<mark \(attributes) id=\"\(anchor(audit.id))-f\(index)\" title=\"\(title)\">✂</mark>")
      } else {
        annotations.append(
          Annotation(
            start: start, end: end, open: "<mark \(attributes) title=\"\(title)\">", close: "</mark>", rank: 0))
        points[start, default: []].append("<a class=\"anchor\" id=\"\(anchor(audit.id))-f\(index)\"></a>")
      }
    }
    for (index, date) in extraction.dates.enumerated() {
      let mod = date.mod.map { " \($0)" } ?? ""
      annotations.append(
        highlight("date", "d\(index)", date.start, date.end, "\(date.type.rawValue) \(date.value)\(mod) (\(date.anchor.rawValue))"))
    }
    var actorIndex = 0
    for actor in extraction.actors {
      for mention in actor.mentions {
        annotations.append(
          highlight("actor", "a\(actorIndex)", mention.start, mention.end, "\(actor.name) (\(actor.id)) via \(mention.via.rawValue)"))
        actorIndex += 1
      }
    }
    for (index, figure) in extraction.figures.enumerated() {
      let value = figure.value == figure.value.rounded() && abs(figure.value) < 1e15
        ? String(Int64(figure.value)) : String(figure.value)
      let extra = [figure.kind.rawValue, figure.unit, figure.mod?.rawValue].compactMap { $0 }.joined(separator: " ")
      annotations.append(highlight("figure", "g\(index)", figure.start, figure.end, "\(value) \(extra)"))
    }
    annotations = annotations.filter { $0.start >= 0 && $0.end <= n && $0.start < $0.end }
    annotations.sort { ($0.rank, $0.start, -$0.end) < ($1.rank, $1.start, -$1.end) }
    var boundaries = Set([0, n])
    for annotation in annotations {
      boundaries.insert(annotation.start)
      boundaries.insert(annotation.end)
    }
    for point in points.keys { boundaries.insert(point) }
    let cuts = boundaries.sorted()
    var html = ""
    for (i, lower) in cuts.enumerated() {
      for point in points[lower] ?? [] { html += point }
      guard i + 1 < cuts.count else { break }
      let upper = cuts[i + 1]
      let covering = annotations.filter { $0.start <= lower && $0.end >= upper }
      for annotation in covering { html += annotation.open }
      html += escape(AuditText.string(scalars, lower..<upper))
      for annotation in covering.reversed() { html += annotation.close }
    }
    return html
  }

  private static func highlight(_ kind: String, _ item: String, _ start: Int, _ end: Int, _ title: String) -> Annotation {
    Annotation(
      start: start, end: end,
      open: "<span class=\"hl hl-\(kind)\" data-kind=\"\(kind)\" data-item=\"\(item)\" title=\"\(escape(title))\">",
      close: "</span>", rank: 1)
  }

  // MARK: - The page

  /// The page up to the first article: head, styles and the batch summary.
  public static func head(batch: BatchAudit, shard: ShardSelector?) -> String {
    let stats = batch.statistics
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Audit of \(stats.articles) articles</title>
      <style>\(style)</style>
      </head>
      <body>
      <header id="summary">
      <h1>Audit of \(stats.articles) article\(stats.articles == 1 ? "" : "s")\(shard.map { " (shard \($0))" } ?? "")</h1>
      <p class="legend"><span class="hl hl-date">date</span> <span class="hl hl-actor">actor</span> \
      <span class="hl hl-figure">figure</span> <mark class="fm sev-error">error</mark> \
      <mark class="fm sev-warning">warning</mark> <mark class="fm sev-note">note</mark> ✂ removed boilerplate. \
      Hover a highlight for its value.</p>
      <table class="stats">
      <tr><th>articles</th><td id="stat-articles">\(stats.articles)</td></tr>
      <tr><th>words</th><td>\(stats.words)</td></tr>
      <tr><th>without a publication date</th><td>\(stats.withoutDate) (\(percent(stats.withoutDateShare)))</td></tr>

      """
    for severity in AuditSeverity.allCases.reversed() {
      html += "<tr><th>\(severity.rawValue)s</th><td>\(stats.findingsBySeverity[severity.rawValue] ?? 0)</td></tr>\n"
    }
    html += "</table>\n<h2>Findings by rule</h2>\n<table class=\"rules\">\n<tr><th>rule</th><th>severity</th><th>count</th><th>what</th></tr>\n"
    for rule in AuditRule.catalogue {
      let count = stats.findingsByRule[rule.id] ?? 0
      guard count > 0 else { continue }
      html += "<tr data-rule=\"\(rule.id)\"><td><code>\(rule.id)</code></td><td class=\"sev-\(rule.severity.rawValue)\">"
        + "\(rule.severity.rawValue)</td><td>\(count)</td><td>\(escape(rule.summary))</td></tr>\n"
    }
    html += "</table>\n<h2>Across the batch</h2>\n"
    if batch.findings.isEmpty {
      html += "<p class=\"clean\">No findings across the batch.</p>\n"
    } else {
      html += "<ul class=\"batch-findings\">\n"
      for finding in batch.findings {
        let links = finding.articles.map { "<a href=\"#\(anchor($0))\">\(escape($0))</a>" }.joined(separator: " ")
        html += "<li class=\"finding sev-\(finding.severity.rawValue)\" data-rule=\"\(finding.rule)\"><b>"
          + "\(finding.severity.rawValue)</b> <code>\(finding.rule)</code> \(escape(finding.message)) \(links)</li>\n"
      }
      html += "</ul>\n"
    }
    if !stats.actors.isEmpty {
      html += "<h2>Actors by frequency</h2>\n<table class=\"actors\">\n<tr><th>actor</th><th>articles</th><th>mentions</th></tr>\n"
      for actor in stats.actors.prefix(20) {
        html += "<tr><td>\(escape(actor.name))</td><td>\(actor.articles)</td><td>\(actor.mentions)</td></tr>\n"
      }
      html += "</table>\n"
    }
    if let baseline = batch.baseline {
      html += "<h2>Against the baseline</h2>\n<p>\(baseline.articlesBefore) → \(baseline.articlesNow) articles; without a date "
        + "\(percent(baseline.withoutDateShareBefore)) → \(percent(baseline.withoutDateShareNow)).</p>\n"
      html += "<table class=\"baseline\">\n<tr><th>rule</th><th>per 100 before</th><th>per 100 now</th></tr>\n"
      for rule in baseline.rules {
        html += "<tr><td><code>\(rule.rule)</code></td><td>\(rule.ratePerHundredBefore)</td><td>\(rule.ratePerHundredNow)</td></tr>\n"
      }
      html += "</table>\n"
    }
    html += "</header>\n<main>\n"
    return html
  }

  public static let tail = "</main>\n</body>\n</html>\n"

  private static let style = """
    body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
    table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
    .article{border-top:2px solid #888;margin-top:2rem}.article.sev-error h2{color:#a00}
    h2 small{font-weight:normal;color:#666;font-size:.8em}
    .text{white-space:pre-wrap;background:#fafafa;padding:.5rem;border:1px solid #eee}
    .hl{border-radius:3px;padding:0 1px}.hl-date{background:#cfe3ff}.hl-actor{background:#c9f2c9}
    .hl-figure{background:#ffe0b3}
    mark.fm{background:none;color:inherit}mark.sev-error{text-decoration:underline 3px solid #d00}
    mark.sev-warning{text-decoration:underline 2px wavy #e69500}mark.sev-note{text-decoration:underline 1px dotted #777}
    .finding.sev-error b,.sev-error{color:#b00}.finding.sev-warning b{color:#b36b00}.finding.sev-note b{color:#555}
    .clean{color:#070}
    """

  // MARK: - Helpers

  static func anchor(_ id: String) -> String {
    "article-" + String(id.unicodeScalars.map { scalar -> Character in
      let c = Character(scalar)
      return (c.isASCII && (c.isLetter || c.isNumber)) || c == "-" || c == "_" ? c : "_"
    })
  }

  static func percent(_ share: Double) -> String {
    let value = (share * 1000).rounded() / 10
    return "\(value)%"
  }

  /// Escapes text for HTML content and attribute values.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
