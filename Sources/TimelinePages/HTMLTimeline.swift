import Foundation
import HindiTemporal
import Timelines

/// One self-contained HTML page of an actor's timeline: a header (name, kind, entry count, span, filters),
/// the entries drawn on a time axis (inline SVG: a point for a day, a bar for a week, month, year …) and
/// the entries as a list, which is what a printout shows. Nothing is fetched: the style and the one small
/// script are inline, and the page's Content-Security-Policy forbids any load.
///
/// `HTMLTimeline(actorName: "सर्गेई लावरोव", actorKind: "person", filters: [], entries: entries).render()`
/// → `<!DOCTYPE html><html lang="en" …>…<h1 lang="hi">सर्गेई लावरोव</h1>…`
public struct HTMLTimeline {
    /// A filter the entries were chosen by, shown in the header: `from 2025-01-01`, `with रूस`.
    public struct Filter: Equatable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var actorName: String
    public var actorKind: String
    public var filters: [Filter]
    public var entries: [TimelineEntry]
    /// Served pages only: HTML put first in the body (the search and filter forms), entry ids
    /// linked to their explanation pages (`/entries/ID`), and HTML put last in `main` (paging links).
    public var navigation: String?
    public var linksEntries = false
    public var pageFooter: String?

    public init(actorName: String, actorKind: String, filters: [Filter], entries: [TimelineEntry]) {
        self.actorName = actorName
        self.actorKind = actorKind
        self.filters = filters
        self.entries = entries
    }

    public func render() -> String {
        let layout = HTMLTimelineLayout(entries: entries)
        var out = "<!DOCTYPE html>\n<html lang=\"en\" data-interactive=\"no\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src \(HTMLTimelineScript.hashSource)\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTMLText.escape(actorName)) — timeline</title>\n"
        out += "<style>\n\(HTMLTimelineStyle.css)\n\(navigation == nil ? "" : PageShell.css)</style>\n</head>\n<body>\n"
        out += navigation ?? ""
        out += header(layout)
        out += "<main>\n"
        if entries.isEmpty {
            out += "<p class=\"empty\">No entries: nothing dated names this actor\(filters.isEmpty ? "" : " within these filters").</p>\n"
        } else {
            if !layout.marks.isEmpty {
                out += "<figure>\n" + HTMLTimelineChart.svg(entries, layout: layout, actorName: actorName)
                out += "<figcaption>Rest the pointer on a mark for its sentence and source; click it to keep it open. "
                    + "Every entry is listed below.</figcaption>\n</figure>\n"
            }
            out += list(layout)
        }
        out += pageFooter ?? ""
        out += "</main>\n<div id=\"popup\" class=\"popup\" role=\"status\" hidden></div>\n"
        out += "<script>\(HTMLTimelineScript.source)</script>\n</body>\n</html>\n"
        return out
    }

    private func header(_ layout: HTMLTimelineLayout) -> String {
        var out = "<header>\n<h1 lang=\"hi\">\(HTMLText.escape(actorName))</h1>\n"
        var facts = ["<strong>\(HTMLText.escape(actorKind))</strong>",
                     "<strong>\(entries.count)</strong> \(entries.count == 1 ? "entry" : "entries")"]
        if let span = dateSpan() { facts.append("from <strong>\(span.first)</strong> to <strong>\(span.last)</strong>") }
        out += "<p class=\"facts\">" + facts.joined(separator: " · ") + "</p>\n"
        let filterText = filters.isEmpty ? "none"
            : filters.map { HTMLText.escape("\($0.name) \($0.value)") }.joined(separator: " · ")
        out += "<p class=\"filters\">Filters: \(filterText)</p>\n"
        if !layout.marks.isEmpty { out += legend() }
        return out + "</header>\n"
    }

    /// The earliest first day and the latest last day of the entries.
    private func dateSpan() -> (first: String, last: String)? {
        let firsts = entries.compactMap { CalendarDay(iso: $0.firstDay) }
        let lasts = entries.compactMap { CalendarDay(iso: $0.lastDay) }
        guard let first = (firsts + lasts).min(), let last = (firsts + lasts).max() else { return nil }
        return (first.iso, last.iso)
    }

