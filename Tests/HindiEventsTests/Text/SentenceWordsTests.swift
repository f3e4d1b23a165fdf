import Testing
@testable import HindiEvents

@Suite struct SentenceWordsTests {
    @Test func keysFoldNuktaChandrabinduAndInvisibleJoiners() {
        let words = SentenceWords("मुलाक़ात पहुँचे ज\u{200D}ांच")
        #expect(words.words.map(\.key) == ["मुलाकात", "पहुंचे", "जांच"])
    }

    @Test func wordsKeepTheirScalarOffsetsAndTheBreakBeforeThem() {
        let words = SentenceWords("लावरोव ने, “रविवार” को")
        #expect(words.words.map(\.key) == ["लावरोव", "ने", "रविवार", "को"])
        #expect(words[2].scalarRange == 12..<18)
        #expect(words[2].breakBefore == .strong)
        #expect(words[1].breakBefore == .none)
        #expect(SentenceWords("क, ख")[1].breakBefore == .comma)
    }

    @Test func aScalarRangeCoversTheWordsItTouches() {
        let words = SentenceWords("मंत्री ने शनिवार को कहा")
        #expect(words.wordRange(covering: 10..<16) == 2..<3)
        #expect(words.wordRange(covering: 0..<9) == 0..<2)
        #expect(words.text(of: 2..<4) == "शनिवार को")
    }
}
