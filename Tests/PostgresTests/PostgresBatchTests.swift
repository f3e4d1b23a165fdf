import Postgres
import PostgresTestSupport
import Testing

@Suite struct PostgresBatchTests {
    @Test func pipelineReturnsOneResultPerParameterList() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE cities (id bigint PRIMARY KEY, name text)")
            let batches: [[PostgresValue]] = (1...1200).map { [.int(Int64($0)), .text("शहर \($0)")] }
            let results = try conn.pipeline("INSERT INTO cities VALUES ($1, $2) RETURNING id", batches)
            #expect(results.count == 1200)
            #expect(results.map { $0[0]["id"] } == (1...1200).map { String($0) })
            #expect(try conn.query("SELECT count(*) AS n FROM cities")[0].int64("n") == 1200)
        }
    }

    @Test func failingPipelineKeepsNothing() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE cities (id bigint PRIMARY KEY)")
            let batches: [[PostgresValue]] = [[1], [2], [2], [3]] + (4...800).map { [.int(Int64($0))] }
            let error = #expect(throws: PostgresError.self) { try conn.pipeline("INSERT INTO cities VALUES ($1)", batches) }
            #expect(error?.sqlState == "23505")
            #expect(try conn.query("SELECT count(*) AS n FROM cities")[0].int64("n") == 0)
            // The connection is usable afterwards.
            #expect(try conn.pipeline("INSERT INTO cities VALUES ($1)", [[10], [11]]).count == 2)
        }
    }

    @Test func copyInStoresSpecialCharactersAndNulls() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE notes (id int, body text, extra jsonb)")
            let rows: [[String?]] = [
                ["1", "टैब\tऔर\nनई पंक्ति \\ बैकस्लैश\r", #"{"a": "b"}"#],
                ["2", nil, nil],
                ["3", "\\N", "[]"],
            ]
            #expect(try conn.copyIn("COPY notes (id, body, extra) FROM STDIN", rows: rows) == 3)
            let stored = try conn.query("SELECT body, extra::text AS extra FROM notes ORDER BY id")
            #expect(stored[0]["body"] == "टैब\tऔर\nनई पंक्ति \\ बैकस्लैश\r")
            #expect(stored[0]["extra"] == #"{"a": "b"}"#)
            #expect(stored[1]["body"] == nil)
            #expect(stored[2]["body"] == "\\N")
        }
    }

    @Test func copyInOfManyRows() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE numbers (n bigint)")
            let copied = try conn.copyIn("COPY numbers FROM STDIN", rows: (1...50_000).lazy.map { [String($0)] })
            #expect(copied == 50_000)
            #expect(try conn.query("SELECT sum(n) AS total FROM numbers")[0].int64("total") == 1_250_025_000)
        }
    }

    @Test func copyInWithBadValueKeepsNothingAndReportsSQLState() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE numbers (n bigint)")
            let error = #expect(throws: PostgresError.self) {
                try conn.copyIn("COPY numbers FROM STDIN", rows: [["1"], ["दो"], ["3"]])
            }
            #expect(error?.sqlState == "22P02")
            let nul = #expect(throws: PostgresError.self) {
                try conn.copyIn("COPY numbers FROM STDIN", rows: [["1"], ["2\u{0}"]])
            }
            #expect(nul?.code == .copyFailed)
            #expect(try conn.query("SELECT count(*) AS n FROM numbers")[0].int64("n") == 0)
        }
    }

    @Test func copyInMakesCellsAsItSendsAndAnErrorThereKeepsNothing() throws {
        struct Refused: Error {}
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE cities (name text, state text)")
            let cities = [("लखनऊ", "उत्तर प्रदेश"), ("पटना", "बिहार")]
            #expect(try conn.copyIn("COPY cities FROM STDIN", rows: cities) { [$0.0, $0.1] } == 2)
            var made = 0
            #expect(throws: Refused.self) {
                try conn.copyIn("COPY cities FROM STDIN", rows: 1...100_000) { number -> [String?] in
                    made += 1
                    if number == 50_000 { throw Refused() }
                    return ["नगर \(number)", nil]
                }
            }
            #expect(made == 50_000, "no cells are made after the error")
            #expect(try conn.query("SELECT count(*) AS n FROM cities")[0].int64("n") == 2)
            #expect(try conn.query("SELECT 1 AS one")[0]["one"] == "1", "the connection is usable afterwards")
        }
    }
}
