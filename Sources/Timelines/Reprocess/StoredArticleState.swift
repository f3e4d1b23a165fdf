import Foundation
import HindiTemporal
import Postgres

/// What the log says about one article now: its latest revision and the dated entries that hold
/// for it — the `ArticleExtracted` of that revision, then that revision's `EntriesRetracted`
/// (ids removed) and `EntriesAdded` (entries added, or replacing those with the same id) in log order.
///
/// For the stream [ArticleIngested r1, ArticleExtracted r1 (entries a, b), EntriesRetracted r1 (a),
/// EntriesAdded r1 (c, b′)] the state is revision 1 with the entries b′ and c.
struct StoredArticleState: Sendable {
    var streamID: String
    /// The stream's version: what the next append to it expects.
    var version: Int64
    /// The latest revision as ingested.
    var ingested: ArticleIngested
    /// The entries that hold, in the order they were first recorded.
    var entries: [EntrySummary] = []
    /// Extractor version and gazetteer revision of the last event that set or changed the entries
    /// (empty when the revision has no extraction).
    var extractorVersion = ""
    var gazetteerRevision = ""

    /// The fold of one article stream, read by `StoredArticleReader` (all its events, in version
    /// order); `nil` for a stream without `ArticleIngested`. A payload that cannot be read throws,
    /// naming the event.
    init?(rows: [PostgresRow]) throws {
        let ingestedType = TimelineEventType.articleIngested
        guard let latest = rows.lastIndex(where: { $0["event_type"] == ingestedType }) else { return nil }
        let decoder = JSONDecoder()
        streamID = try Self.field(rows[latest], "stream_id")
        version = try rows.map { try Self.number(in: $0, "version") }.max() ?? 0
        ingested = try Self.article(rows[latest], decoder)
        let revision = ingested.revision
        for row in rows[(latest + 1)...] {
            let type = row["event_type"] ?? ""
            guard [TimelineEventType.articleExtracted, TimelineEventType.entriesRetracted, TimelineEventType.entriesAdded]
                .contains(type), try Self.number(in: row, "revision") == revision else { continue }
            let list = try Self.field(row, "entries")
            switch type {
            case TimelineEventType.entriesRetracted:
                let ids = Set(try Self.decode([String].self, list, row, decoder))
                entries.removeAll { ids.contains($0.entryID) }
            case TimelineEventType.entriesAdded:
                for entry in try Self.decode([CompactEntry].self, list, row, decoder).map(\.summary) {
                    if let index = entries.firstIndex(where: { $0.entryID == entry.entryID }) {
                        entries[index] = entry
                    } else {
                        entries.append(entry)
                    }
                }
            default:
                entries = try Self.decode([CompactEntry].self, list, row, decoder).map(\.summary)
            }
            extractorVersion = try Self.field(row, "extractor_version")
            gazetteerRevision = try Self.field(row, "gazetteer_revision")
        }
    }

    private static func article(_ row: PostgresRow, _ decoder: JSONDecoder) throws -> ArticleIngested {
        let year = try number(in: row, "published_year"), month = try number(in: row, "published_month")
        let day = try number(in: row, "published_day")
        guard let published = CalendarDay(year: Int(year), month: Int(month), day: Int(day)) else {
            throw failure(row, "the article's publish date \(year)-\(month)-\(day) is not a calendar day")
        }
        let article = Article(
            identifier: try field(row, "identifier"), url: row["url"], title: try field(row, "title"), published: published,
            publishedAt: row["published_at"], text: try field(row, "text"),
            tags: try row["tags"].map { try decode([String].self, $0, row, decoder) } ?? [],
            source: row["source"], language: row["language"])
        return ArticleIngested(article: article, revision: Int(try number(in: row, "revision")),
                               contentHash: try field(row, "content_hash"))
    }

    private static func field(_ row: PostgresRow, _ column: String) throws -> String {
        guard let value = row[column] else { throw failure(row, "the payload has no \(column.replacingOccurrences(of: "_", with: " "))") }
        return value
    }

    private static func number(in row: PostgresRow, _ column: String) throws -> Int64 {
        let text = try field(row, column)
        guard let value = Int64(text) else { throw failure(row, "\(column.replacingOccurrences(of: "_", with: " ")) '\(text)' is not a number") }
        return value
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String, _ row: PostgresRow, _ decoder: JSONDecoder) throws -> T {
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw failure(row, "its entries do not decode: \(error)")
        }
    }

    private static func failure(_ row: PostgresRow, _ reason: String) -> ReprocessError {
        ReprocessError(streamID: row["stream_id"] ?? "?", position: row["position"].flatMap { Int64($0) } ?? 0,
                       reason: "\(row["event_type"] ?? "event"): \(reason)")
    }
}

/// One entry as `StoredArticleReader` hands it over: a JSON array, see its statement.
private struct CompactEntry: Decodable {
    var summary: EntrySummary

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let id = try c.decode(String.self), start = try c.decode(Int.self), end = try c.decode(Int.self)
        let value = try c.decode(String.self), granularity = try c.decode(String.self), text = try c.decode(String.self)
        func day() throws -> CalendarDay {
            let (y, m, d) = (try c.decode(Int.self), try c.decode(Int.self), try c.decode(Int.self))
            guard let day = CalendarDay(year: y, month: m, day: d) else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "\(y)-\(m)-\(d) is not a calendar day")
            }
            return day
        }
        let first = try day(), last = try day()
        let keys = try c.decode([String].self), names = try c.decode([String].self)
        guard keys.count == names.count else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\(keys.count) actor keys but \(names.count) names")
        }
        let placeKeys = try c.decode([String].self), placeNames = try c.decode([String].self)
        guard placeKeys.count == placeNames.count else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\(placeKeys.count) place keys but \(placeNames.count) names")
        }
        summary = EntrySummary(entryID: id, expression: text, start: start, end: end, value: value, granularity: granularity,
                               interval: DayInterval(first: first, last: last), actorKeys: keys, actorNames: names,
                               placeKeys: placeKeys, placeNames: placeNames)
    }
}

/// Why reprocessing stopped: what the log holds for an article cannot be read.
public struct ReprocessError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    public var streamID: String
    public var position: Int64
    public var reason: String
    public var description: String { "reprocess: article stream \(streamID), log position \(position): \(reason)" }
    public var debugDescription: String { description }
}
