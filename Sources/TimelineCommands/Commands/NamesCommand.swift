import ActorRecognition
import ArgumentParser
import Foundation

/// `timeline names article.txt`: the actors and places actor recognition finds in a text, one
/// JSON object per mention, with the evidence for each (no database; the bundled gazetteer).
public struct NamesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Print the actors and places found in a Hindi text, with the evidence for each (no database).",
        discussion: """
        Each line is one mention: {"role":"actor"|"place","start":…,"end":…,"surface":…,"name":…,\
        "id":…,"kind":…,"evidence":…}; start and end count Unicode scalars. "id" is the gazetteer id \
        or null for a provisional name. The bundled gazetteer is used, without curation.
        Example: echo "कानपुर पुलिस ने आरोपी रमेश यादव को गिरफ्तार किया।" | timeline names
        """
    )

    @Argument(help: "Text file to read, or - for standard input.")
    public var file: String = "-"

    @Flag(help: "Without the statistical name tagger: gazetteer, patterns and short forms only.")
    public var noModel = false

    public init() {}

    public func run() throws {
        let text = try TextInput.read(file)
        let recognizer = ActorRecognizer(gazetteer: try Gazetteer.bundled(), model: noModel ? nil : EntityModel.shipped)
        let names = recognizer.analyze(text)
        var lines: [(start: Int, line: String)] = []
        for mention in names.actors where !mention.scalarRange.isEmpty {
            lines.append((mention.scalarRange.lowerBound, line(
                role: "actor", range: mention.scalarRange, surface: mention.surface, name: mention.name,
                id: mention.actorID, kind: mention.kind?.rawValue, evidence: mention.evidence)))
        }
        for place in names.places {
            lines.append((place.scalarRange.lowerBound, line(
                role: "place", range: place.scalarRange, surface: place.surface, name: place.name,
                id: place.actorID, kind: nil, evidence: place.evidence)))
        }
        let out = lines.sorted { $0.start < $1.start }.map { $0.line + "\n" }.joined()
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func line(role: String, range: Range<Int>, surface: String, name: String, id: String?, kind: String?,
                      evidence: Evidence) -> String {
        let q = TimexJSON.quote
        return "{\"role\":\"\(role)\",\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"surface\":\(q(surface))"
            + ",\"name\":\(q(name)),\"id\":\(id.map(q) ?? "null"),\"kind\":\(kind.map(q) ?? "null")"
            + ",\"evidence\":\(q(evidence.label))}"
    }
}
