import Foundation
import Timelines

/// The inline SVG picture of a timeline: the time axis with its ticks and grid, then one mark per drawn
/// entry, a circle for a day and a bar for a longer period, each a link to the entry in the list below it.
/// A planned, negated or hypothetical event is drawn hollow and dashed (`realis-planned` …), an actual one filled.
///
/// An entry `2025-07-12` with id `a1b2c3d4e5` → `<a class="mark mark-day" href="#entry-a1b2c3d4e5"
/// data-entry-id="a1b2c3d4e5" …><title>…</title><circle …/><text …>2025-07-12</text></a>`.
enum HTMLTimelineChart {
    static func svg(_ entries: [TimelineEntry], layout: HTMLTimelineLayout, actorName: String) -> String {
        let g = layout.geometry
        let height = layout.height
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(number(g.width)) \(number(height))\" role=\"img\" "
            + "aria-labelledby=\"chart-title\" preserveAspectRatio=\"xMinYMin meet\">\n"
        out += "<title id=\"chart-title\">\(HTMLText.escape("\(actorName): \(layout.marks.count) marks on a time axis"))</title>\n"
        out += axis(layout)
        out += "<g class=\"marks\">\n"
        for mark in layout.marks {
            out += self.mark(mark, entry: entries[mark.entryIndex], layout: layout)
        }
        out += "</g>\n</svg>\n"
        return out
    }

    private static func axis(_ layout: HTMLTimelineLayout) -> String {
        guard let domain = layout.domain else { return "" }
        let g = layout.geometry
        let bottom = layout.height - g.bottom / 2
        var out = "<g class=\"axis\">\n"
        for band in stride(from: 1, to: layout.laneCount, by: 2) {
            out += "<rect class=\"band\" x=\"\(number(layout.plotLeft))\" y=\"\(number(g.laneTop + Double(band) * g.laneHeight))\" "
                + "width=\"\(number(layout.plotRight - layout.plotLeft))\" height=\"\(number(g.laneHeight))\"/>\n"
        }
        out += "<line class=\"axis-line\" x1=\"\(number(layout.plotLeft))\" y1=\"\(number(g.axisY))\" "
            + "x2=\"\(number(layout.plotRight))\" y2=\"\(number(g.axisY))\"/>\n"
        let ticks = HTMLTimelineAxis.ticks(from: Int(domain.start.rounded(.up)), to: Int(domain.end.rounded(.down)))
        for tick in ticks {
            let x = layout.x(Double(tick.dayNumber))
            let halfLabel = Double(tick.label.count) * g.labelCharacterWidth / 2
            let anchor = x - halfLabel < 2 ? "start" : (x + halfLabel > g.width - 2 ? "end" : "middle")
            out += "<line class=\"grid\" x1=\"\(number(x))\" y1=\"\(number(g.axisY))\" x2=\"\(number(x))\" y2=\"\(number(bottom))\"/>\n"
            out += "<line class=\"tick\" x1=\"\(number(x))\" y1=\"\(number(g.axisY - 5))\" x2=\"\(number(x))\" y2=\"\(number(g.axisY))\"/>\n"
            out += "<text class=\"tick-label\" x=\"\(number(x))\" y=\"\(number(g.axisY - 10))\" text-anchor=\"\(anchor)\">"
                + HTMLText.escape(tick.label) + "</text>\n"
        }
        return out + "</g>\n"
    }

    private static func mark(_ mark: HTMLTimelineLayout.Mark, entry: TimelineEntry, layout: HTMLTimelineLayout) -> String {
        let g = layout.geometry
        let y = layout.laneCentre(mark.lane)
        let id = HTMLText.escape(entry.id)
        let kind = HTMLTimeline.granularityClass(entry.granularity)
        let realis = entry.realis.map { " realis-\(HTMLText.escape($0))" } ?? ""
        var out = "<a class=\"mark mark-\(kind)\(mark.isPoint ? " point" : " bar")\(realis)\" href=\"#entry-\(id)\" data-entry-id=\"\(id)\" "
            + "data-granularity=\"\(HTMLText.escape(entry.granularity))\" data-lane=\"\(mark.lane)\""
            + (entry.realis.map { " data-realis=\"\(HTMLText.escape($0))\"" } ?? "") + ">"
        out += "<title>" + HTMLText.escape(tooltip(entry)) + "</title>"
        if mark.isPoint {
            out += "<circle cx=\"\(number(mark.x0))\" cy=\"\(number(y))\" r=\"\(number(g.pointRadius))\"/>"
        } else {
            out += "<rect x=\"\(number(mark.x0))\" y=\"\(number(y - g.barHeight / 2))\" width=\"\(number(mark.x1 - mark.x0))\" "
                + "height=\"\(number(g.barHeight))\" rx=\"3\"/>"
        }
        let anchor: String
        switch mark.labelPlacement {
        case .after: anchor = "start"
        case .before: anchor = "end"
        case .inside: anchor = "start"
        }
        let insideClass = mark.labelPlacement == .inside ? " inside" : ""
        out += "<text class=\"label\(insideClass)\" x=\"\(number(mark.labelX))\" y=\"\(number(y + 4))\" text-anchor=\"\(anchor)\">"
            + HTMLText.escape(entry.value) + "</text></a>\n"
        return out
    }

    /// What a pointer resting on a mark shows without the page's script: date, sentence, other actors,
    /// places, source, id.
    static func tooltip(_ entry: TimelineEntry) -> String {
        var lines = ["\(entry.value) (\(entry.granularity)) — \(entry.expression)",
                     entry.sentence.trimmingCharacters(in: .whitespacesAndNewlines)]
        if entry.realis != nil { lines.append("event: " + EventLabel.text(entry)) }
        if !entry.otherActors.isEmpty { lines.append("with: " + entry.otherActors.joined(separator: ", ")) }
        if !entry.places.isEmpty { lines.append("where: " + entry.places.joined(separator: ", ")) }
        lines.append("source: \(entry.articleTitle) (\(entry.published))")
        lines.append("id: \(entry.id)")
        return lines.joined(separator: "\n")
    }

    /// A coordinate with at most one decimal, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
