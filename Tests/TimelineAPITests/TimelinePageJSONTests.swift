import Foundation
import Timelines
import Hummingbird
import XCTest
@testable import TimelineAPI

/// The hot path writes exactly the bytes the generated code's `JSONEncoder` writes for a page.
final class TimelinePageJSONTests: XCTestCase {
    private func entry(_ id: String, sentence: String, url: String?, realis: String?, quad: Int?) -> TimelineEntry {
        TimelineEntry(id: id, actorID: "sergey-lavrov", actorName: "सर्गेई लावरोव", value: "2025-07-12", granularity: "day",
                      firstDay: "2025-07-12", lastDay: "2025-07-12", expression: "शनिवार", sentence: sentence,
                      otherActors: ["किम जोंग उन", "रूस"], otherActorIDs: ["kim-jong-un", "russia"], articleTitle: "शीर्षक \"उद्धरण\"",
                      articleURL: url, articleIdentifier: url ?? "spool:a/b.jsonl#3", published: "2025-07-13", evidence: "alias:लावरोव",
                      places: ["प्योंगयांग"], trigger: realis == nil ? nil : "मुलाकात", cameo: realis == nil ? nil : "04", quad: quad,
                      realis: realis, role: realis == nil ? nil : "source")
    }

    func testTheBytesAreThoseOfTheGeneratedTypeThroughJSONEncoder() throws {
        let actor = ActorSummary(id: "sergey-lavrov", name: "सर्गेई लावरोव", latinName: "Sergey Lavrov", kind: "person",
                                 provisional: false, aliases: ["Lavrov", "लावरोव"], entryCount: 9)
        let entries = [
            entry("k3v0q8x2mw", sentence: "लावरोव ने शनिवार को \"किम\" से मुलाकात की।\n\tदूसरी\\पंक्ति / \u{1}", url: "https://a.test/x?y=1&z=/2",
                  realis: "actual", quad: 1),
            entry("k3v0q8x2mx", sentence: "बिना घटना", url: nil, realis: nil, quad: nil),
            entry("k3v0q8x2my", sentence: "अज्ञात", url: "https://a.test/", realis: "someday", quad: 4),
        ]
        for next in [nil, TimelineCursor(firstDay: 20_281, lastDay: 20_281, entryID: "k3v0q8x2my", newestFirst: true)] {
            for newestFirst in [false, true] {
                let page = TimelinePageResult(entries: entries, next: next)
                let generated = Components.Schemas.TimelinePage(
                    actor: SchemaMapping.actor(actor), order: newestFirst ? .newest : .oldest,
                    entries: page.entries.map(SchemaMapping.entry), next: page.next?.token)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let expected = String(decoding: try encoder.encode(generated), as: UTF8.self)
                let written = String(decoding: TimelinePageJSON.bytes(actor: actor, page: page, newestFirst: newestFirst), as: UTF8.self)
                XCTAssertEqual(written, expected)
            }
        }
    }

    func testOnlyTheTimelinePathTakesTheHotPath() {
        XCTAssertEqual(TimelinePageMiddleware<BasicRequestContext>.actorID("/v1/actors/sergey-lavrov/timeline"), "sergey-lavrov")
        XCTAssertEqual(TimelinePageMiddleware<BasicRequestContext>.actorID("/v1/actors/%E0%A4%95/timeline"), "क")
        XCTAssertNil(TimelinePageMiddleware<BasicRequestContext>.actorID("/v1/actors/a/b/timeline"))
        XCTAssertNil(TimelinePageMiddleware<BasicRequestContext>.actorID("/v1/actors//timeline"))
        XCTAssertNil(TimelinePageMiddleware<BasicRequestContext>.actorID("/v1/actors/sergey-lavrov"))
    }
}
