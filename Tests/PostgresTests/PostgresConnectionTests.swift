import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct PostgresConnectionTests {
    @Test func boundValuesRoundTripInTheirTypes() throws {
        try TestDatabase.withFresh { conn, _ in
            let id = UUID()
            let moment = Date(timeIntervalSince1970: 1_709_634_030.123456)
            let rows = try conn.query(
                "SELECT $1::text AS word, $2::bigint + 1 AS next, $3::boolean AS flag, $4::float8 * 2 AS twice, "
                    + "$5::uuid AS id, $6::timestamptz AS moment, $7::text IS NULL AS missing, "
                    + "($8::jsonb)->>'शहर' AS city, octet_length($9::bytea) AS bytes, array_length($10::text[], 1) AS items, "
                    + "($10::text[])[2] AS second",
                [.text("सोमवार, 5 मार्च"), .int(41), .bool(true), .double(1.25), .uuid(id), .timestamp(moment), .null,
                 .json(#"{"शहर": "दिल्ली"}"#), .bytea([0, 1, 255]), .array(["a", #"b "quoted" \ back"#, nil])])
            let row = rows[0]
            #expect(row["word"] == "सोमवार, 5 मार्च")
            #expect(try row.int64("next") == 42)
            #expect(try row.bool("flag"))
            #expect(try row.double("twice") == 2.5)
            #expect(try row.uuid("id") == id)
            #expect(abs(try row.date("moment").timeIntervalSince1970 - moment.timeIntervalSince1970) < 0.000_001)
            #expect(try row.bool("missing"))
            #expect(row["city"] == "दिल्ली")
            #expect(try row.int64("bytes") == 3)
            #expect(try row.int64("items") == 3)
            #expect(row["second"] == #"b "quoted" \ back"#)
            #expect(rows.columns.first == "word")
        }
    }

    @Test func typedAccessorNamesTheColumnOnBadValues() throws {
        try TestDatabase.withFresh { conn, _ in
            let row = try conn.query("SELECT 'abc' AS word, NULL::int AS nothing")[0]
            let notNumber = #expect(throws: PostgresError.self) { try row.int64("word") }
            #expect(notNumber?.code == .decoding)
            #expect(String(reflecting: notNumber!).contains("word"))
            let null = #expect(throws: PostgresError.self) { try row.int64("nothing") }
            #expect(String(reflecting: null!).contains("NULL"))
        }
    }

    @Test func serverErrorCarriesSQLStateAndStatementButNotTheBoundValues() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE people (name text PRIMARY KEY)")
            try conn.query("INSERT INTO people VALUES ($1)", ["गुप्त-मूल्य"])
            let error = #expect(throws: PostgresError.self) {
                try conn.query("INSERT INTO people VALUES ($1)", ["गुप्त-मूल्य"])
            }
            #expect(error?.code == .server)
            #expect(error?.sqlState == "23505")
            #expect(error?.statement == "INSERT INTO people VALUES ($1)")
            #expect(error?.description.contains("23505") == true)
            #expect(error?.description.contains("गुप्त") == false)
            // The server's DETAIL quotes the key; only debugDescription shows it, never the statement or message.
            #expect(error?.message.contains("गुप्त") == false)
            #expect(error?.statement?.contains("गुप्त") == false)
        }
    }

    @Test func nulByteInAValueIsRefusedNotTruncated() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE notes (body text)")
            let error = #expect(throws: PostgresError.self) {
                try conn.query("INSERT INTO notes VALUES ($1)", [.text("पहला\u{0}दूसरा")])
            }
            #expect(error?.code == .invalidParameter)
            #expect(try conn.query("SELECT count(*) AS n FROM notes")[0].int64("n") == 0)
        }
    }

    @Test func transactionCommitsOnReturnAndRollsBackOnThrow() throws {
        struct Abort: Error {}
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE cities (name text)")
            try conn.transaction { try $0.query("INSERT INTO cities VALUES ($1)", ["जयपुर"]) }
            #expect(throws: Abort.self) {
                try conn.transaction { conn in
                    try conn.query("INSERT INTO cities VALUES ($1)", ["पुणे"])
                    throw Abort()
                }
            }
            // A swallowed statement error must not turn into a silent rollback reported as success.
            let aborted = #expect(throws: PostgresError.self) {
                try conn.transaction { conn in
                    try conn.query("INSERT INTO cities VALUES ($1)", ["शिमला"])
                    _ = try? conn.query("SELECT 1/0")
                }
            }
            #expect(aborted?.sqlState == "25P02")
            let names = try conn.query("SELECT name FROM cities ORDER BY name").map { $0["name"] }
            #expect(names == ["जयपुर"])
        }
    }

    @Test func nestedTransactionRollsBackOnlyItsSavepoint() throws {
        struct Abort: Error {}
        try TestDatabase.withFresh { conn, _ in
            try conn.query("CREATE TABLE cities (name text)")
            try conn.transaction { conn in
                try conn.query("INSERT INTO cities VALUES ($1)", ["भोपाल"])
                _ = try? conn.transaction { conn in
                    try conn.query("INSERT INTO cities VALUES ($1)", ["इंदौर"])
                    throw Abort()
                }
            }
            #expect(try conn.query("SELECT name FROM cities").map { $0["name"] } == ["भोपाल"])
        }
    }

    @Test func preparedStatementRunsWithDifferentValues() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.prepare("double_it", "SELECT $1::bigint * 2 AS doubled")
            #expect(try conn.executePrepared("double_it", [.int(21)])[0].int64("doubled") == 42)
            #expect(try conn.executePrepared("double_it", [.int(-4)])[0].int64("doubled") == -8)
            let missing = #expect(throws: PostgresError.self) { try conn.executePrepared("no_such_statement", []) }
            #expect(missing?.sqlState == "26000")
        }
    }

    @Test func noticesDoNotInterfereWithResults() throws {
        try TestDatabase.withFresh { conn, _ in
            let rows = try conn.executeScript("DO $$ BEGIN RAISE NOTICE 'सूचना'; END $$; SELECT 7 AS n")
            #expect(try rows[0].int64("n") == 7)
        }
    }

    @Test func closedConnectionThrowsAndClosingTwiceIsHarmless() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let conn = try PostgresConnection.connect(url)
        #expect(conn.isOpen)
        conn.close()
        conn.close()
        #expect(!conn.isOpen)
        let error = #expect(throws: PostgresError.self) { try conn.query("SELECT 1") }
        #expect(error?.code == .connectionClosed)
    }

    @Test func unreachableServerIsAConnectionError() throws {
        let error = #expect(throws: PostgresError.self) {
            try PostgresConnection.connect("host=/nonexistent/socket/dir port=5999 dbname=x connect_timeout=2")
        }
        #expect(error?.code == .connectionFailed)
        #expect(String(reflecting: error!).contains("/nonexistent/socket/dir"))
    }

    @Test func unknownRoleIsRefusedWithoutLeakingThePassword() throws {
        let configuration = try TestDatabase.serverConfiguration()
            .setting("user", to: "no_such_role").setting("password", to: "s3cret-पासवर्ड")
        let error = #expect(throws: PostgresError.self) { try PostgresConnection.connect(configuration) }
        #expect(error?.code == .connectionFailed)
        #expect(String(reflecting: error!).contains("no_such_role"))
        #expect(!String(reflecting: error!).contains("s3cret"))
        #expect(!configuration.redactedDescription.contains("s3cret"))
    }

    @Test func fullConnectionCycleLeavesNoServerSessions() throws {
        try TestDatabase.withFresh { admin, url in
            for _ in 0..<50 {
                let conn = try PostgresConnection.connect(url)
                try conn.query("SELECT 1")
                conn.close()
            }
            // Connections released without close() are finished when the object goes away.
            for _ in 0..<20 { _ = try PostgresConnection.connect(url) }
            let others = try admin.query(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
            var remaining = try others[0].int64("n")
            var waited = 0
            while remaining > 0 && waited < 50 {  // backends exit asynchronously after the client hangs up
                Thread.sleep(forTimeInterval: 0.05)
                waited += 1
                remaining = try admin.query(
                    "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")[0].int64("n")
            }
            #expect(remaining == 0)
        }
    }

    /// The drop runs on the dropper's thread; once it has caught up, the database is gone.
    @Test func withFreshDropsItsDatabase() throws {
        let name = try TestDatabase.withFresh { conn, _ in try conn.query("SELECT current_database() AS db")[0].string("db") }
        TestDatabase.finishDrops()
        let admin = try PostgresConnection.connect(try TestDatabase.serverConfiguration())
        defer { admin.close() }
        #expect(try admin.query("SELECT count(*) AS n FROM pg_database WHERE datname = $1", [.text(name)])[0].int64("n") == 0)
    }
}
