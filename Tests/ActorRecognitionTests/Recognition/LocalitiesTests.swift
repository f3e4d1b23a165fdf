import XCTest
@testable import ActorRecognition

/// Localities no list holds, on sentences written for these tests.
final class LocalitiesTests: XCTestCase {
    private func places(_ text: String) throws -> [PlaceMention] {
        try Fixtures.recognizer().analyze(text).places
    }

    func testANeighbourhoodBeforeNagarOrColonyIsAPlace() throws {
        let nagar = try places("आरोपी को गोविंद नगर से पकड़ा गया।")
        XCTAssertEqual(nagar.map(\.name), ["गोविंद नगर"])
        XCTAssertEqual(nagar.first?.evidence, .locality(word: "नगर"))
        XCTAssertEqual(try places("संजय विहार कॉलोनी के लोग परेशान हैं।").map(\.name), ["संजय विहार कॉलोनी"])
    }

    func testAVillageAfterGaonIsAPlace() throws {
        let found = try Fixtures.recognizer().analyze("पुलिस ने गांव गदराना में छापा मारा।")
        XCTAssertEqual(found.places.map(\.name), ["गदराना"])
        XCTAssertEqual(found.actors.map(\.name), ["पुलिस"])
    }

    func testATownEndingInGanjIsAPlaceOnlyWhenSomethingLocatesIt() throws {
        XCTAssertEqual(try places("वह शुक्लागंज से लौट रहा था।").map(\.evidence), [.locality(word: "गंज")])
        XCTAssertTrue(try places("शुक्लागंज बंद रहा।").isEmpty)
    }

    func testACountryOfAPersonOrOfAVisitOnlyLocates() throws {
        let recognizer = try Fixtures.recognizer()
        let visit = recognizer.analyze("प्रधानमंत्री की जापान यात्रा अगले महीने होगी।")
        XCTAssertEqual(visit.places.map(\.actorID), ["japan"])
        XCTAssertFalse(visit.actors.contains { $0.actorID == "japan" })
        let athlete = recognizer.analyze("भारत के विनोद मल्होत्रा ने खिताब जीता।")
        XCTAssertEqual(athlete.places.map(\.actorID), ["india"])
    }
}
