import EventStore
import Foundation

/// A realistic dated-event payload (~600 bytes of JSON): a Hindi sentence, the temporal expression
/// found in it, its resolved date and the actors mentioned.
enum BenchPayload {
    static let sentences = [
        "प्रधानमंत्री ने मंगलवार, 5 मार्च 2024 को नई दिल्ली में मंत्रिमंडल की बैठक बुलाई।",
        "नेपाल के विदेश मंत्री अगले महीने की 12 तारीख को काठमांडू में प्रतिनिधिमंडल से मिलेंगे।",
        "चुनाव आयोग ने कहा कि मतदान 19 अप्रैल से सात चरणों में होगा और गिनती 4 जून को होगी।",
    ]

    static func make(_ number: Int) -> NewEvent {
        let sentence = sentences[number % sentences.count]
        let day = number % 28 + 1
        let data = """
            {"article_id": "art-\(100_000 + number)", "source": "समाचार-सेवा", "sentence": "\(sentence)", \
            "expression": "\(day) मार्च 2024", "date": "2024-03-\(day < 10 ? "0" : "")\(day)", "granularity": "day", \
            "actors": ["भारत", "नेपाल"], "confidence": 0.92, "offset": [\(number % 90), \(number % 90 + 14)]}
            """
        return NewEvent(type: "DatedEventExtracted", data: data, metadata: #"{"extractor": "hindi-temporal", "run": 1}"#)
    }
}
