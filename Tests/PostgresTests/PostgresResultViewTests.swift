import Postgres
import PostgresTestSupport
import XCTest

/// Results read in place (`withResult`) and row by row as they arrive (`forEachRow`).
final class PostgresResultViewTests: XCTestCase {
    private let sql = """
        SELECT g AS number, 'पंक्ति ' || g AS label, CASE WHEN g = 2 THEN NULL ELSE 'x' END AS maybe,
               ARRAY['रूस', 'उत्तर कोरिया ' || g] AS names, date '2025-07-12' - date '1970-01-01' AS day_number
        FROM generate_series(1, 3) g ORDER BY g
        """

    private struct Row: Equatable {
        var number: Int, label: String, maybe: String?, names: [String], day: Int
    }

    private func read(_ view: PostgresResultView, _ row: Int) throws -> Row {
        Row(number: try view.int(row: row, at: 0), label: try view.string(row: row, at: try view.position(of: "label")),
            maybe: try view.optionalString(row: row, at: 2), names: try view.stringArray(row: row, at: 3),
            day: try view.int(row: row, at: 4))
    }

    private let expected = (1...3).map {
        Row(number: $0, label: "पंक्ति \($0)", maybe: $0 == 2 ? nil : "x", names: ["रूस", "उत्तर कोरिया \($0)"], day: 20_281)
    }

    func testWithResultReadsEveryCellInPlace() throws {
        try TestDatabase.withFresh { conn, _ in
            let rows = try conn.withResult(sql) { view in
                XCTAssertEqual(view.columns, ["number", "label", "maybe", "names", "day_number"])
                return try (0..<view.count).map { try self.read(view, $0) }
            }
            XCTAssertEqual(rows, expected)
        }
    }

    func testForEachRowHandsOverEachRowInOrder() throws {
        try TestDatabase.withFresh { conn, _ in
            var rows: [Row] = [], calls = 0
            try conn.forEachRow(sql) { view in
                calls += 1
                for row in 0..<view.count { rows.append(try self.read(view, row)) }
            }
            XCTAssertEqual(rows, expected)
            XCTAssertEqual(calls, 3, "one row per call")
            var none = 0
            try conn.forEachRow("SELECT 1 WHERE false") { _ in none += 1 }
            XCTAssertEqual(none, 0)
        }
    }

    func testAServerErrorAfterSomeRowsIsThrownAndTheConnectionStaysUsable() throws {
        try TestDatabase.withFresh { conn, _ in
            var seen: [Int] = []
            XCTAssertThrowsError(try conn.forEachRow("SELECT 10 / (3 - g) AS n FROM generate_series(1, 5) g") { view in
                seen.append(try view.int(row: 0, at: 0))
            }) { error in
                XCTAssertEqual((error as? PostgresError)?.sqlState, "22012")
            }
            XCTAssertEqual(seen, [5, 10], "the rows before the failing one were handed over")
            XCTAssertEqual(try conn.query("SELECT 'फिर' AS again")[0]["again"], "फिर")
        }
    }

    func testAnErrorFromTheBodyStopsTheCallAndTheRestIsDropped() throws {
        struct Stop: Error {}
        try TestDatabase.withFresh { conn, _ in
            var calls = 0
            XCTAssertThrowsError(try conn.forEachRow("SELECT g FROM generate_series(1, 1000) g") { _ in
                calls += 1
                if calls == 2 { throw Stop() }
            }) { error in XCTAssertTrue(error is Stop) }
            XCTAssertEqual(calls, 2)
            XCTAssertEqual(try conn.query("SELECT count(*) AS n FROM generate_series(1, 4)")[0]["n"], "4")
        }
    }

    func testCellsThatAreNotWhatIsAskedForAreRefusedByColumnName() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.withResult("SELECT 'बारह' AS word, NULL::int AS nothing, '12a' AS mixed, '-' AS dash, -42 AS negative") { view in
                for (column, name) in [(0, "word"), (1, "nothing"), (2, "mixed"), (3, "dash")] {
                    XCTAssertThrowsError(try view.int(row: 0, at: column)) { error in
                        XCTAssertEqual((error as? PostgresError)?.code, .decoding)
                        XCTAssertTrue(String(reflecting: error).contains(name), String(reflecting: error))
                    }
                }
                XCTAssertEqual(try view.int(row: 0, at: 4), -42)
                XCTAssertThrowsError(try view.string(row: 1, at: 0), "there is no second row")
                XCTAssertThrowsError(try view.position(of: "missing"))
            }
        }
    }
}
