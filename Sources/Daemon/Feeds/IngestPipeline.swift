import ActorRecognition
import EventStore
import Foundation
import Logging
import Postgres
import Synchronization
import Timelines

/// Articles into the event log through ``ArticleIngestor`` on a ``DatabaseLink``: the gazetteer is
/// loaded once and again whenever actor curation changed it, each call is one idempotent ingest (same identifier and content → unchanged), and a
/// lost connection is retried on a new one, which is safe because the ingest is idempotent.
///
/// Example: `try await pipeline.ingest([article])` for a new "संसद सत्र" article reports `new == 1`;
/// calling it again reports `unchanged == 1` and writes nothing.
public final class IngestPipeline: Sendable {
    public let link: DatabaseLink
    /// The event builder and the curation stream version its gazetteer reflects.
    private let builder = Mutex<(DatedEventBuilder, Int64)?>(nil)

    public init(link: DatabaseLink) {
        self.link = link
    }

    /// Records `articles` (one call of ``ArticleIngestor/ingest(_:chunkSize:)``).
    public func ingest(_ articles: [Article]) async throws -> IngestReport {
        guard !articles.isEmpty else { return IngestReport() }
        return try await link.run("ingest \(articles.count) articles") { [self] connection in
            let ingestor = ArticleIngestor(connection: connection, builder: try eventBuilder(connection))
            return try ingestor.ingest(articles)
        }
    }

    private func eventBuilder(_ connection: PostgresConnection) throws -> DatedEventBuilder {
        let curated = try EventLog(connection: connection).currentVersion(of: ActorCurationEvent.stream)
        if let (ready, version) = builder.withLock({ $0 }), version == curated { return ready }
        let (gazetteer, revision) = try GazetteerStore(connection: connection).prepared()
        let made = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        builder.withLock { $0 = (made, curated) }
        return made
    }
}
