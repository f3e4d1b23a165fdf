import EventStore
import Foundation
import Postgres

/// Records articles and their dated events in the event log, idempotently.
///
/// Each article is its own stream. Its first ingest appends `ArticleIngested` (revision 1) and
/// `ArticleExtracted` (its dated entries) in one append; the same article with the same content as
/// its latest revision appends nothing; any other content appends revision n+1 and its own
/// extraction, also content it had before (A → B → A is three revisions: the article now says A
/// again). Event ids are derived from the stream, the revision and the content, and appends state
/// the stream version they expect, so two ingesters racing on one article cannot both record it.
///
/// One article the log refuses (see ``IngestReport/refused``) never blocks the others of its call.
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
    ///
    /// Extraction of the next chunk (on all cores) runs while the current chunk is being
    /// appended, so the database and the CPU work at the same time.
    @discardableResult
    public func ingest(_ articles: [Article], chunkSize: Int = 500) throws -> IngestReport {
        let (chunks, repeats) = Self.chunks(articles, size: max(1, chunkSize))
        var report = IngestReport()
        guard !chunks.isEmpty else { return report }
        var prepared = try prepare(chunks[0], states: try ArticleStreamState.load(for: chunks[0].map(\.streamID), connection: connection))
        for index in chunks.indices {
            // The next chunk's state is read before this chunk's append starts; consecutive
            // chunks never share a stream, so this append cannot make that state stale.
            let next = index + 1 < chunks.count ? chunks[index + 1] : nil
            let nextStates = try next.map { try ArticleStreamState.load(for: $0.map(\.streamID), connection: connection) }
            let append = BackgroundAppend(connection: connection, batch: prepared.batch)
            let nextPrepared = try next.map { try prepare($0, states: nextStates ?? [:]) }
            switch append.wait() {
            case .success:
                report += prepared.report
            case .failure(let error as EventLogError) where error.isWrongExpectedVersion || error.refusesAnArticle:
                // Someone else wrote one of these streams meanwhile, or the log refused one article:
                // redo each article on its own, so that only a refused one is left out.
                for article in chunks[index] { report += try ingestAlone(article) }
            case .failure(let error):
                throw error
            }
            if let nextPrepared { prepared = nextPrepared }
        }
        // The same article more than once in the input: later copies go after the rest, in order.
        if !repeats.isEmpty { report += try ingest(repeats, chunkSize: chunkSize) }
        return report
    }

    /// Splits the input into chunks in which each stream appears once and that share no stream
    /// with the chunk before them; repeated articles are returned separately.
    static func chunks(_ articles: [Article], size: Int) -> (chunks: [[Article]], repeats: [Article]) {
        var chunks: [[Article]] = []
        var repeats: [Article] = []
        var seen: Set<String> = []
        var current: [Article] = []
        for article in articles {
            guard seen.insert(article.streamID).inserted else {
                repeats.append(article)
                continue
            }
            current.append(article)
            if current.count == size {
                chunks.append(current)
                current = []
            }
        }
        if !current.isEmpty { chunks.append(current) }
        return (chunks, repeats)
    }

    private struct PreparedChunk {
        var batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)] = []
        var report = IngestReport()
    }

    /// Extraction and recognition for a chunk: pure and CPU-bound, spread over the cores.
    private func prepare(_ chunk: [Article], states: [String: ArticleStreamState]) throws -> PreparedChunk {
        var prepared = PreparedChunk()
        let plans = try ParallelMap.map(chunk) { [self] article in try plan(article, state: states[article.streamID]) }
        for (article, plan) in zip(chunk, plans) {
            guard let plan else {
                prepared.report.unchanged += 1
                continue
            }
            prepared.batch.append(plan.append)
            if states[article.streamID] == nil { prepared.report.new += 1 } else { prepared.report.revised += 1 }
            prepared.report.datedEvents += plan.datedEvents
        }
        return prepared
    }

    /// One article on its own; a refusal of the log is reported, not thrown.
    private func ingestAlone(_ article: Article) throws -> IngestReport {
        do {
            return try ingestOne(article)
        } catch let error as EventLogError where error.refusesAnArticle {
            var report = IngestReport()
            report.refused.append(IngestReport.Refusal(identifier: article.identifier, reason: error.debugDescription))
            return report
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
            id: StableID.uuid(streamID, String(revision), contentHash, "ingested"),
            type: TimelineEventType.articleIngested,
            data: try json(ingested)
        )]
        let extraction = builder.extract(article, revision: revision, contentHash: contentHash)
        events.append(NewEvent(
            id: StableID.uuid(streamID, String(revision), contentHash, "extracted", extraction.extractorVersion, extraction.gazetteerRevision),
            type: TimelineEventType.articleExtracted,
            data: ArticleExtractedWriter.json(extraction)
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

    /// The log refused what one article would append (its content, not the database or a race).
    var refusesAnArticle: Bool {
        switch code {
        case .wrongExpectedVersion, .database: return false
        case .invalidStreamID, .invalidEventType, .invalidJSON, .payloadTooLarge, .nulByte, .duplicateEventID, .idempotencyMismatch:
            return true
        }
    }
}
