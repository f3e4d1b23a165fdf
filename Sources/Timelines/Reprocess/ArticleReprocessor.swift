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
/// Streams are read many at a time, planned on all cores while the previous chunk is appended and
/// the next one read, and appended in batches, each stating the stream versions it expects; a batch
/// that meets another writer is redone article by article.
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

        let reader = StoredArticleReader(connection: connection)
        var streams = try catalog.next(size)
        var rows = try reader.read(streams)
        var pending: (chunk: PreparedChunk, streams: [String])?
        while !streams.isEmpty || pending != nil {
            // In the background: append the chunk planned last, then read the next one; meanwhile this
            // thread plans the chunk read last. The three chunks share no stream, and the connection
            // runs one statement at a time.
            let batch = options.dryRun ? [] : pending?.chunk.batch ?? []
            let ahead = BackgroundWork { [catalog, connection] () -> ReadAhead in
                let appended = Result<[AppendResult], any Error> {
                    batch.isEmpty ? [] : try EventLog(connection: connection).append(batch: batch)
                }
                var catalog = catalog
                let next = try catalog.next(size)
                return ReadAhead(appended: appended, catalog: catalog, streams: next, rows: try reader.read(next))
            }
            // A failure to plan is reported only after the work in the background has ended.
            let planned = Result { try prepare(rows, planner) }
            let done = try ahead.wait().get()
            if let pending {
                report += try settle(pending.chunk, streams: pending.streams, done.appended, planner, options, onChange)
                progress?(report.scanned, total)
            }
            pending = streams.isEmpty ? nil : (try planned.get(), streams)
            (catalog, streams, rows) = (done.catalog, done.streams, done.rows)
        }
        return report
    }

    /// What the background did: the outcome of the append, and the next chunk read.
    private struct ReadAhead: Sendable {
        var appended: Result<[AppendResult], any Error>
        var catalog: ArticleStreamCatalog
        var streams: [String]
        var rows: [[PostgresRow]]
    }

    /// Counts an appended chunk, or redoes its articles one by one when another writer was first.
    private func settle(
        _ chunk: PreparedChunk, streams: [String], _ appended: Result<[AppendResult], any Error>, _ planner: ReprocessPlanner,
        _ options: ReprocessOptions, _ onChange: ((ArticleChange) -> Void)?
    ) throws -> ReprocessReport {
        switch appended {
        case .success(let results):
            // An article whose events were already stored was recorded by a concurrent run with the
            // same plan: it counts as up to date here, not as a change made by this run.
            var report = chunk.unchangedReport
            for (index, change) in chunk.changes.enumerated() {
                if index < results.count, results[index].wasDuplicate {
                    report += Self.tally(.upToDate)
                } else {
                    report += chunk.changedReports[index]
                    onChange?(change)
                }
            }
            return report
        case .failure(let error as EventLogError) where error.isWrongExpectedVersion:
            var report = ReprocessReport()
            for stream in streams {
                var one = try reprocessOne(stream, planner, dryRun: options.dryRun, onChange: onChange)
                one.retried = 1
                report += one
            }
            return report
        case .failure(let error):
            throw error
        }
    }

    private struct PreparedChunk {
        var batch: [(stream: String, events: [NewEvent], expected: ExpectedVersion)] = []
        var changes: [ArticleChange] = []
        /// The tally of each changed article (aligned with `batch`), and of all the others together.
        var changedReports: [ReprocessReport] = []
        var unchangedReport = ReprocessReport()
    }

    /// Plans a chunk of streams on all cores.
    private func prepare(_ streams: [[PostgresRow]], _ planner: ReprocessPlanner) throws -> PreparedChunk {
        let outcomes = try ParallelMap.map(streams, planner.plan)
        var prepared = PreparedChunk()
        for outcome in outcomes {
            if case .changed(let plan) = outcome {
                prepared.batch.append(plan.append)
                prepared.changes.append(plan.change)
                prepared.changedReports.append(Self.tally(outcome))
            } else {
                prepared.unchangedReport += Self.tally(outcome)
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
                    let result = try EventLog(connection: connection).append(to: plan.append.stream, plan.append.events,
                                                                             expected: plan.append.expected)
                    if result.wasDuplicate { return Self.tally(.upToDate) }
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
