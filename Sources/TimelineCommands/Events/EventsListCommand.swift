import ArgumentParser
import HindiTemporal
import Timelines

/// `timeline events list`: the events, in date order.
struct EventsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List events in date order, with their type, actors and how many reports back them.",
        discussion: """
        Each event shows its date at the granularity its reports agree on (2025-07-12, 2025-07), or \
        their spread (2025-07-12/2025-07-20) when a curator joined reports whose dates do not meet.

        Examples:
          timeline events --actor "Kim Jong Un"
          timeline events --from 2020-03-01 --to 2020-03-31 --format csv > march.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("Only events a report of which names this actor (any alias).", valueName: "NAME"))
    var actor: String?

    @Option(help: ArgumentHelp("Only events that end on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that start on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: "Show at most this many events.")
    var limit: Int?

    @Option(help: "Output format: table (for people), json (one array, each event with its reports), jsonl (one event per line), csv.")
    var format: Format = .table

    func validate() throws {
        try DayRangeValidation.validate(from: from, to: to, limit: limit)
    }

    func run() async throws {
        let session = try database.openReadSession(read)
        defer { session.close() }
        let actorID = try actor.map { try ActorResolver(session: session).resolve($0).id }
        let queries = EventQueries(connection: session.connection)
        let events = try queries.events(actorID: actorID, from: from.flatMap(CalendarDay.init(iso:)),
                                        to: to.flatMap(CalendarDay.init(iso:)), limit: limit)
        switch format {
        case .table:
            print("\(events.count) \(events.count == 1 ? "event" : "events")")
            if !events.isEmpty { print(EventRendering.table(events)) }
        case .csv: print(EventRendering.csv(events), terminator: "")
        case .json: print(try EventRendering.jsonArray(events.map { ($0, try queries.reports(of: $0.id)) }))
        case .jsonl:
            for event in events { print(try EventRendering.json(event, reports: try queries.reports(of: event.id), pretty: false)) }
        }
    }
}
