import EventStore
import Foundation
import Postgres

/// Records articles and their dated events in the event log, idempotently.
///
/// Each article is its own stream. Its first ingest appends `ArticleIngested` (revision 1) and
/// `ArticleExtracted` (its dated entries) in one append; the same article with the same content later
/// appends nothing; a changed body appends revision n+1 and its own extraction. Event ids
/// are derived from the content, and appends state the stream version they expect, so two
/// ingesters racing on one article cannot both record it.
public final class ArticleIngestor: Sendable {
    private let connection: PostgresConnection
    private let builder: DatedEventBuilder
    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    public init(connection: PostgresConnection, builder: DatedEventBuilder) {
        self.connection = connection
        self.builder = builder
    }

    /// Ingests articles in chunks; each chunk is one all-or-nothing batch append. If a chunk
    /// meets a concurrent writer, its articles are retried one by one against fresh state.
    @discardableResult
    public func ingest(_ articles: [Article], chunkSize: Int = 500) throws -> IngestReport {
        var report = IngestReport()
        var pending = articles[...]
        while !pending.isEmpty {
            // A stream appears at most once per chunk; a repeat waits for the next chunk.
            var chunk: [Article] = []
            var seen: Set<String> = []
            var deferred: [Article] = []
            while let article = pending.first, chunk.count < chunkSize {
                pending = pending.dropFirst()
                if seen.insert(article.streamID).inserted { chunk.append(article) } else { deferred.append(article) }
            }
            pending = deferred[...] + pending
            report += try ingestChunk(chunk)
        }
        return report
    }

    private func ingestChunk(_ chunk: [Article]) throws -> IngestReport {
        let states = try ArticleStreamState.load(for: chunk.map(\.streamID), connection: connection)
        var report = IngestReport()
        var batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)] = []
        // Extraction and recognition are pure and CPU-bound: spread them over the cores.
        let plans = try ParallelMap.map(chunk) { [self] article in try plan(article, state: states[article.streamID]) }
        for (article, plan) in zip(chunk, plans) {
            let state = states[article.streamID]
            guard let plan else {
                report.unchanged += 1
                continue
            }
            batch.append(plan.append)
            if state == nil { report.new += 1 } else { report.revised += 1 }
            report.datedEvents += plan.datedEvents
        }
        guard !batch.isEmpty else { return report }
        do {
            _ = try EventLog(connection: connection).append(batch: batch)
            return report
        } catch let error as EventLogError where error.isWrongExpectedVersion {
            // Someone else wrote one of these streams meanwhile: redo each article on its own.
            var retried = IngestReport()
            for article in chunk { retried += try ingestOne(article) }
            return retried
        }
    }

    /// One article against fresh state, retrying once more if a concurrent writer wins the race.
    private func ingestOne(_ article: Article, attempt: Int = 0) throws -> IngestReport {
        var report = IngestReport()
        let state = try ArticleStreamState.load(for: [article.streamID], connection: connection)[article.streamID]
        guard let plan = try plan(article, state: state) else {
            report.unchanged = 1
            return report
        }
        do {
            _ = try EventLog(connection: connection).append(to: plan.append.stream, plan.append.events, expected: plan.append.expected)
        } catch let error as EventLogError where error.isWrongExpectedVersion && attempt < 3 {
            return try ingestOne(article, attempt: attempt + 1)
        }
        if state == nil { report.new = 1 } else { report.revised = 1 }
        report.datedEvents = plan.datedEvents
        return report
    }

    private struct Plan {
        var append: (stream: String, events: [NewEvent], expected: ExpectedVersion)
        var datedEvents: Int
    }

    /// The events to append for an article, or `nil` when the stored revision has the same content.
    private func plan(_ article: Article, state: ArticleStreamState?) throws -> Plan? {
        let contentHash = article.contentHash
        if let state, state.contentHash == contentHash { return nil }
        let streamID = article.streamID
        let revision = (state?.revision ?? 0) + 1
        let ingested = ArticleIngested(article: article, revision: revision, contentHash: contentHash)
        var events = [NewEvent(
            id: StableID.uuid(streamID, contentHash, "ingested"),
            type: TimelineEventType.articleIngested,
            data: try json(ingested)
        )]
        let extraction = builder.extract(article, revision: revision, contentHash: contentHash)
        events.append(NewEvent(
            id: StableID.uuid(streamID, contentHash, "extracted", extraction.extractorVersion, extraction.gazetteerRevision),
            type: TimelineEventType.articleExtracted,
            data: try json(extraction)
        ))
        let expected: ExpectedVersion = state.map { .exactly($0.version) } ?? .noStream
        return Plan(append: (streamID, events, expected), datedEvents: extraction.entries.count)
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try Self.encoder.encode(value), as: UTF8.self)
    }
}

extension EventLogError {
    /// Another writer appended to the stream first.
    var isWrongExpectedVersion: Bool {
        if case .wrongExpectedVersion = code { return true }
        return false
    }
}
