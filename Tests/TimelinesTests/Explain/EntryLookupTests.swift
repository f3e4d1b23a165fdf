import Foundation
import Postgres
import PostgresTestSupport
import XCTest
@testable import Timelines

/// Finding the entry to explain, and the explanation as JSON.
final class EntryLookupTests: XCTestCase {
    private typealias F = ExplainFixtures

    func testIdTypedInUpperCaseOrWithLookAlikesFindsTheSameEntry() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.kyiv, expression: "अगले दिन")
            let explainer = EntryExplainer(connection: conn)
            let typed = String(id.uppercased().map { $0 == "1" ? "L" : $0 == "0" ? "O" : $0 })
            let expected = try explainer.explain(id)
            XCTAssertEqual(expected.entryID, id)
            XCTAssertEqual(try explainer.explain(typed), expected)
            XCTAssertEqual(try explainer.explain(String(id.prefix(5)) + "-" + String(id.dropFirst(5))), expected)
        }
    }

    func testUnknownIdIsReportedAsUnknown() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let explainer = EntryExplainer(connection: conn)
            XCTAssertThrowsError(try explainer.explain("ZZZZZZZZZZ")) { error in
                XCTAssertEqual(error as? EntryExplainerError, .unknownEntry("zzzzzzzzzz"))
                XCTAssertEqual("\(error)", "no timeline entry has the id 'zzzzzzzzzz'")
            }
            XCTAssertThrowsError(try explainer.explain("abc")) { error in
                XCTAssertTrue(error is EntryIDError, "\(error)")
            }
        }
    }

    func testJSONCarriesTheWholeExplanation() throws {
        try TestDatabase.withFresh { conn, _ in
            try F.ingested(conn)
            let id = try F.entryID(conn, F.kyiv, expression: "अगले दिन")
            let explanation = try EntryExplainer(connection: conn).explain(id)
            let json = try EntryExplanationText.json(explanation)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            var decoded = try decoder.decode(EntryExplanation.self, from: Data(json.utf8))
            // ISO 8601 in JSON keeps whole seconds.
            for i in decoded.steps.indices {
                XCTAssertEqual(decoded.steps[i].recordedAt.timeIntervalSince1970,
                               explanation.steps[i].recordedAt.timeIntervalSince1970, accuracy: 1)
                decoded.steps[i].recordedAt = explanation.steps[i].recordedAt
            }
            XCTAssertEqual(decoded, explanation)
            XCTAssertTrue(json.contains(#""label" : "expr:0""#), json)
            XCTAssertTrue(json.contains(#""recognizedBy" : "gazetteer alias “पोलैंड”""#), json)
        }
    }
}
