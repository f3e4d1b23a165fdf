import Testing
@testable import HindiEvents

@Suite struct WordTableTests {
    @Test func keysFoldLikeTheSentencesWordsAndTellWordsApart() {
        #expect(WordKey.of("मुलाक़ात") == WordKey.of("मुलाकात"))
        #expect(WordKey.of("पहुँचे") == "पहुंचे")
        #expect(WordKey.of("से") != WordKey.of("के"))
        #expect(WordKey.of("से") != .none)
        #expect(SentenceWords("वे से मिले").key(1) == Particles.se)
        #expect(SentenceWords("वे से मिले").key(9) == .none)
    }

    @Test func aTableFindsWhatItHoldsAndNothingElse() {
        let table = WordTable<Int>((1...200).map { (WordKey.of("शब्द\($0)"), $0) })
        #expect(table[WordKey.of("शब्द7")] == 7)
        #expect(table[WordKey.of("शब्द200")] == 200)
        #expect(table[WordKey.of("शब्द201")] == nil)
        let set: WordSet = ["का", "की", "के"]
        #expect(set.contains("की"))
        #expect(!set.contains("को"))
    }
}
