import EventStore
import Postgres
import Testing

@Suite struct EventLogImmutabilityTests {
    @Test func updateDeleteAndTruncateAreRefusedEvenForTheOwner() throws {
        try LogFixture.withLog { log, conn, _ throws in
            try log.append(to: "actor:भारत", [NewEvent(type: "A", data: #"{"a": 1}"#)], expected: .noStream)
            let statements = [
                "UPDATE events SET data = '{}'::jsonb",
                "DELETE FROM events",
                "TRUNCATE events",
                "UPDATE events SET data = '{}'::jsonb WHERE false",
            ]
            for sql in statements {
                let error = #expect(throws: PostgresError.self) { try conn.query(sql) }
                #expect(error?.sqlState == "EL001")
                #expect(error?.message.contains("append-only") == true)
            }
            #expect(try conn.query("SELECT current_user = tableowner::text AS owner FROM pg_tables WHERE tablename = 'events'")[0].bool("owner"))
            let stored = try log.readStream("actor:भारत")
            #expect(stored.map(\.data) == [#"{"a": 1}"#])
        }
    }
}
