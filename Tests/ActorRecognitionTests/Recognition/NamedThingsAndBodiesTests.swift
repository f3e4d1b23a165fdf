import XCTest
@testable import ActorRecognition

/// Storms named like people, bodies named for what they do, and places inside a country, on
/// sentences written for these tests.
final class NamedThingsAndBodiesTests: XCTestCase {
    private func names(_ text: String) throws -> RecognizedNames {
        try Fixtures.recognizer().analyze(text)
    }

    func testAStormNameIsNoActorEvenBeforeTheArticleSaysItIsAStorm() throws {
        let text = "मंगलवार को सबीना तट की ओर बढ़ी। 'सबीना' नाम का तूफान अब तेज हो गया है।"
        let actors = try names(text).actors
        XCTAssertFalse(actors.contains { $0.surface.contains("सबीना") }, "\(actors.map(\.surface))")
    }

    func testAStormJoinedByAndIsAStormToo() throws {
        let text = "तूफान लैला और सबीना के बाद शहर में पानी भर गया। सबीना ने सैकड़ों घर उजाड़ दिए।"
        let actors = try names(text).actors
        XCTAssertFalse(actors.contains { $0.surface.contains("सबीना") || $0.surface.contains("लैला") }, "\(actors.map(\.surface))")
    }

    func testACommonNounMaySayWhatABodyIsFor() throws {
        let actors = try names("इंटरनेशनल क्रिकेट काउंसिल (आईसीसी) ने शुक्रवार को मैच टाल दिए।").actors
        XCTAssertEqual(actors.at(0)?.name, "इंटरनेशनल क्रिकेट काउंसिल")
        XCTAssertEqual(actors.at(0)?.evidence, .institution(head: "काउंसिल"))
    }

    func testACommonWordBeforeAHeadIsNotPartOfTheBodysName() throws {
        let glued = try names("जांच के अनुसार कमला अस्पताल ने मरीजों की सूची दी।").actors
        XCTAssertEqual(glued.map(\.name), ["कमला अस्पताल"], "अनुसार is no part of the hospital's name")
        let which = try names("रकम ग्राहक के पुराने बैंक से नहीं कटती।").actors
        XCTAssertEqual(which.map(\.name), [], "the old bank is no bank's name")
        let acting = try names("विशेष अदालत ने आरोपी को जमानत दी।").actors
        XCTAssertEqual(acting.map(\.name), ["विशेष अदालत"], "right before the head of a body that acts")
    }

    func testAJudgesCourtIsTheJudge() throws {
        let actors = try names("जिला न्यायाधीश रमेश चंद्र की अदालत ने आरोपी को दोषी करार दिया।").actors
        XCTAssertEqual(actors.map(\.name), ["रमेश चंद्र"])
        let court = try names("जिले की अदालत ने आरोपी को दोषी करार दिया।").actors
        XCTAssertEqual(court.map(\.name), ["अदालत"], "a court of no named judge acts itself")
    }

    func testACommonNounAloneBeforeAStandAloneHeadIsNoGovernment() throws {
        let actors = try names("इस बात पर सरकार ने जवाब दिया।").actors
        XCTAssertEqual(actors.map(\.name), ["सरकार"])
    }

    func testACountryWhosePlaceFollowsOnlyLocates() throws {
        let found = try names("सेना ने रूस के कुर्स्क इलाके में गुरुवार को गश्त की।")
        XCTAssertFalse(found.actors.contains { $0.actorID == "russia" }, "\(found.actors.map(\.name))")
        XCTAssertTrue(found.places.contains { $0.actorID == "russia" }, "\(found.places.map(\.name))")
    }

    func testAnActingAcronymIsAnOrganizationAndSoAreItsLaterUses() throws {
        let recognizer = ActorRecognizer(gazetteer: try Fixtures.gazetteer(), model: nil)
        let actors = recognizer.recognize(in: "एनटीपीसी ने सोमवार को बिजली दरें घटाईं। बाद में एनटीपीसी के शेयर चढ़े।")
        XCTAssertEqual(actors.map(\.name), ["एनटीपीसी", "एनटीपीसी"])
        XCTAssertEqual(actors.map(\.kind), [.organization, .organization])
        XCTAssertEqual(actors.at(0)?.evidence, .acronym("एनटीपीसी"))
    }

    func testTwoLettersOrAnOfficeAreNoAcronymActor() throws {
        let recognizer = ActorRecognizer(gazetteer: try Fixtures.gazetteer(), model: nil)
        XCTAssertTrue(recognizer.recognize(in: "बीवी ने सोमवार को शिकायत की।").isEmpty)
        XCTAssertEqual(recognizer.recognize(in: "एसएसपी ने सोमवार को बताया।").map(\.evidence), [.officeHolder(role: "एसएसपी")])
        XCTAssertEqual(LatinLetterSpellings.letterCount(of: NameKey("पीएनबी")), 3)
        XCTAssertNil(LatinLetterSpellings.letterCount(of: NameKey("सरकार")))
    }

    func testADescriptionBeforeABodysNameOnlyDescribesIt() throws {
        let recognizer = try Fixtures.recognizer()
        XCTAssertEqual(recognizer.recognize(in: "समाचार एजेंसी रॉयटर्स ने सोमवार को बताया।").ids, ["reuters"])
        let company = ActorRecognizer(gazetteer: try Fixtures.gazetteer(), model: nil).recognize(in: "सरकारी कंपनी ओएनजीसी ने दरें घटाईं।")
        XCTAssertEqual(company.map(\.name), ["ओएनजीसी"])
        XCTAssertEqual(recognizer.recognize(in: "जिला पुलिस रमेश को खोज रही है।").map(\.name).first, "जिला पुलिस",
                       "a head that stands alone is a body itself")
    }

    func testAPlaceAfterAStormWordIsStillAPlace() throws {
        let found = try names("मंगलवार को चक्रवात आंध्र प्रदेश के तट से टकराया।")
        XCTAssertEqual(found.places.map(\.actorID), ["andhra-pradesh"])
        XCTAssertTrue(found.actors.isEmpty, "\(found.actors.map(\.name))")
    }

    func testEmbassiesCentresAndBodiesOfSomeKind() throws {
        let recognizer = try Fixtures.recognizer()
        XCTAssertEqual(recognizer.recognize(in: "चीनी दूतावास ने सोमवार को बयान जारी किया।").map(\.name), ["चीनी दूतावास"])
        XCTAssertEqual(recognizer.recognize(in: "नेशनल हरिकन सेंटर ने चेतावनी दी।").map(\.name), ["नेशनल हरिकन सेंटर"])
        XCTAssertTrue(recognizer.recognize(in: "यह खबर एक समाचार एजेंसी फीड से ली गई है।").isEmpty)
        XCTAssertEqual(recognizer.recognize(in: "जिले की एक अदालत ने मंगलवार को फैसला सुनाया।").map(\.name), ["अदालत"],
                       "a body of some kind that acts is the story's actor")
    }

    func testABodyBeforeARoleOnlySaysWhoseTheOfficeIs() throws {
        let actors = try Fixtures.recognizer().recognize(in: "राज्यसभा सांसद विनोद मल्होत्रा ने सवाल उठाया।")
        XCTAssertEqual(actors.map(\.name), ["विनोद मल्होत्रा"])
    }
}
