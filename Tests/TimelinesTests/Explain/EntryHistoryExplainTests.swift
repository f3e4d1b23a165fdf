import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Explanations of entries that later events moved or took away: a curation merge, a retraction,
/// a rejected actor, a new revision of the article.
final class EntryHistoryExplainTests: XCTestCase {
    private typealias F = ExplainFixtures

    func testEntryMergedIntoAnotherActorShowsTheMergeAndTheMovedRows() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.council, expression: "5 सितंबर")
            let gazetteer = try F.gazetteerRevision(conn)
            let curation = CurationLog(connection: conn)
            // The actor's own addition does not concern the entry (none of its names is "सुरेश भार्गव"); the merge does.
            try curation.append(.added(.init(actorID: "suresh-bhargava", name: "सुरेश कुमार भार्गव", kind: "person",
                                             latinName: "Suresh Kumar Bhargava", aliases: [])), expectedVersion: 0)
            try curation.append(.merged(.init(sourceID: "provisional:सुरेश भार्गव", sourceName: "सुरेश भार्गव",
                                              targetID: "suresh-bhargava", targetName: "सुरेश कुमार भार्गव")),
                                expectedVersion: 1)
            try TimelineProjection(connection: conn).catchUp()

            let stream = F.council.streamID
            let ingested = try F.stamp(conn, stream, TimelineEventType.articleIngested)
            let extracted = try F.stamp(conn, stream, TimelineEventType.articleExtracted)
            let merged = try F.stamp(conn, ActorCurationEvent.stream, TimelineEventType.actorsMerged)
            try F.assertExplanation(conn, id, """
                entry \(id) — on 1 timeline
                sentence    भार्गव ने ⟦5 सितंबर⟧ को बताया कि काम जल्द शुरू होगा।
                article     “शीर्षक council” https://fixtures.test/council
                            published 2025-09-08, revision 1 of 1, sentence 2, stream \(stream)
                expression  “5 सितंबर” DATE, scalars 84..<92
                value       2025-09-05 (day), interval 2025-09-05 … 2025-09-05
                tense       past
                anchor      dct — the publish date, 2025-09-08 (Monday)
                rule        date.day-month
                extractor   hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer)
                event       statement — CAMEO 01, quad 1 (verbal cooperation)
                            trigger “बताया”, scalars 96..<101: भार्गव ने 5 सितंबर को «बताया» कि काम जल्द शुरू होगा।
                            lexicon lemma बताना, predicates.tsv line \(F.lexiconLine("बताया"))
                realis      actual — no word of plan, negation or condition
                actors      “भार्गव” → सुरेश भार्गव (provisional:सुरेश भार्गव, person)
                              recognized by short form of “सुरेश भार्गव” named in full in the article
                              role: source, from “ने”
                              curation: now under सुरेश कुमार भार्गव (suresh-bhargava)
                places      none
                timelines   सुरेश कुमार भार्गव (suresh-bhargava)
                events      \(ingested.tag(3))  \(ingested.time)  ArticleIngested   revision 1 of the article taken in, published 2025-09-08
                            \(extracted.tag(3))  \(extracted.time)  ArticleExtracted  entry extracted from revision 1 (hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer))
                X row written: सुरेश भार्गव (provisional:सुरेश भार्गव)
                            \(merged.tag(3))  \(merged.time)  ActorsMerged      “सुरेश भार्गव” (provisional:सुरेश भार्गव) merged into “सुरेश कुमार भार्गव” (suresh-bhargava)
                X row taken away: सुरेश भार्गव (provisional:सुरेश भार्गव) — merged into suresh-bhargava
                X row written: सुरेश कुमार भार्गव (suresh-bhargava)

                """.replacingOccurrences(of: "X ", with: String(repeating: " ", count: 57)))
        }
    }

    func testRetractedEntryIsOnNoTimelineAndShowsTheRetraction() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.tokyo, expression: "शनिवार")
            let stream = F.tokyo.streamID, gazetteer = try F.gazetteerRevision(conn)
            let retraction = EntriesRetracted(streamID: stream, articleRevision: 1, entryIDs: [id], reason: "reprocess",
                                              extractorVersion: "hindi-temporal/1.0", gazetteerRevision: gazetteer)
            let data = String(decoding: try JSONEncoder().encode(retraction), as: UTF8.self)
            try EventLog(connection: conn).append(to: stream, [NewEvent(type: TimelineEventType.entriesRetracted, data: data)],
                                                  expected: .exactly(2))
            try TimelineProjection(connection: conn).catchUp()

            let ingested = try F.stamp(conn, stream, TimelineEventType.articleIngested)
            let extracted = try F.stamp(conn, stream, TimelineEventType.articleExtracted)
            let retracted = try F.stamp(conn, stream, TimelineEventType.entriesRetracted)
            try F.assertExplanation(conn, id, """
                entry \(id) — on no timeline (retracted: reprocess)
                sentence    विदेश मंत्री एस जयशंकर ने ⟦शनिवार⟧ को टोक्यो में जापान के अधिकारियों से बातचीत की।
                article     “शीर्षक tokyo” https://fixtures.test/tokyo
                            published 2025-08-10, revision 1 of 1, sentence 1, stream \(stream)
                expression  “शनिवार” DATE, scalars 26..<32
                value       2025-08-09 (day), interval 2025-08-09 … 2025-08-09
                tense       past
                anchor      dct — the publish date, 2025-08-10 (Sunday)
                rule        weekday.tensed
                extractor   hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer)
                event       consult — CAMEO 04, quad 1 (verbal cooperation)
                            trigger “बातचीत”, scalars 70..<76: विदेश मंत्री एस जयशंकर ने शनिवार को टोक्यो में जापान के अधिकारियों से «बातचीत» की।
                            lexicon lemma बातचीत, predicates.tsv line \(F.lexiconLine("बातचीत"))
                realis      actual — no word of plan, negation or condition
                actors      “एस जयशंकर” → एस जयशंकर (s-jaishankar, person)
                              recognized by gazetteer alias “एस जयशंकर” (the role “विदेश मंत्री” before it agrees)
                              role: source, from “ने”
                              curation: none
                            “जापान” → जापान (japan, country)
                              recognized by gazetteer alias “जापान”
                              role: target, from “के अधिकारियों से”
                              curation: none
                places      “टोक्यो” → टोक्यो (tokyo)
                timelines   none
                events      \(ingested.tag(2))  \(ingested.time)  ArticleIngested   revision 1 of the article taken in, published 2025-08-10
                            \(extracted.tag(2))  \(extracted.time)  ArticleExtracted  entry extracted from revision 1 (hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer))
                X row written: एस जयशंकर (s-jaishankar)
                X row written: जापान (japan)
                            \(retracted.tag(2))  \(retracted.time)  EntriesRetracted  entry retracted: reprocess (hindi-temporal/1.0, gazetteer \(gazetteer))
                X row taken away: एस जयशंकर (s-jaishankar) — retracted: reprocess
                X row taken away: जापान (japan) — retracted: reprocess

                """.replacingOccurrences(of: "X ", with: String(repeating: " ", count: 56)))
        }
    }

    func testRejectedActorTakesTheEntryOffItsTimelineAndSaysWhy() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.exhibition, expression: "रविवार")
            try CurationLog(connection: conn).append(.rejected(.init(actorID: "provisional:अनीता सहगल", name: "अनीता सहगल",
                                                                     reason: "a gallery's name in the feed")),
                                                     expectedVersion: 0)
            let pending = try EntryExplainer(connection: conn).explain(id)
            XCTAssertEqual(pending.status, .current, "the projection has not applied the rejection yet")
            XCTAssertEqual(pending.steps.map(\.applied), [true, true, false])
            XCTAssertTrue(EntryExplanationText.render(pending).contains(
                "rejected as an actor: a gallery's name in the feed (not yet applied to the timelines)"))
            try TimelineProjection(connection: conn).catchUp()
            let rejected = try F.stamp(conn, ActorCurationEvent.stream, TimelineEventType.actorRejected)

            let e = try EntryExplainer(connection: conn).explain(id)
            XCTAssertEqual(e.status, .retracted)
            XCTAssertEqual(e.statusReason, "rejected: a gallery's name in the feed")
            XCTAssertEqual(e.currentActors, [])
            XCTAssertEqual(e.actors.map(\.nowKey), [nil])
            XCTAssertEqual(e.actors.map(\.curation), ["rejected as an actor: a gallery's name in the feed"])
            XCTAssertEqual(e.steps.map(\.type), [TimelineEventType.articleIngested, TimelineEventType.articleExtracted,
                                                 TimelineEventType.actorRejected])
            XCTAssertEqual(e.steps.last?.position, rejected.position)
            XCTAssertEqual(e.steps.last?.summary, "“अनीता सहगल” (provisional:अनीता सहगल) rejected as an actor: a gallery's name in the feed")
            XCTAssertEqual(e.steps.last?.effects,
                           ["row taken away: अनीता सहगल (provisional:अनीता सहगल) — rejected: a gallery's name in the feed"])
            XCTAssertEqual(e.steps.map(\.applied), [true, true, true])
        }
    }

    func testNewRevisionOfTheArticleReplacesTheEntry() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.tokyo, expression: "शनिवार")
            var revised = F.tokyo
            revised.text = "विदेश मंत्री एस जयशंकर ने शुक्रवार को टोक्यो में जापान के अधिकारियों से बातचीत की।"
            let s = try TimelineFixtures.session(conn)
            XCTAssertEqual(try s.ingestor.ingest([revised]).revised, 1)
            try s.projection.catchUp()
            let second = try EventLog(connection: conn).readStream(F.tokyo.streamID)
                .filter { $0.type == TimelineEventType.articleIngested }.last

            let e = try EntryExplainer(connection: conn).explain(id)
            XCTAssertEqual(e.status, .retracted)
            XCTAssertEqual(e.statusReason, "revision 2")
            XCTAssertEqual(e.article.revision, 1)
            XCTAssertEqual(e.article.latestRevision, 2)
            XCTAssertEqual(e.marked, .init(before: "विदेश मंत्री एस जयशंकर ने ", expression: "शनिवार",
                                           after: " को टोक्यो में जापान के अधिकारियों से बातचीत की।"))
            XCTAssertEqual(e.steps.map(\.summary).last,
                           "revision 2 of the article taken in: it replaces revision 1 and its entries")
            XCTAssertEqual(e.steps.last?.position, second?.position)
            XCTAssertEqual(e.steps.last?.effects, ["row taken away: एस जयशंकर (s-jaishankar) — revision 2",
                                                   "row taken away: जापान (japan) — revision 2"])
            XCTAssertTrue(EntryExplanationText.render(e).contains("revision 1 of 2, sentence 1"))
        }
    }
}
