import EventStore
import Foundation
import HindiTemporal
import Postgres

/// The CPU part of reprocessing one article, pure and safe to run on all cores: fold its stream,
/// re-extract it, compare, and say which events to append.
struct ReprocessPlanner: Sendable {
    let builder: DatedEventBuilder
    let curation: ActorCuration
    let options: ReprocessOptions

    /// What reprocessing makes of one article.
    enum Outcome: Sendable {
        /// Not an article, or published before `since`.
        case skipped
        /// Its entries were made by the current extractor and gazetteer.
        case upToDate
        /// Re-extracted: nothing (involving the chosen actor) changed.
        case unchanged
        case changed(Plan)
    }

    struct Plan: Sendable {
        var change: ArticleChange
        var append: (stream: String, events: [NewEvent], expected: ExpectedVersion)
    }

    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// `rows`: the whole stream as `StoredArticleReader` reads it.
    func plan(_ rows: [PostgresRow]) throws -> Outcome {
        guard let state = try StoredArticleState(rows: rows) else { return .skipped }
        let article = state.ingested.article
        if let since = options.since, article.published < since { return .skipped }
        if !options.force, state.extractorVersion == DatedEventBuilder.version,
           state.gazetteerRevision == builder.gazetteerRevision {
            return .upToDate
        }
        let revision = state.ingested.revision
        let fresh = builder.extract(article, revision: revision, contentHash: state.ingested.contentHash)
        let diff = EntryDiff(stored: state.entries, fresh: fresh.entries, curation: curation)
        if diff.isEmpty { return .unchanged }
        if let actorID = options.actorID,
           !involves(state.entries.map(\.actorKeys) + fresh.entries.map { $0.actors.map(\.key) }, actorID) {
            return .unchanged
        }

        var newEvents: [NewEvent] = []
        // Ids cover the stream version the events are appended to and their content: a retried
        // append is recognised as the same, and a later identical change is still a new event.
        func id(_ type: String, _ data: String) -> UUID {
            StableID.uuid(state.streamID, String(revision), String(state.version), type, data)
        }
        if !diff.retracted.isEmpty {
            let payload = EntriesRetracted(
                streamID: state.streamID, articleRevision: revision, entryIDs: diff.retracted.map(\.entryID),
                reason: ArticleReprocessor.reason, extractorVersion: fresh.extractorVersion,
                gazetteerRevision: fresh.gazetteerRevision)
            let data = try json(payload)
            newEvents.append(NewEvent(id: id(TimelineEventType.entriesRetracted, data),
                                      type: TimelineEventType.entriesRetracted, data: data))
        }
        if !diff.added.isEmpty {
            let payload = EntriesAdded(
                streamID: state.streamID, articleRevision: revision, entries: diff.added, reason: ArticleReprocessor.reason,
                extractorVersion: fresh.extractorVersion, gazetteerRevision: fresh.gazetteerRevision)
            let data = try json(payload)
            newEvents.append(NewEvent(id: id(TimelineEventType.entriesAdded, data),
                                      type: TimelineEventType.entriesAdded, data: data))
        }
        let change = ArticleChange(
            streamID: state.streamID, identifier: article.identifier, title: article.title, published: article.published,
            revision: revision, retracted: diff.retracted, added: diff.added.map(EntrySummary.init), replaced: diff.replaced)
        return .changed(Plan(change: change, append: (state.streamID, newEvents, .exactly(state.version))))
    }

    /// Whether any of the entries' actor keys names `actorID`, directly or through curation.
    private func involves(_ actorKeys: [[String]], _ actorID: String) -> Bool {
        actorKeys.contains { keys in keys.contains { $0 == actorID || curation.target(of: $0) == actorID } }
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try Self.encoder.encode(value), as: UTF8.self)
    }
}
