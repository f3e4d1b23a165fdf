import Foundation
import Testing
@testable import Feeds

@Suite struct FeedParserAtom03Tests {
    static let atom03 = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <title mode="escaped" type="text/html">पुराना &lt;b&gt;ब्लॉग&lt;/b&gt;</title>
      <link rel="alternate" type="text/html" href="https://purana.example/"/>
      <modified>2005-03-02T10:00:00Z</modified>
      <entry>
        <title>नहर का काम पूरा</title>
        <link rel="alternate" type="text/html" href="https://purana.example/2005/03/nahar.html"/>
        <id>tag:purana.example,2005:post-11</id>
        <issued>2005-03-01T18:30:00+05:30</issued>
        <modified>2005-03-02T09:00:00Z</modified>
        <created>2005-03-01T12:00:00Z</created>
        <content type="text/html" mode="escaped">&lt;p&gt;गाँव की नहर का काम &lt;em&gt;पूरा&lt;/em&gt; हुआ।&lt;/p&gt;</content>
      </entry>
      <entry>
        <title>केवल संशोधन तिथि</title>
        <id>tag:purana.example,2005:post-12</id>
        <modified>2005-03-03T08:15:00-05:00</modified>
        <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>पहला अनुच्छेद।</p><p>दूसरा &amp; अंतिम।</p></div></content>
      </entry>
      <entry>
        <title>कूटबद्ध सामग्री</title>
        <id>tag:purana.example,2005:post-13</id>
        <created>2005-03-04T07:00:00Z</created>
        <summary type="text/plain">सार</summary>
        <content type="text/html" mode="base64">PHA+4KSs4KS+4KSB4KSnIOCkuOClhyA8Yj7gpKrgpL7gpKjgpYA8L2I+IOCkm+Cli+CkoeCkvOCkviDgpJfgpK/gpL7gpaQ8L3A+</content>
      </entry>
      <entry>
        <title>सादा पाठ</title>
        <id>tag:purana.example,2005:post-14</id>
        <dc:date>2005-03-05</dc:date>
        <summary>  केवल   सार में पाठ। </summary>
      </entry>
    </feed>
    """

    let feed: ParsedFeed

    init() throws {
        feed = try FeedParser.parse(Data(Self.atom03.utf8), sourceURL: "https://purana.example/atom.xml")
    }

    @Test func feedAndEntriesAreReadLikeAtom1() {
        #expect(feed.title == "पुराना ब्लॉग")
        #expect(feed.rejected.isEmpty)
        #expect(feed.items.map(\.identity) == (11...14).map { "tag:purana.example,2005:post-\($0)" })
        #expect(feed.items[0].link == "https://purana.example/2005/03/nahar.html")
        #expect(feed.items.allSatisfy { $0.source == "पुराना ब्लॉग" })
    }

    @Test func issuedWinsThenCreatedThenModified() {
        #expect(feed.items[0].published == "2005-03-01T18:30:00+05:30")
        #expect(feed.items[1].published == "2005-03-03T08:15:00-05:00")
        #expect(feed.items[1].publishedDay == "2005-03-03")
        #expect(feed.items[2].published == "2005-03-04T07:00:00Z")
        #expect(feed.items[3].publishedDay == "2005-03-05")
    }

    @Test func contentModesEscapedXMLAndBase64() {
        #expect(feed.items[0].text == "गाँव की नहर का काम पूरा हुआ।")
        #expect(feed.items[1].text == "पहला अनुच्छेद।\nदूसरा & अंतिम।")
        #expect(feed.items[2].text == "बाँध से पानी छोड़ा गया।")
        #expect(feed.items[3].text == "केवल सार में पाठ।")
    }
}
