import ArgumentParser

/// `timeline events`: happenings, each with the reports that back it; split and merge them.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List events (each happening once, with its reports); split or merge them.",
        discussion: """
        Dated entries that report the same happening are one event: the same or a compatible type, \
        dates that meet (a day joins the month that holds it; two different days never join), a \
        shared actor, and alike sentences — within an article and across articles. An article that \
        is a near copy of one stored before (the same story with another headline, a trailer added, \
        a paragraph dropped) is a reprint: its entries join the original's events and count as more \
        articles, and as more sources when they come from another outlet. A plan reported on Friday \
        and the meeting reported as held on Sunday are one event that happened.

        The machine can be corrected: split and merge append events to the stream \
        `event-curation`, which survive `timeline projections rebuild` and `timeline reprocess`. \
        `timeline explain ID` shows every report of an event and why each joined.

        Examples:
          timeline events --actor लावरोव --from 2025-07-01
          timeline events --format json > events.json
          timeline events split ev4k0m9x2a7p --mention k3m9x2a7pq
          timeline events merge ev4k0m9x2a7p ev7q1c8d3f5g
        """,
        subcommands: [EventsListCommand.self, EventsSplitCommand.self, EventsMergeCommand.self],
        defaultSubcommand: EventsListCommand.self
    )
}
