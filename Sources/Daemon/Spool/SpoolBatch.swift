import Foundation
import Logging
import Postgres
import Timelines

/// One batch of decoded spool files: ingested together in one idempotent call, then each file
/// moved to `done/` (or `rejected/` when nothing in it could be used), with its reasons beside it.
///
/// Items without a usable date, and articles the event log refuses, are set aside in
/// `feed_quarantine` (feed `spool`) with their reason, as the feed pollers do; the other articles
/// of the same file are recorded all the same. The directory's counts go to `spool_state`.
///
/// Example: a batch of `01-desh.jsonl` (3 articles) and `02-videsh.xml` (2 dated items, 1 undated)
/// records 5 articles, quarantines 1 item, then moves both to `done/`, the second with
/// `02-videsh.xml.reason`.
struct SpoolBatch: Sendable {
    var files: [SpoolFile]

    var articleCount: Int { files.reduce(0) { $0 + $1.articles.count } }
    var identifiers: Set<String> { Set(files.flatMap { $0.articles.map(\.identifier) }) }
    var paths: Set<String> { Set(files.map(\.url.path)) }

    /// Ingests the batch, sets aside what cannot be recorded, counts, then moves the files. If the
    /// log refuses the batch for a reason other than the connection, the files are ingested one by
    /// one so that only the guilty file is rejected.
    func process(pipeline: IngestPipeline, directory: SpoolDirectory, metrics: DaemonMetrics, logger: Logger) async throws {
        var files = self.files
        var report = IngestReport()
        let ingestStarted = ContinuousClock.now
        do {
            report = try await pipeline.ingest(files.flatMap(\.articles))
        } catch let error where !DatabaseLink.isConnectionFailure(error) && !(error is CancellationError) {
            logger.warning("spool batch refused; retrying file by file", metadata: ["error": "\(DatabaseLink.summary(error))"])
            for index in files.indices {
                do {
                    report += try await pipeline.ingest(files[index].articles)
                } catch let fileError where !DatabaseLink.isConnectionFailure(fileError) && !(fileError is CancellationError) {
                    files[index].leaveOut(files[index].articles.map {
                        IngestReport.Refusal(identifier: $0.identifier, reason: "the event log refused it: \(DatabaseLink.summary(fileError))")
                    })
                }
            }
        }
        if articleCount > 0 { metrics.ingestBatch(source: "spool", duration: ingestStarted.duration(to: .now)) }
        for index in files.indices { files[index].leaveOut(report.refused) }
        do {
            try await record(files, report: report, pipeline: pipeline, directory: directory)
        } catch let error where !DatabaseLink.isConnectionFailure(error) && !(error is CancellationError) {
            // The items are recorded or listed in the files' reasons; a failed count must not stall the spool.
            logger.error("spool quarantine and counts not recorded", metadata: ["error": "\(DatabaseLink.summary(error))"])
            for index in files.indices where !files[index].quarantined.isEmpty {
                files[index].problems.append("\(files[index].url.lastPathComponent): quarantine not recorded: \(DatabaseLink.summary(error))")
            }
        }
        for file in files { try Self.finish(file, directory: directory, metrics: metrics, logger: logger) }
        metrics.ingested(source: "spool", new: report.new + report.revised, unchanged: report.unchanged)
        metrics.quarantined(source: "spool", count: files.reduce(0) { $0 + $1.quarantined.count })
        logger.info("spool batch ingested", metadata: [
            "files": "\(files.count)", "articles": "\(articleCount)", "new": "\(report.new)",
            "revised": "\(report.revised)", "unchanged": "\(report.unchanged)", "refused": "\(report.refused.count)",
        ])
    }

    /// Quarantined items and the directory's counts, in one transaction, before any file moves.
    private func record(_ files: [SpoolFile], report: IngestReport, pipeline: IngestPipeline, directory: SpoolDirectory) async throws {
        let quarantined = files.flatMap(\.quarantined)
        let seen = files.reduce(0) { $0 + $1.itemCount }
        let path = directory.root.path
        guard let last = files.last?.url.lastPathComponent else { return }
        let rejectedCount = files.filter(\.isRejected).count, doneCount = files.count - rejectedCount
        try await pipeline.link.run("record spool files") { connection in
            try connection.transaction { connection in
                try FeedStateStore.quarantine(feed: SpoolStateStore.quarantineFeed, items: quarantined, connection: connection)
                try SpoolStateStore.record(
                    directory: path, file: last, done: doneCount, rejected: rejectedCount, seen: seen,
                    ingested: report.new + report.revised, quarantined: quarantined.count, connection: connection)
            }
        }
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
