import EventClustering
import Testing

/// Reprints are found by their fingerprints: articles written here for the purpose.
struct ArticleFingerprintTests {
    static let story = """
        नई दिल्ली। प्रधानमंत्री नरेंद्र मोदी ने सोमवार को राष्ट्रपति भवन में जापान के प्रधानमंत्री से मुलाकात की। \
        दोनों नेताओं ने व्यापार, रक्षा और जलवायु पर बात की और एक नए समझौते पर हस्ताक्षर किए। \
        विदेश मंत्रालय के प्रवक्ता ने बताया कि अगले महीने दोनों देशों के मंत्री टोक्यो में फिर मिलेंगे। \
        बैठक करीब दो घंटे चली। इससे पहले जापानी प्रधानमंत्री ने राजघाट पर महात्मा गांधी को श्रद्धांजलि दी। \
        शाम को उनके सम्मान में भोज का आयोजन किया गया जिसमें कई उद्योगपति शामिल हुए।
        """

    @Test func anExactReprintHasTheSameFingerprint() {
        #expect(ArticleFingerprint(text: Self.story).similarity(to: ArticleFingerprint(text: Self.story)) == 1)
    }

    @Test func nuktaAndSpacingDoNotChangeIt() {
        let variant = Self.story.replacingOccurrences(of: "मुलाकात", with: "मुलाक़ात")
            .replacingOccurrences(of: " ", with: "  ")
        #expect(ArticleFingerprint(text: variant) == ArticleFingerprint(text: Self.story))
    }

    @Test func aNearCopyStaysClose() {
        let trailer = Self.story + " (एजेंसी इनपुट के साथ) यह खबर हमारे सहयोगी अखबार में भी छपी है। हमें फेसबुक और ट्विटर पर फॉलो करें।"
        let headline = "मोदी-जापान वार्ता: " + Self.story
        let dropped = Self.story.replacingOccurrences(of: "बैठक करीब दो घंटे चली। ", with: "")
        for copy in [trailer, headline, dropped] {
            let similarity = ArticleFingerprint(text: copy).similarity(to: ArticleFingerprint(text: Self.story))
            #expect(similarity >= 0.6, "similarity \(similarity)")
            let shared = Set(ArticleFingerprint(text: copy).bandKeys).intersection(ArticleFingerprint(text: Self.story).bandKeys)
            #expect(!shared.isEmpty, "a near copy shares a band")
        }
    }

    @Test func anotherStoryOfTheSamePeopleIsFar() {
        let other = """
            प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को वाराणसी में एक रैली को संबोधित किया और किसानों के लिए नई योजना की घोषणा की। \
            उन्होंने कहा कि सरकार गांवों में सड़कें और अस्पताल बनाएगी। रैली में हजारों लोग पहुंचे थे।
            """
        let similarity = ArticleFingerprint(text: other).similarity(to: ArticleFingerprint(text: Self.story))
        #expect(similarity < 0.2, "similarity \(similarity)")
    }

    @Test func aShortTextStillHasAFingerprint() {
        #expect(ArticleFingerprint(text: "बाढ़").similarity(to: ArticleFingerprint(text: "बाढ़")) == 1)
        #expect(ArticleFingerprint(text: "").bandKeys.isEmpty, "an empty text is nobody's candidate")
        #expect(ArticleFingerprint(text: "बाढ़").bandKeys.count == 1)
    }
}

/// Short texts fill few slots: their empty bands give no keys, so they are not all candidates of one another.
struct ShortTextBandTests {
    @Test func emptyBandsGiveNoKeys() {
        let a = ArticleFingerprint(text: "परिषद ने प्रस्ताव 5 पारित किया।")
        let b = ArticleFingerprint(text: "परिषद ने प्रस्ताव 6 पारित किया।")
        #expect(a.bandKeys.count < ArticleFingerprint.bandCount)
        #expect(Set(a.bandKeys).isDisjoint(with: b.bandKeys), "no shingle in common, no band in common")
        #expect(a.similarity(to: b) == 0)
    }
}
