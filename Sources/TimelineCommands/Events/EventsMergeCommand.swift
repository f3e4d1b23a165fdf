import ArgumentParser
import Timelines

/// `timeline events merge ID ID`: two events are one happening.
struct EventsMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the second event into the first: one happening.",
        discussion: """
        Appends EventsMerged. The second event's reports join the first, its id leads to the first \
        from now on, and the reports of both stay together through rebuilds and reprocessing.

        Example:
          timeline events merge ev4k0m9x2a7p ev7q1c8d3f5g
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The event that stays.")
    var target: String

    @Argument(help: "The event that joins it.")
    var source: String

    func run() async throws {
        let curation = try EventCurationSession(database: database)
        defer { curation.close() }
        let (into, kept) = try curation.event(target)
        let (from, moving) = try curation.event(source)
        guard from != into else { throw ValidationError("'\(source)' and '\(target)' are already the same event (\(into)).") }
        try curation.record(.merged(.init(sourceID: from, targetID: into, mentionIDs: kept + moving)),
                            done: "merged \(from) (\(moving.count) reports) into \(into)")
    }
}
