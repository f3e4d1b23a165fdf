import EventStore
import Foundation
import Postgres
import PostgresTestSupport

/// A migrated fresh database for event log tests.
enum LogFixture {
    static let repositorySQL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sql")

    /// The migration files of the repository, in the order they apply (other layers add theirs).
    static var repositorySQLFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: repositorySQL.path)) ?? [])
            .filter { $0.hasSuffix(".sql") }.sorted()
    }

    static func withLog<T>(_ body: (EventLog, PostgresConnection, String) throws -> T) throws -> T {
        try TestDatabase.withFresh { conn, url throws in
            try Migrator(connection: conn, directory: repositorySQL).migrate()
            return try body(EventLog(connection: conn), conn, url)
        }
    }

    static func withLog<T>(_ body: (EventLog, PostgresConnection, String) async throws -> T) async throws -> T {
        try await TestDatabase.withFresh { conn, url async throws in
            try Migrator(connection: conn, directory: repositorySQL).migrate()
            return try await body(EventLog(connection: conn), conn, url)
        }
    }

    /// A dated-event payload in Hindi.
    static func payload(_ number: Int) -> String {
        #"{"sentence": "\#(number) मार्च 2024 को दिल्ली में बैठक हुई", "date": "2024-03-\#(number % 28 + 1)", "n": \#(number)}"#
    }

    /// Runs `count` blocking jobs on their own threads and waits for all of them.
    static func onThreads(_ count: Int, _ job: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                job(index)
                group.leave()
            }
            thread.start()
        }
        group.wait()
    }

    /// Checks every 10 ms, for at most `timeout`, whether `sql` (which returns one count `n`) counts
    /// a row; returns whether it did. For what another session is doing (`pg_locks`, `pg_stat_activity`).
    static func waitUntil(
        _ observer: PostgresConnection, timeout: Duration = .seconds(30), _ sql: String, _ parameters: [PostgresValue] = []
    ) throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while try observer.query(sql, parameters)[0].int64("n") == 0 {
            guard ContinuousClock.now < deadline else { return false }
            usleep(10_000)
        }
        return true
    }

    /// Waits until the session with server process id `pid` waits for a lock; returns whether it did.
    static func waitUntilWaitingForALock(_ pid: Int32, observer: PostgresConnection) throws -> Bool {
        try waitUntil(observer, "SELECT count(*) AS n FROM pg_locks WHERE pid = $1 AND NOT granted", [.int(Int64(pid))])
    }

    static func count(_ conn: PostgresConnection) throws -> Int64 {
        try conn.query("SELECT count(*) AS n FROM events")[0].int64("n")
    }
}
