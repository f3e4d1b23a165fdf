import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct PostgresPreparedQueryTests {
    @Test func statementIsPreparedOnceAndReused() throws {
        try TestDatabase.withFresh { conn, _ throws in
            try conn.query("CREATE TABLE cities (name text, founded int)")
            let insert = "INSERT INTO cities (name, founded) VALUES ($1, $2) RETURNING name"
            #expect(try conn.queryPrepared(insert, [.text("जयपुर"), .int(1727)])[0]["name"] == "जयपुर")
            #expect(try conn.queryPrepared(insert, [.text("चंडीगढ़"), .null])[0]["name"] == "चंडीगढ़")
            let prepared = try conn.query("SELECT count(*) AS n FROM pg_prepared_statements WHERE statement = $1", [.text(insert)])
            #expect(try prepared[0].int64("n") == 1)
            #expect(try conn.query("SELECT count(*) AS n FROM cities WHERE founded IS NULL")[0].int64("n") == 1)
        }
    }

    @Test func aPreparedResultIsReadInPlaceAndTheStatementKept() throws {
        try TestDatabase.withFresh { conn, _ throws in
            try conn.query("CREATE TABLE cities (name text, founded int)")
            try conn.query("INSERT INTO cities VALUES ('जयपुर', 1727), ('उदयपुर', 1553), ('चंडीगढ़', NULL)")
            let select = "SELECT name FROM cities WHERE founded > $1 ORDER BY founded"
            for _ in 0..<3 {
                let names = try conn.withPreparedResult(select, [.int(1500)]) { result in
                    try (0..<result.count).map { try result.string(row: $0, at: 0) }
                }
                #expect(names == ["उदयपुर", "जयपुर"])
            }
            let prepared = try conn.query("SELECT count(*) AS n FROM pg_prepared_statements WHERE statement = $1", [.text(select)])
            #expect(try prepared[0].int64("n") == 1)
            #expect(throws: PostgresError.self) { try conn.withPreparedResult("SELECT nope FROM cities", []) { $0.count } }
        }
    }

    @Test func droppedStatementIsPreparedAgain() throws {
        try TestDatabase.withFresh { conn, _ throws in
            let select = "SELECT upper($1) AS word"
            #expect(try conn.queryPrepared(select, [.text("abc")])[0]["word"] == "ABC")
            try conn.query("DEALLOCATE ALL")
            #expect(try conn.queryPrepared(select, [.text("xyz")])[0]["word"] == "XYZ")
        }
    }

    @Test func binaryArraysOfDifferentLengthsUseOneStatement() throws {
        try TestDatabase.withFresh { conn, _ throws in
            let count = "SELECT cardinality($1::text[]) AS n, ($1::text[])[cardinality($1::text[])] AS last"
            for size in [1, 5, 1000] {
                let words = (1...size).map { "शब्द \($0)" }
                let row = try conn.queryPrepared(count, [.binaryArray(try .text(words))])[0]
                #expect(try row.int64("n") == Int64(size))
                #expect(row["last"] == "शब्द \(size)")
            }
        }
    }

    @Test func serverErrorsAreThrownAndTheConnectionStaysUsable() throws {
        try TestDatabase.withFresh { conn, _ throws in
            try conn.query("CREATE TABLE codes (code text PRIMARY KEY)")
            let insert = "INSERT INTO codes VALUES ($1)"
            try conn.queryPrepared(insert, [.text("दिल्ली")])
            let duplicate = #expect(throws: PostgresError.self) { try conn.queryPrepared(insert, [.text("दिल्ली")]) }
            #expect(duplicate?.sqlState == "23505")
            let syntax = #expect(throws: PostgresError.self) { try conn.queryPrepared("SELEC $1", [.text("x")]) }
            #expect(syntax?.sqlState == "42601")
            try conn.queryPrepared(insert, [.text("मुंबई")])
            #expect(try conn.query("SELECT count(*) AS n FROM codes")[0].int64("n") == 2)
            conn.close()
            let closed = #expect(throws: PostgresError.self) { try conn.queryPrepared(insert, [.text("पटना")]) }
            #expect(closed?.code == .connectionClosed)
        }
    }
}
