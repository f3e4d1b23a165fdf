import XCTest
@testable import ActorRecognition

final class ActorNameMatcherTests: XCTestCase {
    private func matcher() throws -> ActorNameMatcher {
        ActorNameMatcher(gazetteer: try Fixtures.gazetteer())
    }

    private func id(_ match: NameMatch) -> String? {
        if case .exact(let actor) = match { return actor.id }
        return nil
    }

    func testExactCanonicalAliasAndLatinNames() throws {
        let matcher = try matcher()
        XCTAssertEqual(id(matcher.resolve("सर्गेई लावरोव")), "sergey-lavrov")
        XCTAssertEqual(id(matcher.resolve("भाजपा")), "bjp")
        XCTAssertEqual(id(matcher.resolve("BJP")), "bjp")
        XCTAssertEqual(id(matcher.resolve("bjp")), "bjp")
        XCTAssertEqual(id(matcher.resolve("  sergei   LAVROV ")), "sergey-lavrov")
        XCTAssertEqual(id(matcher.resolve("Erdogan")), "recep-tayyip-erdogan")
        XCTAssertEqual(id(matcher.resolve("Recep Tayyip Erdoğan")), "recep-tayyip-erdogan")
    }

    func testNuktaVariantsResolveToTheSameActor() throws {
        let matcher = try matcher()
        for spelling in ["जेलेंस्की", "\u{095B}ेलेंस्की", "\u{091C}\u{093C}ेलेंस्की"] {
            XCTAssertEqual(id(matcher.resolve(spelling)), "volodymyr-zelensky", spelling)
        }
    }

    func testNearMissWithinEditDistanceTwo() throws {
        let matcher = try matcher()
        guard case .nearMiss(let actor, let distance) = matcher.resolve("लावरोफ") else {
            return XCTFail("expected a near miss")
        }
        XCTAssertEqual(actor.id, "sergey-lavrov")
        XCTAssertEqual(distance, 1)
        guard case .nearMiss(let latin, let latinDistance) = matcher.resolve("Lavrof") else {
            return XCTFail("expected a near miss")
        }
        XCTAssertEqual(latin.id, "sergey-lavrov")
        XCTAssertEqual(latinDistance, 1)
    }

    func testSharedShortNameIsAmbiguous() throws {
        guard case .ambiguous(let actors) = try matcher().resolve("किम") else {
            return XCTFail("expected ambiguity")
        }
        XCTAssertEqual(Set(actors.map(\.id)), ["kim-jong-un", "kim-yo-jong"])
    }

    func testUnknownNameGivesNone() throws {
        guard case .none(let suggestions) = try matcher().resolve("कखगघचछजझ") else {
            return XCTFail("expected no match")
        }
        XCTAssertTrue(suggestions.count <= 5)
        guard case .none(let empty) = try matcher().resolve("   ") else { return XCTFail("expected no match") }
        XCTAssertEqual(empty, [])
    }

    func testFarMisspellingGivesSuggestions() throws {
        guard case .none(let suggestions) = try matcher().resolve("Lavrovsky") else {
            return XCTFail("expected no match")
        }
        XCTAssertEqual(suggestions.first?.id, "sergey-lavrov")
    }

    func testSuggestionsResembleTheName() throws {
        guard case .none(let suggestions) = try matcher().resolve("Nobody") else { return XCTFail("expected no match") }
        XCTAssertEqual(suggestions.map(\.id), [], "no gazetteer name is within two letters of 'Nobody'")
    }

    func testLatinNameWithoutDiacritics() throws {
        XCTAssertEqual(id(try matcher().resolve("luiz inacio lula da silva")), "lula-da-silva")
    }

    func testExtraActorsCanBeAdded() throws {
        let extra = Actor(id: "p-rajesh-verma", kind: .person, canonicalName: "राजेश वर्मा", latinName: "Rajesh Verma")
        let matcher = ActorNameMatcher(actors: try Fixtures.gazetteer().actors + [extra])
        XCTAssertEqual(id(matcher.resolve("राजेश वर्मा")), "p-rajesh-verma")
        XCTAssertEqual(id(matcher.resolve("rajesh verma")), "p-rajesh-verma")
    }
}
