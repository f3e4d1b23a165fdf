import Foundation

/// Feed documents and article files written for the daemon tests (own Hindi sentences).
enum FeedDocuments {
    /// An RSS feed with `count` dated items (`guid` urn:test:<prefix>-<n>) and one item without a date.
    static func rss(prefix: String, count: Int, undated: Bool = true) -> String {
        var items = ""
        for n in 0..<count {
            items += """
            <item><guid>urn:test:\(prefix)-\(n)</guid><title>नगर समाचार \(n)</title>
            <description><![CDATA[<p>नगर निगम ने <b>सोमवार</b> को बैठक \(n) बुलाई।</p>]]></description>
            <category>नगर</category><pubDate>Sun, 13 Jul 2025 09:30:00 +0530</pubDate></item>

            """
        }
        if undated {
            items += "<item><guid>urn:test:\(prefix)-undated</guid><title>तारीख़ रहित सूचना</title><description>इस सूचना में कोई तारीख़ नहीं है।</description></item>\n"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>परीक्षण फ़ीड \(prefix)</title>
        \(items)</channel></rss>
        """
    }

    /// An Atom feed with two dated entries.
    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>परीक्षण एटम</title><id>urn:test:atom</id>
    <updated>2025-07-16T18:05:00Z</updated>
    <entry><id>urn:test:atom-1</id><title>बजट सत्र</title><published>2025-07-14T10:00:00+05:30</published>
    <content type="html">&lt;p&gt;बजट सत्र मंगलवार से शुरू होगा।&lt;/p&gt;</content><category term="संसद"/></entry>
    <entry><id>urn:test:atom-2</id><title>रेल किराया</title><updated>2025-07-15T08:00:00Z</updated>
    <summary>रेल किराये में बदलाव की घोषणा हुई।</summary></entry>
    </feed>
    """

    static let malformed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>टूटी</title><item><title>अधूरी</item></channel></rss>
    """

    static let htmlPage = "<!DOCTYPE html><html lang=\"hi\"><head><title>मुखपृष्ठ</title></head><body><p>स्वागत</p></body></html>"

    /// Declares UTF-8 but holds Latin-1 bytes (0xE9) that are not UTF-8.
    static let notUTF8: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>caf".utf8)
        + [0xE9] + Array("</title><item><guid>x</guid><title>t</title><pubDate>Sun, 13 Jul 2025 09:30:00 +0530</pubDate></item></channel></rss>".utf8)

    /// One JSON Lines record.
    static func articleLine(id: String, day: String = "2025-07-13", text: String? = nil) -> String {
        let body = text ?? "जिला प्रशासन ने शनिवार को बाढ़ राहत शिविर \(id) खोला।"
        return #"{"id": "\#(id)", "title": "राहत शिविर \#(id)", "published": "\#(day)", "text": "\#(body)"}"#
    }
}
