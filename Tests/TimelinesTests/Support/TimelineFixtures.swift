import ActorRecognition
import HindiTemporal
import Postgres
import Timelines

/// Articles written for these tests, and helpers to build a timeline database from them.
enum TimelineFixtures {
    static func article(_ id: String, published: String, text: String, tags: [String] = []) -> Article {
        Article(identifier: "https://fixtures.test/\(id)", url: "https://fixtures.test/\(id)", title: "शीर्षक \(id)",
                published: CalendarDay(iso: published)!, text: text, tags: tags, source: "fixtures")
    }

    /// Published on Sunday 2025-07-13.
    static let pyongyang = article("pyongyang", published: "2025-07-13", text: """
        रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की। \
        लावरोव ने कहा कि जून में दोनों देशों ने एक समझौता किया था। \
        यह यात्रा तीन दिन चलेगी।
        """)

    /// Published on Monday 2025-07-14.
    static let beijing = article("beijing", published: "2025-07-14", text: """
        लावरोव अगले महीने बीजिंग जाएंगे। चीन के विदेश मंत्री वांग यी ने पिछले साल मॉस्को का दौरा किया था।
        """)

    /// The ingest, projection and queries of a test. Recognition here uses the gazetteer and the
    /// rules without the name tagger, so that which actors an entry has follows from the gazetteer a
    /// test sets up (the tagger would find `अनिता देशमुख` before she is added); the tagger is tested
    /// in ActorRecognitionTests and, end to end, in the CLI tests.
    static func session(_ connection: PostgresConnection) throws -> (ingestor: ArticleIngestor, projection: TimelineProjection, queries: TimelineQueries) {
        let (gazetteer, revision) = try GazetteerStore(connection: connection).prepared()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer, model: nil), gazetteerRevision: revision)
        return (ArticleIngestor(connection: connection, builder: builder), TimelineProjection(connection: connection),
                TimelineQueries(connection: connection))
    }

    /// Every row of the read model in a fixed order, for comparing two builds of it.
    static func snapshot(_ connection: PostgresConnection) throws -> [[String?]] {
        let entries = try connection.query("SELECT * FROM timeline_entries ORDER BY actor_id, entry_id")
        let articles = try connection.query("SELECT * FROM timeline_articles ORDER BY stream_id")
        let unresolved = try connection.query("SELECT * FROM timeline_unresolved ORDER BY stream_id, expression_start")
        let history = try connection.query("SELECT * FROM timeline_entry_history ORDER BY retracted_position, actor_id, entry_id")
        let mentions = try connection.query("SELECT * FROM event_mentions ORDER BY entry_id")
        let prints = try connection.query("SELECT * FROM article_fingerprints ORDER BY stream_id")
        let aliases = try connection.query("SELECT * FROM event_aliases ORDER BY old_id")
        let bands = try connection.query("SELECT * FROM article_bands ORDER BY stream_id, band_key")
        return entries.map(\.values) + [["--"]] + articles.map(\.values) + [["--"]] + unresolved.map(\.values)
            + [["--"]] + history.map(\.values) + [["--"]] + mentions.map(\.values) + [["--"]] + prints.map(\.values)
            + [["--"]] + aliases.map(\.values) + [["--"]] + bands.map(\.values)
    }
}

import EventStore
import Foundation

extension TimelineFixtures {
    /// The repository's `sql/` directory, found from this source file's location.
    static let sqlDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sql")

    static func migrate(_ connection: PostgresConnection) throws {
        _ = try Migrator(connection: connection, directory: sqlDirectory).migrate()
    }
}
