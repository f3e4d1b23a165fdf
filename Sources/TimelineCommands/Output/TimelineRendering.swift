import Foundation
import Timelines

/// The formats of `timeline actor`. Places ("प्योंगयांग") go with each entry in every format: a
/// `places` array in JSON, a `places` column at the end of CSV (joined with "; " as the other
/// actors are), and a `where` column in the table when any entry names a place.
enum TimelineRendering {
    static func table(_ entries: [TimelineEntry]) -> String {
        let placed = entries.contains { !$0.places.isEmpty }
        var table = TextTable(headers: ["id", "date", "sentence", "with"] + (placed ? ["where"] : []) + ["source"],
                              maxWidths: [nil, nil, 70, 30] + (placed ? [24] : []) + [40])
        for entry in entries {
            table.append([
                entry.id, entry.value, entry.sentence.trimmingCharacters(in: .whitespacesAndNewlines),
                entry.otherActors.joined(separator: ", "),
            ] + (placed ? [entry.places.joined(separator: ", ")] : []) + [
                "\(entry.published) \(entry.articleTitle)",
            ])
        }
        return table.render()
    }

    static func json(_ entries: [TimelineEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }

    static let csvHeader = ["id", "actor", "value", "granularity", "first_day", "last_day", "expression", "sentence",
                            "other_actors", "article_title", "article_url", "published", "places"]

    static func csv(_ entries: [TimelineEntry]) -> String {
        var out = CSVWriter.line(csvHeader) + "\n"
        for e in entries {
            out += CSVWriter.line([e.id, e.actorName, e.value, e.granularity, e.firstDay, e.lastDay, e.expression,
                                   e.sentence.trimmingCharacters(in: .whitespacesAndNewlines), e.otherActors.joined(separator: "; "),
                                   e.articleTitle, e.articleURL ?? e.articleIdentifier, e.published,
                                   e.places.joined(separator: "; ")]) + "\n"
        }
        return out
    }
}
