import EmbeddedPostgres
import Foundation
import Postgres
import Testing

@Suite struct EmbeddedClusterTests {
    @Test func startReuseStatusAndStop() throws {
        let home = URL(fileURLWithPath: "/tmp/timeline-cluster-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: home) }
        let cluster = EmbeddedCluster(home: home, port: 5439, durability: .fastUnsafe)
        defer { try? cluster.stop() }
        #expect(try cluster.status().isInitialized == false)

        let first = try cluster.start()
        #expect(first.url.hasPrefix("postgresql://postgres@/postgres?host=/"))
        let conn = try PostgresConnection.connect(first.url)
        #expect(try conn.query("SELECT current_setting('random_page_cost') AS cost")[0]["cost"] == "1.1")
        let locale = try conn.query("SELECT datcollate, datctype FROM pg_database WHERE datname = current_database()")[0]
        #expect(locale["datcollate"] == "C" && locale["datctype"] == "C.UTF-8")
        let sorted = try conn.query("SELECT array_agg(w ORDER BY w)::text AS words FROM unnest(ARRAY['रूस', 'Zed', 'अमेरिका', 'abc']) w")
        #expect(sorted[0]["words"] == "{Zed,abc,अमेरिका,रूस}")
        let buffers = try conn.query("SELECT setting::bigint * 8 / 1024 AS mb FROM pg_settings WHERE name = 'shared_buffers'")
        #expect(try buffers[0].int64("mb") == Int64(ServerSettings(durability: .fastUnsafe).sharedBuffersMegabytes))
        try conn.query("CREATE TABLE kept (word text)")
        try conn.query("INSERT INTO kept VALUES ($1)", ["स्थायी"])
        conn.close()

        let running = try cluster.status()
        #expect(running.isRunning)
        #expect(running.pid != nil)
        #expect(running.dataDirectory.hasSuffix("/data"))
        #expect(FileManager.default.fileExists(atPath: running.dataDirectory + "/PG_VERSION"))

        let second = try cluster.start()
        #expect(second == first)
        #expect(try cluster.status().pid == running.pid)  // reuse: the same server, not a new initdb or start

        try cluster.stop()
        #expect(try cluster.status().isRunning == false)
        #expect(throws: PostgresError.self) { try PostgresConnection.connect(first.url) }

        let restarted = try PostgresConnection.connect(try cluster.start().conninfo)
        defer { restarted.close() }
        #expect(try restarted.query("SELECT word FROM kept")[0]["word"] == "स्थायी")
    }

    @Test func serverSettingsScaleTheCacheWithMemoryAndKeepDurability() {
        let gigabyte: UInt64 = 1 << 30
        #expect(ServerSettings(durability: .durable, physicalMemory: 512 << 20).sharedBuffersMegabytes == 128)
        #expect(ServerSettings(durability: .durable, physicalMemory: 4 * gigabyte).sharedBuffersMegabytes == 512)
        #expect(ServerSettings(durability: .durable, physicalMemory: 64 * gigabyte).sharedBuffersMegabytes == 1024)
        let durable = ServerSettings(durability: .durable, physicalMemory: 16 * gigabyte).options
        #expect(durable == ["shared_buffers=1024MB", "random_page_cost=1.1", "work_mem=16MB", "jit=off"])
        #expect(!durable.contains { $0.hasPrefix("fsync") || $0.hasPrefix("synchronous_commit") || $0.hasPrefix("full_page_writes") })
        #expect(ServerSettings(durability: .fastUnsafe, physicalMemory: 16 * gigabyte).options.contains("fsync=off"))
    }

    @Test func defaultHomePrefersTheEnvironment() {
        #expect(EmbeddedCluster.defaultHome(environment: ["TIMELINE_HOME": "/srv/timeline"]).path == "/srv/timeline")
        #expect(EmbeddedCluster.defaultHome(environment: [:]).path.hasSuffix(".local/share/timeline"))
    }
}
