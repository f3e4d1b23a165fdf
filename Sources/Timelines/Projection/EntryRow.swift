import Foundation
import Postgres

/// One row of `timeline_entries`: a dated event as seen from one of its actors.
struct EntryRow {
    var event: DatedEventRecorded
    var actor: DatedEventRecorded.ActorRef
    var others: [DatedEventRecorded.ActorRef]
    var position: Int64
    var recordedAt: Date

    /// The 23 column arrays, in the order of the INSERT in `TimelineRowWriter.flush()`.
    static func columns(_ rows: [EntryRow]) -> [PostgresValue] {
        func text(_ f: (EntryRow) -> String) -> PostgresValue { .array(rows.map(f)) }
        func ints(_ f: (EntryRow) -> Int) -> PostgresValue { .array(rows.map { String(f($0)) }) }
        return [
            text { $0.event.entryID },
            text { $0.actor.key },
            text { $0.actor.name },
            text { $0.actor.kind },
            .array(rows.map { $0.actor.provisional ? "t" : "f" }),
            text { $0.actor.evidence },
            text { $0.event.interval.first.iso },
            text { $0.event.interval.last.iso },
            text { $0.event.expression.granularity },
            text { $0.event.expression.value },
            text { $0.event.expression.text },
            ints { $0.event.expression.start },
            ints { $0.event.expression.end },
            text { $0.event.sentence },
            ints { $0.event.sentenceIndex },
            .array(rows.map { PostgresArrayLiteral.text($0.others.map(\.key)) }),
            .array(rows.map { PostgresArrayLiteral.text($0.others.map(\.name)) }),
            text { $0.event.streamID },
            ints { $0.event.articleRevision },
            text { $0.event.extractorVersion },
            text { $0.event.gazetteerRevision },
            .array(rows.map { String($0.position) }),
            text { Timestamp.iso($0.recordedAt) },
        ]
    }
}
