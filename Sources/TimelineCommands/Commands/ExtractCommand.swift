import ActorRecognition
import ArgumentParser
import Foundation
import HindiTemporal
import Timelines

/// `timeline extract --published 2025-07-13 article.txt`: one JSON object per temporal expression;
/// with `--events`, one per dated entry with what happened (trigger, CAMEO root, realis, roles).
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the temporal expressions of a Hindi text, resolved against its publication date.",
        discussion: """
        With --events, prints one JSON object per dated entry instead (a sentence with a resolved date \
        and an actor, as ingest records it; bundled gazetteer, no database): {"expression":{…},\
        "trigger":{"text","start","end","lemma"}|null,"cameo":"04"|null,"quad":1|null,\
        "realis":"actual"|"planned"|"negated"|"hypothetical","actors":[{"name","id","surface","role"}],\
        "sentence":{"start","end"}}. Offsets count Unicode scalars of the text; "id" is null for a \
        provisional actor; "role" is source, target or other.
        Example: echo "लावरोव ने शनिवार को किम से मुलाकात की।" | timeline extract --published 2025-07-13 --events
        """
    )

    public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
        case jsonl, table
    }

    @Option(name: .long, help: "Publication date of the text (YYYY-MM-DD).")
    public var published: String

    @Option(name: .long, help: "Output format: jsonl (one JSON object per line) or table.")
    public var format: OutputFormat = .jsonl

    @Flag(help: "One JSON object per dated entry: what happened, whether it happened, and who did it to whom.")
    public var events = false

    @Argument(help: "Text file to read, or - for standard input.")
    public var file: String = "-"

    public init() {}

    public func validate() throws {
        guard CalendarDay(iso: published) != nil else {
            throw ValidationError("--published must be a calendar date as YYYY-MM-DD, got '\(published)'.")
        }
        if events, format != .jsonl { throw ValidationError("--events prints JSON Lines only; leave out --format.") }
    }

    public func run() throws {
        guard let dct = CalendarDay(iso: published) else {
            throw ValidationError("--published must be a calendar date as YYYY-MM-DD, got '\(published)'.")
        }
        let text = try TextInput.read(file)
        if events { return try printEvents(of: text, published: dct) }
        let found = TemporalExtractor().extract(from: text, published: dct)
        var out = ""
        switch format {
        case .jsonl:
            for e in found { out += TimexJSON.line(e) + "\n" }
        case .table:
            out = TimexTable.render(found)
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func printEvents(of text: String, published: CalendarDay) throws {
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: try Gazetteer.bundled()), gazetteerRevision: "bundled")
        let article = Article(identifier: file, title: "", published: published, text: text)
        let sentences = TemporalExtractor().read(text, published: published).sentences
        var out = ""
        for entry in builder.events(for: article, revision: 1) {
            let sentence = entry.sentenceIndex < sentences.count ? sentences[entry.sentenceIndex].scalarRange : nil
            out += EventJSON.line(entry, sentence: sentence) + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
