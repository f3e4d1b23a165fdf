import XCTest
@testable import HindiTemporal

final class TenseDetectorTests: XCTestCase {
    /// Tense of the clause around the first token of `text`.
    private func tense(_ text: String) -> ClauseTense {
        let c = MatchContext(tokens: Tokenizer.tokenize(text, lexicon: Lexicon.shared), lexicon: Lexicon.shared)
        return TenseDetector.tense(c, first: 0, last: 0)
    }

    func testPast() {
        XCTAssertEqual(tense("शनिवार को उन्होंने भाषण दिया था।"), .past)
        XCTAssertEqual(tense("शनिवार को कहा कि"), .past)
        XCTAssertEqual(tense("शनिवार को मुलाकात की।"), .past)
    }

    func testFuture() {
        XCTAssertEqual(tense("अक्टूबर में मेला लगने की उम्मीद है।"), .future)
        XCTAssertEqual(tense("सोमवार को फैसला सुनाया जाएगा।"), .future)
        XCTAssertEqual(tense("सोमवार को शुरू होने वाले मैच"), .future)
        XCTAssertEqual(tense("सोमवार से शुरू किया जाए।"), .future)
        XCTAssertEqual(tense("सोमवार को समझौता होने की उम्मीद की जा रही है।"), .future)
    }

    func testAPlanNounQualifyingAnotherIsNoFutureCue() {
        XCTAssertEqual(tense("मंगलवार को नई योजना की घोषणा की।"), .past)
        XCTAssertEqual(tense("मंगलवार को तैयारी की समीक्षा की गई।"), .past)
        XCTAssertEqual(tense("मंगलवार को बैठक की योजना है।"), .future)
    }

    func testPresentPerfectAndScheduled() {
        XCTAssertEqual(tense("सोमवार से बारिश हो रही है।"), .present)
        XCTAssertEqual(tense("मई तक बढ़ा दिया गया है।"), .perfect)
        XCTAssertEqual(tense("मार्च को होना था।"), .scheduled)
    }

    func testRemainedIsPastAndParticiplesArePresent() {
        XCTAssertEqual(tense("सोमवार को बाजार बंद रहे।"), .past)
        XCTAssertEqual(tense("अप्रैल से शुरू हो रहे वित्त वर्ष में"), .present)
    }

    func testClauseFinalPerfectiveVerb() {
        XCTAssertEqual(tense("रात को तेंदुआ गांव में घुसा।"), .past)
        XCTAssertEqual(tense("सोमवार को पता है।"), .present)
    }

    func testPassiveObligationAndGoingTo() {
        XCTAssertEqual(tense("सोमवार को फैसला किया जाना है।"), .future)
        XCTAssertEqual(tense("मार्च में मैच आयोजित किया जाना था।"), .scheduled)
        XCTAssertEqual(tense("सोमवार को चुनाव होने जा रहा है।"), .future)
    }

    func testEventOfADayIsPast() {
        XCTAssertEqual(tense("सोमवार की है।"), .past)
    }

    func testClauseBoundaryStopsTheScan() {
        XCTAssertEqual(tense("शनिवार कि वह कल आएगा"), .none)
    }

    func testErgativeBeforeMeansPast() {
        let c = MatchContext(tokens: Tokenizer.tokenize("पुलिस ने शनिवार", lexicon: Lexicon.shared), lexicon: Lexicon.shared)
        XCTAssertEqual(TenseDetector.tense(c, first: 2, last: 2), .past)
    }
}
