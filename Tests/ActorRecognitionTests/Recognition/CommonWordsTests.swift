import XCTest
@testable import ActorRecognition

final class CommonWordsTests: XCTestCase {
    func testOrdinaryParagraphHasNoActors() throws {
        let paragraph = """
        आज सुबह से ही शहर में तेज बारिश हो रही है। लोगों ने बताया कि कई इलाकों में पानी भर गया और बाजार देर तक बंद रहे।
        प्रशासन ने कहा है कि हालात पर नजर रखी जा रही है और जरूरत पड़ने पर राहत दल भेजे जाएंगे। एक नेता ने कहा कि
        आप भी घर से निकलने से पहले मौसम की जानकारी ले लें। प्रमुख सड़कों पर यातायात धीमा रहा, लेकिन शाम तक
        स्थिति सामान्य हो गई। मंत्री ने अधिकारियों के साथ बैठक की और उन्हें जरूरी निर्देश दिए।
        """
        let mentions = try Fixtures.recognizer().recognize(in: paragraph)
        XCTAssertEqual(mentions.map(\.surface), ["प्रशासन"], "the administration acts; nobody else is named")
        XCTAssertEqual(mentions.at(0)?.evidence, .institution(head: "प्रशासन"))
    }

    func testSingleLetterTokensNeverMatchAlone() throws {
        let actors = [Actor(id: "n-party", kind: .party, canonicalName: "न", latinName: "N", aliases: ["व"])]
        let recognizer = ActorRecognizer(gazetteer: Gazetteer(actors: actors))
        XCTAssertEqual(recognizer.recognize(in: "न तो व और N भी नहीं").count, 0)
    }

    func testARoleWordBeforeAMonthOrWeekdayMakesNoProvisionalPerson() throws {
        let recognizer = try Fixtures.recognizer()
        for text in ["दोनों नेता अक्टूबर में फिर मिलेंगे।", "प्रवक्ता सोमवार को बोले।", "मंत्री अगले हफ्ते आएंगे।"] {
            let provisional = recognizer.recognize(in: text).filter { $0.actorID == nil }
            XCTAssertEqual(provisional.map(\.name), [], text)
        }
    }
}
