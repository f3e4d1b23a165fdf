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
/// Example: dropping `desh.jsonl` with 3 Hindi articles makes them appear in the timelines and the
/// file appear as `done/desh.jsonl`.
public struct SpoolWatcher: Service {
    let spool: DaemonConfiguration.Spool
    let directory: SpoolDirectory
    let pipeline: IngestPipeline
    let metrics: DaemonMetrics
    let logger: Logger

    public init(spool: DaemonConfiguration.Spool, pipeline: IngestPipeline, metrics: DaemonMetrics, logger: Logger) {
        self.spool = spool
        self.directory = SpoolDirectory(root: spool.directory)
        self.pipeline = pipeline
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
                        if try await drainOnce() == 0 { try await Task.sleep(for: spool.scanInterval) }
                    } catch let error where !(error is CancellationError) {
                        // A file system failure (permissions, a full disk): say so and try again later.
                        metrics.error(source: "spool")
                        logger.error("spool scan failed", metadata: ["error": "\(error)"])
                        try await Task.sleep(for: spool.scanInterval * 5)
                    }
                }
            }
        } catch is CancellationError {
            logger.debug("spool watcher stopped")
        }
    }

    /// Processes one batch of pending files; returns how many files it took (0 when none waited).
    @discardableResult
    public func drainOnce() async throws -> Int {
        try directory.prepare()
        var batch: [SpoolFile] = []
        var articleCount = 0
        for url in directory.pending() {
            if articleCount >= spool.batchArticles { break }
            try Task.checkCancellation()
            let file = SpoolFile.decode(url)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            if file.isRejected {
                try finish(file)
                continue
            }
            batch.append(file)
            articleCount += file.articles.count
        }
        guard !batch.isEmpty else { return 0 }
        let report: IngestReport
        do {
            report = try await pipeline.ingest(batch.flatMap(\.articles))
        } catch let error where !DatabaseLink.isConnectionFailure(error) && !(error is CancellationError) {
            // Something in the batch was refused by the log: find the file(s) by ingesting one at a time.
            logger.warning("spool batch refused; retrying file by file", metadata: ["error": "\(DatabaseLink.summary(error))"])
            try await ingestOneByOne(batch)
            return batch.count
        }
        for file in batch { try finish(file) }
        metrics.ingested(source: "spool", new: report.new + report.revised, unchanged: report.unchanged)
        logger.info("spool batch ingested", metadata: [
            "files": "\(batch.count)", "articles": "\(articleCount)", "new": "\(report.new)",
            "revised": "\(report.revised)", "unchanged": "\(report.unchanged)",
        ])
        return batch.count
    }

    private func ingestOneByOne(_ batch: [SpoolFile]) async throws {
        for var file in batch {
            do {
                let report = try await pipeline.ingest(file.articles)
                metrics.ingested(source: "spool", new: report.new + report.revised, unchanged: report.unchanged)
            } catch let error where !DatabaseLink.isConnectionFailure(error) && !(error is CancellationError) {
                file.problems.append("\(file.url.lastPathComponent): the event log refused it: \(String(reflecting: error))")
                file.articles = []
            }
            try finish(file)
        }
    }

    private func finish(_ file: SpoolFile) throws {
        guard let destination = try directory.finish(file.url, rejected: file.isRejected, reasons: file.problems) else {
            logger.debug("spool file taken by another daemon", metadata: ["file": "\(file.url.lastPathComponent)"])
            return
        }
        metrics.spoolFile(outcome: file.isRejected ? "rejected" : "done")
        if file.isRejected {
            metrics.error(source: "spool")
            logger.warning("spool file rejected", metadata: [
                "file": "\(file.url.lastPathComponent)", "moved_to": "\(destination.path)",
                "reason": "\(file.problems.first ?? "")", "problems": "\(file.problems.count)",
            ])
        } else if !file.problems.isEmpty {
            logger.notice("spool file partly ingested", metadata: [
                "file": "\(file.url.lastPathComponent)", "articles": "\(file.articles.count)", "bad": "\(file.problems.count)",
                "reasons": "\(destination.path).reason",
            ])
        }
    }
}
