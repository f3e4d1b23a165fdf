import EventClustering
import Testing

struct SentenceSketchTests {
    @Test func functionWordsDoNotCount() {
        let a = SentenceSketch(sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की")
        let b = SentenceSketch(sentence: "सोमवार को मोदी और बाइडेन की मुलाकात हुई")
        #expect(a.similarity(to: b) == 1)
    }

    @Test func differentSentencesShareLittle() {
        let a = SentenceSketch(sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की")
        let b = SentenceSketch(sentence: "बाढ़ से बिहार के बारह जिलों में फसलें बर्बाद हुईं")
        #expect(a.similarity(to: b) == 0)
        #expect(SentenceSketch(sentence: "").similarity(to: SentenceSketch(sentence: "")) == 0)
    }
}
