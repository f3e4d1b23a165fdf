import EmbeddedPostgres
import Foundation
import Postgres
import Testing

@Suite struct EmbeddedReplicaTests {
    /// Polls `condition` until it holds (a standby replays asynchronously); fails after 30 s.
    private func eventually(_ what: String, _ condition: () throws -> Bool) throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while try !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out waiting for: \(what)")
                return
            }
            usleep(20_000)
        }
    }

    @Test func aStandbyFollowsThePrimaryRefusesWritesAndIsRemoved() throws {
        let home = URL(fileURLWithPath: "/tmp/timeline-replica-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: home) }
        let primary = EmbeddedCluster(home: home, port: 5441, durability: .fastUnsafe)
        defer { try? primary.stop() }
        let replica = EmbeddedReplica(primary: primary, port: 5442)
        defer { try? replica.cluster.stop() }
        #expect(!replica.exists)
        #expect(throws: EmbeddedPostgresError.self) { try replica.start() }

        let source = try PostgresConnection.connect(try primary.start().url)
        defer { source.close() }
        try source.query("CREATE TABLE words (word text)")
        try source.query("INSERT INTO words VALUES ($1)", ["पहला"])

        let standby = try PostgresConnection.connect(try replica.create().url)
        defer { standby.close() }
        #expect(replica.exists)
        #expect(try standby.query("SELECT pg_is_in_recovery() AS r")[0].bool("r"))
        #expect(try standby.query("SELECT word FROM words")[0]["word"] == "पहला")
        let slot = try source.query("SELECT active FROM pg_replication_slots WHERE slot_name = $1", [.text(EmbeddedReplica.slotName)])
        #expect(slot.count == 1)

        // A later write on the primary arrives by streaming.
        try source.query("INSERT INTO words VALUES ($1)", ["दूसरा"])
        try eventually("the second word on the standby") {
            try standby.query("SELECT count(*) AS n FROM words")[0].int64("n") == 2
        }
        let refused = #expect(throws: PostgresError.self) { try standby.query("INSERT INTO words VALUES ($1)", ["तीसरा"]) }
        #expect(refused?.sqlState == "25006")  // read_only_sql_transaction
        #expect(throws: EmbeddedPostgresError.self) { try replica.create() }

        // Stopped and started again, it catches up from its slot.
        try replica.stop()
        try source.query("INSERT INTO words VALUES ($1)", ["तीसरा"])
        let again = try PostgresConnection.connect(try replica.start().url)
        defer { again.close() }
        try eventually("the word written while the standby was down") {
            try again.query("SELECT count(*) AS n FROM words")[0].int64("n") == 3
        }
        again.close()
        standby.close()

        try replica.remove()
        #expect(!replica.exists)
        #expect(try replica.status().isRunning == false)
    }
}
