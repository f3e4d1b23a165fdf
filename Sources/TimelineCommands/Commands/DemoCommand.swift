import ArgumentParser
import Foundation
import Timelines

/// `timeline demo`: the bundled sample articles in, one actor's timeline out.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled sample articles and print one actor's timeline.",
        discussion: """
        With no database configured this uses the embedded PostgreSQL under TIMELINE_HOME \
        (default ~/.local/share/timeline), starting it if needed. Running it again changes \
        nothing: the samples are already ingested.
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Directory of sample articles (default: the repository's samples/).", valueName: "DIR"))
    var samples: String?

    @Option(help: "Whose timeline to print.")
    var actor: String = "लावरोव"

    /// What the demo suggests next; each runs as printed (a test runs them). `entryID`: an entry of
    /// the printed timeline, to explain.
    static func nextCommands(explaining entryID: String?) -> [String] {
        ["timeline actor \"किम जोंग उन\"", "timeline actors"] + (entryID.map { ["timeline explain \($0)"] } ?? []) + ["timeline db psql"]
    }

    func run() async throws {
        let directory = (try samples.map { URL(fileURLWithPath: $0) } ?? ProjectDirectory.locate("samples")).resolvingSymlinksInPath()
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["json", "jsonl", "txt"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        guard !files.isEmpty else { throw ValidationError("\(directory.path) holds no .json, .jsonl or .txt articles.") }

        let session = try database.openSession()
        defer { session.close() }
        print("database: \(database.displayName)")
        var articles: [Article] = []
        for file in files {
            let result = ArticleDecoder().decode(try InputFile.read(file.path), name: file.path)
            for error in result.errors { Terminal.error(error.description) }
            articles += result.articles
        }
        let report = try session.ingestor().ingest(articles)
        print("ingested \(articles.count) sample articles: \(report.new) new, \(report.revised) revised, \(report.unchanged) unchanged; \(report.datedEvents) dated events")
        try TimelineProjection(connection: session.connection).catchUp()
        let status = try TimelineStatus.read(connection: session.connection)
        print("event log: \(status.logEvents) events; timelines: \(status.entries) entries for \(status.actorsWithEntries) actors; lag \(status.lagEvents)")
        print("")
        let resolved = try ActorResolver(session: session).resolve(actor)
        let entries = try TimelineQueries(connection: session.connection).entries(actorID: resolved.id)
        print("\(resolved.name) — \(entries.count) entries")
        print(TimelineRendering.table(entries))
        print("")
        print("Next: \(Self.nextCommands(explaining: entries.first?.id).joined(separator: " | "))")
        if ExecutableSearch.path(of: "timeline") == nil {
            print("(`timeline` is not on your PATH yet: scripts/install links it into ~/.local/bin; until then use \(CommandLine.arguments[0]))")
        }
    }
}
