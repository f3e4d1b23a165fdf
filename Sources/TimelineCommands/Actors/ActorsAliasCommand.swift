import ArgumentParser
import Timelines

/// `timeline actors alias ACTOR ALIAS`: another name for a known actor.
struct ActorsAliasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Record another name for an actor; entries under that name move to the actor.",
        discussion: """
        Appends ActorAliasAdded. Entries recorded under the provisional actor of that name are \
        re-attributed to ACTOR, and from now on the name is recognized as ACTOR.

        Example:
          timeline actors alias लावरोव "लावरॉव"
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The actor: its id or exact name or alias.")
    var actor: String

    @Argument(help: "The new name.")
    var alias: String

    func validate() throws {
        if alias.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The alias must not be empty.") }
    }

    func run() async throws {
        let curation = try CurationSession(database: database)
        defer { curation.close() }
        let target = try curation.actor(actor)
        let name = alias.trimmingCharacters(in: .whitespaces)
        if let owner = curation.existingActor(named: name), !owner.id.hasPrefix("provisional:") {
            if owner.id == target.id {
                print("'\(name)' already names \(target.name) (\(target.id)); nothing recorded.")
                return
            }
            throw ValidationError("'\(name)' already names \(owner.name) (\(owner.id)). If they are one actor, use "
                                  + "`timeline actors merge \(owner.id) \(target.id)`.")
        }
        try curation.record(.aliasAdded(.init(actorID: target.id, alias: name)),
                            done: "'\(name)' is now an alias of \(target.name) (\(target.id))")
    }
}
