import Foundation
import Postgres

/// One row of `timeline_entries`: a dated event as seen from one of its actors. Its places go with
/// every row of the entry: "लावरोव ने शनिवार को प्योंगयांग में किम से मुलाकात की।" is two rows
/// (Lavrov, Kim), each with `places` `{प्योंगयांग}` and neither under Pyongyang.
struct EntryRow {
    var event: DatedEntry
    var extraction: ArticleExtracted.Header
    var actor: DatedEntry.ActorRef
    var others: [DatedEntry.ActorRef]
    var position: Int64
    /// When its event was recorded, as `Timestamp.iso` text (made once per event, not per row).
    var recordedAt: String

    /// The columns of `timeline_entries`, in the order of `copyCells`.
    static let columns = """
        entry_id, actor_id, actor_name, actor_kind, provisional, evidence, first_day, last_day, \
        granularity, value, expression, expression_start, expression_end, sentence, sentence_index, \
        other_actor_ids, other_actor_names, stream_id, revision, extractor_version, gazetteer_revision, \
        position, recorded_at, article_title, article_url, article_identifier, article_published, places, \
        trigger, cameo, quad, realis, role, other_actor_roles, article_source
        """

    /// `COPY timeline_entries (…)` with the columns in the order of `copyCells`.
    static let copyStatement = "COPY timeline_entries (\(columns)) FROM STDIN"

    /// The row's cells as text, in the order of `copyStatement`; `article` is `nil` when the read
    /// model has no article row for the stream (the row stays out of the timeline queries).
    func copyCells(article: EntryArticle?) throws -> [String?] {
        [
            event.entryID, actor.key, actor.name, actor.kind, actor.provisional ? "t" : "f", actor.evidence,
            event.interval.first.iso, event.interval.last.iso, event.expression.granularity, event.expression.value,
            event.expression.text, String(event.expression.start), String(event.expression.end), event.sentence,
            String(event.sentenceIndex), try PostgresValue.arrayLiteral(others.map(\.key)),
            try PostgresValue.arrayLiteral(others.map(\.name)), extraction.streamID, String(extraction.articleRevision),
            extraction.extractorVersion, extraction.gazetteerRevision, String(position), recordedAt,
            article?.title, article?.url, article?.identifier, article?.published,
            try PostgresValue.arrayLiteral(event.places.map(\.name)),
            event.event?.trigger?.text, event.event?.cameo, event.event?.quad.map(String.init), event.event?.realis,
            actor.role, try PostgresValue.arrayLiteral(others.map { $0.role ?? "" }),
            article.map { $0.source ?? "" },
        ]
    }
}
