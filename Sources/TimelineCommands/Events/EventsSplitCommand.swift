import ArgumentParser
import EventStore
import Timelines

/// `timeline events split ID --mention M…`: some reports of an event are another happening.
struct EventsSplitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Move some reports of an event into a new event of their own.",
        discussion: """
        Appends EventSplit. The named reports (entry ids, as `timeline explain ID` lists them) \
        leave the event for a new one and never rejoin it; the reports that stay never join the \
        new one. Survives rebuilds and reprocessing.

        Example:
          timeline events split ev4k0m9x2a7p --mention k3m9x2a7pq --mention q8w2e4r6t0
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The event's id.")
    var event: String

    @Option(name: .customLong("mention"), parsing: .upToNextOption, help: ArgumentHelp("A report (entry id) to move; repeat or list several.", valueName: "ENTRY_ID"))
    var mentions: [String] = []

    func validate() throws {
        if mentions.isEmpty { throw ValidationError("Name the reports to move with --mention ENTRY_ID.") }
    }

    func run() async throws {
        let curation = try EventCurationSession(database: database)
        defer { curation.close() }
        let (id, members) = try curation.event(event)
        let unknown = mentions.filter { !members.contains($0) }
        guard unknown.isEmpty else {
            throw ValidationError("\(unknown.joined(separator: ", ")) \(unknown.count == 1 ? "is not a report" : "are not reports") of event \(id); `timeline explain \(id)` lists them.")
        }
        let kept = members.filter { !mentions.contains($0) }
        guard !kept.isEmpty else {
            throw ValidationError("Every report of \(id) was named: a split must leave at least one behind.")
        }
        let split = EventCurationEvent.Split(eventID: id, mentionIDs: Array(Set(mentions)), keptIDs: kept)
        try curation.record(.split(split), done: "split \(split.mentionIDs.count) of \(members.count) reports of \(id) into \(split.newEventID)")
    }
}
