import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Synchronization
import Testing

@Suite struct MigratorTests {
    /// A copy of the repository's sql/ directory that a test may edit.
    private func scratchSQL() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-sql-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: LogFixture.repositorySQL, to: directory)
        return directory
    }

    @Test func applyingTwiceIsANoOp() throws {
        try TestDatabase.withFresh { conn, _ throws in
            let migrator = Migrator(connection: conn, directory: LogFixture.repositorySQL)
            let first = try migrator.migrate()
            #expect(first.map(\.fileName) == LogFixture.repositorySQLFiles)
            #expect(Array(first.map(\.fileName).prefix(2)) == ["001_event_log.sql", "002_append_events.sql"])
            #expect(first.allSatisfy { $0.checksum.count == 64 })
            #expect(try migrator.migrate().isEmpty)
            #expect(try migrator.appliedMigrations() == first)
            #expect(try migrator.status().map(\.state) == first.map { .applied($0.appliedAt) })
        }
    }

    @Test func checksumIsTheSHA256OfTheFile() throws {
        try TestDatabase.withFresh { conn, _ throws in
            let applied = try Migrator(connection: conn, directory: LogFixture.repositorySQL).migrate()
            // Known vector: SHA-256("abc").
            let abc = try conn.query("SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS h", ["abc"])[0].string("h")
            #expect(abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
            let text = try String(contentsOf: LogFixture.repositorySQL.appendingPathComponent("001_event_log.sql"), encoding: .utf8)
            let expected = try conn.query("SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS h", [.text(text)])[0].string("h")
            #expect(applied[0].checksum == expected)
        }
    }

    @Test func editedAppliedFileIsRefusedByName() throws {
        let directory = try scratchSQL()
        defer { try? FileManager.default.removeItem(at: directory) }
        try TestDatabase.withFresh { conn, _ throws in
            let migrator = Migrator(connection: conn, directory: directory)
            try migrator.migrate()
            let file = directory.appendingPathComponent("002_append_events.sql")
            try (try String(contentsOf: file, encoding: .utf8) + "\n-- edited\n").write(to: file, atomically: true, encoding: .utf8)
            let error = #expect(throws: MigrationError.self) { try migrator.migrate() }
            #expect(error?.code == .checksumMismatch(file: "002_append_events.sql"))
            #expect(error?.description.contains("002_append_events.sql") == true)
            #expect(try migrator.status().first { $0.fileName == "002_append_events.sql" }?.state == .checksumMismatch)
        }
    }

    @Test func failingFileIsRolledBackAndNamed() throws {
        let directory = try scratchSQL()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "CREATE TABLE half_done (id int);\nSELECT no_such_function();\n"
            .write(to: directory.appendingPathComponent("003_broken.sql"), atomically: true, encoding: .utf8)
        try TestDatabase.withFresh { conn, _ throws in
            let migrator = Migrator(connection: conn, directory: directory)
            let error = #expect(throws: MigrationError.self) { try migrator.migrate() }
            #expect(error?.code == .failed(file: "003_broken.sql"))
            #expect(error?.underlying?.sqlState == "42883")
            #expect(try conn.query("SELECT to_regclass('half_done') IS NULL AS gone")[0].bool("gone"))
            #expect(try migrator.status().map(\.state).last == .pending)
            #expect(try migrator.appliedMigrations().count == 2)
        }
    }

    @Test func badlyNamedFileIsRefused() throws {
        let directory = try scratchSQL()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "SELECT 1;".write(to: directory.appendingPathComponent("extra.sql"), atomically: true, encoding: .utf8)
        try TestDatabase.withFresh { conn, _ throws in
            let error = #expect(throws: MigrationError.self) { try Migrator(connection: conn, directory: directory).migrate() }
            #expect(error?.code == .invalidFileName("extra.sql"))
        }
    }

    @Test func concurrentMigratorsTakeTurns() throws {
        try TestDatabase.withFresh { _, url throws in
            let applied = Mutex<[[String]]>([])
            let failures = Mutex<[String]>([])
            LogFixture.onThreads(4) { _ in
                do {
                    let conn = try PostgresConnection.connect(url)
                    defer { conn.close() }
                    let done = try Migrator(connection: conn, directory: LogFixture.repositorySQL).migrate().map(\.fileName)
                    applied.withLock { $0.append(done) }
                } catch {
                    failures.withLock { $0.append(String(describing: error)) }
                }
            }
            #expect(failures.withLock { $0 } == [])
            #expect(applied.withLock { $0.flatMap { $0 }.sorted() } == LogFixture.repositorySQLFiles, "each file applied once")
        }
    }

    @Test func sqlDirectoryLookupOrder() throws {
        let repository = LogFixture.repositorySQL.deletingLastPathComponent().path
        let fromFlag = try Migrator.locateSQLDirectory(explicit: "sql", environment: ["TIMELINE_SQL_DIR": "/nope"], currentDirectory: repository)
        #expect(fromFlag.path == repository + "/sql")
        let missingFlag = #expect(throws: MigrationError.self) { try Migrator.locateSQLDirectory(explicit: "/no/such/dir") }
        #expect(missingFlag?.description.contains("/no/such/dir") == true)
        let fromEnvironment = try Migrator.locateSQLDirectory(environment: ["TIMELINE_SQL_DIR": repository + "/sql"], currentDirectory: "/")
        #expect(fromEnvironment.path == repository + "/sql")
        let fromWorkingDirectory = try Migrator.locateSQLDirectory(environment: [:], currentDirectory: repository, executablePath: "/usr/bin/true")
        #expect(fromWorkingDirectory.path == repository + "/sql")
        let fromExecutable = try Migrator.locateSQLDirectory(
            environment: [:], currentDirectory: "/", executablePath: repository + "/.build/debug/timeline")
        #expect(fromExecutable.path == repository + "/sql")
        let nowhere = #expect(throws: MigrationError.self) {
            try Migrator.locateSQLDirectory(environment: [:], currentDirectory: "/", executablePath: "/usr/bin/true")
        }
        #expect(nowhere?.description.contains("/usr/bin/sql") == true)
        #expect(nowhere?.description.contains("TIMELINE_SQL_DIR") == true)
    }
}
