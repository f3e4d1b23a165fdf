import ArgumentParser
import Timelines

/// `timeline actors merge SOURCE TARGET`: two actors are one.
struct ActorsMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge SOURCE into TARGET: everything said of SOURCE is said of TARGET.",
        discussion: """
        Appends ActorsMerged. SOURCE's entries move to TARGET (an entry that names both stays \
        once), SOURCE's names become TARGET's aliases, and SOURCE is no longer listed.

        Example:
          timeline actors merge "राजेश वर्मा" rajesh-verma
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The actor that goes away: id or exact name.")
    var source: String

    @Argument(help: "The actor that stays: id or exact name.")
    var target: String

    func run() async throws {
        let curation = try CurationSession(database: database)
        defer { curation.close() }
        let from = try curation.actor(source)
        let into = try curation.actor(target)
        guard from.id != into.id else {
            throw ValidationError("'\(source)' and '\(target)' are already the same actor (\(into.id)).")
        }
        try curation.record(.merged(.init(sourceID: from.id, sourceName: from.name, targetID: into.id, targetName: into.name)),
                            done: "merged \(from.name) (\(from.id)) into \(into.name) (\(into.id))")
    }
}
