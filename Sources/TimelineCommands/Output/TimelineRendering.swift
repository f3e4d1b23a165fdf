import Foundation
import Timelines
import TimelinePages

/// The formats of `timeline actor`. Places ("प्योंगयांग") go with each entry in every format: a
/// `places` array in JSON, a `places` column at the end of CSV (joined with "; " as the other
/// actors are), and a `where` column in the table when any entry names a place. What happened
/// goes as `trigger`, `cameo`, `quad`, `realis` and `role` in JSON and CSV, and as an `event`
/// column in the table ("consult: मुलाकात", "coerce: गिरफ्तार [planned]", "source" when the actor acts).
enum TimelineRendering {
    static func table(_ entries: [TimelineEntry]) -> String {
        let placed = entries.contains { !$0.places.isEmpty }
        let evented = entries.contains { $0.realis != nil }
        var headers = ["id", "date"], widths: [Int?] = [nil, nil]
        if evented { headers.append("event"); widths.append(32) }
        headers += ["sentence", "with"]
        widths += [70, 30]
        if placed { headers.append("where"); widths.append(24) }
        headers.append("source")
        widths.append(40)
        // A timeline of events: how many outlets back each row, and the event's id.
        let grouped = entries.contains { $0.sources != nil }
        if grouped {
            headers += ["sources", "event"]
            widths += [30, nil]
        }
        var table = TextTable(headers: headers, maxWidths: widths)
        for entry in entries {
            var row = [entry.id, entry.value]
            if evented { row.append(EventLabel.text(entry)) }
            row += [entry.sentence.trimmingCharacters(in: .whitespacesAndNewlines), entry.otherActors.joined(separator: ", ")]
            if placed { row.append(entry.places.joined(separator: ", ")) }
            row.append("\(entry.published) \(entry.articleTitle)")
            if grouped { row += [sourcesLabel(entry), entry.event ?? ""] }
            table.append(row)
        }
        return table.render()
    }

    /// "3: alpha, beta, gamma (4 reports)", or "1" for an event reported once.
    static func sourcesLabel(_ entry: TimelineEntry) -> String {
        guard let sources = entry.sources else { return "" }
        var label = String(sources)
        if sources > 1, let names = entry.sourceNames { label += ": " + names.joined(separator: ", ") }
        if let mentions = entry.mentions, mentions > 1 { label += " (\(mentions) reports)" }
        return label
    }

    static func json(_ entries: [TimelineEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }

    static let csvHeader = ["id", "actor", "value", "granularity", "first_day", "last_day", "expression", "sentence",
                            "other_actors", "article_title", "article_url", "published", "places",
                            "trigger", "cameo", "quad", "realis", "role"]
    /// The columns a timeline of events adds: the event and how many reports, articles and sources back it.
    static let csvEventHeader = ["event", "mentions", "articles", "sources"]

    /// One line per entry; a timeline of events (entries that stand for events) adds `csvEventHeader`.
    static func csv(_ entries: [TimelineEntry]) -> String {
        let grouped = entries.contains { $0.sources != nil }
        var out = CSVWriter.line(csvHeader + (grouped ? csvEventHeader : [])) + "\n"
        for e in entries {
            var fields = [e.id, e.actorName, e.value, e.granularity, e.firstDay, e.lastDay, e.expression,
                          e.sentence.trimmingCharacters(in: .whitespacesAndNewlines), e.otherActors.joined(separator: "; "),
                          e.articleTitle, e.articleURL ?? e.articleIdentifier, e.published,
                          e.places.joined(separator: "; "), e.trigger ?? "", e.cameo ?? "",
                          e.quad.map(String.init) ?? "", e.realis ?? "", e.role ?? ""]
            if grouped {
                fields += [e.event ?? "", e.mentions.map(String.init) ?? "", e.articles.map(String.init) ?? "",
                           e.sources.map(String.init) ?? ""]
            }
            out += CSVWriter.line(fields) + "\n"
        }
        return out
    }
}
