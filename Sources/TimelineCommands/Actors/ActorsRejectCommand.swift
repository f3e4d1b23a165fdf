import ArgumentParser
import Timelines

/// `timeline actors reject ACTOR`: not an actor.
struct ActorsRejectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Record that a name is not an actor; its entries leave the timelines.",
        discussion: """
        Appends ActorRejected. The actor's timeline rows move to the history (still visible with \
        `timeline actor … --as-of` a moment before), it disappears from other entries' actor lists, \
        and it is not recognized any more.

        Example:
          timeline actors reject "प्रवक्ता" --reason "a role, not a person"
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The actor: id or exact name.")
    var actor: String

    @Option(help: "Why, for whoever reads the log later.")
    var reason: String = ""

    func run() async throws {
        let curation = try CurationSession(database: database)
        defer { curation.close() }
        let resolved = try curation.actor(actor)
        try curation.record(.rejected(.init(actorID: resolved.id, name: resolved.name, reason: reason)),
                            done: "rejected \(resolved.name) (\(resolved.id))")
    }
}
