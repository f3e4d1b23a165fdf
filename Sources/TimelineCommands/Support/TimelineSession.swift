import ActorRecognition
import HindiTemporal
import Postgres
import Timelines

/// An open database with the gazetteer seeded: what the timeline commands work on.
final class TimelineSession {
    let connection: PostgresConnection
    private var cachedGazetteer: (gazetteer: Gazetteer, revision: String)?

    init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// The database's gazetteer, seeded from the bundled file when that changed.
    func gazetteer() throws -> (gazetteer: Gazetteer, revision: String) {
        if let cachedGazetteer { return cachedGazetteer }
        let prepared = try GazetteerStore(connection: connection).prepared()
        cachedGazetteer = prepared
        return prepared
    }

    func ingestor() throws -> ArticleIngestor {
        let (gazetteer, revision) = try gazetteer()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        return ArticleIngestor(connection: connection, builder: builder)
    }

    /// Re-extraction with the database's gazetteer and actor curation.
    func reprocessor() throws -> ArticleReprocessor {
        let (gazetteer, revision) = try gazetteer()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        return ArticleReprocessor(connection: connection, builder: builder,
                                  curation: try CurationLog(connection: connection).state())
    }

    func close() { connection.close() }
}
