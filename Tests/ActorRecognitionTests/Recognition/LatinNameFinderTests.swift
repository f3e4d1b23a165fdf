import XCTest
@testable import ActorRecognition

/// Repeated capitalised Latin-script names become provisional actors.
final class LatinNameFinderTests: XCTestCase {
    private func provisional(_ text: String, tags: [String] = []) throws -> [ActorMention] {
        try Fixtures.recognizer().recognize(in: text, tags: tags).filter(\.isProvisional)
    }

    // MARK: Found

    func testNameWrittenTwiceBecomesProvisionalPersonWithLatinEvidence() throws {
        let text = "Lena Fischer ने बुधवार को कहा कि बातचीत जारी रहेगी। शाम को Lena Fischer ने पत्रकारों से बात की।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.count, 2)
        for mention in mentions {
            XCTAssertNil(mention.actorID)
            XCTAssertEqual(mention.name, "Lena Fischer")
            XCTAssertEqual(mention.kind, .person)
            XCTAssertEqual(mention.surface, "Lena Fischer")
            XCTAssertEqual(mention.evidence, .latinName("Lena Fischer"))
            XCTAssertEqual(Fixtures.scalars(text, mention.scalarRange), "Lena Fischer")
        }
        XCTAssertEqual(mentions.at(0)?.scalarRange, 0..<12)
    }

    func testLastWordAfterFullNameIsAShortFormOfIt() throws {
        let text = "Jean-Noël Barrot ने सोमवार को बैठक बुलाई। बैठक के बाद Barrot ने कहा कि प्रस्ताव तैयार है।"
        let mentions = try provisional(text)
        XCTAssertEqual(mentions.map(\.surface), ["Jean-Noël Barrot", "Barrot"])
        XCTAssertEqual(mentions.map(\.name), ["Jean-Noël Barrot", "Jean-Noël Barrot"])
        XCTAssertEqual(mentions.map(\.evidence), [.latinName("Jean-Noël Barrot"), .shortForm(of: "Jean-Noël Barrot")])
    }

    func testShortFormAfterARepeatedFullName() throws {
        let text = "Tomas Lindqvist पहुंचे। Tomas Lindqvist ने भाषण दिया। बाद में Lindqvist ने सवालों के जवाब दिए।"
        let mentions = try provisional(text)
        XCTAssertEqual(mentions.map(\.evidence), [.latinName("Tomas Lindqvist"), .latinName("Tomas Lindqvist"),
                                                  .shortForm(of: "Tomas Lindqvist")])
    }

    func testInternalCapitalsParticlesApostrophesAndDiacritics() throws {
        let recognizer = try Fixtures.recognizer()
        let company = recognizer.recognize(in: "VeloraAI ने नया मॉडल पेश किया। VeloraAI के मुताबिक परीक्षण पूरा हुआ।")
        XCTAssertEqual(company.map(\.name), ["VeloraAI", "VeloraAI"])
        let particle = recognizer.recognize(in: "Karim bin Rashid ने दौरा किया। Karim bin Rashid का स्वागत हुआ।")
        XCTAssertEqual(particle.map(\.name), ["Karim bin Rashid", "Karim bin Rashid"])
        let article = recognizer.recognize(in: "Omar al-Hakim ने बयान दिया। अगले दिन Hakim ने फिर बयान दिया।")
        XCTAssertEqual(article.map(\.surface), ["Omar al-Hakim", "Hakim"])
        let apostrophe = recognizer.recognize(in: "Siobhan O'Neill ने कहा। O'Neill ने आगे कहा।")
        XCTAssertEqual(apostrophe.map(\.surface), ["Siobhan O'Neill", "O'Neill"])
        XCTAssertEqual(apostrophe.map(\.name), ["Siobhan O'Neill", "Siobhan O'Neill"])
    }

    func testSpellingVariantsFoldToTheNameAsFirstWritten() throws {
        let text = "Zoë Müller ने रिपोर्ट सौंपी। समिति ने Zoe  Muller की रिपोर्ट पर चर्चा की।"
        let mentions = try provisional(text)
        XCTAssertEqual(mentions.map(\.surface), ["Zoë Müller", "Zoe  Muller"])
        XCTAssertEqual(mentions.map(\.name), ["Zoë Müller", "Zoë Müller"])
    }

    func testRoleWordBeforeARepeatedLatinNameGivesRoleEvidence() throws {
        let text = "प्रवक्ता Lena Fischer ने कहा कि जांच होगी। Lena Fischer ने बाद में ब्योरा दिया।"
        let mentions = try provisional(text)
        XCTAssertEqual(mentions.map(\.evidence), [.rolePattern(role: "प्रवक्ता"), .latinName("Lena Fischer")])
    }

