import XCTest
@testable import ActorRecognition

final class GazetteerTests: XCTestCase {
    func testBundledSeedParsesWithAtLeast350UniqueActors() throws {
        let gazetteer = try Fixtures.gazetteer()
        XCTAssertGreaterThanOrEqual(gazetteer.actors.count, 350)
        XCTAssertEqual(Set(gazetteer.actors.map(\.id)).count, gazetteer.actors.count)
    }

    func testSeedCoversTheMainKinds() throws {
        let actors = try Fixtures.gazetteer().actors
        let countries = actors.filter { $0.kind == .country }
        XCTAssertGreaterThanOrEqual(countries.count, 90)
        XCTAssertEqual(actors.filter { $0.kind == .state }.count, 36)
        for id in ["india", "north-korea", "south-korea", "russia", "ukraine", "united-states", "china", "pakistan",
                   "narendra-modi", "vladimir-putin", "donald-trump", "joe-biden", "xi-jinping", "kim-jong-un",
                   "volodymyr-zelensky", "shehbaz-sharif", "sergey-lavrov", "s-jaishankar", "antony-blinken",
                   "marco-rubio", "wang-yi", "choe-son-hui", "bjp", "inc", "aap", "sp", "bsp", "tmc", "un", "nato",
                   "who", "imf", "world-bank", "eu", "brics", "g20", "quad", "cbi", "ed", "nia", "isro", "rbi",
                   "nasa", "kcna", "tass"] {
            XCTAssertTrue(actors.contains { $0.id == id }, "missing \(id)")
        }
    }

    /// Checks the raw file independently of the parser: every folded name claimed by two actors
    /// must carry the `~` mark on each of their lines.
    func testNoAliasIsSharedUnlessMarked() throws {
        var claims: [String: [(id: String, marked: Bool)]] = [:]
        for line in try Fixtures.seedFileText().split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            XCTAssertTrue(columns.count == 5, "bad line: \(line)")
            guard columns.count == 5 else { continue }
            var names = [(columns[2], false), (columns[3], false)]
            names += columns[4].split(separator: "|").map { ($0.hasPrefix("~") ? String($0.dropFirst()) : String($0), $0.hasPrefix("~")) }
            var seen: Set<String> = []
            for (name, marked) in names {
                let key = NameNormalizer.normalize(name.replacingOccurrences(of: "-", with: " "))
                if seen.insert(key).inserted { claims[key, default: []].append((columns[0], marked)) }
            }
        }
        for (key, owners) in claims where owners.count > 1 {
            XCTAssertTrue(owners.allSatisfy(\.marked), "\(key) claimed by \(owners.map(\.id)) without ~")
        }
    }

    func testParseReadsColumnsAndStripsSharedMark() throws {
        let tsv = "# comment\nkim-a\tperson\tकिम ए\tKim A\t~किम|Kim\nkim-b\tperson\tकिम बी\tKim B\t~किम\n"
        let gazetteer = try Gazetteer.parse(tsv: tsv, source: "test.tsv")
        XCTAssertEqual(gazetteer.actors.map(\.id), ["kim-a", "kim-b"])
        XCTAssertEqual(gazetteer.actors[0].aliases, ["किम", "Kim"])
        XCTAssertEqual(gazetteer.actors[0].kind, .person)
        XCTAssertEqual(gazetteer.actors[0].latinName, "Kim A")
    }

    func testParseAcceptsByteOrderMarkAndWindowsLineEnds() throws {
        let gazetteer = try Gazetteer.parse(tsv: "\u{FEFF}nepal\tcountry\tनेपाल\tNepal\tनेपाली\r\n", source: "bom.tsv")
        XCTAssertEqual(gazetteer.actors.map(\.id), ["nepal"])
        XCTAssertEqual(gazetteer.actors.first?.aliases, ["नेपाली"])
    }

    func testParseErrorsNameFileAndLine() {
        let cases: [(String, Int, String)] = [
            ("a\tperson\tए\tA\t\nb\tplanet\tबी\tB\t\n", 2, "unknown kind"),
            ("a\tperson\tए\tA\t\na\tperson\tबी\tB\t\n", 2, "duplicate id"),
            ("a\tperson\tए\tA\tसाझा\n\nb\tperson\tबी\tB\tसाझा\n", 3, "also claimed by a"),
            ("Bad Id\tperson\tए\tA\t\n", 1, "slug"),
            ("a\tperson\tए\n", 1, "expected 5"),
        ]
        for (tsv, line, fragment) in cases {
            XCTAssertThrowsError(try Gazetteer.parse(tsv: tsv, source: "seed.tsv")) { error in
                guard let error = error as? GazetteerError else { return XCTFail("unexpected \(error)") }
                XCTAssertEqual(error.line, line, "\(error)")
                XCTAssertTrue(error.description.hasPrefix("seed.tsv:\(line):"), "\(error)")
                XCTAssertTrue(error.message.contains(fragment), "\(error)")
            }
        }
    }

    func testRevisionIsStableAndChangesWithContent() throws {
        let actor = Actor(id: "russia", kind: .country, canonicalName: "रूस", latinName: "Russia", aliases: ["रूसी"])
        let first = Gazetteer(actors: [actor])
        XCTAssertEqual(first.revision, Gazetteer(actors: [actor]).revision)
        XCTAssertEqual(first.revision.count, 16)
        var changed = actor
        changed.aliases.append("रशिया")
        XCTAssertNotEqual(first.revision, Gazetteer(actors: [changed]).revision)
        XCTAssertEqual(try Fixtures.gazetteer().revision, try Fixtures.gazetteer().revision)
    }

    func testActorRoundTripsThroughJSON() throws {
        let actor = Actor(id: "bjp", kind: .party, canonicalName: "भारतीय जनता पार्टी", latinName: "Bharatiya Janata Party",
                          aliases: ["भाजपा", "BJP"])
        let decoded = try JSONDecoder().decode(Actor.self, from: JSONEncoder().encode(actor))
        XCTAssertEqual(decoded, actor)
    }
}
