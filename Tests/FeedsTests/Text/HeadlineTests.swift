import Foundation
import Testing
@testable import Feeds

@Suite struct HeadlineTests {
    @Test func multiLineTitleWithoutBodyBecomesFirstLineAndBody() {
        let long = "बाढ़ का अलर्ट\nअसम के 12 ज़िलों में नदियाँ ख़तरे के निशान से ऊपर।"
        #expect(Headline.canonical(title: long, body: "") == (title: "बाढ़ का अलर्ट", body: long))
    }

    @Test func titleWithBodyIsMadeOneLine() {
        #expect(Headline.canonical(title: "संसद में\nहंगामा", body: "सदन स्थगित।") == (title: "संसद में हंगामा", body: "सदन स्थगित।"))
        #expect(Headline.canonical(title: "छोटा शीर्षक", body: "") == (title: "छोटा शीर्षक", body: ""))
    }

    @Test func bodyWithoutTitleGivesTheTitle() {
        #expect(Headline.canonical(title: "", body: "एक पंक्ति की ख़बर।") == (title: "एक पंक्ति की ख़बर।", body: ""))
        #expect(Headline.canonical(title: "", body: "पहली पंक्ति\nदूसरी पंक्ति") == (title: "पहली पंक्ति", body: "पहली पंक्ति\nदूसरी पंक्ति"))
    }

    @Test func bodyThatRepeatsTheTitleIsDropped() {
        #expect(Headline.canonical(title: "मौसम\nसाफ़", body: "मौसम साफ़") == (title: "मौसम साफ़", body: ""))
    }

    @Test func longSingleLineIsCutAtItsFirstSentenceOrAWordBoundary() {
        let sentence = "प्रधानमंत्री ने आज नई योजना की घोषणा की।"
        let rest = String(repeating: " इसके बाद विस्तार से चर्चा हुई", count: 10)
        let line = sentence + rest
        #expect(line.count > Headline.maxLength)
        #expect(Headline.short(from: line) == sentence)
        let canonical = Headline.canonical(title: line, body: "")
        #expect(canonical == (title: sentence, body: line))

        let words = String(repeating: "शब्द ", count: 120)  // well over 200 characters, no sentence end
        #expect(words.count > Headline.maxLength)
        let cut = Headline.short(from: words)
        #expect(cut.hasSuffix("शब्द…"))
        #expect(cut.count <= Headline.maxLength)
        #expect(!cut.contains("\n"))
    }

    @Test func oneLineJoinsLinesWithSingleSpaces() {
        #expect(Headline.oneLine(" क \n\n ख\nग ") == "क ख ग")
    }
}
