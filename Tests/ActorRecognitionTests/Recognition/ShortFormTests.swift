import XCTest
@testable import ActorRecognition

final class ShortFormTests: XCTestCase {
    func testFirstNameRefersBackToKnownFullName() throws {
        let text = "उत्तर कोरिया के नेता किम जोंग उन ने परीक्षण देखा। बाद में किम ने सेना की तारीफ की।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.ids, ["kim-jong-un", "kim-jong-un"], "उत्तर कोरिया के नेता: the country only qualifies the role")
        guard mentions.count == 2 else { return }
        XCTAssertEqual(mentions.at(0)?.evidence, .gazetteerAliasAfterRole(alias: "किम जोंग उन", role: "नेता"))
        XCTAssertEqual(mentions.at(1)?.evidence, .shortForm(of: "किम जोंग उन"))
        XCTAssertEqual(mentions.at(1)?.surface, "किम")
    }

    func testSurnameRefersBackToProvisionalName() throws {
        let text = "प्रवक्ता राजेश वर्मा ने कहा कि जांच होगी। वर्मा ने यह भी बताया कि रिपोर्ट जल्द आएगी।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        guard mentions.count == 2 else { return XCTFail("expected 2 mentions, got \(mentions)") }
        XCTAssertEqual(mentions.at(1)?.actorID, nil)
        XCTAssertEqual(mentions.at(1)?.name, "राजेश वर्मा")
        XCTAssertEqual(mentions.at(1)?.surface, "वर्मा")
        XCTAssertEqual(mentions.at(1)?.kind, .person)
        XCTAssertEqual(mentions.at(1)?.evidence, .shortForm(of: "राजेश वर्मा"))
    }

    func testRepeatedProvisionalFullNameMapsToTheSameName() throws {
        let text = "महासचिव सुधा राठौर पहुंचीं। सभा में सुधा राठौर ने भाषण दिया।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.map(\.name), ["सुधा राठौर", "सुधा राठौर"])
        guard mentions.count == 2 else { return }
        XCTAssertEqual(mentions.at(1)?.evidence, .rolePattern(role: "महासचिव"))
    }

    func testShortFormBeforeFullNameResolvesButNotInAnotherArticle() throws {
        let recognizer = try Fixtures.recognizer()
        let before = recognizer.recognize(in: "वर्मा ने कहा। बाद में प्रवक्ता राजेश वर्मा ने पुष्टि की।")
        XCTAssertEqual(before.map(\.name), ["राजेश वर्मा", "राजेश वर्मा"])
        XCTAssertEqual(before.at(0)?.evidence, .shortForm(of: "राजेश वर्मा"))
        _ = recognizer.recognize(in: "प्रवक्ता राजेश वर्मा ने कहा।")
        XCTAssertFalse(recognizer.recognize(in: "वर्मा ने कहा।").contains { $0.name == "राजेश वर्मा" })
    }

    func testShortFormSharedByTwoNamesStaysUnresolved() throws {
        let text = "प्रवक्ता राजेश वर्मा और विधायक अनीता वर्मा पहुंचे। वर्मा ने कहा कि बैठक अच्छी रही।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.map(\.name), ["राजेश वर्मा", "अनीता वर्मा"])
    }

    func testInitialsAreNotShortForms() throws {
        let text = "विदेश मंत्री एस जयशंकर ने कहा कि एस-400 प्रणाली की आपूर्ति जारी है। जयशंकर ने आभार जताया।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.map(\.surface), ["एस जयशंकर", "जयशंकर"])
        XCTAssertEqual(mentions.ids, ["s-jaishankar", "s-jaishankar"])
    }

    func testAShortFormBeforeItsFullNameResolvesWithoutTheTagger() throws {
        let recognizer = ActorRecognizer(gazetteer: try Fixtures.gazetteer(), model: nil)
        let mentions = recognizer.recognize(in: "यादव को जमानत मिली। आरोपी रमेश यादव को पुलिस ने पकड़ा था।")
        XCTAssertEqual(mentions.map(\.name), ["रमेश यादव", "रमेश यादव", "पुलिस"])
        XCTAssertEqual(mentions.at(0)?.evidence, .shortForm(of: "रमेश यादव"))
    }

    func testAOneWordNameAfterARoleMeansThePersonElsewhereInTheArticle() throws {
        let recognizer = ActorRecognizer(gazetteer: try Fixtures.gazetteer(), model: nil)
        let text = "सोमवार को तहलियानी को सुनवाई सौंपी गई। न्यायाधीश तहलियानी ने कहा कि सुनवाई रोज होगी। तहलियानी कल आएंगे।"
        let mentions = recognizer.recognize(in: text)
        XCTAssertEqual(mentions.map(\.surface), ["तहलियानी", "तहलियानी", "तहलियानी"])
        XCTAssertEqual(Set(mentions.map(\.name)), ["तहलियानी"])
        XCTAssertEqual(mentions.map(\.evidence), [.shortForm(of: "तहलियानी"), .rolePattern(role: "न्यायाधीश"),
                                                 .rolePattern(role: "न्यायाधीश")])
    }
}
