import XCTest
@testable import ActorRecognition

/// The kinds of names real local and national news carries, on sentences written for these tests.
final class RealNewsNamesTests: XCTestCase {
    private func names(_ text: String) throws -> RecognizedNames {
        try Fixtures.recognizer().analyze(text)
    }

    func testLocalPeopleAfterRolesAndTheirShortForms() throws {
        let text = "आरोपी रमेश यादव उर्फ पप्पू को थाना प्रभारी सुनील कुमार ने पकड़ा। पूछताछ में यादव ने जुर्म कबूला और पप्पू रोने लगा।"
        let actors = try names(text).actors
        XCTAssertEqual(actors.map(\.name), ["रमेश यादव", "सुनील कुमार", "रमेश यादव", "रमेश यादव"])
        XCTAssertTrue(actors.allSatisfy { $0.isProvisional && $0.kind == .person })
        XCTAssertEqual(actors.at(2)?.evidence, .shortForm(of: "रमेश यादव"))
    }

    func testGovernmentsAndTheirBodiesAsWritten() throws {
        let text = "कानपुर पुलिस और जिला प्रशासन ने सोमवार को बैठक की। स्वास्थ्य मंत्रालय, मौसम विभाग और चुनाव आयोग ने भी बयान जारी किए।"
        let actors = try names(text).actors
        XCTAssertEqual(actors.map(\.name), ["कानपुर पुलिस", "जिला प्रशासन", "स्वास्थ्य मंत्रालय", "मौसम विभाग", "चुनाव आयोग"])
        XCTAssertEqual(actors.at(0)?.evidence, .institution(head: "पुलिस"))
        XCTAssertTrue(actors.allSatisfy { $0.kind == .organization || $0.kind == .body }, "\(actors.map(\.kind))")
    }

    func testTheStateGovernmentIsTheStateOfTheStory() throws {
        let text = "राजस्थान में बारिश से फसलें खराब हुईं। राज्य सरकार ने मंगलवार को मुआवजे का ऐलान किया।"
        let found = try names(text)
        XCTAssertEqual(found.actors.map(\.name), ["राजस्थान सरकार"])
        XCTAssertEqual(found.actors.at(0)?.surface, "राज्य सरकार")
        XCTAssertEqual(found.places.map(\.name), ["राजस्थान"], "the state only says where it rained")
    }

    func testAnAbbreviationInParenthesesStandsForTheNameBeforeIt() throws {
        let text = "नेशनल स्टॉक एक्सचेंज (एनएसई) ने नियम बदले। बाद में एनएसई ने सफाई दी।"
        let actors = try names(text).actors
        XCTAssertEqual(actors.map(\.name), ["नेशनल स्टॉक एक्सचेंज", "नेशनल स्टॉक एक्सचेंज", "नेशनल स्टॉक एक्सचेंज"])
        XCTAssertEqual(actors.at(2)?.evidence, .abbreviation(of: "नेशनल स्टॉक एक्सचेंज"))
    }

    func testOfficeHoldersWithoutANameAreOnePersonInContext() throws {
        let named = try names("एसएसपी अजय प्रताप ने छापे का आदेश दिया। शाम को एसएसपी ने प्रेस वार्ता की।").actors
        XCTAssertEqual(named.map(\.name), ["अजय प्रताप", "अजय प्रताप"])
        XCTAssertEqual(named.at(1)?.evidence, .officeHolder(role: "एसएसपी"))

        let unnamed = try names("जिलाधिकारी ने बुधवार को अस्पताल का निरीक्षण किया।").actors
        XCTAssertEqual(unnamed.map(\.name), ["जिलाधिकारी"])
        XCTAssertEqual(unnamed.at(0)?.evidence, .officeHolder(role: "जिलाधिकारी"))
    }

    func testALoneCommonSurnameIsNotTheGazetteersBearer() throws {
        let other = try names("पार्षद राजेश गहलोत ने धरना दिया। बाद में गहलोत ने ज्ञापन सौंपा।").actors
        XCTAssertEqual(other.map(\.name), ["राजेश गहलोत", "राजेश गहलोत"])
        XCTAssertFalse(other.contains { $0.actorID == "ashok-gehlot" }, "the story's गहलोत is the councillor")

        let unsupported = try names("गहलोत ने सोमवार को बयान दिया।").actors
        XCTAssertNil(unsupported.at(0)?.actorID, "nothing in the article says which गहलोत")
        XCTAssertEqual(unsupported.at(0)?.evidence, .unlinkedName("गहलोत"))

        let supported = try names("अशोक गहलोत ने रैली की। बाद में गहलोत ने कहा कि वे लड़ेंगे।").actors
        XCTAssertEqual(supported.ids, ["ashok-gehlot", "ashok-gehlot"])
    }

    func testDiseasesAndIndicesAreNotGluedIntoNames() throws {
        let actors = try names("मंत्री रमेश कोरोना से संक्रमित पाए गए और सेंसेक्स गिरा।").actors
        XCTAssertEqual(actors.map(\.name), ["रमेश"])
    }

    func testPlacesThatOnlyLocateAreNotActors() throws {
        let found = try names("दिल्ली में सोमवार को बैठक हुई, भारत ने प्रस्ताव रखा।")
        XCTAssertEqual(found.actors.ids, ["india"])
        XCTAssertEqual(found.places.map(\.actorID), ["delhi"])
    }

    func testAPlaceOnlySentenceAddsNoActor() throws {
        let found = try names("गोरखपुर में मंगलवार को तेज बारिश हुई।")
        XCTAssertTrue(found.actors.isEmpty, "\(found.actors.map(\.name))")
        XCTAssertEqual(found.places.map(\.surface), ["गोरखपुर"])
    }

    func testNationalityAdjectivesCreditsAndThingsAreNotActors() throws {
        let found = try names("मुंबई (एपी): भारतीय बाजार और अमेरिकी शेयर गिरे, PPE किट की कमी रही।")
        XCTAssertTrue(found.actors.isEmpty, "\(found.actors.map(\.name))")
    }

    func testWithoutATaggerTheRulesStillWork() throws {
        let recognizer = ActorRecognizer(gazetteer: try Fixtures.gazetteer(), model: nil)
        let actors = recognizer.analyze("कानपुर पुलिस ने आरोपी दीपक वर्मा को पकड़ा।").actors
        XCTAssertEqual(actors.map(\.name), ["कानपुर पुलिस", "दीपक वर्मा"])
    }

    func testTheTaggerFindsAPersonNoRuleNames() throws {
        let actors = try names("कल शाम सुरेश चौहान ने अपने खेत में काम करते हुए सांप देखा।").actors
        let person = try XCTUnwrap(actors.first { $0.name.hasPrefix("सुरेश") }, "\(actors.map(\.name))")
        guard case .model(let type, let score) = person.evidence else { return XCTFail("\(person.evidence)") }
        XCTAssertEqual(type, .person)
        XCTAssertGreaterThan(score, 0.5)
    }
}
