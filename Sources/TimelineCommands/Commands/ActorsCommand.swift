import ArgumentParser
import Foundation
import Timelines

/// `timeline actors`: the known actors, their aliases and entry counts.
struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the known actors with their aliases and timeline entry counts.",
        discussion: """
        Lists the gazetteer's actors and the provisional ones (names found by role patterns or \
        feed tags that the gazetteer does not know yet), most entries first.

        Examples:
          timeline actors --with-entries
          timeline actors --kind country --format csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Only actors that have timeline entries.")
    var withEntries = false

    @Option(help: "Only actors of this kind (person, country, organization, …).")
    var kind: String?

    @Option(help: "Output format: table, json, csv.")
    var format: Format = .table

    func run() async throws {
        let session = try database.openSession()
        defer { session.close() }
        _ = try session.gazetteer()
        var actors = try TimelineQueries(connection: session.connection).actorSummaries()
        if withEntries { actors = actors.filter { $0.entryCount > 0 } }
        if let kind { actors = actors.filter { $0.kind == kind } }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(actors), as: UTF8.self))
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
            print(table.render())
            print("\(actors.count) actors (a kind ending in ? is provisional)")
        }
    }
}
