import ArgumentParser
import Foundation
import Timelines

/// `timeline explain ID`: where one timeline entry comes from.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one timeline entry (its sentence, value, anchor, rule, actors and history) or one event.",
        discussion: """
        ID is the entry's short id, the first column of `timeline actor NAME` (also in its json \
        and csv output). Upper case is accepted, and so are the look-alikes i, l (read as 1) and \
        o (read as 0).

        The text output marks the expression in its sentence with ⟦ ⟧ and shows the resolved \
        value and interval, the tense and the anchor that decided it (the publish date, a full \
        date written out, or an earlier expression of the article), the rule that fired, each \
        actor with how it was recognized (gazetteer alias, feed tag, role pattern, short form) \
        and what curation made of it, the extractor version, and the events behind the entry \
        (ingested, extracted, retracted, merged …) with what each did to its timeline rows.

        Examples:
          timeline actor लावरोव
          timeline explain k3v0q8x2mw
          timeline explain K3V0-Q8X2MW --format json

        An event id (ev…, the first column of `timeline events`) shows every report of the event \
        with its article, source and sentence, and why it joined: the actors shared, whether the \
        trigger, the type and the day agree, the similarity of the sentences, or that its article \
        is a reprint of another.
          timeline explain ev4k0m9x2a7p
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var read: ReadOptions

    @Argument(help: "The entry's id, e.g. k3v0q8x2mw, or an event's, e.g. ev4k0m9x2a7p.")
    var id: String

    @Option(help: "Output format: text (for people) or json.")
    var format: Format = .text

    func validate() throws {
        if EventQueries.isEventID(id) { return }
        do {
            _ = try EntryID.normalized(id)
        } catch let error as EntryIDError {
            throw ValidationError("\(error.description). Entry ids are the first column of `timeline actor NAME`.")
        }
    }

    func run() async throws {
        let session = try database.openReadSession(read)
        defer { session.close() }
        if EventQueries.isEventID(id) { return try explainEvent(session) }
        let explanation: EntryExplanation
        do {
            explanation = try EntryExplainer(connection: session.connection).explain(id)
        } catch EntryExplainerError.unknownEntry(let entryID) {
            throw CommandFailure("No timeline entry has the id '\(entryID)'. Find entry ids with `timeline actor NAME` "
                                 + "(first column; also in --format json and csv).")
        }
        switch format {
        case .json: print(try EntryExplanationText.json(explanation))
        case .text:
            let emphasis: EntryExplanationText.Emphasis = Terminal.standardOutputIsStyled ? .bold : .plain
            print(EntryExplanationText.render(explanation, emphasis: emphasis), terminator: "")
        }
    }

    private func explainEvent(_ session: TimelineSession) throws {
        guard let (event, reports) = try EventQueries(connection: session.connection).event(id.lowercased()) else {
            throw CommandFailure("No event has the id '\(id)'. Find event ids with `timeline events` (first column).")
        }
        switch format {
        case .json: print(try EventRendering.json(event, reports: reports, pretty: true))
        case .text: print(EventRendering.explanation(event, reports: reports), terminator: "")
        }
    }
}
