import XCTest
@testable import ActorRecognition

/// People named with initials, on sentences written for these tests.
final class InitialsTests: XCTestCase {
    private func actors(_ text: String) throws -> [ActorMention] {
        try Fixtures.recognizer().analyze(text).actors
    }

    func testInitialsBeforeANameMakeAPersonEvenWithFullStops() throws {
        let spaced = try actors("जी एस कुमार ने सोमवार को मैच जीता।")
        XCTAssertEqual(spaced.map(\.name), ["जी एस कुमार"])
        XCTAssertEqual(spaced.first?.kind, .person)
        XCTAssertEqual(spaced.first?.evidence, .initials("जी एस"))
        let dotted = try actors("पी. वी. रमण ने फाइनल जीता।")
        XCTAssertEqual(dotted.map(\.name), ["पी वी रमण"])
        XCTAssertEqual(dotted.first?.surface, "पी. वी. रमण")
    }

    func testTheNameIsLaterFoundByItsLastWord() throws {
        let found = try actors("जी एस कुमार ने मैच जीता। बाद में कुमार ने कहा कि वह खुश है।")
        XCTAssertEqual(found.map(\.name), ["जी एस कुमार", "जी एस कुमार"])
        XCTAssertEqual(found.last?.evidence, .shortForm(of: "जी एस कुमार"))
    }

    func testInitialsAfterARoleBelongToTheName() throws {
        let found = try actors("लेखक आर के मेहता की नई किताब छपी।")
        XCTAssertEqual(found.map(\.name), ["आर के मेहता"])
        XCTAssertEqual(found.first?.evidence, .rolePattern(role: "लेखक"))
    }

    func testInitialsJoinAGazetteerPersonsName() throws {
        let found = try actors("मुख्यमंत्री एन चंद्रबाबू नायडू ने बैठक बुलाई।")
        XCTAssertEqual(found.map(\.actorID), ["chandrababu-naidu"])
        XCTAssertEqual(found.first?.surface, "एन चंद्रबाबू नायडू")
        XCTAssertEqual(try actors("एन चंद्रबाबू नायडू ने कहा।").first?.surface, "एन चंद्रबाबू नायडू")
    }

    func testTheGenitiveAloneAndOneLetterBeforeAnyWordAreNoInitials() throws {
        // `के` after a noun is the genitive; one letter before a word no list knows as a name is a
        // brand or a grade, not a person.
        XCTAssertFalse(try actors("कंपनी की टी सीरीज बाजार में आई।").contains { $0.name.hasPrefix("टी") })
        XCTAssertTrue(try actors("यह ए ग्रेड का होटल है।").isEmpty)
        XCTAssertFalse(try actors("पार्टी नेता के सुरेश वर्मा ने कहा।").contains { $0.name.hasPrefix("के ") })
    }
}
