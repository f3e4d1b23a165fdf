import ActorRecognition
import ArgumentParser
import Timelines

/// `timeline actors add NAME`: a new actor in the gazetteer.
struct ActorsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an actor; provisional entries under any of its names move to it.",
        discussion: """
        Appends ActorAdded. The id defaults to a slug of --latin (e.g. wang-yi), else a short \
        stable id. Run `timeline reprocess` afterwards to find the actor in articles where no \
        provisional name caught it.

        Example:
          timeline actors add "वांग यी" --kind person --latin "Wang Yi" --alias वांग
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The canonical name (Devanagari preferred).")
    var name: String

    @Option(help: "person, country, state, city, party, organization or body.")
    var kind: ActorKind = .person

    @Option(help: "The name in Latin script.")
    var latin: String = ""

    @Option(name: .customLong("alias"), help: "Another name (repeatable).")
    var aliases: [String] = []

    @Option(help: "The id (lowercase ASCII letters, digits and hyphens).")
    var id: String?

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("The name must not be empty.") }
        if let id, id.isEmpty || !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            throw ValidationError("--id '\(id)' must be lowercase ASCII letters, digits and hyphens, e.g. wang-yi.")
        }
        if aliases.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("--alias must not be empty.")
        }
    }

    func run() async throws {
        let curation = try CurationSession(database: database)
        defer { curation.close() }
        let canonical = name.trimmingCharacters(in: .whitespaces)
        let actorID = id ?? Self.slug(latin) ?? "actor-" + StableID.shortID(for: StableID.uuid("actor", canonical))
        if (try? curation.actor(actorID))?.id == actorID {
            throw ValidationError("The id '\(actorID)' is taken; choose another with --id.")
        }
        for candidate in [canonical, latin] + aliases where !candidate.isEmpty {
            if let owner = curation.existingActor(named: candidate), !owner.id.hasPrefix("provisional:") {
                throw ValidationError("'\(candidate)' already names \(owner.name) (\(owner.id)); use `timeline actors alias` instead.")
            }
        }
        let event = ActorCurationEvent.Added(actorID: actorID, name: canonical, kind: kind.rawValue, latinName: latin,
                                             aliases: aliases.map { $0.trimmingCharacters(in: .whitespaces) })
        try curation.record(.added(event), done: "added \(canonical) (\(actorID), \(kind.rawValue))")
    }

    /// `Wang Yi` → `wang-yi`; nil when nothing ASCII is left.
    static func slug(_ latin: String) -> String? {
        var out = ""
        for scalar in latin.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { out.unicodeScalars.append(scalar) }
            else if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? nil : out
    }
}

extension ActorKind: ExpressibleByArgument {}
