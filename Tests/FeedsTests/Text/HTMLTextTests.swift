import Foundation
import Testing
@testable import Feeds

@Suite struct HTMLTextTests {
    @Test func blockElementsBecomeSingleLineBreaks() {
        let html = "<h1>शीर्षक</h1><p>पहला अनुच्छेद</p>\n\n<div><p>दूसरा</p></div><ul><li>एक</li><li>दो</li></ul>" +
            "<blockquote>उद्धरण</blockquote><table><tr><td>क</td><td>ख</td></tr></table>पंक्ति<br/>नई<br>"
        #expect(HTMLText.clean(html) == "शीर्षक\nपहला अनुच्छेद\nदूसरा\nएक\nदो\nउद्धरण\nक ख\nपंक्ति\nनई")
    }

    @Test func scriptsStylesNoscriptAndCommentsAreDroppedWithContent() {
        let html = "<p>खबर</p><script type=\"text/javascript\">if (a < b) { x = '</p>'; }</script>" +
            "<STYLE>p { color: red }</STYLE><noscript>जावास्क्रिप्ट चालू करें</noscript><!-- <p>छिपा</p> --><p>जारी</p>"
        #expect(HTMLText.clean(html) == "खबर\nजारी")
    }

    @Test func entitiesAreDecoded() {
        let html = "&ldquo;राम&rdquo; &amp; &quot;श्याम&quot; &#8220;x&#8221; &#x201C;y&#x201D; &eacute;t&eacute; " +
            "&copy; &mdash; &hellip; &#150; &euro; &apos;&lt;&gt;"
        #expect(HTMLText.clean(html) == "“राम” & \"श्याम\" “x” “y” été © — … – € '<>")
    }

    @Test func allHTML4NamedEntitiesAreKnown() {
        #expect(HTMLText.decodeReferences("&alefsym; &forall;x &le; &infin; &hearts; &Sigma;&sigmaf; &rArr; &there4;") == "ℵ ∀x ≤ ∞ ♥ Σς ⇒ ∴")
        #expect(HTMLEntities.named.count >= 252)
    }

    @Test func nbspAndWhitespaceRunsCollapseToOneSpace() {
        #expect(HTMLText.clean("  नई&nbsp;&nbsp;दिल्ली \u{00A0}\t\n  में   <b>बारिश</b>  ") == "नई दिल्ली में बारिश")
    }

    @Test func inlineTagsDoNotSplitWords() {
        #expect(HTMLText.clean("भा<b>र</b>त <a href=\"https://x.example/?a=1&amp;b=2\">देश</a>") == "भारत देश")
    }

    @Test func joinersNeededByDevanagariAreKept() {
        let text = "क्\u{200D}ष और क्\u{200C}ष"
        #expect(HTMLText.clean("<p>\(text)</p>") == text)
    }

    @Test func brokenMarkupIsTolerated() {
        #expect(HTMLText.clean("<p>अधूरा <b>टैग") == "अधूरा टैग")
        #expect(HTMLText.clean("2 < 3 और 5 > 4") == "2 < 3 और 5 > 4")
        #expect(HTMLText.clean("a <3 b") == "a <3 b")
        #expect(HTMLText.clean("पाठ <b") == "पाठ <b")
        #expect(HTMLText.clean("<p title=\"a > b\">उद्धृत</p>") == "उद्धृत")
        #expect(HTMLText.clean("पहले<!-- अधूरी टिप्पणी") == "पहले")
        #expect(HTMLText.clean("<script>never closed <p>x</p>") == "")
        #expect(HTMLText.clean("&unknown; &#xZZ; & अकेला") == "&unknown; &#xZZ; & अकेला")
        #expect(HTMLText.clean("<") == "<")
        #expect(HTMLText.clean("") == "")
    }

    @Test func cdataAndDoctypeAreHandled() {
        #expect(HTMLText.clean("<!DOCTYPE html><p><![CDATA[a < b]]></p>") == "a < b")
    }

    @Test func pathologicalInputFinishes() {
        // Many unclosed tags, quotes and stray "<": a linear scanner finishes these quickly.
        let inputs = [
            String(repeating: "<a x=\"", count: 20_000),
            String(repeating: "<", count: 50_000),
            String(repeating: "<p '", count: 20_000) + ">",
            String(repeating: "<!--", count: 20_000),
            String(repeating: "&amp", count: 20_000),
        ]
        for input in inputs {
            let output = HTMLText.clean(input)
            #expect(output.unicodeScalars.count <= input.unicodeScalars.count)
        }
        #expect(HTMLText.clean(String(repeating: "<", count: 50_000)) == String(repeating: "<", count: 50_000))
    }

    @Test func plainAndReferenceOnlyVariants() {
        #expect(HTMLText.plain("  पहली   पंक्ति\n\n दूसरी ") == "पहली पंक्ति\nदूसरी")
        #expect(HTMLText.decodeReferences("राहुल &amp; प्रियंका&nbsp;") == "राहुल & प्रियंका")
        #expect(HTMLText.decodeReferences("a <b> c") == "a <b> c")
    }
}
