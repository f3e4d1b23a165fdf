/// Broken feed documents written for the salvage tests (own Hindi sentences), one per way real
/// feeds break.
enum SalvageFixtures {
    /// One dated RSS item.
    static func item(_ number: Int, title: String) -> String {
        "<item><guid>urn:akash:\(number)</guid><title>\(title)</title><pubDate>Mon, 21 Jul 2025 0\(number):00:00 +0530</pubDate></item>"
    }

    /// A channel head with an element that is never closed: the error is at `</channel>`, line 9.
    static let unclosedHeadElement = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
    <channel>
    <title>आकाशवाणी समाचार</title>
    <itunes:category text="समाचार">
    \(item(1, title: "संसद में बहस"))
    \(item(2, title: "बाज़ार में तेज़ी"))
    \(item(3, title: "मौसम साफ़ रहेगा"))
    </channel>
    </rss>
    """

    /// A document that stops after `</channel>`: no `</rss>`.
    static let missingRootEndTag = """
    <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
      xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel>
      <title>शहर समाचार</title>
      \(item(1, title: "नई बस सेवा"))
      \(item(2, title: "पार्क का उद्घाटन"))
    </channel>
    """

    /// A document cut off inside its third item (line 6).
    static let cutInsideAnItem = """
    <rss version="2.0">
    <channel>
    <title>शहर समाचार</title>
    \(item(1, title: "नई बस सेवा"))
    \(item(2, title: "पार्क का उद्घाटन"))
    <item><guid>urn:akash:3</guid><title>अधूरी ख़बर</title><description>यह ख़बर बीच में
    """

    /// An Atom feed inside an XHTML page; the `<feed>` starts at line 5, column 3.
    static let atomInsideXHTML = """
    <?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml">
    <body>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title type="html">यात्रा &amp; ब्लॉग</title>
        <entry>
          <id>urn:yatra:1</id><title>पहाड़ों की सैर</title><published>2025-07-20T10:00:00+05:30</published>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>हम <b>शिमला</b> गए।</p></div></content>
        </entry>
        <entry>
          <id>urn:yatra:2</id><title>समुद्र तट</title><updated>2025-07-21T10:00:00+05:30</updated>
          <summary>गोवा की यात्रा।</summary>
        </entry>
      </feed>
    </body>
    </html>
    """

    /// Five items; the second has an unescaped `<` in its title (line 5), the fourth a mismatched
    /// end tag on the line where it starts (line 9).
    static let brokenItemsAmongGood = """
    <rss version="2.0"><channel><title>अर्थ जगत</title>
    \(item(1, title: "सोना सस्ता"))
    <item>
      <guid>urn:akash:2</guid>
      <title>रुपया < डॉलर</title>
      <pubDate>Mon, 21 Jul 2025 02:00:00 +0530</pubDate>
    </item>
    \(item(3, title: "शेयर बाज़ार बंद"))
      <item><guid>urn:akash:4</guid><title>तेल के दाम</titel><pubDate>Mon, 21 Jul 2025 04:00:00 +0530</pubDate></item>
    \(item(5, title: "नई नीति"))
    </channel></rss>
    """

    /// An HTML page that mentions feeds but holds none (a `<feed>` outside the Atom namespace).
    static let htmlPageWithoutFeed = """
    <!DOCTYPE html>
    <html lang="hi"><head><title>फ़ीड</title><link rel="alternate" type="application/rss+xml" href="/rss"></head>
    <body><p>हमारी फ़ीड &lt;rss&gt; में है।</p><feed><entry>नहीं</entry></feed></body></html>
    """
}
