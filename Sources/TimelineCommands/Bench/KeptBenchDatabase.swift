import ArgumentParser
import Foundation
import Postgres

/// `--keep-database NAME` of `bench query` and `bench reporting`: fill a named database once and
/// keep it, so that ten million rows (a quarter of an hour to write) are written once for both
/// benches and for repeated runs.
///
/// The database is marked with a comment (`timeline bench: rows=… actors=… layout=…`). A run finds
/// it filled with its sizes and reuses it, or fills it again (other sizes, rows laid out by an
/// older `timeline`, an interrupted fill).
/// A database without the mark is never touched: the name may be a real timeline database.
struct KeptBenchDatabaseOptions: ParsableArguments {
    @Option(name: .customLong("keep-database"), help: ArgumentHelp(
        "Fill this database instead of a scratch one, and keep it: a later run with the same --rows and --actors reuses it.",
        valueName: "name"))
    var name: String?

    /// Runs `body` on a database filled with `rows` synthetic timeline rows: the kept one when
    /// named, otherwise a scratch database, dropped afterwards.
    func withFilledDatabase<T>(_ database: DatabaseOptions, rows: Int, actors: Int,
                               _ body: (PostgresConnection, String) throws -> T) throws -> T {
        func fill(_ connection: PostgresConnection) throws {
            let start = ContinuousClock.now
            try SyntheticTimelineRows.fill(connection, rows: rows, actors: actors)
            print(String(format: "filled %d rows for %d actors in %.1f s", rows, actors, (ContinuousClock.now - start).seconds))
        }
        if let name {
            return try KeptBenchDatabase.with(name, options: database, rows: rows, actors: actors, fill: fill) { connection, server in
                print("server: \(server)")
                return try body(connection, server)
            }
        }
        return try database.withScratchDatabase { connection, server in
            print("server: \(server)")
            try fill(connection)
            return try body(connection, server)
        }
    }
}

/// The named bench database on the configured server.
struct KeptBenchDatabase {
    /// The comment that marks a filled bench database, and its sizes.
    static func mark(rows: Int, actors: Int) -> String {
        "timeline bench: rows=\(rows) actors=\(actors) layout=\(SyntheticTimelineRows.layout)"
    }
    static let markPrefix = "timeline bench:"

    struct NotABenchDatabase: Error, CustomStringConvertible {
        var name: String
        var description: String {
            "database \(name) exists and was not made by `timeline bench --keep-database`; it is left alone: choose another name"
        }
    }

    /// Runs `body` on the database `name`, filled by `fill` unless it already holds `rows` rows for `actors` actors.
    static func with<T>(_ name: String, options: DatabaseOptions, rows: Int, actors: Int,
                        fill: (PostgresConnection) throws -> Void,
                        _ body: (PostgresConnection, String) throws -> T) throws -> T {
        let server = try options.configuration()
        let admin = try PostgresConnection.connect(server)
        defer { admin.close() }
        let wanted = mark(rows: rows, actors: actors)
        let found = try admin.query("""
            SELECT shobj_description(d.oid, 'pg_database') AS mark FROM pg_database d WHERE d.datname = $1
            """, [.text(name)])
        // No row: no such database. A row: its comment, NULL when it has none.
        if let row = found.first, !(row["mark"] ?? "").hasPrefix(markPrefix) { throw NotABenchDatabase(name: name) }
        let reuse = found.first?["mark"] == wanted
        if !reuse {
            try admin.dropDatabase(name)
            try admin.createDatabase(name)
            try comment(admin, database: name, markPrefix + " filling")
        }
        let connection = try PostgresConnection.connect(server.withDatabase(name))
        defer { connection.close() }
        try options.migrator(for: connection).migrate()
        let description = "\(server.redactedDescription) (kept database \(name))"
        if reuse {
            print("reusing \(name), filled earlier with \(rows) rows for \(actors) actors")
        } else {
            try fill(connection)
            try comment(admin, database: name, wanted)
        }
        return try body(connection, description)
    }

    /// `COMMENT ON DATABASE` takes no bind parameters: the name and text go in as settings and
    /// are quoted by the server (`%I`, `%L`).
    private static func comment(_ admin: PostgresConnection, database: String, _ text: String) throws {
        try admin.query("SELECT set_config('timeline.bench_database', $1, false), set_config('timeline.bench_mark', $2, false)",
                        [.text(database), .text(text)])
        try admin.query("""
            DO $$ BEGIN
                EXECUTE format('COMMENT ON DATABASE %I IS %L', current_setting('timeline.bench_database'), current_setting('timeline.bench_mark'));
            END $$
            """)
    }
}
