import Foundation

/// Feed documents written for these tests (own Hindi sentences).
enum Fixtures {
    static let rssHindi = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel>
        <title>नमूना समाचार</title>
        <link>https://namuna.example/</link>
        <image><title>लोगो</title><url>https://namuna.example/logo.png</url></image>
        <item>
          <guid isPermaLink="false">urn:namuna:1001</guid>
          <link>https://namuna.example/mausam/1001</link>
          <title>दिल्ली में भारी बारिश</title>
          <description><![CDATA[<p>सोमवार सुबह <b>दिल्ली</b> में &ldquo;भारी&rdquo; बारिश हुई।</p><script>track("x < y")</script><p>कई   सड़कों पर&nbsp;पानी भर गया।</p>]]></description>
          <category>मौसम</category>
          <category>दिल्ली</category>
          <category>मौसम</category>
          <pubDate>Sun, 13 Jul 2025 09:30:00 +0530</pubDate>
        </item>
        <item>
          <link>https://namuna.example/khel/2</link>
          <title>क्रिकेट: भारत &amp; इंग्लैंड</title>
          <description>&lt;p&gt;छोटा सार&lt;/p&gt;</description>
          <content:encoded><![CDATA[<div><h2>भारत जीता</h2><p>अंतिम ओवर में जीत मिली।<br>दर्शक खुश थे।</p><!-- विज्ञापन --></div>]]></content:encoded>
          <category>खेल</category>
          <pubDate>14 Jul 25 23:45 IST</pubDate>
        </item>
        <item>
          <title>सूचना</title>
          <description>शहर में कल जल आपूर्ति बंद रहेगी।</description>
          <dc:date>2025-07-15T06:00:00Z</dc:date>
        </item>
        <item>
          <guid>urn:namuna:1004</guid>
          <title>बिना तारीख़ की ख़बर</title>
          <description>इस ख़बर में तारीख़ नहीं है।</description>
        </item>
        <item>
          <guid>urn:namuna:1005</guid>
          <title>अस्पष्ट तारीख़</title>
          <description>तारीख़ पढ़ी नहीं जा सकती।</description>
          <pubDate>कल सुबह</pubDate>
        </item>
        <item>
          <guid>https://namuna.example/videsh/6</guid>
          <title>अमेरिका से रिपोर्ट</title>
          <description>रात की ख़बर।</description>
          <pubDate>Mon, 14 Jul 2025 22:10:00 -0700</pubDate>
        </item>
      </channel>
    </rss>
    """

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <title type="text">एटम नमूना फ़ीड</title>
      <id>urn:namuna:atom</id>
      <updated>2025-07-16T18:05:00Z</updated>
      <entry>
        <id>tag:namuna.example,2025:atom-1</id>
        <title type="text">संसद का मानसून सत्र</title>
        <link rel="self" href="https://namuna.example/atom/1.xml"/>
        <link rel="alternate" type="text/html" href="https://namuna.example/rajniti/1"/>
        <category term="rajniti" label="राजनीति"/>
        <category term="sansad"/>
        <published>2025-07-13T09:30:00.250+05:30</published>
        <updated>2025-07-13T10:00:00+05:30</updated>
        <content type="html">&lt;p&gt;सत्र &lt;em&gt;सोमवार&lt;/em&gt; से शुरू होगा।&lt;/p&gt;&lt;p&gt;कई विधेयक पेश होंगे।&lt;/p&gt;</content>
      </entry>
      <entry>
        <id>tag:namuna.example,2025:atom-2</id>
        <title type="html">&lt;b&gt;शेयर बाज़ार&lt;/b&gt; में तेज़ी</title>
        <link href="https://namuna.example/arth/2"/>
        <updated>2025-07-16T18:05:00Z</updated>
        <summary>यह सार है।</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>सेंसेक्स 500 अंक चढ़ा।</p><p>निवेशक &lt;उत्साहित&gt; रहे।</p></div></content>
      </entry>
      <entry>
        <id>tag:namuna.example,2025:atom-3</id>
        <title>सापेक्ष लिंक</title>
        <link href="/lekh/3"/>
        <summary type="text">केवल   सार।</summary>
        <published>2025-07-17</published>
      </entry>
      <entry>
        <id>tag:namuna.example,2025:atom-4</id>
        <title>तारीख़ रहित</title>
        <summary>कोई तारीख़ नहीं।</summary>
      </entry>
    </feed>
    """

    /// `body` wrapped in a one-item RSS feed with the given XML declaration encoding.
    static func singleItemRSS(declaring encoding: String?, title: String, description: String) -> String {
        let declaration = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
        return declaration + """
        <rss version="2.0"><channel><title>\(title)</title><item><guid>urn:enc:1</guid><title>\(title)</title>\
        <description>\(description)</description><pubDate>Tue, 15 Jul 2025 08:00:00 +0530</pubDate></item></channel></rss>
        """
    }

    /// Encodes text whose characters are all ≤ U+00FF as ISO-8859-1 bytes, by hand.
    static func latin1Bytes(_ text: String) -> Data {
        Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
    }

    /// UTF-16 bytes with a byte-order mark, by hand.
    static func utf16Bytes(_ text: String, littleEndian: Bool) -> Data {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return Data(bytes)
    }

    /// An RSS feed that a site template starts with an XHTML DOCTYPE.
    static let rssAfterXHTMLDoctype = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <rss version="2.0">
      <channel>
        <title>ज़िला समाचार</title>
        <item><guid>urn:zila:1</guid><title>पुल का उद्घाटन</title><description>नया पुल आज खुला।</description>
          <pubDate>Wed, 16 Jul 2025 10:00:00 +0530</pubDate></item>
      </channel>
    </rss>
    """

    /// An RSS 0.91 feed with the Netscape DOCTYPE, a blank line before its XML declaration.
    static let rssAfterNetscapeDoctype = """

    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
    <rss version="0.91"><channel><title>पुरानी फ़ीड</title>
    <item><title>मेला</title><link>https://namuna.example/mela</link><description>शहर में मेला लगा।</description></item>
    </channel></rss>
    """

    static let htmlPage = """
    <!DOCTYPE html>
    <html lang="hi"><head><title>मुखपृष्ठ</title></head><body><p>स्वागत है</p><br></body></html>
    """

    static let malformed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>टूटी फ़ीड</title>
    <item><title>अधूरा</item>
    </channel></rss>
    """
}
