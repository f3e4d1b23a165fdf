import ArgumentParser
import Foundation
import Timelines

/// `timeline actors list`: the known actors, their aliases and entry counts.
struct ActorsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the known actors with their aliases and timeline entry counts.",
        discussion: """
        Lists the actors that have timeline entries, most entries first: the gazetteer's (as \
        curated) and the provisional ones — names found by role patterns, feed tags or repeated \
        Latin-script names that the gazetteer does not know yet. With --all, every known actor, \
        also those without entries. With --provisional, only the provisional ones, with how they \
        were found and a sample sentence: the list to curate from.

        Examples:
          timeline actors
          timeline actors --all --kind country --format csv
          timeline actors --provisional
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var read: ReadOptions

    @Flag(help: "Every known actor, also those without timeline entries.")
    var all = false

    @Flag(help: "Only actors that have timeline entries (the default; kept for scripts).")
    var withEntries = false

    @Flag(help: "Only provisional actors, with evidence and a sample sentence.")
    var provisional = false

    @Option(help: "Only actors of this kind (person, country, organization, …).")
    var kind: String?

    @Option(help: "Output format: table, json, csv.")
    var format: Format = .table

    func run() async throws {
        let session = try database.openReadSession(read)
        defer { session.close() }
        if provisional { return try listProvisional(session) }
        let (gazetteer, _) = try session.gazetteer()
        let known = try TimelineQueries(connection: session.connection).actorSummaries(gazetteer: gazetteer)
        var actors = all && !withEntries ? known : known.filter { $0.entryCount > 0 }
        if let kind { actors = actors.filter { $0.kind == kind } }
        switch format {
        case .json:
            print(try Self.json(actors))
        case .csv:
            print(CSVWriter.line(["id", "name", "latin_name", "kind", "provisional", "entries", "aliases"]))
            for a in actors {
                print(CSVWriter.line([a.id, a.name, a.latinName, a.kind, a.provisional ? "yes" : "no", String(a.entryCount),
                                      a.aliases.joined(separator: "|")]))
            }
        case .table:
            var table = TextTable(headers: ["entries", "name", "kind", "id", "aliases"], maxWidths: [nil, 30, nil, 30, 60])
            for a in actors {
                table.append([String(a.entryCount), a.name, a.provisional ? "\(a.kind)?" : a.kind, a.id,
                              a.aliases.joined(separator: ", ")])
            }
            if !actors.isEmpty { print(table.render()) }
            if all && !withEntries {
                print("\(actors.count) actors (a kind ending in ? is provisional)")
            } else {
                let shown = actors.isEmpty ? "No actor\(kind.map { " of kind \($0)" } ?? "") has timeline entries yet"
                    : "\(actors.count) actors with entries (a kind ending in ? is provisional)"
                print("\(shown); `timeline actors --all` lists all \(known.count) known actors.")
            }
        }
    }

    private func listProvisional(_ session: TimelineSession) throws {
        let actors = try ProvisionalActor.all(connection: session.connection)
        switch format {
        case .json:
            print(try Self.json(actors))
        case .csv:
            print(CSVWriter.line(["id", "name", "entries", "articles", "evidence", "sample_entry", "sample_sentence"]))
            for a in actors {
                print(CSVWriter.line([a.id, a.name, String(a.entries), String(a.articles), a.evidence.joined(separator: "|"),
                                      a.sampleEntryID, a.sampleSentence]))
            }
        case .table where actors.isEmpty:
            print("No provisional actors: every actor in the timelines is in the gazetteer.")
        case .table:
            var table = TextTable(headers: ["entries", "articles", "name", "found by", "sample"], maxWidths: [nil, nil, 30, 30, 70])
            for a in actors {
                table.append([String(a.entries), String(a.articles), a.name, a.evidence.joined(separator: ", "), a.sampleSentence])
            }
            print(table.render())
            print("\(actors.count) provisional actors; curate with `timeline actors add|alias|merge|rename|reject` (see --help).")
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
