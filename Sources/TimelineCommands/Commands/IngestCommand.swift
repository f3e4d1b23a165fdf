import ArgumentParser
import Foundation
import HindiTemporal
import Timelines

/// `timeline ingest FILE...|-`: articles in, dated events out, timelines brought up to date.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Take in articles (JSON, JSON Lines or plain text) and record their dated events.",
        discussion: """
        JSON and JSON Lines objects have the fields url or id, title, published (YYYY-MM-DD or an \
        RFC 3339 timestamp with zone), text, and optional tags, source, language. Plain text may \
        start with 'key: value' lines (title, published, url, id, source, tags) and a blank line; \
        --published and --title supply or override them.

        Ingesting the same article again changes nothing; a changed text under the same url/id is \
        recorded as a new revision. Feed trailers (the '(टैगस्टोट्रांसलेट) … (टी) …' tag line, \
        'Source link') leave the text and become tags.

        Examples:
          timeline ingest articles.jsonl
          timeline ingest --published 2025-07-13 --title "लावरोव प्योंगयांग में" story.txt
          cat feed.jsonl | timeline ingest -
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Article files, or - for standard input.")
    var files: [String] = []

    @Option(help: ArgumentHelp("Input format; by default from the file extension or content.", valueName: "json|jsonl|text"))
    var format: ArticleDecoder.Format?

    @Option(help: ArgumentHelp("Publish date for plain-text input.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(help: "Title for plain-text input.")
    var title: String?

    @Flag(help: "Only record events; do not bring the timelines up to date.")
    var noProject = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one article file, or - for standard input.") }
        if let published, CalendarDay(iso: published) == nil {
            throw ValidationError("--published '\(published)' is not a date; use YYYY-MM-DD, e.g. 2025-07-13.")
        }
    }

    func run() async throws {
        let defaults = ArticleDecoder.PlainTextDefaults(published: published.flatMap(CalendarDay.init(iso:)), title: title)
        var articles: [Article] = []
        var errors: [String] = []
        for file in files {
            let data: Data
            do {
                data = try InputFile.read(file)
            } catch {
                errors.append("\(error)")
                continue
            }
            let result = ArticleDecoder().decode(data, name: file, format: format, defaults: defaults)
            articles += result.articles
            errors += result.errors.map(\.description)
        }
        for error in errors { Terminal.error(error) }

        let session = try database.openSession()
        defer { session.close() }
        let report = try session.ingestor().ingest(articles)
        print("articles: \(report.new) new, \(report.revised) revised, \(report.unchanged) unchanged; dated events: \(report.datedEvents)")
        for refusal in report.refused {
            errors.append("article '\(refusal.identifier)': not recorded: \(refusal.reason)")
            Terminal.error(errors[errors.count - 1])
        }
        if !noProject {
            let applied = try TimelineProjection(connection: session.connection).catchUp()
            let status = try TimelineStatus.read(connection: session.connection)
            print("timelines: \(applied) events applied, at log position \(status.projectionPosition) of \(status.logHead)")
        }
        if !errors.isEmpty {
            Terminal.error("\(errors.count) input(s) could not be taken in (listed above); the rest were ingested.")
            throw ExitCode.failure
        }
    }
}

extension ArticleDecoder.Format: ExpressibleByArgument {}
