import Foundation
import HindiEvents
import Timelines

/// How `timeline events` shows events: a table for people, JSON (one array or one event per
/// line, each with its reports) and CSV for tools.
enum EventRendering {
    /// `consult (04)`, or `—` when the type is unknown.
    static func type(_ cameo: String?) -> String {
        guard let cameo, let root = CAMEORoot(code: cameo) else { return "—" }
        return "\(root.label) (\(cameo))"
    }

    static func table(_ events: [EventSummary]) -> String {
        var table = TextTable(headers: ["id", "date", "type", "realis", "actors", "mentions", "articles", "sources", "reported"],
                              maxWidths: [nil, nil, 28, nil, 48, nil, nil, nil, nil])
        for e in events {
            let reported = [e.firstReported?.iso, e.lastReported?.iso].compactMap { $0 }
            table.append([e.id, e.value, type(e.cameo), e.realis ?? "—", e.actors.map(\.name).joined(separator: ", "),
                          String(e.mentions), String(e.articles), String(e.sources),
                          Set(reported).count == 1 ? reported[0] : reported.joined(separator: " – ")])
        }
        return table.render()
    }

    /// `timeline explain EVENT_ID` for people: the event, then each report with its article,
    /// its sentence (the date marked ⟦ ⟧) and why it joined.
    static func explanation(_ e: EventSummary, reports: [EventReport]) -> String {
        var out = "event \(e.id): \(e.value) (\(e.granularity)), \(type(e.cameo)), \(e.realis ?? "realis unknown")\n"
        let actors = e.actors.map { actor -> String in
            guard let role = actor.role else { return actor.name }
            return "\(actor.name) (\(role))"
        }
        out += "actors: " + actors.joined(separator: ", ") + "\n"
        out += "\(e.mentions) \(e.mentions == 1 ? "report" : "reports") in \(e.articles) \(e.articles == 1 ? "article" : "articles")"
        out += " from \(e.sources) \(e.sources == 1 ? "source" : "sources")\n"
        for (index, r) in reports.enumerated() {
            out += "\n\(index + 1). entry \(r.entry) — \(r.article)"
            if let source = r.source { out += " (\(source))" }
            if let published = r.published { out += ", published \(published.iso)" }
            out += "\n"
            out += "   " + marked(r) + "\n"
            var date = "   date \(r.value)"
            if let realis = r.realis { date += ", \(realis)" }
            if let trigger = r.trigger { date += ", trigger \(trigger)" }
            out += date + "\n"
            out += "   joined: \(r.joinedBy)\n"
        }
        return out
    }

    /// The report's sentence with its date expression marked, when it can be found in it.
    private static func marked(_ r: EventReport) -> String {
        let sentence = r.sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let range = sentence.range(of: r.expression) else { return sentence }
        return sentence.replacingCharacters(in: range, with: "⟦\(r.expression)⟧")
    }

    static let csvHeader = ["id", "value", "granularity", "first_day", "last_day", "cameo", "type", "realis", "actors",
                            "mentions", "articles", "sources", "first_reported", "last_reported"]

    static func csv(_ events: [EventSummary]) -> String {
        var out = CSVWriter.line(csvHeader) + "\n"
        for e in events {
            out += CSVWriter.line([e.id, e.value, e.granularity, e.first.iso, e.last.iso, e.cameo ?? "",
                                   e.cameo.flatMap { CAMEORoot(code: $0)?.label } ?? "", e.realis ?? "",
                                   e.actors.map(\.name).joined(separator: "; "), String(e.mentions), String(e.articles),
                                   String(e.sources), e.firstReported?.iso ?? "", e.lastReported?.iso ?? ""]) + "\n"
        }
        return out
    }

    /// One event as JSON: `{"id","first","last","value","granularity","cameo","realis","actors":[…],
    /// "mentions","articles","sources","reports":[{"entry","article","source","published",
    /// "expression":{"text","start","end"},"sentence"}]}`.
    static func json(_ event: EventSummary, reports: [EventReport], pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(EventDocument(event, reports: reports)), as: UTF8.self)
    }

    static func jsonArray(_ items: [(EventSummary, [EventReport])]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(items.map { EventDocument($0.0, reports: $0.1) }), as: UTF8.self)
    }
}

/// The JSON shape of one event.
struct EventDocument: Encodable {
    struct Actor: Encodable { var id: String; var name: String; var role: String? }
    struct Expression: Encodable { var text: String; var start: Int; var end: Int }
    struct Report: Encodable {
        var entry: String
        var article: String
        var source: String?
        var published: String?
        var expression: Expression
        var sentence: String
        var realis: String?
        var reprintOf: String?
        var joinedBy: String
        enum CodingKeys: String, CodingKey {
            case entry, article, source, published, expression, sentence, realis
            case reprintOf = "reprint_of", joinedBy = "joined_by"
        }
    }

    var id: String
    var first: String
    var last: String
    var value: String
    var granularity: String
    var cameo: String?
    var realis: String?
    var actors: [Actor]
    var mentions: Int
    var articles: Int
    var sources: Int
    var reports: [Report]

    init(_ e: EventSummary, reports: [EventReport]) {
        id = e.id
        first = e.first.iso
        last = e.last.iso
        value = e.value
        granularity = e.granularity
        cameo = e.cameo
        realis = e.realis
        actors = e.actors.map { Actor(id: $0.id, name: $0.name, role: $0.role) }
        mentions = e.mentions
        articles = e.articles
        sources = e.sources
        self.reports = reports.map {
            Report(entry: $0.entry, article: $0.article, source: $0.source, published: $0.published?.iso,
                   expression: Expression(text: $0.expression, start: $0.start, end: $0.end),
                   sentence: $0.sentence.trimmingCharacters(in: .whitespacesAndNewlines), realis: $0.realis,
                   reprintOf: $0.reprintOf, joinedBy: $0.joinedBy)
        }
    }
}
