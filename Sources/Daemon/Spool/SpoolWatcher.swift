import Foundation
import Logging
import ServiceLifecycle
import Timelines

/// Watches the spool directory and ingests the files dropped into it (see ``SpoolDirectory``
/// for the naming convention and where files go).
///
/// Files are taken in name order and batched until about `batchArticles` articles, which go to
/// the log in one idempotent ingest; only after it returned are the files moved. A crash between
/// the two leaves the files in place, and taking them again records nothing twice.
/// A file whose lines are partly bad has its good articles ingested and moves to `done/` with a
/// `.reason` file listing the bad lines; a file with no usable article moves to `rejected/` with
/// its `.reason`.
///
/// With more than one pipeline, batches overlap: the next batch is decoded and planned while the
/// previous one is written. Two batches that share an article identifier never run together, so
/// revisions of one article are recorded in the order of the files.
///
/// Example: dropping `desh.jsonl` with 3 Hindi articles makes them appear in the timelines and the
/// file appear as `done/desh.jsonl`.
public struct SpoolWatcher: Service {
    let spool: DaemonConfiguration.Spool
    let directory: SpoolDirectory
    let pipelines: [IngestPipeline]
    let metrics: DaemonMetrics
    let logger: Logger

    /// - Parameter pipelines: one per batch in flight (each has its own connection); at least one.
    public init(spool: DaemonConfiguration.Spool, pipelines: [IngestPipeline], metrics: DaemonMetrics, logger: Logger) {
        precondition(!pipelines.isEmpty, "a spool watcher needs at least one ingest pipeline")
        self.spool = spool
        self.directory = SpoolDirectory(root: spool.directory)
        self.pipelines = pipelines
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "spool"] = "\(spool.directory.path)"
        self.logger = logger
    }

    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while true {
                    do {
                        if try await drain() == 0 { try await Task.sleep(for: spool.scanInterval) }
                    } catch let error where !(error is CancellationError) {
                        // A file system failure (permissions, a full disk): say so and try again later.
                        metrics.error(source: "spool")
                        logger.error("spool scan failed", metadata: ["error": "\(DatabaseLink.summary(error))"])
                        try await Task.sleep(for: spool.scanInterval * 5)
                    }
                }
            }
        } catch is CancellationError {
            logger.debug("spool watcher stopped")
        }
    }

    /// Processes pending files until none is left; returns how many files it took.
    @discardableResult
    public func drain() async throws -> Int {
        try directory.prepare()
        var taken = 0
        try await withThrowingTaskGroup(of: Int.self) { group in
            var busy: [Int: SpoolBatch] = [:]
            func release() async throws -> Bool {
                guard let worker = try await group.next() else { return false }
                busy[worker] = nil
                return true
            }
            while true {
                let claimed = busy.values.reduce(into: Set<String>()) { $0.formUnion($1.paths) }
                let batch = try nextBatch(excluding: claimed)
                taken += batch.taken
                guard let batch = batch.batch else {
                    if try await release() { continue }
                    return
                }
                let identifiers = batch.identifiers
                while busy.count >= pipelines.count || busy.values.contains(where: { !$0.identifiers.isDisjoint(with: identifiers) }) {
                    guard try await release() else { break }
                }
                guard let worker = pipelines.indices.first(where: { busy[$0] == nil }) else { continue }
                busy[worker] = batch
                let pipeline = pipelines[worker], directory = directory, metrics = metrics, logger = logger
                group.addTask {
                    try await batch.process(pipeline: pipeline, directory: directory, metrics: metrics, logger: logger)
                    return worker
                }
            }
        }
        return taken
    }

    /// Decodes pending files (not `claimed` by a batch in flight) until about `batchArticles`
    /// articles; files with nothing usable go with the batch, to be counted and rejected.
    private func nextBatch(excluding claimed: Set<String>) throws -> (batch: SpoolBatch?, taken: Int) {
        var files: [SpoolFile] = []
        var articleCount = 0
        var taken = 0
        for url in directory.pending() where !claimed.contains(url.path) {
            if articleCount >= spool.batchArticles { break }
            try Task.checkCancellation()
            let file = SpoolFile.decode(url)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            taken += 1
            files.append(file)
            articleCount += file.articles.count
        }
        return (files.isEmpty ? nil : SpoolBatch(files: files), taken)
    }
}
