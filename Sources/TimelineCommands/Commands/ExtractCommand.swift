import ArgumentParser
import Foundation
import HindiTemporal

/// `timeline extract --published 2025-07-13 article.txt`: one JSON object per temporal expression.
public struct ExtractCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the temporal expressions of a Hindi text, resolved against its publication date."
    )

    public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
        case jsonl, table
    }

    @Option(name: .long, help: "Publication date of the text (YYYY-MM-DD).")
    public var published: String

    @Option(name: .long, help: "Output format: jsonl (one JSON object per line) or table.")
    public var format: OutputFormat = .jsonl

    @Argument(help: "Text file to read, or - for standard input.")
    public var file: String = "-"

    public init() {}

    public func validate() throws {
        guard CalendarDay(iso: published) != nil else {
            throw ValidationError("--published must be a calendar date as YYYY-MM-DD, got '\(published)'.")
        }
    }

    public func run() throws {
        guard let dct = CalendarDay(iso: published) else {
            throw ValidationError("--published must be a calendar date as YYYY-MM-DD, got '\(published)'.")
        }
        let text = try TextInput.read(file)
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
}
