import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// `timeline explain`: whole explanations of entries, checked line by line against a real PostgreSQL.
/// Log positions, recording times, stream ids and the gazetteer revision are read from the database
/// the test built; everything else in the expected texts is written out.
final class EntryExplainerTests: XCTestCase {
    private typealias F = ExplainFixtures

    func testWeekdayResolvedAgainstThePublishDateWithRoleAndAliasEvidence() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.tokyo, expression: "शनिवार")
            let stream = F.tokyo.streamID, gazetteer = try F.gazetteerRevision(conn)
            let ingested = try F.stamp(conn, stream, TimelineEventType.articleIngested)
            let extracted = try F.stamp(conn, stream, TimelineEventType.articleExtracted)
            try F.assertExplanation(conn, id, """
                entry \(id) — on 2 timelines
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
                timelines   एस जयशंकर (s-jaishankar), जापान (japan)
                events      #\(ingested.position)  \(ingested.time)  ArticleIngested   revision 1 of the article taken in, published 2025-08-10
                            #\(extracted.position)  \(extracted.time)  ArticleExtracted  entry extracted from revision 1 (hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer))
                                                                        row written: एस जयशंकर (s-jaishankar)
                                                                        row written: जापान (japan)

                """)
        }
    }

    func testExplicitFullDateNeedsNoAnchor() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.kyiv, expression: "14 मार्च 2025")
            let stream = F.kyiv.streamID, gazetteer = try F.gazetteerRevision(conn)
            let ingested = try F.stamp(conn, stream, TimelineEventType.articleIngested)
            let extracted = try F.stamp(conn, stream, TimelineEventType.articleExtracted)
            try F.assertExplanation(conn, id, """
                entry \(id) — on 1 timeline
                sentence    ⟦14 मार्च 2025⟧ को राष्ट्रपति वोलोदिमीर जेलेंस्की ने कीव में सैनिकों को संबोधित किया।
                article     “शीर्षक kyiv” https://fixtures.test/kyiv
                            published 2025-03-20, revision 1 of 1, sentence 1, stream \(stream)
                expression  “14 मार्च 2025” DATE, scalars 0..<13
                value       2025-03-14 (day), interval 2025-03-14 … 2025-03-14
                tense       none
                anchor      explicit — none needed: the expression writes out its own full date
                rule        date.full
                extractor   hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer)
                event       statement — CAMEO 01, quad 1 (verbal cooperation)
                            trigger “संबोधित”, scalars 70..<77: 14 मार्च 2025 को राष्ट्रपति वोलोदिमीर जेलेंस्की ने कीव में सैनिकों को «संबोधित» किया।
                            lexicon lemma संबोधित, predicates.tsv line \(F.lexiconLine("संबोधित"))
                realis      actual — no word of plan, negation or condition
                actors      “वोलोदिमीर जेलेंस्की” → वोलोदिमीर ज़ेलेंस्की (volodymyr-zelensky, person)
                              recognized by gazetteer alias “वोलोदिमीर ज़ेलेंस्की” (the role “राष्ट्रपति” before it agrees)
                              role: source, from “ने”
                              curation: none
                places      “कीव” → कीव (kyiv)
                timelines   वोलोदिमीर ज़ेलेंस्की (volodymyr-zelensky)
                events      #\(ingested.position)  \(ingested.time)  ArticleIngested   revision 1 of the article taken in, published 2025-03-20
                            #\(extracted.position)  \(extracted.time)  ArticleExtracted  entry extracted from revision 1 (hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer))
                                                                        row written: वोलोदिमीर ज़ेलेंस्की (volodymyr-zelensky)

                """)
        }
    }

    func testDayCountedFromAnEarlierExpressionNamesThatExpression() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.kyiv, expression: "अगले दिन")
            let stream = F.kyiv.streamID, gazetteer = try F.gazetteerRevision(conn)
            let ingested = try F.stamp(conn, stream, TimelineEventType.articleIngested)
            let extracted = try F.stamp(conn, stream, TimelineEventType.articleExtracted)
            try F.assertExplanation(conn, id, """
                entry \(id) — on 2 timelines
                sentence    ⟦अगले दिन⟧ जेलेंस्की ने पोलैंड के नेताओं से मुलाकात की।
                article     “शीर्षक kyiv” https://fixtures.test/kyiv
                            published 2025-03-20, revision 1 of 1, sentence 2, stream \(stream)
                expression  “अगले दिन” DATE, scalars 84..<92
                value       2025-03-15 (day), interval 2025-03-15 … 2025-03-15
                tense       none
                anchor      expr:0 — the article's 1st temporal expression, “14 मार्च 2025” (2025-03-14), in sentence 1
                rule        anchored.relative-day
                extractor   hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer)
                event       consult — CAMEO 04, quad 1 (verbal cooperation)
                            trigger “मुलाकात”, scalars 126..<133: अगले दिन जेलेंस्की ने पोलैंड के नेताओं से «मुलाकात» की।
                            lexicon lemma मुलाकात, predicates.tsv line \(F.lexiconLine("मुलाकात"))
                realis      actual — no word of plan, negation or condition
                actors      “जेलेंस्की” → वोलोदिमीर ज़ेलेंस्की (volodymyr-zelensky, person)
                              recognized by gazetteer alias “ज़ेलेंस्की”
                              role: source, from “ने”
                              curation: none
                            “पोलैंड” → पोलैंड (poland, country)
                              recognized by gazetteer alias “पोलैंड”
                              role: target, from “के नेताओं से”
                              curation: none
                places      none
                timelines   वोलोदिमीर ज़ेलेंस्की (volodymyr-zelensky), पोलैंड (poland)
                events      #\(ingested.position)  \(ingested.time)  ArticleIngested   revision 1 of the article taken in, published 2025-03-20
                            #\(extracted.position)  \(extracted.time)  ArticleExtracted  entry extracted from revision 1 (hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer))
                                                                        row written: वोलोदिमीर ज़ेलेंस्की (volodymyr-zelensky)
                                                                        row written: पोलैंड (poland)

                """)
            let anchor = try EntryExplainer(connection: conn).explain(id).anchor
            XCTAssertEqual(anchor.expression, .init(index: 0, text: "14 मार्च 2025", value: "2025-03-14", sentenceIndex: 0))
        }
    }

    func testSurnameAloneIsExplainedAsAShortForm() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.council, expression: "5 सितंबर")
            let stream = F.council.streamID, gazetteer = try F.gazetteerRevision(conn)
            let ingested = try F.stamp(conn, stream, TimelineEventType.articleIngested)
            let extracted = try F.stamp(conn, stream, TimelineEventType.articleExtracted)
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
                              curation: none
                places      none
                timelines   सुरेश भार्गव (provisional:सुरेश भार्गव)
                events      #\(ingested.position)  \(ingested.time)  ArticleIngested   revision 1 of the article taken in, published 2025-09-08
                            #\(extracted.position)  \(extracted.time)  ArticleExtracted  entry extracted from revision 1 (hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer))
                                                                        row written: सुरेश भार्गव (provisional:सुरेश भार्गव)

                """)
        }
    }

    func testNameKnownFromTheFeedTagIsExplainedAsATag() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.exhibition, expression: "रविवार")
            let stream = F.exhibition.streamID, gazetteer = try F.gazetteerRevision(conn)
            let ingested = try F.stamp(conn, stream, TimelineEventType.articleIngested)
            let extracted = try F.stamp(conn, stream, TimelineEventType.articleExtracted)
            try F.assertExplanation(conn, id, """
                entry \(id) — on 1 timeline
                sentence    अनीता सहगल ने ⟦रविवार⟧ को एक प्रदर्शनी का उद्घाटन किया।
                article     “शीर्षक exhibition” https://fixtures.test/exhibition
                            published 2025-08-12, revision 1 of 1, sentence 1, stream \(stream)
                expression  “रविवार” DATE, scalars 14..<20
                value       2025-08-10 (day), interval 2025-08-10 … 2025-08-10
                tense       past
                anchor      dct — the publish date, 2025-08-12 (Tuesday)
                rule        weekday.tensed
                extractor   hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer)
                event       no interaction of actors (no CAMEO root)
                            trigger “उद्घाटन”, scalars 40..<47: अनीता सहगल ने रविवार को एक प्रदर्शनी का «उद्घाटन» किया।
                            lexicon lemma उद्घाटन, predicates.tsv line \(F.lexiconLine("उद्घाटन"))
                realis      actual — no word of plan, negation or condition
                actors      “अनीता सहगल” → अनीता सहगल (provisional:अनीता सहगल, person)
                              recognized by feed tag “अनीता सहगल”
                              role: source, from “ने”
                              curation: none
                places      none
                timelines   अनीता सहगल (provisional:अनीता सहगल)
                events      #\(ingested.position)  \(ingested.time)  ArticleIngested   revision 1 of the article taken in, published 2025-08-12
                            #\(extracted.position)  \(extracted.time)  ArticleExtracted  entry extracted from revision 1 (hindi-temporal/1.1 actors/2.2 events/1.0, gazetteer \(gazetteer))
                                                                        row written: अनीता सहगल (provisional:अनीता सहगल)

                """)
        }
    }
}
