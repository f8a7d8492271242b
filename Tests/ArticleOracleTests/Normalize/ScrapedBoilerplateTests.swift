import Foundation
import Testing

@testable import ArticleOracle

/// The boilerplate that scrapers of 2020s news sites leave around an article (credits,
/// bylines, timestamps, share buttons, newsletter and paywall boxes, cookie banners) is
/// removed and logged by the right rule, and article sentences that look like it are kept.
@Suite("Scraped boilerplate")
struct ScrapedBoilerplateTests {
  static let body = "The central bank kept its key rate unchanged on Tuesday, officials said."

  struct Case: CustomTestStringConvertible, Sendable {
    var line: String
    var rule: String
    var testDescription: String { "\(rule): \(line)" }
  }

  static let removed: [Case] = [
    Case(line: "(Reporting by Florence Tan in Singapore; Editing by Sonali Paul and Kim Coghill)", rule: "wire-credit"),
    Case(line: "(Additional reporting by Jane Doe in London; Writing by John Roe; Editing by Mark Heinrich)", rule: "wire-credit"),
    Case(line: "Reporting by Jane Doe; editing by John Roe", rule: "wire-credit"),
    Case(line: "(With inputs from agencies)", rule: "wire-credit"),
    Case(line: "Associated Press writer John Smith in Tallahassee contributed to this report.", rule: "contributor-line"),
    Case(line: "CNN’s Jane Doe contributed to this report.", rule: "contributor-line"),
    Case(line: "By Florence Tan and Arathy Somasekhar", rule: "byline"),
    Case(line: "By JANE DOE FOR MAILONLINE", rule: "byline"),
    Case(line: "By Jane Doe, Senior Correspondent", rule: "byline"),
    Case(line: "By Jane Doe | Updated: March 12, 2024 10:15 IST", rule: "byline"),
    Case(line: "Updated 3:42 PM EST, March 5, 2024", rule: "timestamp-line"),
    Case(line: "Posted Mon 4 Mar 2024 at 5:30am, updated Mon 4 Mar 2024 at 7:12am", rule: "timestamp-line"),
    Case(line: "Published: 10:15 GMT, 12 March 2024 | Updated: 11:02 GMT, 12 March 2024", rule: "timestamp-line"),
    Case(line: "Updated - March 12, 2024 10:15 am IST", rule: "timestamp-line"),
    Case(line: "March 12, 2024 10:15 AM GMT Updated 2 hours ago", rule: "date-line"),
    Case(line: "March 12, 2024 — 5.00am", rule: "date-line"),
    Case(line: "FILE PHOTO: An oil pump jack in Midland, Texas, U.S., March 4, 2024. REUTERS/Eli Hartman/File Photo", rule: "image-caption-line"),
    Case(line: "Photo: A view of the damaged building in Kyiv on Monday.", rule: "image-caption-line"),
    Case(line: "Photograph: Stefan Rousseau/PA", rule: "image-caption-line"),
    Case(line: "Image source, Getty Images", rule: "image-caption-line"),
    Case(line: "Workers repair a power line in Miami, Tuesday, March 5, 2024. (AP Photo/Rebecca Blackwell)", rule: "agency-photo-caption"),
    Case(line: "A man walks past a screen in Tokyo, Japan, March 4, 2024. REUTERS/Kim Kyung-Hoon", rule: "agency-photo-caption"),
    Case(line: "(Photo by John Smith/Getty Images)", rule: "photo-credit-line"),
    Case(line: "AFP via Getty Images", rule: "photo-credit-line"),
    Case(line: "Getty Images", rule: "photo-credit-line"),
    Case(line: "Read more: Why the Fed is holding rates steady", rule: "related-link"),
    Case(line: "ALSO READ | Sensex, Nifty Open Higher Ahead Of RBI Policy Outcome", rule: "related-link"),
    Case(line: "Related: Election 2024: what you need to know", rule: "related-link"),
    Case(line: "More on this story", rule: "related-link"),
    Case(line: "Share on Facebook Share on Twitter Share on LinkedIn Share via Email", rule: "share-widget"),
    Case(line: "Order Reprints | Today’s Paper | Subscribe", rule: "share-widget"),
    Case(line: "Larger text size", rule: "share-widget"),
    Case(line: "Like Loading...", rule: "share-widget"),
    Case(line: "Follow us on Twitter, Facebook and Instagram for the latest updates.", rule: "follow-us"),
    Case(line: "Sign up for our free daily newsletter.", rule: "newsletter-promo"),
    Case(line: "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST", rule: "newsletter-promo"),
    Case(line: "Sign up here.", rule: "newsletter-promo"),
    Case(line: "Subscribe to continue reading", rule: "paywall-prompt"),
    Case(line: "Already a subscriber? Log in", rule: "paywall-prompt"),
    Case(line: "This article is for subscribers only.", rule: "paywall-prompt"),
    Case(
      line: "We use cookies to improve your experience. By clicking \"Accept All\", you agree to the storing of cookies on your device.",
      rule: "cookie-banner"),
    Case(line: "© 2024 Bloomberg L.P.", rule: "copyright"),
    Case(line: "Copyright 2024 The Associated Press. All rights reserved.", rule: "copyright"),
    Case(line: "All rights reserved.", rule: "copyright"),
    Case(line: "This article was originally published on The Conversation. Read the original article.", rule: "syndication-notice"),
    Case(
      line: "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
      rule: "syndication-notice"),
    Case(line: "Our Standards: The Thomson Reuters Trust Principles.", rule: "syndication-notice"),
    Case(line: "This story has been updated with additional details.", rule: "syndication-notice"),
    Case(line: "Tags: economy, inflation, fed", rule: "tags-line"),
    Case(line: "burs-jd/tc", rule: "agency-desk-code"),
    Case(line: "ADVERTISEMENT", rule: "advertisement"),
    Case(line: "Advertisement · Scroll to continue", rule: "advertisement"),
    Case(line: "SKIP ADVERTISEMENT", rule: "advertisement"),
    Case(line: "Ad Feedback", rule: "advertisement"),
    // Spellings whose trigger was missing before triggers ignored case (normalizer 1.2.0).
    Case(line: "Media caption, The minister speaks to reporters in London", rule: "image-caption-line"),
    Case(line: "Workers clear debris in Kharkiv, Ukraine, May 5, 2024. (AP Photos/Evgeniy Maloletka)", rule: "agency-photo-caption"),
    Case(line: "Already have an account? Sign in", rule: "paywall-prompt"),
    Case(line: "Tags : Economy, Banks", rule: "tags-line"),
    Case(line: "(Photo: Jane Doe/Reuters)", rule: "image-caption"),
    Case(line: "READ MORE: Why the Fed is holding rates steady", rule: "related-link"),
    Case(line: "FOLLOW US ON FACEBOOK", rule: "follow-us"),
  ]

