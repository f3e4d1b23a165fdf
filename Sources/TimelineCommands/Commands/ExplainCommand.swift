import ArgumentParser
import Foundation
import Timelines

/// `timeline explain ID`: where one timeline entry comes from.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one timeline entry: its sentence, value, anchor, rule, actors and history.",
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
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entry's id, e.g. k3v0q8x2mw.")
    var id: String

    @Option(help: "Output format: text (for people) or json.")
    var format: Format = .text

    func validate() throws {
        do {
            _ = try EntryID.normalized(id)
        } catch let error as EntryIDError {
            throw ValidationError("\(error.description). Entry ids are the first column of `timeline actor NAME`.")
        }
    }

    func run() async throws {
        let session = try database.openSession()
        defer { session.close() }
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
}
