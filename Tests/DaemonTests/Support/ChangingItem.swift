import Foundation
import Postgres
import Timelines

/// One feed item whose text changes and changes back (A → B → A), and a new item published
/// beside its return: what an edit reverted, or two CDN edges serving old and new copies, look like.
enum ChangingItem {
    static let identity = "urn:test:badalta-1"
    static let newcomer = "urn:test:naya-2"

    static let textA = "नगर निगम ने सोमवार को सफ़ाई अभियान शुरू किया।"
    static let textB = "नगर निगम ने मंगलवार को सफ़ाई अभियान शुरू किया।"
    static let textNew = "जिला प्रशासन ने बुधवार को नई बस सेवा शुरू की।"

    /// An RSS document with the changing item holding `text`, and the new item when `withNewcomer`.
    static func rss(_ text: String, withNewcomer: Bool) -> String {
        var items = item(identity, title: "सफ़ाई अभियान", text: text)
        if withNewcomer { items += item(newcomer, title: "नई बस सेवा", text: textNew) }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>बदलती फ़ीड</title>
        \(items)</channel></rss>
        """
    }

    /// The same as JSON Lines records.
    static func jsonl(_ text: String, withNewcomer: Bool) -> String {
        var lines = [line(identity, title: "सफ़ाई अभियान", text: text)]
        if withNewcomer { lines.append(line(newcomer, title: "नई बस सेवा", text: textNew)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func item(_ guid: String, title: String, text: String) -> String {
        "<item><guid>\(guid)</guid><title>\(title)</title><description>\(text)</description>"
            + "<pubDate>Sun, 13 Jul 2025 09:30:00 +0530</pubDate></item>\n"
    }

    private static func line(_ id: String, title: String, text: String) -> String {
        #"{"id": "\#(id)", "title": "\#(title)", "published": "2025-07-13", "text": "\#(text)"}"#
    }

    /// The texts of an item's recorded revisions, in order.
    static func revisions(of identifier: String, _ connection: PostgresConnection) throws -> [String] {
        try connection.query("""
            SELECT data->'article'->>'text' AS text FROM events
            WHERE event_type = $2 AND data->'article'->>'identifier' = $1 ORDER BY version
            """, [.text(identifier), .text(TimelineEventType.articleIngested)]).map { try $0.string("text") }
    }
}
