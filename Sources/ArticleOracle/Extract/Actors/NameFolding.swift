import Foundation

/// How names are compared: tokens case- and diacritic-folded (`Erdoğan` = `erdogan`),
/// hyphens between word parts dropped (`Secretary-General` = `secretary general`,
/// `Ki-moon` = `Ki moon`), typographic apostrophes made straight. Acronyms (`AP`, `ICRC`,
/// `U.N.`) keep their exact case: see `isAcronym(_:)`.
enum NameFolding {
  /// The folded form of one token's text.
  static func fold(_ text: String) -> String {
    var ascii = true
    var lower = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte >= 65 && byte <= 90 { lower = false }
    }
    if ascii { return lower ? text : asciiLowercased(text) }
    if text == "’" || text == "‘" || text == "ʼ" { return "'" }
    // One non-letter scalar (curly quotes, dashes, symbols) has nothing to fold.
    if text.unicodeScalars.count == 1, let only = text.unicodeScalars.first, !only.properties.isAlphabetic {
      return text
    }
    var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
    for (from, to) in special where folded.contains(from) {
      folded = folded.replacingOccurrences(of: from, with: to)
    }
    return folded
  }

  /// `text.lowercased()` for ASCII text, byte by byte (the Unicode path is slow and this
  /// runs for every capitalized word of every article).
  private static func asciiLowercased(_ text: String) -> String {
    let count = text.utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      for byte in text.utf8 {
        buffer[i] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        i += 1
      }
      return count
    }
  }

  /// Letters that `folding` keeps but a reader treats as their base letter.
  private static let special: [(String, String)] = [
    ("ı", "i"), ("ł", "l"), ("ø", "o"), ("đ", "d"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ð", "d"),
    ("þ", "th"),
  ]

  /// Whether a token is a hyphen joining two word parts (no space on either side).
  static func isJoiningHyphen(_ tokens: [Token], _ i: Int) -> Bool {
    let token = tokens[i]
    guard token.kind == .punct, token.text == "-" || token.text == "‐" || token.text == "‑" else { return false }
    guard !token.spaceBefore, i > 0, i + 1 < tokens.count else { return false }
    return !tokens[i + 1].spaceBefore
  }

  /// The folded tokens of a phrase as the matcher sees them.
  static func keyTokens(_ phrase: String) -> [String] {
    let tokens = Tokenizer.tokens(phrase)
    var keys: [String] = []
    keys.reserveCapacity(tokens.count)
    for i in tokens.indices where !isJoiningHyphen(tokens, i) {
      keys.append(fold(tokens[i].text))
    }
    return keys
  }

  /// One string per phrase, for comparing aliases (`un secretary general`).
  static func key(_ phrase: String) -> String { keyTokens(phrase).joined(separator: " ") }

  /// An acronym matches with its exact case: at least two letters, all of them capitals
  /// (`AP`, `UN`, `ICRC`, `U.N.`, `OSCE`).
  static func isAcronym(_ phrase: String) -> Bool {
    var letters = 0
    for scalar in phrase.unicodeScalars {
      if scalar.properties.isLowercase { return false }
      if scalar.properties.isAlphabetic { letters += 1 }
    }
    return letters >= 2 && !phrase.contains(" ")
  }

  /// The id slug of a name: ASCII lower case, diacritics folded, words joined by `-`.
  static func slug(_ name: String) -> String {
    var parts: [String] = []
    var current = ""
    for scalar in fold(name).unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) {
        current.unicodeScalars.append(scalar)
      } else if scalar == "'" {
        continue
      } else if !current.isEmpty {
        parts.append(current)
        current = ""
      }
    }
    if !current.isEmpty { parts.append(current) }
    return parts.joined(separator: "-")
  }

  /// Whether `id` is a well-formed slug.
  static func isSlug(_ id: String) -> Bool {
    guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
    return id.unicodeScalars.allSatisfy { ($0.value >= 97 && $0.value <= 122) || ($0.value >= 48 && $0.value <= 57) || $0 == "-" }
  }
}
