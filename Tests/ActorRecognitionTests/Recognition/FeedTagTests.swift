import XCTest
@testable import ActorRecognition

final class FeedTagTests: XCTestCase {
    func testKnownTagsAndProvisionalNameTag() throws {
        let text = "मॉस्को में वार्ता हुई।"
        let tags = ["उत्तर कोरिया", "रूस", "सर्गेई लावरोव", "अरुण तिवारी", "क्रिकेट", "2025", "उत्तर कोरिया"]
        let names = try Fixtures.recognizer().analyze(text, tags: tags)
        XCTAssertEqual(names.places.map(\.actorID), ["moscow"], "मॉस्को में says where")
        let mentions = names.actors
        XCTAssertEqual(mentions.ids, ["north-korea", "russia", "sergey-lavrov", nil])
        let tagMentions = mentions
        XCTAssertEqual(tagMentions.map(\.evidence), [.feedTag("उत्तर कोरिया"), .feedTag("रूस"), .feedTag("सर्गेई लावरोव"),
                                                     .feedTag("अरुण तिवारी")])
        let end = text.unicodeScalars.count
        XCTAssertTrue(tagMentions.allSatisfy { $0.scalarRange == end..<end && $0.range == text.endIndex..<text.endIndex })
        XCTAssertEqual(tagMentions.at(3)?.name, "अरुण तिवारी")
        XCTAssertEqual(tagMentions.at(3)?.isProvisional, true)
        XCTAssertNil(tagMentions.at(3)?.kind)
    }

    func testTagMatchingIgnoresNuktaAndAllowsStopWordAliases() throws {
        let mentions = try Fixtures.recognizer().recognize(in: "", tags: ["\u{095B}ेलेंस्की", "आप"])
        XCTAssertEqual(mentions.ids, ["volodymyr-zelensky", "aap"])
    }

    func testProvisionalTagNameIsFoundInTheText() throws {
        let text = "अरुण तिवारी ने पुरस्कार जीता।"
        let mentions = try Fixtures.recognizer().recognize(in: text, tags: ["अरुण तिवारी"])
        XCTAssertEqual(mentions.count, 2)
        XCTAssertEqual(mentions.at(0)?.surface, "अरुण तिवारी")
        XCTAssertEqual(mentions.at(0)?.scalarRange, 0..<11)
        XCTAssertEqual(mentions.at(0)?.evidence, .feedTag("अरुण तिवारी"))
        XCTAssertEqual(mentions.at(0)?.isProvisional, true)
    }

    func testKnownPersonTagEnablesShortForms() throws {
        let mentions = try Fixtures.recognizer().recognize(in: "किम ने मिसाइल परीक्षण देखा।", tags: ["किम जोंग उन"])
        XCTAssertEqual(mentions.ids, ["kim-jong-un", "kim-jong-un"])
        XCTAssertEqual(mentions.at(0)?.evidence, .shortForm(of: "किम जोंग उन"))
    }

    func testRoleWordShowsThatProvisionalTagNameIsAPerson() throws {
        let text = "संस्था के प्रवक्ता अरुण तिवारी ने घोषणा की। तिवारी ने कहा कि काम जारी रहेगा।"
        let mentions = try Fixtures.recognizer().recognize(in: text, tags: ["अरुण तिवारी"])
        XCTAssertEqual(mentions.map(\.surface), ["अरुण तिवारी", "तिवारी", "अरुण तिवारी"])
        XCTAssertEqual(mentions.map(\.kind), [.person, .person, .person])
        XCTAssertEqual(mentions.map(\.evidence), [.rolePattern(role: "प्रवक्ता"), .shortForm(of: "अरुण तिवारी"),
                                                  .feedTag("अरुण तिवारी")])
    }
}