    func testFeedTagOfTheSameNameKeepsTagEvidence() throws {
        let text = "Lena Fischer ने कहा। Lena Fischer ने दोहराया।"
        let mentions = try provisional(text, tags: ["Lena Fischer"])
        XCTAssertEqual(mentions.map(\.evidence), [.feedTag("Lena Fischer"), .feedTag("Lena Fischer"),
                                                  .feedTag("Lena Fischer")])
        XCTAssertEqual(Set(mentions.map(\.name)), ["Lena Fischer"])
    }

    // MARK: Not found

    func testNameWrittenOnceIsNotAnActor() throws {
        XCTAssertEqual(try provisional("Lena Fischer ने बुधवार को कहा कि बातचीत जारी रहेगी।"), [])
        XCTAssertEqual(try provisional("Barrot ने कहा। बाद में Jean-Noël Barrot पहुंचे।"), [],
                       "a last word before the full name is not a short form of it")
    }

    func testStopWordsBylinesAndTimesAreNotActors() throws {
        let text = """
        नई दिल्ली (IANS) बैठक सुबह 10 AM IST पर शुरू हुई। Read More: बैठक शाम 5 PM IST तक चली। Photo और Video देखें।
        Monday को AI पर चर्चा हुई, Monday को ही AI नीति बनी। March में Photo और Video जारी हुए। The बैठक, The फैसला।
        (IANS) Read More
        """
        XCTAssertEqual(try provisional(text), [])
    }

    func testGazetteerLatinAliasWins() throws {
        let text = "Lavrov ने कहा कि बातचीत होगी। Lavrov ने दोहराया। Ursula von der Leyen और Ursula von der Leyen पहुंचीं।"
        let mentions = try Fixtures.recognizer().recognize(in: text)
        XCTAssertEqual(mentions.ids, ["sergey-lavrov", "sergey-lavrov", "ursula-von-der-leyen", "ursula-von-der-leyen"])
        XCTAssertEqual(mentions.at(0)?.evidence, .gazetteerAlias("Lavrov"))
        let before = try Fixtures.recognizer().recognize(in: "Irina Lavrov ने कहा। Irina Lavrov ने दोहराया।")
        XCTAssertEqual(before.map(\.name), ["Irina", "सर्गेई लावरोव", "Irina", "सर्गेई लावरोव"],
                       "the gazetteer word ends the Latin name before it")
    }

    func testLinksAndEmailAddressesAreNotNames() throws {
        let text = """
        Lena Fischer ने बयान जारी किया। पूरा बयान https://News.Example.org/Lena-Fischer पर और www.Lena.Fischer.org पर है,
        संपर्क Lena.Fischer@Example.org पर करें।
        """
        XCTAssertEqual(try provisional(text), [])
        let repeated = "Lena Fischer ने कहा। Lena Fischer ने https://example.org/Fischer पर लिखा, Lena@example.org पर नहीं।"
        XCTAssertEqual(try provisional(repeated).map(\.surface), ["Lena Fischer", "Lena Fischer"],
                       "a word of a known name inside a link is not a short form")
    }

    func testDandaAndFullStopEndANameInsideASentence() throws {
        let text = "कंपनी का नाम Nordwind। Fischer ने इस्तीफा दिया। कंपनी Nordwind. Fischer ने फिर कहा।"
        let mentions = try provisional(text)
        XCTAssertEqual(mentions.map(\.surface), ["Nordwind", "Fischer", "Nordwind", "Fischer"])
        XCTAssertFalse(mentions.contains { $0.name.contains(" ") }, "no name spans the danda or the full stop")
    }

    func testRunsOfMoreThanFourWordsAreNotNames() throws {
        let text = "पोस्टर पर Keep Calm Carry Forward Together लिखा था। दूसरे पोस्टर पर भी Keep Calm Carry Forward Together लिखा था।"
        XCTAssertEqual(try provisional(text), [])
    }

    func testWordSharedByTwoFullNamesStandsForNeither() throws {
        let text = "Anna Berg और Erik Berg पहुंचे। Anna Berg ने कहा, Erik Berg ने सुना। Berg ने फिर कहा।"
        let mentions = try provisional(text)
        XCTAssertEqual(mentions.map(\.surface), ["Anna Berg", "Erik Berg", "Anna Berg", "Erik Berg"])
    }

    func testFeedTrailerWordsDoNotCount() throws {
        let raw = "Lena Fischer ने कहा कि बैठक होगी।\n(tagstotranslate) Lena Fischer (t) Berlin\nSource link"
        let trailer = FeedTrailer.split(raw)
        let mentions = try provisional(trailer.body)
        XCTAssertEqual(mentions, [], "the tag line and the source link are not part of the body")
    }
}
