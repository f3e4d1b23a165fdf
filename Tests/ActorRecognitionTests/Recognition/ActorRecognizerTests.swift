import XCTest
@testable import ActorRecognition

final class ActorRecognizerTests: XCTestCase {
    func testLongestGazetteerNameWins() throws {
        let text = "उत्तर कोरिया और दक्षिण कोरिया के बीच तनाव पर किम जोंग उन चुप रहे।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.ids, ["north-korea", "south-korea", "kim-jong-un"])
        XCTAssertEqual(mentions.map(\.surface), ["उत्तर कोरिया", "दक्षिण कोरिया", "किम जोंग उन"])
        XCTAssertEqual(mentions.at(0)?.evidence, .gazetteerAlias("उत्तर कोरिया"))
        XCTAssertEqual(mentions.at(2)?.kind, .person)
    }

    func testCountryAdjectivesAreNotTheCountryActing() throws {
        let text = "रूस के अधिकारियों ने अमेरिकी और पाकिस्तानी दूतों से मुलाकात की, भारतीय दल भी मौजूद था।"
        let names = try Fixtures.recognizer().analyze(text)
        XCTAssertEqual(names.actors.ids, ["russia"], "रूस के अधिकारियों: Russia's officials act; the adjectives are no actors")
        XCTAssertEqual(names.places.map(\.actorID), [])
    }

    func testPluralObliqueOfCountryAdjectivesIsNoActor() throws {
        let text = "अमेरिकियों और भारतीयों के अलावा रूसियों ने भी हिस्सा लिया, पर शहरों में असर नहीं दिखा।"
        let names = try Fixtures.recognizer().analyze(text)
        XCTAssertEqual(names.actors.ids, [])
        XCTAssertEqual(names.places.map(\.actorID), [])
    }

    func testAbbreviationsAndLatinAliases() throws {
        let text = "भाजपा और सपा के बाद BJP नेताओं ने ISRO की तारीफ की।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.ids, ["bjp", "sp", "bjp", "isro"])
        XCTAssertEqual(mentions.at(2)?.name, "भारतीय जनता पार्टी")
    }

    func testNuktaSpellingsMatchTheSameActor() throws {
        let recognizer = try Fixtures.recognizer()
        for spelling in ["\u{095B}ेलेंस्की", "\u{091C}\u{093C}ेलेंस्की", "जेलेंस्की"] {
            let mentions = recognizer.recognize(in: "राष्ट्र के नाम संदेश में \(spelling) बोले।")
            XCTAssertEqual(mentions.ids, ["volodymyr-zelensky"], spelling)
            XCTAssertEqual(mentions.first?.surface, spelling)
        }
    }

    func testOffsetsPointIntoTheOriginalText() throws {
        let text = "कल\u{00A0}ज\u{093C}ेलेंस्की ने उत्तर\u{00A0}कोरिया\u{200D} और फ\u{093C}्रांस के बारे में बात की।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.ids, ["volodymyr-zelensky", "north-korea", "france"])
        for mention in mentions {
            XCTAssertEqual(Fixtures.scalars(text, mention.scalarRange), mention.surface)
            XCTAssertEqual(String(text.unicodeScalars[mention.range]), mention.surface)
        }
        XCTAssertEqual(mentions.at(0)?.scalarRange, 3..<13)
        XCTAssertEqual(mentions.at(1)?.surface, "उत्तर\u{00A0}कोरिया\u{200D}")
    }

    func testNamesDoNotMatchAcrossPunctuation() throws {
        let mentions = try Fixtures.recognizer().recognize(in: "उसने उत्तर, कोरिया नहीं कहा।")
        XCTAssertEqual(mentions.ids, [])
    }

    func testStopWordAliasAndUnresolvedSharedAliasAreNotMentions() throws {
        let recognizer = try Fixtures.recognizer()
        XCTAssertEqual(recognizer.recognize(in: "आप क्या सोचते हैं?").count, 0)
        XCTAssertEqual(recognizer.recognize(in: "किम ने बयान जारी किया।").count, 0)
        XCTAssertEqual(recognizer.recognize(in: "आम आदमी पार्टी ने बैठक की।").ids, ["aap"])
    }

    func testEmptyTextGivesNoMentions() throws {
        XCTAssertEqual(try Fixtures.recognizer().recognize(in: "").count, 0)
        XCTAssertEqual(try Fixtures.recognizer().recognize(in: " \u{00A0}।,").count, 0)
    }
}
