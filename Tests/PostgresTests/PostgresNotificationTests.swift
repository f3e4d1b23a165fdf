import Postgres
import PostgresTestSupport
import Testing

@Suite struct PostgresNotificationTests {
    @Test func notificationRoundTrip() throws {
        try TestDatabase.withFresh { sender, url in
            let listener = try PostgresConnection.connect(url)
            defer { listener.close() }
            try listener.listen("timeline_news")
            try sender.notify("timeline_news", payload: "नई खबर")
            let received = try listener.waitForNotifications(timeout: .seconds(5))
            #expect(received.map(\.payload) == ["नई खबर"])
            #expect(received.first?.channel == "timeline_news")
            #expect(received.first?.senderPID == sender.backendPID)
        }
    }

    @Test func notificationsInsideATransactionArriveAtCommit() throws {
        try TestDatabase.withFresh { sender, url in
            let listener = try PostgresConnection.connect(url)
            defer { listener.close() }
            try listener.listen("timeline_news")
            try sender.transaction { conn in
                try conn.notify("timeline_news", payload: "1")
                try conn.notify("timeline_news", payload: "2")
                #expect(try listener.waitForNotifications(timeout: .milliseconds(200)).isEmpty)
            }
            var payloads: [String] = []
            while payloads.count < 2 {
                let batch = try listener.waitForNotifications(timeout: .seconds(5))
                if batch.isEmpty { break }
                payloads += batch.map(\.payload)
            }
            #expect(payloads == ["1", "2"])
        }
    }

    @Test func waitingWithoutNotificationsTimesOutEmpty() throws {
        try TestDatabase.withFresh { conn, _ in
            try conn.listen("quiet_channel")
            let start = ContinuousClock.now
            #expect(try conn.waitForNotifications(timeout: .milliseconds(150)).isEmpty)
            #expect(ContinuousClock.now - start >= .milliseconds(140))
        }
    }

    @Test func channelThatIsNotAPlainIdentifierIsRefused() throws {
        try TestDatabase.withFresh { conn, _ in
            for name in ["", "news; DROP TABLE x", "a\"b", "9lives", String(repeating: "x", count: 64), "समाचार"] {
                let error = #expect(throws: PostgresError.self) { try conn.listen(name) }
                #expect(error?.code == .invalidIdentifier)
            }
        }
    }
}
