import ActorRecognition
import XCTest
@testable import Timelines

/// The fold of curation events, without a database.
final class ActorCurationTests: XCTestCase {
    private func ref(_ key: String, _ name: String) -> DatedEntry.ActorRef {
        .init(key: key, name: name, kind: "person", provisional: key.hasPrefix("provisional:"), surface: name, evidence: "role:प्रमुख")
    }

    private let gazetteer = Gazetteer(actors: [
        Actor(id: "sergey-lavrov", kind: .person, canonicalName: "सर्गेई लावरोव", latinName: "Sergey Lavrov", aliases: ["लावरोव"]),
        Actor(id: "russia", kind: .country, canonicalName: "रूस", latinName: "Russia"),
    ])

    func testMergesFollowChainsAndRejectionsEndThem() {
        var curation = ActorCuration()
        curation.apply(.merged(.init(sourceID: "provisional:क", sourceName: "क", targetID: "provisional:ख", targetName: "ख")))
        curation.apply(.merged(.init(sourceID: "provisional:ख", sourceName: "ख", targetID: "sergey-lavrov", targetName: "सर्गेई लावरोव")))
        XCTAssertEqual(curation.target(of: "provisional:क"), "sergey-lavrov")
        XCTAssertEqual(curation.target(of: "russia"), "russia")
        curation.apply(.rejected(.init(actorID: "sergey-lavrov", name: "सर्गेई लावरोव", reason: "")))
        XCTAssertNil(curation.target(of: "provisional:क"))
        XCTAssertEqual(curation.version, 3)
    }

    func testResolveNamesTheTargetOnceAndDropsRejected() {
        let curation = ActorCuration([
            .merged(.init(sourceID: "provisional:क", sourceName: "क", targetID: "sergey-lavrov", targetName: "सर्गेई लावरोव")),
            .rejected(.init(actorID: "provisional:ग", name: "ग", reason: "")),
        ])
        let resolved = curation.resolve([ref("provisional:क", "क"), ref("sergey-lavrov", "सर्गेई लावरोव"), ref("provisional:ग", "ग")],
                                        directory: ActorDirectory(gazetteer))
        XCTAssertEqual(resolved.map(\.key), ["sergey-lavrov"])
        XCTAssertEqual(resolved.first?.name, "सर्गेई लावरोव")
        XCTAssertEqual(resolved.first?.provisional, false)
        XCTAssertEqual(resolved.first?.evidence, "role:प्रमुख", "how it was recognized is kept")
    }

    func testAppliedGazetteerCarriesAddsAliasesRenamesAndMerges() {
        let curation = ActorCuration([
            .added(.init(actorID: "wang-yi", name: "वांग यी", kind: "person", latinName: "Wang Yi", aliases: ["वांग"])),
            .aliasAdded(.init(actorID: "sergey-lavrov", alias: "लावरॉव")),
            .renamed(.init(actorID: "russia", oldName: "रूस", name: "रूसी संघ")),
            .merged(.init(sourceID: "wang-yi", sourceName: "वांग यी", targetID: "sergey-lavrov", targetName: "सर्गेई लावरोव")),
        ])
        let applied = curation.applied(to: gazetteer)
        XCTAssertEqual(applied.actors.map(\.id), ["sergey-lavrov", "russia"], "the merged-away actor is gone")
        let lavrov = applied.actors[0]
        XCTAssertEqual(lavrov.aliases, ["लावरोव", "लावरॉव", "वांग यी", "Wang Yi", "वांग"])
        XCTAssertEqual(applied.actors[1].canonicalName, "रूसी संघ")
        XCTAssertEqual(applied.actors[1].aliases, ["रूस"], "the old name stays an alias")
        XCTAssertNotEqual(applied.revision, gazetteer.revision)
        XCTAssertEqual(ActorCuration().applied(to: gazetteer).revision, gazetteer.revision)
    }

    func testAddedActorRedirectsProvisionalKeysOfAllItsNames() {
        let event = ActorCurationEvent.added(.init(actorID: "wang-yi", name: "वांग यी", kind: "person", latinName: "Wang Yi", aliases: ["वांग"]))
        XCTAssertEqual(ActorCuration.redirections(of: event).map(\.from),
                       ["provisional:वांग यी", "provisional:wang yi", "provisional:वांग"])
    }

    func testEventsRoundTripThroughTheirStoredForm() throws {
        let events: [ActorCurationEvent] = [
            .added(.init(actorID: "a", name: "क", kind: "person", latinName: "", aliases: [])),
            .aliasAdded(.init(actorID: "a", alias: "ख")),
            .merged(.init(sourceID: "b", sourceName: "ग", targetID: "a", targetName: "क")),
            .renamed(.init(actorID: "a", oldName: "क", name: "घ")),
            .rejected(.init(actorID: "c", name: "च", reason: "role")),
        ]
        for event in events {
            XCTAssertTrue(ActorCurationEvent.isCuration(event.type))
            XCTAssertEqual(try ActorCurationEvent.decode(type: event.type, json: try event.json()), event)
        }
        XCTAssertNil(try ActorCurationEvent.decode(type: "ArticleIngested", json: "{}"))
    }
}
