import Foundation
import HindiTemporal
import Postgres
@testable import Timelines

/// Articles written for the event clustering tests: one story, its reprints and near copies, and
/// other reports of the same and of other happenings.
enum ClusterFixtures {
    static func article(_ id: String, host: String = "fixtures.test", source: String? = nil, published: String,
                        title: String? = nil, text: String) -> Article {
        Article(identifier: "https://\(host)/\(id)", url: "https://\(host)/\(id)", title: title ?? "शीर्षक \(id)",
                published: CalendarDay(iso: published)!, text: text, source: source)
    }

    /// Published Sunday 2025-07-13: the meeting on Saturday, a statement, and background.
    static let paragraphs = [
        "रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की और दोनों देशों के रिश्तों पर लंबी चर्चा की।",
        "सरकारी समाचार एजेंसी के अनुसार बैठक करीब तीन घंटे चली और इसमें व्यापार, ऊर्जा, रेल संपर्क और सुरक्षा से जुड़े कई मुद्दों पर बात हुई।",
        "लावरोव ने कहा कि पिछले साल जून में हुए समझौते के बाद दोनों देशों के बीच सहयोग तेजी से बढ़ा है और आगे भी बढ़ता रहेगा।",
        "उत्तर कोरिया के अधिकारियों ने मेहमानों का हवाई अड्डे पर पारंपरिक तरीके से स्वागत किया और शहर के कई हिस्सों में झंडे लगाए गए थे।",
        "विश्लेषकों का मानना है कि इस यात्रा से पूर्वी एशिया की राजनीति पर गहरा असर पड़ सकता है और पड़ोसी देश इस पर नजर रखे हुए हैं।",
        "लावरोव की यह यात्रा तीन दिन चलेगी और इसके बाद वह बीजिंग जाएंगे जहां उनकी चीनी अधिकारियों से बातचीत होनी है।",
    ]
    static let story = article("story", source: "alpha", published: "2025-07-13", title: "लावरोव प्योंगयांग में",
                               text: paragraphs.joined(separator: " "))

    static let exactReprint = article("copy", host: "beta.test", source: "beta", published: "2025-07-13",
                                      title: "प्योंगयांग में लावरोव और किम", text: story.text)

    static let withTrailer = article("trailer", host: "gamma.test", source: "gamma", published: "2025-07-13",
                                     title: "किम-लावरोव वार्ता", text: story.text + " (एजेंसी इनपुट के साथ) ताजा खबरों के लिए हमारे ऐप को डाउनलोड करें।")

    static let paragraphDropped = article("dropped", host: "delta.test", source: "delta", published: "2025-07-14",
                                          text: paragraphs.enumerated().filter { $0.offset != 3 }.map(\.element).joined(separator: " "))

    /// The same story updated under a new URL of the same outlet: one sentence more at the end.
    static let updated = article("story-updated", source: "alpha", published: "2025-07-13",
                                 text: story.text + " लावरोव सोमवार को बीजिंग के लिए रवाना होंगे।")

    /// Another outlet, in its own words: the same meeting on the same Saturday.
    static let otherWords = article("own-words", host: "epsilon.test", source: "epsilon", published: "2025-07-13", text: """
        उत्तर कोरियाई नेता किम जोंग उन और रूसी विदेश मंत्री लावरोव की शनिवार को प्योंगयांग में मुलाकात हुई। \
        सरकारी मीडिया ने तस्वीरें जारी कीं जिनमें दोनों नेता हाथ मिलाते दिख रहे हैं।
        """)

    /// The same people meeting again, on Thursday 2025-07-17: another event.
    static let secondMeeting = article("second", host: "epsilon.test", source: "epsilon", published: "2025-07-18", text: """
        किम जोंग उन ने गुरुवार को वोनसान में लावरोव से दोबारा मुलाकात की। \
        इस बार बातचीत का विषय पर्यटन और बंदरगाह थे।
        """)

    /// Friday 2025-07-11: the meeting announced for Saturday.
    static let planned = article("planned", host: "zeta.test", source: "zeta", published: "2025-07-11", text: """
        सर्गेई लावरोव शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात करेंगे। \
        विदेश मंत्रालय ने यात्रा की पुष्टि की है।
        """)

    /// The events of the read model: event id → sorted (stream, expression start) of its mentions.
    static func events(_ connection: PostgresConnection) throws -> [String: [String]] {
        var events: [String: [String]] = [:]
        for row in try connection.query("""
            SELECT m.event_id, t.stream_id || '@' || t.expression_start AS mention
            FROM event_mentions m JOIN (SELECT DISTINCT entry_id, stream_id, expression_start FROM timeline_entries) t
                ON t.entry_id = m.entry_id
            """) {
            events[try row.string("event_id"), default: []].append(try row.string("mention"))
        }
        return events.mapValues { $0.sorted() }
    }
}
