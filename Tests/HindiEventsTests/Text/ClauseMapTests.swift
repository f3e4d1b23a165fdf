import Testing
@testable import HindiEvents

@Suite struct ClauseMapTests {
    @Test func कि_andConjunctionsOpenAClause() {
        let words = SentenceWords("मंत्री ने कहा कि बैठक सोमवार को होगी लेकिन तारीख तय नहीं है")
        let clauses = ClauseMap(words)
        #expect(clauses.ranges.count == 3)
        #expect(words.text(of: clauses.clause(of: 0)) == "मंत्री ने कहा")
        #expect(words.text(of: clauses.clause(of: 5)) == "कि बैठक सोमवार को होगी")
    }

    @Test func strongPunctuationEndsAClauseAndACommaDoesNot() {
        let words = SentenceWords("सोमवार को, मंत्री ने कहा; बैठक होगी")
        let clauses = ClauseMap(words)
        #expect(clauses.ranges.count == 2)
        #expect(words.text(of: clauses.clause(of: 0)) == "सोमवार को, मंत्री ने कहा")
    }
}
