import ActorRecognition
import EventStore
import Foundation
import Postgres

/// Re-runs extraction and actor recognition over the stored articles and records what changed.
///
/// For each article stream the latest revision and its current entries are read from the log
/// (see `StoredArticleState`), the article is extracted again with the current extractor and
/// gazetteer, and the difference is appended to the stream: `EntriesRetracted` for entries that no
/// longer hold, `EntriesAdded` for new entries and new versions of changed ones. An article whose
/// entries were made by the current extractor and gazetteer is skipped unless `force` is set.
/// Running it twice appends nothing the second time.
///
/// After the alias "किम" is taken away from Kim Jong Un, an article with "किम ने शनिवार को परीक्षण
/// देखा।" gets `EntriesRetracted` for that entry; once "वांग यी" is in the gazetteer, an article with
/// "वांग यी ने सोमवार को बयान दिया।" gets `EntriesAdded` with the Monday entry.
///
/// Streams are read many at a time, planned on all cores, and appended in batches, each stating the
/// stream versions it expects; a batch that meets another writer is redone article by article.
public final class ArticleReprocessor: Sendable {
    /// The `reason` of the events a reprocess appends.
    public static let reason = "reprocess"

    private let connection: PostgresConnection
    private let builder: DatedEventBuilder
    private let curation: ActorCuration

    /// `builder` holds the extractor and gazetteer to compare with; `curation` is what the
    /// projection applies, so actors are compared as timelines show them.
    public init(connection: PostgresConnection, builder: DatedEventBuilder, curation: ActorCuration) {
        self.connection = connection
        self.builder = builder
        self.curation = curation
    }

    /// A reprocessor with the database's gazetteer and curation (`GazetteerStore.prepared()`).
    public static func current(connection: PostgresConnection) throws -> ArticleReprocessor {
        let (gazetteer, revision) = try GazetteerStore(connection: connection).prepared()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        return ArticleReprocessor(connection: connection, builder: builder,
                                  curation: try CurationLog(connection: connection).state())
    }

    /// Reprocesses every article stream begun before the call; returns what changed.
    /// `progress` is called after each chunk with (article streams read, article streams in all);
    /// `onChange` with each changed article once its events are appended (in a dry run: at once).
    @discardableResult
    public func reprocess(
        _ options: ReprocessOptions = ReprocessOptions(),
        progress: ((Int, Int) -> Void)? = nil,
        onChange: ((ArticleChange) -> Void)? = nil
    ) throws -> ReprocessReport {
        let log = EventLog(connection: connection)
        var catalog = ArticleStreamCatalog(connection: connection, head: try log.headPosition())
        let total = try catalog.count()
        let planner = ReprocessPlanner(builder: builder, curation: curation, options: options)
        let size = max(1, options.chunkSize)
        var report = ReprocessReport()

        var streams = try catalog.next(size)
        guard !streams.isEmpty else { return report }
        let reader = StoredArticleReader(connection: connection)
        var prepared = try prepare(try reader.read(streams), planner)
        while true {
            // The next chunk is read before this one's append starts (one connection, one
            // statement at a time) and planned while it runs; the two chunks share no stream.
            let nextStreams = try catalog.next(size)
            let nextRows = try reader.read(nextStreams)
            let append = BackgroundAppend(connection: connection, batch: options.dryRun ? [] : prepared.batch)
            // A failure to plan is reported only after the append in flight has ended.
            let nextPrepared = Result { nextStreams.isEmpty ? nil : try prepare(nextRows, planner) }
            switch append.wait() {
            case .success:
                report += prepared.report
                for change in prepared.changes { onChange?(change) }
            case .failure(let error as EventLogError) where error.isWrongExpectedVersion:
                for stream in streams {
                    var one = try reprocessOne(stream, planner, dryRun: options.dryRun, onChange: onChange)
                    one.retried = 1
                    report += one
                }
            case .failure(let error):
                throw error
            }
            progress?(report.scanned, total)
            guard let nextPrepared = try nextPrepared.get() else { return report }
            streams = nextStreams
            prepared = nextPrepared
        }
    }

    private struct PreparedChunk {
        var batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)] = []
        var changes: [ArticleChange] = []
        var report = ReprocessReport()
    }

    /// Plans a chunk of streams on all cores.
    private func prepare(_ streams: [[PostgresRow]], _ planner: ReprocessPlanner) throws -> PreparedChunk {
        let outcomes = try ParallelMap.map(streams, planner.plan)
        var prepared = PreparedChunk()
        for outcome in outcomes {
            prepared.report += Self.tally(outcome)
            if case .changed(let plan) = outcome {
                prepared.batch.append(plan.append)
                prepared.changes.append(plan.change)
            }
        }
        return prepared
    }

    /// One article against a fresh read of its stream, again if another writer is first again.
    private func reprocessOne(
        _ stream: String, _ planner: ReprocessPlanner, dryRun: Bool, onChange: ((ArticleChange) -> Void)?, attempt: Int = 1
    ) throws -> ReprocessReport {
        let outcome = try planner.plan(try StoredArticleReader(connection: connection).read([stream])[0])
        if case .changed(let plan) = outcome {
            if !dryRun {
                do {
                    try EventLog(connection: connection).append(to: plan.append.stream, plan.append.events,
                                                                expected: plan.append.expected)
                } catch let error as EventLogError where error.isWrongExpectedVersion && attempt < 5 {
                    return try reprocessOne(stream, planner, dryRun: dryRun, onChange: onChange, attempt: attempt + 1)
                }
            }
            onChange?(plan.change)
        }
        return Self.tally(outcome)
    }

    private static func tally(_ outcome: ReprocessPlanner.Outcome) -> ReprocessReport {
        var report = ReprocessReport()
        report.scanned = 1
        switch outcome {
        case .skipped:
            break
        case .upToDate:
            report.examined = 1
            report.upToDate = 1
        case .unchanged:
            report.examined = 1
        case .changed(let plan):
            report.examined = 1
            report.changed = 1
            report.retracted = plan.change.retracted.count
            report.added = plan.change.added.count
            report.replaced = plan.change.replaced.count
        }
        return report
    }
}
