import ArgumentParser
import Foundation
import HindiTemporal
import Timelines

/// `timeline reprocess`: stored articles extracted again with the current extractor and gazetteer.
struct ReprocessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess",
        abstract: "Re-extract stored articles after the extractor or the gazetteer changed, and record what changed.",
        discussion: """
        Every dated entry records the extractor version and gazetteer revision that made it. After \
        the gazetteer changed (an alias removed, an actor added, actors curated) or a newer \
        extractor was installed, the timelines still hold what the old ones \
        found. Reprocess reads each stored article's latest revision and its current entries from the \
        event log, extracts the article again, and appends to its stream:
          EntriesRetracted  for entries that no longer hold, and
          EntriesAdded      for new entries and new versions of changed ones
                            (a changed date, expression or set of actors).
        Nothing stored is edited: `timeline actor NAME --as-of MOMENT` still shows the timeline as it \
        was before. Articles whose entries were made by the current extractor and gazetteer are \
        skipped (--force re-extracts them too), and running reprocess twice appends nothing the \
        second time. The timelines are brought up to date afterwards. A progress bar shows on a \
        terminal.

        Run it after changing the gazetteer or upgrading; --dry-run first shows what would change.

        Examples:
          timeline reprocess --dry-run             what would change, entry by entry
          timeline reprocess                       record it
          timeline reprocess --since 2025-07-01    only articles published since
          timeline reprocess --actor "वांग यी"      only articles naming him
          timeline actor किम --as-of 2025-07-01T12:00
                                                   Kim's timeline as it was before
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Only articles published on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles whose current or re-extracted entries involve this actor (any alias).",
                               valueName: "NAME"))
    var actor: String?

    @Flag(help: "Show what would change, article by article, without appending anything.")
    var dryRun = false

    @Flag(help: "Re-extract also the articles whose entries were made by the current extractor and gazetteer.")
    var force = false

    @Flag(help: "List each changed article's entries (always on with --dry-run).")
    var verbose = false

    @Flag(help: "Only record events; do not bring the timelines up to date.")
    var noProject = false

    func validate() throws {
        if let since, CalendarDay(iso: since) == nil {
            throw ValidationError("--since '\(since)' is not a date; use YYYY-MM-DD, e.g. 2025-07-01.")
        }
        if let actor, actor.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--actor needs a name.") }
    }

    func run() async throws {
        let session = try database.openSession()
        defer { session.close() }
        var options = ReprocessOptions(since: since.flatMap(CalendarDay.init(iso:)), dryRun: dryRun, force: force)
        if let actor { options.actorID = try ActorResolver(session: session).resolve(actor).id }
        let reprocessor = try session.reprocessor()

        let bar = ProgressBar(label: "reprocessing")
        let list = dryRun || verbose
        let started = ContinuousClock.now
        let report = try reprocessor.reprocess(options, progress: { done, total in
            bar.update(done: Int64(done), total: Int64(total))
        }, onChange: { change in
            guard list else { return }
            bar.finish()
            for line in ArticleChangeRendering.lines(change) { print(line) }
        })
        bar.finish()
        let elapsed = (ContinuousClock.now - started).seconds
        print(ReprocessSummary.lines(report, seconds: elapsed, dryRun: dryRun).joined(separator: "\n"))
        guard !dryRun, !noProject else { return }
        let applied = try TimelineProjection(connection: session.connection).catchUp()
        let status = try TimelineStatus.read(connection: session.connection)
        print("timelines: \(applied) events applied, at log position \(status.projectionPosition) of \(status.logHead)")
    }
}

/// The summary `timeline reprocess` prints.
enum ReprocessSummary {
    static func lines(_ report: ReprocessReport, seconds: Double, dryRun: Bool) -> [String] {
        let verb = dryRun ? "would change" : "changed"
        let rate = seconds > 0 ? String(format: " (%.0f articles/s)", Double(report.scanned) / seconds) : ""
        var lines = [
            "articles: \(report.scanned) in the log, \(report.examined) examined (\(report.upToDate) already current), \(report.changed) \(verb)",
            "entries: \(report.retracted) retracted, \(report.added) added (\(report.replaced) of them replacing a changed entry)",
            String(format: "time: %.2f s", seconds) + rate,
        ]
        if report.retried > 0 { lines.append("redone after another writer appended to them: \(report.retried) articles") }
        if dryRun { lines.append("dry run: nothing was appended") }
        return lines
    }
}
