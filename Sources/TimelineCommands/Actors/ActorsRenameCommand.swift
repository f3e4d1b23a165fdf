import ArgumentParser
import Timelines

/// `timeline actors rename ACTOR NEW_NAME`: a new display name.
struct ActorsRenameCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give an actor a new display name; the old name stays an alias.",
        discussion: """
        Appends ActorRenamed. Timelines show the new name at once, also in other actors' entries.

        Example:
          timeline actors rename provisional:राजेश वर्मा "राजेश कुमार वर्मा"
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The actor: id or exact name.")
    var actor: String

    @Argument(help: "The new name.")
    var newName: String

    func validate() throws {
        if newName.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The new name must not be empty.") }
    }

    func run() async throws {
        let curation = try CurationSession(database: database)
        defer { curation.close() }
        let resolved = try curation.actor(actor)
        let name = newName.trimmingCharacters(in: .whitespaces)
        guard name != resolved.name else {
            print("\(resolved.id) is already called '\(name)'; nothing recorded.")
            return
        }
        if let owner = curation.existingActor(named: name), owner.id != resolved.id {
            throw ValidationError("'\(name)' already names \(owner.name) (\(owner.id)); use `timeline actors merge` if they are one actor.")
        }
        try curation.record(.renamed(.init(actorID: resolved.id, oldName: resolved.name, name: name)),
                            done: "renamed \(resolved.id) from '\(resolved.name)' to '\(name)'")
    }
}
