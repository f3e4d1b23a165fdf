import HindiTemporal

/// Writes an `ArticleExtracted` payload as JSON, byte for byte what `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes, several times faster (that encoding was a
/// large part of the ingest's CPU time). Keys are written in sorted order by hand: a field
/// added to the payload must be added here too, where it sorts (the tests compare with
/// `JSONEncoder`). ``ArticleExtractedReader`` is the reading side.
///
/// An entry for "शनिवार" becomes `{"actors":[…],"entryID":"18w7mhch5b","expression":{"end":6,…},…,
/// "places":[{"key":"pyongyang","name":"प्योंगयांग","surface":"प्योंगयांग"}],…}`.
enum ArticleExtractedWriter {
    static func json(_ value: ArticleExtracted) -> String {
        var writer = JSONByteWriter(capacity: 512 + value.entries.count * 1024)
        writer.object { w in
            w.field("articleRevision") { $0.int(value.articleRevision) }
            w.field("entries") { $0.array(value.entries, entry) }
            w.field("expressions") { $0.int(value.expressions) }
            w.field("extractorVersion") { $0.string(value.extractorVersion) }
            w.field("gazetteerRevision") { $0.string(value.gazetteerRevision) }
            w.field("streamID") { $0.string(value.streamID) }
            w.field("unresolved") { $0.array(value.unresolved, gap) }
        }
        return writer.text
    }

    private static func entry(_ w: inout JSONByteWriter, _ entry: DatedEntry) {
        w.object { w in
            w.field("actors") { $0.array(entry.actors, actor) }
            w.field("entryID") { $0.string(entry.entryID) }
            if let event = entry.event { w.field("event") { self.event(&$0, event) } }
            w.field("expression") { w in
                let e = entry.expression
                w.object { w in
                    if let anchor = e.anchor { w.field("anchor") { $0.string(anchor) } }
                    w.field("end") { $0.int(e.end) }
                    w.field("granularity") { $0.string(e.granularity) }
                    w.field("rule") { $0.string(e.rule) }
                    w.field("start") { $0.int(e.start) }
                    w.field("tense") { $0.string(e.tense) }
                    w.field("text") { $0.string(e.text) }
                    w.field("type") { $0.string(e.type) }
                    w.field("value") { $0.string(e.value) }
                }
            }
            w.field("interval") { w in
                w.object { w in
                    w.field("first") { day(&$0, entry.interval.first) }
                    w.field("last") { day(&$0, entry.interval.last) }
                }
            }
            w.field("places") { $0.array(entry.places, place) }
            w.field("sentence") { $0.string(entry.sentence) }
            w.field("sentenceIndex") { $0.int(entry.sentenceIndex) }
        }
    }

    private static func actor(_ w: inout JSONByteWriter, _ actor: DatedEntry.ActorRef) {
        w.object { w in
            w.field("evidence") { $0.string(actor.evidence) }
            w.field("key") { $0.string(actor.key) }
            w.field("kind") { $0.string(actor.kind) }
            w.field("name") { $0.string(actor.name) }
            w.field("provisional") { $0.bool(actor.provisional) }
            if let role = actor.role { w.field("role") { $0.string(role) } }
            if let marker = actor.roleMarker { w.field("roleMarker") { $0.string(marker) } }
            w.field("surface") { $0.string(actor.surface) }
        }
    }

    private static func event(_ w: inout JSONByteWriter, _ event: DatedEntry.Event) {
        w.object { w in
            if let cameo = event.cameo { w.field("cameo") { $0.string(cameo) } }
            if let rule = event.cameoRule { w.field("cameoRule") { $0.string(rule) } }
            w.field("realis") { $0.string(event.realis) }
            w.field("realisCues") { $0.array(event.realisCues) { $0.string($1) } }
            if let trigger = event.trigger {
                w.field("trigger") { w in
                    w.object { w in
                        w.field("end") { $0.int(trigger.end) }
                        w.field("lemma") { $0.string(trigger.lemma) }
                        w.field("line") { $0.int(trigger.line) }
                        w.field("start") { $0.int(trigger.start) }
                        w.field("text") { $0.string(trigger.text) }
                    }
                }
            }
        }
    }

    private static func place(_ w: inout JSONByteWriter, _ place: DatedEntry.PlaceRef) {
        w.object { w in
            w.field("key") { $0.string(place.key) }
            w.field("name") { $0.string(place.name) }
            w.field("surface") { $0.string(place.surface) }
        }
    }

    private static func day(_ w: inout JSONByteWriter, _ day: CalendarDay) {
        w.object { w in
            w.field("day") { $0.int(day.day) }
            w.field("month") { $0.int(day.month) }
            w.field("year") { $0.int(day.year) }
        }
    }

    private static func gap(_ w: inout JSONByteWriter, _ gap: ArticleExtracted.Unresolved) {
        w.object { w in
            w.field("end") { $0.int(gap.end) }
            w.field("reason") { $0.string(gap.reason) }
            w.field("start") { $0.int(gap.start) }
            w.field("text") { $0.string(gap.text) }
            w.field("type") { $0.string(gap.type) }
            w.field("value") { $0.string(gap.value) }
        }
    }
}
