import ArgumentParser
import EventStore
import Foundation
import Postgres
import Timelines

/// `timeline projections …`: bring the timelines up to date, follow the log, or rebuild.
struct ProjectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projections",
        abstract: "Bring the per-actor timelines up to date with the event log, or rebuild them.",
        subcommands: [Run.self, Rebuild.self],
        defaultSubcommand: Run.self
    )

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Apply the events after the checkpoint; with --follow, keep applying new ones until interrupted."
        )
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "After catching up, wait for new events (LISTEN/NOTIFY with polling as a fallback).")
        var follow = false
        @Option(help: .hidden)
        var pageSize: Int = 2_000

        func validate() throws {
            if pageSize < 1 { throw ValidationError("--page-size must be at least 1.") }
        }

        func run() async throws {
            let session = try database.openSession()
            defer { session.close() }
            let projection = TimelineProjection(connection: session.connection, pageSize: pageSize)
            let bar = ProgressBar(label: "catching up")
            let applied = try projection.catchUp { done, total in bar.update(done: done, total: total) }
            bar.finish()
            print("applied \(applied) events; checkpoint at \(try projection.checkpoint())")
            guard follow else { return }
            let configuration = try database.configuration()
            let tail = EventLog(connection: session.connection).tail(
                after: try projection.checkpoint(), connectionFactory: { try PostgresConnection.connect(configuration) })
            for try await _ in tail {
                let count = try projection.catchUp()
                if count > 0 { print("applied \(count) events; checkpoint at \(try projection.checkpoint())") }
            }
        }
    }

    struct Rebuild: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Recompute the timelines from the first event; readers see the old rows until it commits."
        )
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let session = try database.openSession()
            defer { session.close() }
            let bar = ProgressBar(label: "rebuilding")
            let started = Date()
            let applied = try TimelineProjection(connection: session.connection).rebuild { done, total in
                bar.update(done: done, total: total)
            }
            bar.finish()
            let status = try TimelineStatus.read(connection: session.connection)
            print(String(format: "rebuilt from %d events in %.2f s: %lld entries for %lld actors", applied,
                         Date().timeIntervalSince(started), status.entries, status.actorsWithEntries))
        }
    }
}
