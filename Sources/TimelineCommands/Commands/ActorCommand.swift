import ArgumentParser
import Foundation
import HindiTemporal
import Timelines
import TimelinePages

/// `timeline actor NAME`: one actor's timeline.
struct ActorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Show one actor's timeline in chronological order.",
        discussion: """
        NAME may be any alias, in Devanagari or Latin script, with or without nukta, and a near \
        miss is accepted ("लावरोफ" finds Lavrov). An ambiguous name lists the candidates. Each \
        date is shown at its true granularity: a month as 2025-06, a week as 2025-W28, a day as \
        2025-07-12; a month sorts before the days it contains. Every format shows each entry's \
        short id; `timeline explain ID` tells where that entry comes from.

        Each row is one event: the reports of one happening (a reprint, another outlet, a plan and \
        its report) are one row, shown by the report with the most precise date, with how many \
        outlets back it and the event's id (`timeline explain EVENT_ID` lists every report). \
        --mentions shows one row per report instead (as does --as-of: events are kept as they are now).

        Each entry says what happened: the event's word and its CAMEO root ("consult: मुलाकात"), \
        marked when it was only planned, negated or hypothetical, and the actor's role (source: \
        acts; target: acted upon or with). --type, --quad, --realis and --role keep some of them.

        --format html writes one self-contained page (no network, nothing loaded from elsewhere): the \
        entries on a time axis, a point for a day and a bar for a week, month or year; resting the \
        pointer on a mark or clicking it shows the sentence and its source, and the entries follow as a \
        list, which is also what a printout shows.

        Examples:
          timeline actor लावरोव
          timeline actor "Kim Jong Un" --from 2025-01-01 --with रूस
          timeline actor पुतिन --format csv > putin.csv
          timeline actor लावरोव --mentions               every report, one row each
          timeline actor लावरोव --as-of 2025-07-01T12:00
          timeline actor लावरोव --format html > lavrov.html
          timeline actor "Kim Jong Un" --type consult,04 --realis actual
          timeline actor "कानपुर पुलिस" --quad 4 --role source
          timeline explain k3v0q8x2mw
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, html }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var read: ReadOptions

    @Argument(help: "The actor's name or alias.")
    var name: String

    @Option(help: ArgumentHelp("Only entries that end on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only entries that start on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .customLong("with"), help: ArgumentHelp("Only entries that also name this actor.", valueName: "OTHER_ACTOR"))
    var withActor: String?

    @Option(help: "Show at most this many entries.")
    var limit: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Show the timeline as it was known at this moment (by recording time): later entries absent, later retractions undone. Local time unless a zone is given.",
        valueName: "YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM]"))
    var asOf: String?

    @OptionGroup(title: "Events")
    var events: EventFilterOptions

    @Flag(help: "One row per report (dated entry) instead of one per event.")
    var mentions = false

    @Option(help: "Output format: table (for people), json (one array), csv, html (one page with a picture).")
    var format: Format = .table

    func validate() throws {
        try DayRangeValidation.validate(from: from, to: to, limit: limit)
        if let asOf, MomentParser.parse(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a moment; use e.g. 2025-07-01T12:00 (local time), 2025-07-01T12:00Z or 2025-07-01.")
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("Give an actor's name.") }
    }

    /// The filters given, as the page's header names them.
    var filtersUsed: [HTMLTimeline.Filter] {
        var used: [HTMLTimeline.Filter] = []
        if let from { used.append(.init(name: "from", value: from)) }
        if let to { used.append(.init(name: "to", value: to)) }
        if let withActor { used.append(.init(name: "with", value: withActor)) }
        if let limit { used.append(.init(name: "limit", value: String(limit))) }
        if let asOf { used.append(.init(name: "as of", value: asOf)) }
        used += events.used.map { .init(name: $0.name, value: $0.value) }
        return used
    }

    func run() async throws {
        let session = try database.openReadSession(read)
        defer { session.close() }
        let moment = asOf.flatMap { MomentParser.parse($0) }
        let resolver = try ActorResolver(session: session, asOf: moment)
        let actor: ActorResolver.Resolved
        do {
            actor = try resolver.resolve(name)
        } catch where moment != nil {
            // Not known by that name then (e.g. added by curation later): today's name still says whom.
            actor = try ActorResolver(session: session).resolve(name)
        }
        var filter = TimelineFilter(from: from.flatMap(CalendarDay.init(iso:)), to: to.flatMap(CalendarDay.init(iso:)), limit: limit,
                                    asOf: moment)
        if let withActor { filter.withActor = try resolver.resolve(withActor).id }
        try events.apply(to: &filter)
        let queries = TimelineQueries(connection: session.connection)
        // Events have no past of their own: a timeline as known at a moment is one of reports.
        let perReport = mentions || moment != nil
        let entries = try perReport ? queries.entries(actorID: actor.id, filter: filter) : queries.events(actorID: actor.id, filter: filter)
        switch format {
        case .json: print(try TimelineRendering.json(entries))
        case .csv: print(TimelineRendering.csv(entries), terminator: "")
        case .html:
            let page = HTMLTimeline(actorName: actor.name, actorKind: actor.kind, filters: filtersUsed, entries: entries)
            print(page.render(), terminator: "")
        case .table:
            let known = asOf.map { " as known at \($0)" } ?? ""
            let count = perReport ? "\(entries.count) \(entries.count == 1 ? "entry" : "entries")"
                : "\(entries.count) \(entries.count == 1 ? "event" : "events")"
            print("\(actor.name) (\(actor.kind)) — \(count)\(known)")
            if entries.isEmpty { return }
            print(TimelineRendering.table(entries))
        }
    }
}
