import Testing
@testable import HindiEvents

/// Rules of reading that the case lists do not single out, each on sentences written for it.
@Suite struct ReadingRulesTests {
    let reader = EventReader()

    /// The reading of `sentence` for the first occurrence of `date`.
    func read(_ sentence: String, date: String, future: Bool = false) throws -> EventReading {
        let range = try #require(EventReaderCaseTests.range(of: date, in: sentence))
        return reader.read(sentence, date: range, dateAfterPublication: future)
    }

    @Test func aPlanThatWasToHappenAndDidNotIsNegated() throws {
        let reading = try read("मंत्री का दौरा 12 मार्च को होना था।", date: "12 मार्च")
        #expect(reading.realis == .negated)
        #expect(reading.realisCues == ["होना था"])
        let launch = try read("कंपनी मार्च में नया फोन लॉन्च करने वाली थी।", date: "मार्च")
        #expect(launch.realis == .negated)
    }

    @Test func aPerfectVerbOutweighsADateAfterPublication() throws {
        let reading = try read("सरकार ने प्रतिबंध की अवधि 30 जून तक बढ़ा दी है।", date: "30 जून", future: true)
        #expect(reading.realis == .actual)
        let plan = try read("मंत्री 30 जून को जिले का दौरा करेंगे।", date: "30 जून", future: true)
        #expect(plan.realis == .planned)
    }

    @Test func aParticiplesVerbGroupEndsWithTheParticiple() throws {
        let reading = try read("पिछले साल खिताब जीतने वाली टीम इस बार फाइनल नहीं जीत पाई।", date: "पिछले साल")
        #expect(reading.trigger?.text == "जीतने")
        #expect(reading.realis == .actual)
    }

    @Test func aCallingOffThatIsTheDecisionsObjectNegatesNothing() throws {
        let reading = try read("प्रशासन ने सोमवार को सभी मेलों को रद्द करने का फैसला किया।", date: "सोमवार")
        #expect(reading.realis == .actual)
    }

    @Test func anotherClausesEventIsNotTheDates() throws {
        let reading = try read("अगले दिन मंत्री दिल्ली के लिए रवाना हुए, जहां वे प्रधानमंत्री से मिलेंगे।", date: "अगले दिन")
        #expect(reading.trigger == nil)
        #expect(reading.realis == .actual)
    }

    @Test func aRelativeClauseDatesItsAntecedent() throws {
        let reading = try read("दिल्ली में मुख्यमंत्रियों का सम्मेलन होगा, जो अगले सप्ताह शुरू होगा।", date: "अगले सप्ताह")
        #expect(reading.trigger?.text == "सम्मेलन")
        #expect(reading.realis == .planned)
    }

    @Test func anAnnouncedCurfewIsCoercion() throws {
        let reading = try read("जिला प्रशासन ने रविवार को शहर में कर्फ्यू घोषित कर दिया।", date: "रविवार")
        #expect(reading.trigger?.text == "घोषित")
        #expect(reading.cameo?.code == "17")
        #expect(reading.cameoRule?.hasPrefix("announced act (कर्फ्यू घोषित)") == true)
        let statement = try read("मंत्री ने रविवार को नई नीति की घोषणा की।", date: "रविवार")
        #expect(statement.cameo?.code == "01")
    }

    @Test func askingSomeoneToActIsAnAppeal() throws {
        let reading = try read("केंद्र ने गुरुवार को राज्यों से स्कूल बंद करने को कहा।", date: "गुरुवार")
        #expect(reading.trigger?.text == "कहा")
        #expect(reading.cameo?.code == "02")
        #expect(reading.cameoRule != nil)
    }
}
