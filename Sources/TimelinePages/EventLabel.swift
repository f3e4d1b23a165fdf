import HindiEvents
import Timelines

/// What happened at an entry, in a few words: its CAMEO root's label and trigger, marked when it
/// did not (or not yet) happen, and the actor's role when it acts or is acted upon.
///
/// `EventLabel.text(entry)` → "consult: मुलाकात (source)", "coerce: गिरफ्तार [planned]", "—: बारिश"
/// for no interaction, "" for an entry recorded before events were read.
public enum EventLabel {
    public static func text(_ entry: TimelineEntry) -> String {
        guard let realis = entry.realis else { return "" }
        let type = entry.cameo.flatMap { CAMEORoot(code: $0)?.label } ?? "—"
        var label = entry.trigger.map { "\(type): \($0)" } ?? type
        if realis != Realis.actual.rawValue { label += " [\(realis)]" }
        if let role = entry.role, role != ActorRole.other.rawValue { label += " (\(role))" }
        return label
    }
}
