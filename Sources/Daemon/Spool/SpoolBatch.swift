import Foundation
import Logging
import Timelines

/// One batch of decoded spool files: ingested together in one idempotent call, then each file
/// moved to `done/` (or `rejected/` when nothing in it could be used), with its reasons beside it.
///
/// Example: a batch of `01-desh.jsonl` (3 articles) and `02-videsh.jsonl` (2 articles, 1 bad line)
/// records 5 articles, then moves both to `done/`, the second with `02-videsh.jsonl.reason`.
struct SpoolBatch: Sendable {
    var files: [SpoolFile]

    var articleCount: Int { files.reduce(0) { $0 + $1.articles.count } }
    var identifiers: Set<String> { Set(files.flatMap { $0.articles.map(\.identifier) }) }
    var paths: Set<String> { Set(files.map(\.url.path)) }

    /// Ingests the batch, then moves its files. If the log refuses the batch for a reason other than
    /// the connection, the files are ingested one by one so that only the guilty file is rejected.
    func process(pipeline: IngestPipeline, directory: SpoolDirectory, metrics: DaemonMetrics, logger: Logger) async throws {
        let report: IngestReport
        do {
            report = try await pipeline.ingest(files.flatMap(\.articles))
        } catch let error where !DatabaseLink.isConnectionFailure(error) && !(error is CancellationError) {
            logger.warning("spool batch refused; retrying file by file", metadata: ["error": "\(DatabaseLink.summary(error))"])
            for var file in files {
                do {
                    let report = try await pipeline.ingest(file.articles)
                    metrics.ingested(source: "spool", new: report.new + report.revised, unchanged: report.unchanged)
                } catch let fileError where !DatabaseLink.isConnectionFailure(fileError) && !(fileError is CancellationError) {
                    file.problems.append("\(file.url.lastPathComponent): the event log refused it: \(String(reflecting: fileError))")
                    file.articles = []
                }
                try Self.finish(file, directory: directory, metrics: metrics, logger: logger)
            }
            return
        }
        for file in files { try Self.finish(file, directory: directory, metrics: metrics, logger: logger) }
        metrics.ingested(source: "spool", new: report.new + report.revised, unchanged: report.unchanged)
        logger.info("spool batch ingested", metadata: [
            "files": "\(files.count)", "articles": "\(articleCount)", "new": "\(report.new)",
            "revised": "\(report.revised)", "unchanged": "\(report.unchanged)",
        ])
    }

    /// Moves one file to `done/` or `rejected/` and says so.
    static func finish(_ file: SpoolFile, directory: SpoolDirectory, metrics: DaemonMetrics, logger: Logger) throws {
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
