import Foundation

/// The list of known actors that recognition and name lookup work from.
///
/// The curated seed ships as the bundled resource `actors.tsv`: one actor per line,
/// tab-separated `id  kind  canonical  latin  aliases` (aliases `|`-separated; an alias written
/// with a leading `~` is deliberately shared by several actors, e.g. `~किम`). Lines starting
/// with `#` are comments.
///
/// Example: `try Gazetteer.bundled().actors.first { $0.id == "north-korea" }?.canonicalName == "उत्तर कोरिया"`.
public struct Gazetteer: Sendable {
    public var actors: [Actor]

    /// Actors as given (for example loaded from the database); shared aliases are allowed and
    /// are treated as ambiguous.
    public init(actors: [Actor]) {
        self.actors = actors
    }

    /// Stable hash of the content (FNV-1a, 16 hex digits); changes whenever an entry changes.
    public var revision: String {
        var text = ""
        for actor in actors {
            text += [actor.id, actor.kind.rawValue, actor.canonicalName, actor.latinName,
                     actor.aliases.joined(separator: "|")].joined(separator: "\t")
            text += "\n"
        }
        return ContentHash.fnv1a(text)
    }

    /// The curated gazetteer bundled with this module (`Resources/actors.tsv`).
    public static func bundled() throws -> Gazetteer {
        let name = "actors.tsv"
        guard let url = Bundle.module.url(forResource: "actors", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "actors", withExtension: "tsv")
        else {
            throw GazetteerError(source: name, line: 0, message: "resource not found in the module bundle")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteerError(source: url.path, line: 0, message: "cannot read as UTF-8: \(error)")
        }
        return try parse(tsv: text, source: name)
    }

    /// Parses gazetteer TSV text. Rejects, naming `source` and the line: a wrong number of columns,
    /// an empty or non-slug id, an unknown kind, an empty name, a duplicate id, and an alias
    /// (after folding, see `NameNormalizer`) claimed by two actors unless both mark it with `~`.
    public static func parse(tsv: String, source: String) throws -> Gazetteer {
        try GazetteerParser(source: source).parse(tsv)
    }
}