  /// Article sentences that share words with the rules above and must stay.
  static let kept = [
    "Reporting by the Guardian showed that the minister knew.",
    "Editing by hand is slow, the author said.",
    "By the end of the year, the company expects profits to double.",
    "BY THE NUMBERS",
    "The Reuters photo showed the president waving from the steps.",
    "Photo agencies including Getty Images and Reuters said they would remove the image.",
    "Photos by the team showed the damage.",
    "Read more about the plan on the ministry website, officials said.",
    "Related: a second case was filed on Friday.",
    "Share prices fell 3% on Monday.",
    "Follow-up talks are planned for next week.",
    "Follow us on X, formerly Twitter, for live updates on the election.",
    "Sign up deadlines were extended to March 31.",
    "Subscribers to the newsletter rose 20% last year.",
    "Subscribe rates for the newspaper rose after the paywall launched.",
    "Copyright law was at the centre of the case, the judge said.",
    "All rights reserved, the company said in a statement about the trademark.",
    "Advertisement spending rose 5% in 2023, the report said.",
    "Updated figures show the economy grew 2% in the quarter.",
    "Posted on Facebook, the video showed soldiers entering the town.",
    "Updated 12 times since the launch, the app now has 3 million users.",
    "March 12, 2024",
    "Scientists from 40 countries contributed to the report.",
    "This website uses cookies to track visitors, the regulator found.",
    "The lab said the image was taken on March 4, 2024.",
  ]

  private func normalize(_ lines: [String]) throws -> NormalizedArticle {
    let text = lines.joined(separator: "\n")
    return try Normalizer().normalize(ArticleInput(id: "t", source: "t.txt", bytes: Array(text.utf8)))
  }

  @Test("Each boilerplate line is removed and logged by its rule", arguments: removed)
  func removesLine(_ sample: Case) throws {
    let article = try normalize([Self.body, sample.line, "Officials will meet again next week."])
    #expect(article.text == Self.body + "\n\nOfficials will meet again next week.")
    #expect(article.removed.map(\.rule) == [sample.rule])
    #expect(article.removed.first?.text == sample.line)
    #expect(article.removed.first?.at == Self.body.unicodeScalars.count + 2)  // after the paragraph break
  }

  @Test("Article sentences that look like boilerplate are kept", arguments: kept)
  func keepsSentence(_ sentence: String) throws {
    let article = try normalize([Self.body, sentence])
    #expect(article.text == Self.body + "\n\n" + sentence)
    #expect(article.removed.isEmpty)
  }

  @Test("The argument lists are not empty")
  func argumentsExist() {
    #expect(Self.removed.count > 40 && Self.kept.count > 20)
  }

  @Test("A wire credit or an agency photo credit glued to a paragraph's end is cut, the sentence kept")
  func gluedCredits() throws {
    let quote = "“We are working around the clock,” said utility spokesperson Maria Lopez."
    let article = try normalize([
      Self.body + " (Reporting by Jane Doe; Editing by John Roe)", quote + " (AP Photo/Rebecca Blackwell)",
      "Officials met. ADVERTISEMENT",
    ])
    #expect(article.text == [Self.body, quote, "Officials met."].joined(separator: "\n\n"))
    #expect(article.removed.map(\.rule) == ["wire-credit-glued", "agency-photo-credit-glued", "advertisement-glued"])
    #expect(article.removed.map(\.text) == ["(Reporting by Jane Doe; Editing by John Roe)", "(AP Photo/Rebecca Blackwell)", "ADVERTISEMENT"])
  }

