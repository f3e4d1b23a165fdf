import XCTest
@testable import ActorRecognition

final class RolePatternTests: XCTestCase {
    func testRoleBeforeKnownPersonSaysTheGazetteerMatchedAndTheRoleAgreed() throws {
        let text = "रूस के विदेश मंत्री सर्गेई लावरोव ने कहा कि बातचीत जारी रहेगी।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        // रूस के विदेश मंत्री: Russia only qualifies the office; the minister acts.
        XCTAssertEqual(mentions.ids, ["sergey-lavrov"])
        XCTAssertEqual(mentions.at(0)?.evidence, .gazetteerAliasAfterRole(alias: "सर्गेई लावरोव", role: "विदेश मंत्री"))
        XCTAssertEqual(mentions.at(0)?.surface, "सर्गेई लावरोव")
    }

    func testCountryAdjectiveBeforeRoleAndOffsets() throws {
        let text = "रूसी विदेश मंत्री सर्गेई लावरोव ने कहा"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.ids, ["sergey-lavrov"], "रूसी is an adjective, not Russia acting")
        XCTAssertEqual(mentions.at(0)?.scalarRange, 18..<31)
        XCTAssertEqual(mentions.at(0)?.name, "सर्गेई लावरोव")
    }

    func testRoleSpellingVariantsReportOneRoleName() throws {
        let mentions = try Fixtures.recognizer().recognize(in: "विदेशमंत्री जयशंकर और प्रधान मंत्री मोदी पहुंचे।")
        XCTAssertEqual(mentions.ids, ["s-jaishankar", "narendra-modi"])
        XCTAssertEqual(mentions.map(\.evidence).map(Self.role), ["विदेश मंत्री", "प्रधानमंत्री"])
    }

    func testUnknownNameAfterRoleBecomesProvisionalPerson() throws {
        let text = "कंपनी के प्रवक्ता राजेश वर्मा ने बताया कि काम शुरू होगा।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.count, 1)
        let mention = try XCTUnwrap(mentions.first)
        XCTAssertNil(mention.actorID)
        XCTAssertTrue(mention.isProvisional)
        XCTAssertEqual(mention.name, "राजेश वर्मा")
        XCTAssertEqual(mention.kind, .person)
        XCTAssertEqual(mention.evidence, .rolePattern(role: "प्रवक्ता"))
        XCTAssertEqual(Fixtures.scalars(text, mention.scalarRange), "राजेश वर्मा")
    }

    func testProvisionalNameStopsAtPostpositions() throws {
        let recognizer = try Fixtures.recognizer()
        let short = recognizer.recognize(in: "विधायक सुनील को टिकट मिला।")
        XCTAssertEqual(short.map(\.name), ["सुनील"])
        let long = recognizer.recognize(in: "सांसद रमेश चंद्र प्रसाद सिन्हा ने सवाल उठाया।")
        XCTAssertEqual(long.map(\.name), ["रमेश चंद्र प्रसाद सिन्हा"])
        let known = recognizer.analyze("राजदूत अनिल मेहता रूस गए।")
        XCTAssertEqual(known.actors.map(\.name), ["अनिल मेहता"])
        XCTAssertEqual(known.places.map(\.name), ["रूस"], "where he went")
    }

    func testRoleWithoutNameOrWithCommonNounGivesNothing() throws {
        let recognizer = try Fixtures.recognizer()
        for text in ["राष्ट्रपति चुनाव में मतदान हुआ।",
                     "देश के प्रमुख शहरों में बारिश हुई।", "नेता प्रतिपक्ष ने सवाल पूछे।", "मुख्यमंत्री, मंत्री और सांसद पहुंचे।",
                     "मुख्यमंत्री राहत कोष में दान दिया गया।", "सांसद निधि से सड़क बनी।"] {
            XCTAssertEqual(recognizer.recognize(in: text).count, 0, text)
        }
        let office = recognizer.recognize(in: "प्रधानमंत्री ने कहा कि योजना जारी रहेगी।")
        XCTAssertEqual(office.map(\.evidence), [.officeHolder(role: "प्रधानमंत्री")], "one office-holder acts")
    }

    func testLongerGazetteerNameBeatsRoleWord() throws {
        let mentions = try Fixtures.recognizer().recognize(in: "प्रधानमंत्री कार्यालय ने बयान जारी किया।")
        XCTAssertEqual(mentions.ids, ["pmo-india"])
    }

    func testRoleFollowedByCountryAdjectiveGivesNoActor() throws {
        let mentions = try Fixtures.recognizer().recognize(in: "कई प्रमुख भारतीय कंपनियों ने निवेश किया।")
        XCTAssertEqual(mentions.ids, [], "भारतीय कंपनियां are companies, not India acting")
    }

    static func role(_ evidence: Evidence) -> String? {
        switch evidence {
        case .rolePattern(let role), .gazetteerAliasAfterRole(_, let role): return role
        default: return nil
        }
    }

    func testAStateOrAdverbAfterARoleIsNoName() throws {
        let recognizer = try Fixtures.recognizer()
        let appointed = recognizer.recognize(in: "अदालत में कल नए जज नियुक्त किए गए।")
        XCTAssertFalse(appointed.contains { $0.surface.contains("नियुक्त") }, "\(appointed.map(\.surface))")
        let judge = recognizer.recognize(in: "पूर्व न्यायाधीश विनोद मल्होत्रा फिलहाल छुट्टी पर हैं।")
        XCTAssertEqual(judge.map(\.name), ["विनोद मल्होत्रा"])
    }

    func testARoleHeldBeforeTheNameIntroducesIt() throws {
        let actors = try Fixtures.recognizer().recognize(in: "सरकारी वकील रहे नरेश पाठक ने सोमवार को इस्तीफा दिया।")
        XCTAssertEqual(actors.map(\.name), ["नरेश पाठक"])
        XCTAssertEqual(actors.first?.evidence, .rolePattern(role: "सरकारी वकील"))
    }

    func testOfficesInAListAreEachOneHolder() throws {
        let actors = try Fixtures.recognizer().recognize(in: "तहसीलदार, एडीएम व मुख्य कोषाधिकारी की टीम ने बुधवार को जांच की।")
        XCTAssertEqual(actors.map(\.name), ["तहसीलदार", "एडीएम", "मुख्य कोषाधिकारी"])
        XCTAssertTrue(actors.allSatisfy { $0.kind == .person })
    }

    func testACounterpartIsARoleAndAPluralIsNoName() throws {
        let recognizer = try Fixtures.recognizer()
        XCTAssertEqual(recognizer.recognize(in: "चीनी समकक्ष झांग वेई ने फोन पर बात की।").map(\.name), ["झांग वेई"])
        XCTAssertTrue(recognizer.recognize(in: "साइबर ठगों ने सोमवार को खाताधारकों के खाते से रकम निकाली।").isEmpty)
    }

    func testAResidentOfAPlaceIsThePersonNamedAfterIt() throws {
        let recognizer = try Fixtures.recognizer()
        let found = recognizer.analyze("पुलिस ने गांव गदराना निवासी नरेंद्र को पकड़ा।")
        XCTAssertEqual(found.actors.map(\.name), ["पुलिस", "नरेंद्र"])
        XCTAssertEqual(found.actors.at(1)?.evidence, .rolePattern(role: "निवासी"))
        XCTAssertEqual(found.places.map(\.name), ["गदराना"])
        XCTAssertTrue(recognizer.recognize(in: "कटरा निवासी युवक ने शिकायत दी।").isEmpty, "युवक is no name")
    }

    func testAVerbAfterARoleIsNoNameAndAFullStopEndsTheName() throws {
        let recognizer = try Fixtures.recognizer()
        let found = recognizer.recognize(in: "फाइनल में हमारी खिलाड़ी उतरेगी. रमेश ने कहा कि टीम तैयार है।")
        XCTAssertFalse(found.contains { $0.surface.contains("उतरेगी") }, "\(found.map(\.surface))")
    }
}
