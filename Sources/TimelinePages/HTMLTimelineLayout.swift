import HindiTemporal
import Timelines

/// Where every entry of a timeline sits in the picture: a time scale from days to x, a point for an entry
/// of one day and a bar from its first to its last day otherwise, and lanes so that no two marks (with
/// their labels) overlap.
///
/// Entries `2025-07-12` (day) and `2025-07` (month) → a point and a bar, in two lanes because the
/// bar covers the day.
struct HTMLTimelineLayout {
    /// Sizes in SVG user units (the picture is drawn in a viewBox of `width` units and scales to the page).
    struct Geometry {
        var width = 1100.0
        var marginLeft = 28.0
        var marginRight = 28.0
        var axisY = 34.0
        var laneTop = 46.0
        var laneHeight = 26.0
        var bottom = 14.0
        var pointRadius = 6.0
        var barHeight = 12.0
        var minimumBarWidth = 6.0
        var labelGap = 6.0
        /// A generous width of one character of a label (TIMEX values: digits, `-`, `W`, `Q`).
        var labelCharacterWidth = 7.5
        var markGap = 10.0
        /// The shortest stretch of time shown, in days, so that a single day is not spread over the page.
        var minimumSpanDays = 30
    }

    /// Where a mark's label (its TIMEX value) stands: after the mark, before it near the right edge, or
    /// inside a bar that spans the picture.
    enum LabelPlacement { case after, before, inside }

    /// One drawn entry.
    struct Mark {
        var entryIndex: Int
        var firstDay: Int
        var lastDay: Int
        var isPoint: Bool
        /// The mark itself: a bar's ends, or a point's centre as both.
        var x0: Double
        var x1: Double
        var lane: Int
        var labelX: Double
        var labelPlacement: LabelPlacement
        /// What the mark and its label occupy along x.
        var left: Double
        var right: Double
    }

    let geometry: Geometry
    /// The days shown, as fractional day numbers (days since 1970-01-01); nil when nothing is drawn.
    let domain: (start: Double, end: Double)?
    let marks: [Mark]
    /// Entries without readable first and last days: listed on the page, not drawn.
    let unplaced: [Int]
    let laneCount: Int

    var height: Double { geometry.laneTop + Double(max(laneCount, 1)) * geometry.laneHeight + geometry.bottom }
    var plotLeft: Double { geometry.marginLeft }
    var plotRight: Double { geometry.width - geometry.marginRight }

    func laneCentre(_ lane: Int) -> Double { geometry.laneTop + (Double(lane) + 0.5) * geometry.laneHeight }

    /// The x of the start of a day (day number, fractional for within a day).
    func x(_ day: Double) -> Double { Self.x(day, domain: domain, geometry: geometry) }

    private static func x(_ day: Double, domain: (start: Double, end: Double)?, geometry g: Geometry) -> Double {
        let left = g.marginLeft, right = g.width - g.marginRight
        guard let domain, domain.end > domain.start else { return left }
        return left + (day - domain.start) / (domain.end - domain.start) * (right - left)
    }

    init(entries: [TimelineEntry], geometry: Geometry = Geometry()) {
        self.geometry = geometry
        var spans: [(index: Int, first: Int, last: Int)] = []
        var unplaced: [Int] = []
        for (index, entry) in entries.enumerated() {
            guard let a = CalendarDay(iso: entry.firstDay)?.dayNumber, let b = CalendarDay(iso: entry.lastDay)?.dayNumber else {
                unplaced.append(index)
                continue
            }
            spans.append((index, min(a, b), max(a, b)))
        }
        self.unplaced = unplaced
        guard let first = spans.map(\.first).min(), let last = spans.map(\.last).max() else {
            domain = nil
            marks = []
            laneCount = 0
            return
        }
        var start = first, end = last + 1
        if end - start < geometry.minimumSpanDays {
            let extra = geometry.minimumSpanDays - (end - start)
            start -= extra / 2
            end += extra - extra / 2
        }
        let pad = max(1.0, Double(end - start) * 0.03)
        let domain = (start: Double(start) - pad, end: Double(end) + pad)
        self.domain = domain

        var unpacked: [Mark] = []
        for span in spans {
            unpacked.append(Self.placedAlongX(span: span, label: entries[span.index].value, geometry: geometry) {
                Self.x($0, domain: domain, geometry: geometry)
            })
        }
        unpacked.sort { ($0.left, $0.entryIndex) < ($1.left, $1.entryIndex) }
        var laneRights: [Double] = []
        var packed: [Mark] = []
        for var mark in unpacked {
            let lane = laneRights.firstIndex { $0 + geometry.markGap <= mark.left } ?? laneRights.count
            if lane == laneRights.count { laneRights.append(mark.right) } else { laneRights[lane] = mark.right }
            mark.lane = lane
            packed.append(mark)
        }
        marks = packed.sorted { $0.entryIndex < $1.entryIndex }
        laneCount = laneRights.count
    }

    /// A mark's extent along x with its label: after the mark, before it when the label would run past the
    /// picture's right edge, inside the bar when neither side has room.
    private static func placedAlongX(span: (index: Int, first: Int, last: Int), label: String, geometry g: Geometry,
                                     x: (Double) -> Double) -> Mark {
        let isPoint = span.first == span.last
        var x0: Double, x1: Double, markLeft: Double, markRight: Double
        if isPoint {
            x0 = x(Double(span.first) + 0.5)
            x1 = x0
            markLeft = x0 - g.pointRadius
            markRight = x0 + g.pointRadius
        } else {
            x0 = x(Double(span.first))
            x1 = max(x(Double(span.last + 1)), x0 + g.minimumBarWidth)
            markLeft = x0
            markRight = x1
        }
        let labelWidth = Double(label.count) * g.labelCharacterWidth
        var placement = LabelPlacement.after
        var labelX = markRight + g.labelGap
        var left = markLeft, right = labelX + labelWidth
        if right > g.width - 2 {
            if markLeft - g.labelGap - labelWidth >= 2 || isPoint {
                placement = .before
                labelX = markLeft - g.labelGap
                left = labelX - labelWidth
            } else {
                placement = .inside
                labelX = markLeft + g.labelGap
                left = markLeft
            }
            right = markRight
        }
        return Mark(entryIndex: span.index, firstDay: span.first, lastDay: span.last, isPoint: isPoint, x0: x0, x1: x1,
                    lane: 0, labelX: labelX, labelPlacement: placement, left: left, right: right)
    }
}
