import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Testing

/// `sql/citus/distribute.sql` against the catalog of a freshly migrated database: every table
/// placed, and the keys and foreign keys each placement needs. Citus itself is not needed (nor
/// installed here): the checks are the rules it applies when a table is distributed.
@Suite struct DistributionScriptTests {
    static let scriptURL = LogFixture.repositorySQL.appendingPathComponent("citus").appendingPathComponent("distribute.sql")

    private func repositoryScript() throws -> DistributionScript {
        try DistributionScript.parse(try String(contentsOf: Self.scriptURL, encoding: .utf8))
    }

    @Test func migratedSchemaKeepsEveryRuleOfTheScript() throws {
        let script = try repositoryScript()
        try TestDatabase.withFresh { conn, _ throws in
            let applied = try Migrator(connection: conn, directory: LogFixture.repositorySQL).migrate().map(\.fileName)
            #expect(applied == LogFixture.repositorySQLFiles, "sql/citus/ is no migration")
            let catalog = try SchemaCatalog.read(conn)
            #expect(DistributionCheck.problems(script, catalog) == [])
            #expect(catalog.tables.contains("reporting.cameo_roots"), "the catalog covers schemas other than public")
        }
    }

    @Test func readModelIsSpreadByActorStreamAndEvent() throws {
        let script = try repositoryScript()
        #expect(script.placement(of: "public.timeline_entries") == .distributed(column: "actor_id", colocation: .own))
        #expect(script.placement(of: "public.timeline_entry_history")
                == .distributed(column: "actor_id", colocation: .with("public.timeline_entries")))
        #expect(script.placement(of: "public.timeline_articles") == .distributed(column: "stream_id", colocation: .own))
        #expect(script.placement(of: "public.event_mentions") == .distributed(column: "event_id", colocation: .own))
        #expect(script.placement(of: "public.actors") == .reference)
        #expect(script.placement(of: "public.events") == .coordinator)
        #expect(script.droppedTriggers["public.timeline_entries"]
                == ["timeline_entries_fill_article", "actor_counts_insert", "actor_counts_update", "actor_counts_delete"])
        #expect(script.droppedTriggers["public.event_mentions"] == ["event_rows_insert", "event_rows_update", "event_rows_delete"])
        #expect(script.droppedTables == ["public.actor_month_counts", "public.actor_pair_counts",
                                         "public.provisional_actor_counts", "public.article_day_counts", "public.event_rows"])
    }

    /// The log stays on the coordinator, but its keys are the ones it would need if spread by
    /// stream: each includes stream_id (sql/160_log_stream_keys.sql).
    @Test func everyKeyOfTheLogIncludesItsStream() throws {
        try TestDatabase.withFresh { conn, _ throws in
            _ = try Migrator(connection: conn, directory: LogFixture.repositorySQL).migrate()
            let keys = try SchemaCatalog.read(conn).keys.filter { $0.table == "public.events" }
            #expect(Set(keys.map(\.name)) == ["events_pkey", "events_event_id_key", "events_stream_version_key"])
            for key in keys { #expect(key.columns.contains("stream_id"), "\(key.name) (\(key.columns))") }
            #expect(keys.first { $0.name == "events_pkey" }?.columns.first == "position", "readers still range-scan by position")
        }
    }

    @Test func checkNamesWhatCitusWouldRefuse() throws {
        try TestDatabase.withFresh { conn, _ throws in
            try conn.executeScript("""
                CREATE TABLE kinds (kind text PRIMARY KEY);
                CREATE TABLE orders (shop text NOT NULL, id text PRIMARY KEY, kind text REFERENCES kinds (kind));
                CREATE UNIQUE INDEX orders_by_id ON orders (id) INCLUDE (shop);
                CREATE TABLE lines (shop bigint, order_id text REFERENCES orders (id), UNIQUE (shop, order_id));
                CREATE TABLE labels (id text PRIMARY KEY, order_id text REFERENCES orders (id));
                CREATE TABLE forgotten (id bigint GENERATED ALWAYS AS IDENTITY);
                CREATE TABLE counters (id integer GENERATED ALWAYS AS IDENTITY, kind text REFERENCES kinds (kind));
                CREATE FUNCTION nothing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
                CREATE TRIGGER orders_nothing AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION nothing();
                CREATE TRIGGER orders_dropped AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION nothing();
                """)
            let script = try DistributionScript.parse("""
                -- SELECT create_reference_table('forgotten');  (a comment places nothing)
                DROP TRIGGER IF EXISTS orders_dropped ON orders;
                SELECT create_reference_table('labels');
                SELECT create_reference_table('counters');
                SELECT create_distributed_table('lines', 'shop', colocate_with => 'orders');
                SELECT create_distributed_table('orders', 'shop', colocate_with => 'none');
                -- coordinator only: kinds
                -- coordinator only: ghost
                """)
            let problems = DistributionCheck.problems(script, try SchemaCatalog.read(conn))
            #expect(problems.sorted() == [
                "public.counters.id draws from a sequence but is integer, not bigint",
                "public.counters: foreign key counters_kind_fkey to public.kinds: a reference table may reference reference tables only",
                "public.forgotten is not named in the script",
                "public.ghost is named in the script but is no table of the database",
                "public.labels: foreign key labels_order_id_fkey to public.orders references a table placed after it",
                "public.labels: foreign key labels_order_id_fkey to public.orders: a reference table may reference reference tables only",
                "public.lines is colocated with public.orders, which is distributed after it",
                "public.lines.shop is bigint, public.orders.shop is text: they cannot be colocated",
                "public.lines: foreign key lines_order_id_fkey to public.orders does not pair shop with shop",
                "public.lines: foreign key lines_order_id_fkey to public.orders references a table placed after it",
                "public.orders keeps trigger orders_nothing, which Citus refuses",
                "public.orders: foreign key orders_kind_fkey to public.kinds crosses between the coordinator's own tables and Citus tables",
                "public.orders: primary key orders_pkey (id) does not include shop",
                "public.orders: unique index orders_by_id (id) does not include shop",
            ].sorted())
        }
    }

    @Test func aTablePlacedTwiceIsRefused() {
        #expect(throws: DistributionScript.ParseError.self) {
            try DistributionScript.parse("""
                SELECT create_reference_table('actors');
                -- coordinator only: actors
                """)
        }
    }
}
