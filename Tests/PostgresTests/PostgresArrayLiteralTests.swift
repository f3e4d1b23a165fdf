import XCTest
import Postgres
import PostgresTestSupport

final class PostgresArrayLiteralTests: XCTestCase {
    func testQuotesAndEscapes() throws {
        XCTAssertEqual(try PostgresValue.arrayLiteral([]), "{}")
        XCTAssertEqual(try PostgresValue.arrayLiteral(["रूस", "a\"b", "c\\d", "NULL", "x,y"]),
                       #"{"रूस","a\"b","c\\d","NULL","x,y"}"#)
    }

    func testArraysTheServerWritesReadBackAsTheirElements() throws {
        try TestDatabase.withFresh { conn, _ in
            let elements = ["रूस", "उत्तर कोरिया", "a\"b", "c\\d", "NULL", "null", "x,y", "{z}", "", " lead", "NUL"]
            let row = try conn.query("SELECT $1::text[] AS list, '{}'::text[] AS empty, ARRAY['एक'] AS one",
                                     [.array(elements)])[0]
            XCTAssertEqual(try row.stringArray("list"), elements)
            XCTAssertEqual(try row.stringArray("empty"), [])
            XCTAssertEqual(try row.stringArray("one"), ["एक"])
        }
    }

    func testArraysThatAreNotListsOfTextAreRefusedByName() throws {
        try TestDatabase.withFresh { conn, _ in
            let row = try conn.query("""
                SELECT ARRAY['a', NULL] AS with_null, ARRAY[ARRAY['a'], ARRAY['b']] AS nested,
                       '[0:1]={a,b}'::text[] AS bounded, NULL::text[] AS missing, 'plain' AS word
                """)[0]
            for column in ["with_null", "nested", "bounded", "missing", "word"] {
                XCTAssertThrowsError(try row.stringArray(column), column) { error in
                    XCTAssertEqual((error as? PostgresError)?.code, .decoding)
                    XCTAssertTrue(String(reflecting: error).contains(column), String(reflecting: error))
                }
            }
        }
    }

    func testRowsReadByPositionMatchRowsReadByName() throws {
        try TestDatabase.withFresh { conn, _ in
            let rows = try conn.query("SELECT g::text AS number, 'पंक्ति ' || g AS label, NULL::text AS nothing FROM generate_series(1, 3) g")
            let label = try rows.position(of: "label"), nothing = try rows.position(of: "nothing")
            XCTAssertEqual(try rows.map { try $0.string(at: label) }, try rows.map { try $0.string("label") })
            XCTAssertEqual(try rows[2].string(at: label), "पंक्ति 3")
            XCTAssertThrowsError(try rows.position(of: "absent")) { error in
                XCTAssertTrue(String(reflecting: error).contains("absent"))
            }
            XCTAssertThrowsError(try rows[0].string(at: nothing)) { error in
                XCTAssertTrue(String(reflecting: error).contains("nothing"))
            }
            XCTAssertThrowsError(try rows[0].string(at: 7))
        }
    }
}
