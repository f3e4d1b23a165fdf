import Foundation

/// An entry explanation as a block of text for people (`timeline explain ID`).
///
/// The expression is marked in its sentence with ⟦ ⟧, which survives pipes and files; `.bold`
/// also sets it in bold with ANSI codes, for terminals. Times are UTC, to the second.
///
/// ```
/// entry 9tq3m7c2ha — on 2 timelines
/// sentence    विदेश मंत्री एस जयशंकर ने ⟦शनिवार⟧ को टोक्यो में जापानी अधिकारियों से बातचीत की।
/// value       2025-08-09 (day), interval 2025-08-09 … 2025-08-09
/// anchor      dct — the publish date, 2025-08-10 (Sunday)
/// …
/// places      “टोक्यो” → टोक्यो (tokyo)
/// …
/// ```
public enum EntryExplanationText {
    public enum Emphasis: Sendable { case plain, bold }

    /// Width of the label column.
    static let labelWidth = 12

    public static func render(_ e: EntryExplanation, emphasis: Emphasis = .plain) -> String {
        var lines: [String] = []
        func add(_ label: String, _ text: String) {
            lines.append(label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + text)
        }
        func more(_ text: String) { add("", text) }

        switch e.status {
        case .current:
            lines.append("entry \(e.entryID) — on \(e.currentActors.count) \(e.currentActors.count == 1 ? "timeline" : "timelines")")
        case .retracted:
            lines.append("entry \(e.entryID) — on no timeline" + (e.statusReason.map { " (\($0))" } ?? ""))
        }
        add("sentence", marked(e.marked, emphasis: emphasis))
        if e.marked.expression.isEmpty { more("(the expression “\(e.expression.text)” is not in the stored sentence)") }
        add("article", "“\(e.article.title)” " + (e.article.url ?? e.article.identifier))
        more("published \(e.article.published), revision \(e.article.revision) of \(e.article.latestRevision), "
             + "sentence \(e.sentenceIndex + 1), stream \(e.article.streamID)")
        add("expression", "“\(e.expression.text)” \(e.expression.type), scalars \(e.expression.start)..<\(e.expression.end)")
        add("value", "\(e.expression.value) (\(e.expression.granularity)), "
            + "interval \(e.interval.first.iso) … \(e.interval.last.iso)")
        add("tense", e.expression.tense)
        add("anchor", (e.anchor.label.map { "\($0) — " } ?? "") + e.anchor.explanation)
        add("rule", e.expression.rule)
        add("extractor", "\(e.extractorVersion), gazetteer \(e.gazetteerRevision)")
        if let event = e.event { addEvent(event, add: add, more: more) }
        for (index, actor) in e.actors.enumerated() {
            add(index == 0 ? "actors" : "", "“\(actor.surface)” → \(actor.name) (\(actor.key), \(actor.kind))")
            more("  recognized by \(actor.recognizedBy)")
            if let role = actor.role { more("  role: \(role)" + (actor.roleMarker.map { ", from “\($0)”" } ?? "")) }
            more("  curation: \(actor.curation)")
        }
        if e.places.isEmpty { add("places", "none") }
        for (index, place) in e.places.enumerated() {
            add(index == 0 ? "places" : "", "“\(place.surface)” → \(place.name) (\(place.key))")
        }
        add("timelines", e.currentActors.isEmpty
            ? "none" : e.currentActors.map { "\($0.actorName) (\($0.actorID))" }.joined(separator: ", "))
        let positions = e.steps.map { "#\($0.position)" }
        let positionWidth = positions.map(\.count).max() ?? 0
        let typeWidth = e.steps.map(\.type.count).max() ?? 0
        for (index, step) in e.steps.enumerated() {
            let head = positions[index].padding(toLength: positionWidth, withPad: " ", startingAt: 0)
                + "  \(time(step.recordedAt))  " + step.type.padding(toLength: typeWidth, withPad: " ", startingAt: 0) + "  "
            add(index == 0 ? "events" : "", head + step.summary + (step.applied ? "" : " (not yet applied to the timelines)"))
            let indent = String(repeating: " ", count: head.count)
            for effect in step.effects { more(indent + effect) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The event lines: type, trigger in its sentence, lexicon entry, realis and its cues.
    private static func addEvent(_ event: EntryExplanation.EventInfo, add: (String, String) -> Void, more: (String) -> Void) {
        if let cameo = event.cameo, let label = event.label, let quad = event.quad, let quadLabel = event.quadLabel {
            add("event", "\(label) — CAMEO \(cameo), quad \(quad) (\(quadLabel))")
        } else {
            add("event", event.trigger == nil ? "no event word the lexicon knows" : "no interaction of actors (no CAMEO root)")
        }
        if let trigger = event.trigger {
            more("trigger “\(trigger.text)”, scalars \(trigger.start)..<\(trigger.end): " + (event.markedSentence ?? ""))
            more("lexicon lemma \(trigger.lemma), predicates.tsv line \(trigger.line)")
        }
        if let rule = event.cameoRule { more("type changed by the sentence: \(rule)") }
        add("realis", event.realis + (event.realisCues.isEmpty
            ? " — no word of plan, negation or condition" : ", from " + event.realisCues.map { "“\($0)”" }.joined(separator: ", ")))
    }

    /// The sentence with the expression between ⟦ ⟧ (and in bold for `.bold`).
    static func marked(_ m: EntryExplanation.MarkedSentence, emphasis: Emphasis) -> String {
        guard !m.expression.isEmpty else { return m.before }
        let mark = "⟦\(m.expression)⟧"
        switch emphasis {
        case .plain: return m.before + mark + m.after
        case .bold: return m.before + "\u{1B}[1m" + mark + "\u{1B}[0m" + m.after
        }
    }

    /// `2025-08-10T06:30:00Z`: UTC, to the second.
    public static func time(_ date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ v: Int32, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(v).count)) + String(v) }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
            + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
    }

    /// The explanation as pretty-printed JSON with sorted keys; times in ISO 8601.
    public static func json(_ e: EntryExplanation) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(e), as: UTF8.self)
    }
}
