import ActorRecognition
import Foundation
import HindiTemporal
import Postgres
import Timelines

/// An open database with the gazetteer seeded: what the timeline commands work on.
/// A read-only session (on a standby) never seeds: it reads the gazetteer the primary wrote.
final class TimelineSession {
    let connection: PostgresConnection
    /// True on a standby: nothing is written.
    let readOnly: Bool
    /// Where the session reads, for people when it is not the primary (`"standby postgresql://…"`).
    let source: String?
    private let onClose: ((PostgresConnection) -> Void)?
    private var cachedGazetteer: (gazetteer: Gazetteer, revision: String)?

    init(connection: PostgresConnection, readOnly: Bool = false, source: String? = nil, onClose: ((PostgresConnection) -> Void)? = nil) {
        self.connection = connection
        self.readOnly = readOnly
        self.source = source
        self.onClose = onClose
    }

    /// The database's gazetteer, seeded from the bundled file when that changed (never on a
    /// read-only session); with `asOf`, without the curation recorded after that moment.
    func gazetteer(asOf: Date? = nil) throws -> (gazetteer: Gazetteer, revision: String) {
        let store = GazetteerStore(connection: connection)
        if let asOf { return try readOnly ? store.curated(asOf: asOf) : store.prepared(asOf: asOf) }
        if let cachedGazetteer { return cachedGazetteer }
        let prepared = try readOnly ? store.curated() : store.prepared()
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

    func close() {
        onClose?(connection)
        connection.close()
    }
}
