import ActorRecognition
import EventStore
import Foundation
import HindiTemporal
import Postgres
@testable import Timelines

/// Articles and gazetteer changes written for the reprocess tests.
enum ReprocessFixtures {
    /// Only the alias "लावरोव" names Lavrov here: the entry goes when the alias goes.
    static let lavrovAlone = TimelineFixtures.article("lavrov-alone", published: "2025-07-15", text: """
        लावरोव ने 8 जुलाई 2025 को पत्रकारों से लंबी बातचीत की।
        """)

    /// Lavrov by his full name, and a person the bundled gazetteer does not know: the entry changes
    /// (one more actor) once she is added.
    static let meeting = TimelineFixtures.article("meeting", published: "2025-07-15", text: """
        अनिता देशमुख और सर्गेई लावरोव ने 5 जुलाई 2025 को लंबी मुलाकात की।
        """)

    /// No known actor: no entry until "अनिता देशमुख" is added.
    static let anitaAlone = TimelineFixtures.article("anita-alone", published: "2025-07-16", text: """
        अनिता देशमुख ने 3 जुलाई 2025 को नई जल योजना की घोषणा की।
        """)

    /// Untouched by the change.
    static let kim = TimelineFixtures.article("kim", published: "2025-07-10", text: """
        किम जोंग उन ने 2 जुलाई 2025 को एक कारखाने का दौरा किया।
        """)

    static let all = [lavrovAlone, meeting, anitaAlone, kim]

    static let anita = Actor(id: "anita-deshmukh", kind: .person, canonicalName: "अनिता देशमुख", latinName: "Anita Deshmukh")

    /// The bundled gazetteer with Lavrov's alias "लावरोव" removed and Anita Deshmukh added.
    static func changedGazetteer() throws -> Gazetteer {
        var actors = try Gazetteer.bundled().actors
        guard let lavrov = actors.firstIndex(where: { $0.id == "sergey-lavrov" }) else { throw FixtureError.missing("sergey-lavrov") }
        actors[lavrov].aliases.removeAll { $0 == "लावरोव" }
        actors.append(anita)
        return Gazetteer(actors: actors)
    }

    static func reprocessor(_ connection: PostgresConnection, gazetteer: Gazetteer,
                            curation: ActorCuration = ActorCuration()) -> ArticleReprocessor {
        // Without the name tagger, as `TimelineFixtures.session`: the gazetteer change is what changes.
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer, model: nil), gazetteerRevision: gazetteer.revision)
        return ArticleReprocessor(connection: connection, builder: builder, curation: curation)
    }

    /// The id an entry gets for the expression starting at `expressionText` in `article` with `value`,
    /// computed from its definition (stream, content hash, scalar offset, value).
    static func entryID(_ article: Article, expressionText: String, value: String) throws -> String {
        guard let range = article.text.range(of: expressionText) else { throw FixtureError.missing(expressionText) }
        let offset = article.text.unicodeScalars[article.text.startIndex..<range.lowerBound].count
        return StableID.shortID(for: StableID.uuid(article.streamID, article.contentHash, String(offset), value))
    }

    /// The server's clock now: a moment after everything committed so far and before what follows.
    static func now(_ connection: PostgresConnection) throws -> Date {
        try connection.query("SELECT clock_timestamp() AS t")[0].date("t")
    }

    /// Payloads of one type in the log, in log order.
    static func payloads<T: Decodable>(_ type: T.Type, named name: String, _ connection: PostgresConnection) throws -> [T] {
        try connection.query("SELECT data::text AS data FROM events WHERE event_type = $1 ORDER BY position", [.text(name)])
            .map { try JSONDecoder().decode(T.self, from: Data(try $0.string("data").utf8)) }
    }

    /// The read model including the history, in a fixed order.
    static func snapshotWithHistory(_ connection: PostgresConnection) throws -> [[String?]] {
        let history = try connection.query("""
            SELECT * FROM timeline_entry_history ORDER BY retracted_position, actor_id, entry_id
            """)
        return try TimelineFixtures.snapshot(connection) + [["--"]] + history.map(\.values)
    }

    enum FixtureError: Error { case missing(String) }
}
