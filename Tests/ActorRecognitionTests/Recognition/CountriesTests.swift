@testable import ActorRecognition
import XCTest

/// A country acts when a case marker or a particle keeps it a party to its clause; it only locates
/// when it is where someone went, where something happened in a list, or whose citizen a player is.
final class CountriesTests: XCTestCase {
    private func split(_ text: String) throws -> (actors: [String], places: [String]) {
        let found = try Fixtures.recognizer().analyze(text)
        return (found.actors.map(\.name), found.places.map(\.surface))
    }

    func testAListOfCountriesIsJudgedByTheWordsAfterTheWholeList() throws {
        let affected = try split("इस बीमारी से अब तक जापान, जर्मनी, ब्राजील और कनाडा सबसे ज्यादा प्रभावित हुए।")
        XCTAssertEqual(affected.actors, [], "where the disease struck")
        XCTAssertEqual(affected.places, ["जापान", "जर्मनी", "ब्राजील", "कनाडा"])
        let acting = try split("सम्मेलन के बाद जापान और कनाडा ने साझा बयान जारी किया।")
        XCTAssertEqual(Set(acting.actors), ["जापान", "कनाडा"], "both issued the statement")
    }

    func testACountryRightBeforeAVerbIsWhereSomeoneWent() throws {
        let went = try split("खिलाड़ी पिछले हफ्ते ब्राजील लौटी थीं।")
        XCTAssertEqual(went.actors, [])
        XCTAssertEqual(went.places, ["ब्राजील"])
        let particle = try split("इस मुद्दे पर कनाडा भी चुप रहा।")
        XCTAssertEqual(particle.actors, ["कनाडा"], "a particle keeps the country the subject")
    }

    func testAPlayersCountryIsNotAnActor() throws {
        let found = try Fixtures.recognizer().analyze("फाइनल में वह जर्मनी की खिलाड़ी सुनीता वर्मा से हार गईं।")
        XCTAssertFalse(found.actors.contains { $0.actorID == "germany" }, "\(found.actors.map(\.name))")
    }

    func testWhereAndVisitsAfterTheGenitiveLocate() throws {
        let outside = try split("कनाडा के बाहर यह बीमारी अभी नहीं फैली है।")
        XCTAssertEqual(outside.actors, [])
        XCTAssertEqual(outside.places, ["कनाडा"])
        let visit = try split("मंत्री की ब्राजील की प्रस्तावित सरकारी यात्रा रद्द हो गई।")
        XCTAssertFalse(visit.actors.contains("ब्राजील"), "\(visit.actors)")
        XCTAssertEqual(visit.places, ["ब्राजील"])
        let acting = try split("कनाडा की सरकार और ब्राजील की नई नीति पर बहस हुई।")
        XCTAssertTrue(acting.actors.contains("ब्राजील"), "a country's policy: the country acts")
    }

    func testACountryForWhomOrBeforeAnUnknownNameIsNotAnActor() throws {
        let benefactive = try split("यह खेप कनाडा के लिए भेजी गई।")
        XCTAssertEqual(benefactive.actors, [])
        XCTAssertEqual(benefactive.places, ["कनाडा"])
        let player = try split("पहले दौर में उनका सामना ब्राजील के तेओडोरो वेलाज़्कुएज़ से होगा।")
        XCTAssertFalse(player.actors.contains("ब्राजील"), "the player's country: \(player.actors)")
    }
}