  @Test("A caption glued to a paragraph's end is cut, whichever word it starts with")
  func gluedCaptions() throws {
    let article = try normalize([
      Self.body + " (Photo: Jane Doe/Reuters)", "Crowds gathered. (Pictures: AFP)", "Officials met. (Image: Getty)",
    ])
    #expect(article.text == [Self.body, "Crowds gathered.", "Officials met."].joined(separator: "\n\n"))
    #expect(article.removed.map(\.rule) == Array(repeating: "image-caption-glued", count: 3))
  }

  @Test("A scraped page and its plain-text version normalize to the same text and removals")
  func pageMatchesText() throws {
    let page = """
      <html><head><meta charset="utf-8"></head><body>
      <div id="consent"><p>This website uses cookies to improve your experience. We'll assume you're ok with this, \
      but you can opt-out if you wish.</p><button>Accept</button></div>
      <article><h1>Oil prices rise</h1><p class="byline">By Florence Tan and Arathy Somasekhar</p>
      <figure><img src="a.jpg"><figcaption>FILE PHOTO: A pump jack in Midland, Texas, March 4, 2024. \
      REUTERS/Eli Hartman/File Photo</figcaption></figure>
      <p>SINGAPORE, March 12 (Reuters) - Oil prices rose on Tuesday.</p><p>Advertisement · Scroll to continue</p>
      <p>(Reporting by Florence Tan; Editing by Sonali Paul)</p></article>
      <div class="newsletter"><h3>Get our morning newsletter</h3><input type="email"></div>
      </body></html>
      """
    let fromHTML = try Normalizer().normalize(ArticleInput(id: "p", source: "p.html", bytes: Array(page.utf8)))
    let fromText = try normalize([
      "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
      "Oil prices rise", "By Florence Tan and Arathy Somasekhar",
      "FILE PHOTO: A pump jack in Midland, Texas, March 4, 2024. REUTERS/Eli Hartman/File Photo",
      "SINGAPORE, March 12 (Reuters) - Oil prices rose on Tuesday.", "Advertisement · Scroll to continue",
      "(Reporting by Florence Tan; Editing by Sonali Paul)", "Get our morning newsletter",
    ])
    #expect(fromHTML.format == .html)
    #expect(fromHTML.text == "Oil prices rise\n\nSINGAPORE, March 12 (Reuters) - Oil prices rose on Tuesday.")
    #expect(fromHTML.text == fromText.text)
    #expect(fromHTML.removed.map(\.rule) == fromText.removed.map(\.rule))
    #expect(fromHTML.removed.map(\.rule) == [
      "cookie-banner", "byline", "image-caption-line", "advertisement", "wire-credit", "newsletter-promo",
    ])
  }
}

/// A rule's `trigger` may be one substring or a list of them, matched ignoring ASCII case.
@Suite("Boilerplate rule triggers")
struct BoilerplateTriggerTests {
  static let yaml = """
    version: 1
    rules:
      - id: ad
        kind: paragraph
        reason: an ad label
        trigger: ["advert", "ADVERT", "sponsor"]
        pattern: '^(?i:advertisement|sponsored)$'
      - id: feedback
        kind: paragraph
        reason: a feedback link
        trigger: "feedback"
        pattern: '^(?i:advertisement|ad feedback)$'
    """

  @Test("A list of triggers tries the rule when any one occurs, in any ASCII case")
  func triggerList() throws {
    let rules = try BoilerplateRules(yaml: Self.yaml, file: "test.yaml")
    #expect(rules.rules.first?.triggers == ["advert", "ADVERT", "sponsor"])
    #expect(rules.triggers.count == 3)  // `advert` and `ADVERT` are one trigger
    let ad = try #require(rules.compiled.first)
    for line in ["ADVERTISEMENT", "Advertisement", "AdVeRtIsEmEnT", "SPONSORED"] {
      #expect(ad.matchesWhole(line, in: rules), "\(line)")
    }
  }

  @Test("A paragraph without the rule's trigger is not tried, though the pattern would match")
  func noTriggerNoMatch() throws {
    let rules = try BoilerplateRules(yaml: Self.yaml, file: "test.yaml")
    let feedback = try #require(rules.compiled.last)
    #expect(feedback.matchesWhole("Ad Feedback", in: rules))
    #expect(!feedback.matchesWhole("Advertisement", in: rules))
  }

  @Test("An empty trigger is refused, naming the file and the rule")
  func emptyTrigger() {
    #expect(throws: DataFileError.self) {
      try BoilerplateRules(yaml: Self.yaml.replacingOccurrences(of: #""sponsor"]"#, with: #"""]"#), file: "test.yaml")
    }
  }
}
