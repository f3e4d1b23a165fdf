import Testing
@testable import HindiEvents

@Suite struct PredicateLexiconTests {
    static let sample = """
        # code	lemma	forms
        04	मुलाकात	मुलाक़ात|मुलाकातों
        18	हमला	हमला|हमले|गोली मारी
        -	बारिश	बारिश|बारिशों
        """

    @Test func formsAreFoundNuktaInsensitiveWithTheirEntry() throws {
        let lexicon = try PredicateLexicon(text: Self.sample)
        #expect(lexicon.count == 3)
        #expect(lexicon.entry(for: "मुलाकात")?.cameo?.code == "04")
        #expect(lexicon.entry(for: "मुलाक़ात")?.lemma == "मुलाकात")
        #expect(lexicon.entry(for: "मुलाकात")?.line == 2)
        #expect(lexicon.entry(for: "बारिश")?.cameo == nil)
        #expect(lexicon.entry(for: "बारिश") != nil)
        #expect(lexicon.entry(for: "बैठक") == nil)
    }

    @Test func theLongestFormWins() throws {
        let lexicon = try PredicateLexicon(text: Self.sample)
        let words = SentenceWords("बदमाशों ने उसे गोली मारी।")
        let found = TriggerFinder(words: words, lexicon: lexicon).candidates()
        #expect(found.count == 1)
        #expect(found.first.map { words.text(of: $0.words) } == "गोली मारी")
        #expect(found.first?.entry.cameo?.code == "18")
    }

    @Test func aBadLineIsAnErrorNamingTheLine() {
        #expect(throws: PredicateLexiconError.self) { try PredicateLexicon(text: "04\tमुलाकात") }
        do {
            _ = try PredicateLexicon(text: "# header\n04\tमुलाकात\tमुलाकात\n99\tहमला\tहमला\n")
            Issue.record("a code of 99 was accepted")
        } catch let error as PredicateLexiconError {
            #expect(error.line == 3)
            #expect(error.description.contains("line 3"))
            #expect(error.description.contains("99"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func theShippedLexiconLoadsAndKnowsEveryRoot() {
        let lexicon = PredicateLexicon.shipped
        #expect(lexicon.count >= 300)
        #expect(lexicon.entry(for: "मुलाकात")?.cameo?.code == "04")
        #expect(lexicon.entry(for: "गिरफ्तार")?.cameo?.code == "17")
        #expect(lexicon.entry(for: "कहा")?.cameo?.code == "01")
    }
}