    /// The colours of the kinds of period present, a point for a day and a bar for the rest.
    private func legend() -> String {
        let present = Set(entries.map { Self.granularityClass($0.granularity) })
        let items = HTMLTimelineStyle.kinds.filter(present.contains).map { kind -> String in
            "<li><span class=\"swatch swatch-\(kind)\(kind == "day" ? " point" : "")\"></span>\(Self.kindNames[kind] ?? kind)</li>"
        }
        let unreal = entries.contains { $0.realis != nil && $0.realis != "actual" }
            ? ["<li><span class=\"swatch point unreal\"></span>planned, negated or hypothetical (hollow)</li>"] : []
        return "<ul class=\"legend\">" + (items + unreal).joined() + "</ul>\n"
    }

    private func list(_ layout: HTMLTimelineLayout) -> String {
        var out = "<h2>Entries</h2>\n<ol class=\"entries\">\n"
        let unplaced = Set(layout.unplaced)
        for (index, entry) in entries.enumerated() {
            out += item(entry, drawn: !unplaced.contains(index))
        }
        return out + "</ol>\n"
    }

    private func item(_ entry: TimelineEntry, drawn: Bool) -> String {
        let id = HTMLText.escape(entry.id)
        var out = "<li class=\"entry entry-\(Self.granularityClass(entry.granularity))\" id=\"entry-\(id)\">\n"
        let days = entry.firstDay == entry.lastDay ? entry.firstDay : "\(entry.firstDay) – \(entry.lastDay)"
        out += "<p class=\"entry-when\"><span class=\"value\">\(HTMLText.escape(entry.value))</span>"
            + "<span class=\"granularity\">\(HTMLText.escape(entry.granularity))</span>"
            + "<span class=\"days\">\(HTMLText.escape(days))</span></p>\n"
        out += "<p class=\"sentence\" lang=\"hi\">\(Self.sentenceHTML(entry))</p>\n"
        var meta: [String] = []
        if entry.realis != nil { meta.append("event: " + HTMLText.escape(EventLabel.text(entry))) }
        if !entry.otherActors.isEmpty { meta.append("with: " + HTMLText.escape(entry.otherActors.joined(separator: ", "))) }
        if !entry.places.isEmpty { meta.append("where: " + HTMLText.escape(entry.places.joined(separator: ", "))) }
        let title = "<span lang=\"hi\">" + HTMLText.escape(entry.articleTitle.isEmpty ? entry.articleIdentifier : entry.articleTitle) + "</span>"
        if let url = HTMLText.webAddress(entry.articleURL) {
            meta.append("source: <a href=\"\(HTMLText.escape(url))\" rel=\"noreferrer\">\(title)</a>, \(HTMLText.escape(entry.published))")
        } else {
            meta.append("source: \(title), \(HTMLText.escape(entry.published))")
        }
        if !entry.evidence.isEmpty { meta.append("found by: " + HTMLText.escape(entry.evidence)) }
        meta.append(linksEntries ? "id: <a href=\"/entries/\(id)\"><code>\(id)</code></a> (why?)" : "id: <code>\(id)</code>")
        if !drawn { meta.append("not on the time axis: its days are not readable") }
        out += "<p class=\"entry-meta\">" + meta.map { "<span>\($0)</span>" }.joined() + "</p>\n</li>\n"
        return out
    }

    /// The sentence with the dating words highlighted at their first occurrence, every part escaped.
    static func sentenceHTML(_ entry: TimelineEntry) -> String {
        let sentence = entry.sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !entry.expression.isEmpty, let range = sentence.range(of: entry.expression) else { return HTMLText.escape(sentence) }
        return HTMLText.escape(String(sentence[..<range.lowerBound])) + "<mark>" + HTMLText.escape(entry.expression) + "</mark>"
            + HTMLText.escape(String(sentence[range.upperBound...]))
    }

    static let kindNames = ["day": "day", "week": "week", "month": "month", "season": "quarter, half or season",
                            "year": "year", "long": "decade or century", "other": "other"]

    /// The colour class of a granularity: `day`, `week` (and weekend), `month`, `season` (quarter, half,
    /// season), `year` (and fiscal year), `long` (decade, century) or `other`.
    static func granularityClass(_ granularity: String) -> String {
        switch granularity {
        case "day", "partOfDay", "minute": return "day"
        case "week", "weekend": return "week"
        case "month": return "month"
        case "quarter", "half", "season": return "season"
        case "year", "fiscalYear": return "year"
        case "decade", "century": return "long"
        default: return "other"
        }
    }
}
