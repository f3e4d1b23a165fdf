import Dispatch
import Foundation
import Postgres
import Synchronization

/// Events after a position, forever: `for try await event in log.tail(after: 0, connectionFactory: ...)`.
///
/// Each iterator owns one connection (made lazily by the factory) that LISTENs on
/// ``EventLog/notificationChannel``. When caught up it waits for a notification or `pollInterval`,
/// whichever comes first, then reads again, so a missed notification delays but never loses events.
/// Events arrive in position order, each once. Blocking libpq calls run on a private dispatch queue.
/// The sequence ends (returns nil) when the consuming task is cancelled; a database error ends it by
/// throwing, and a new tail can resume from the last position seen.
public struct EventTail: AsyncSequence, Sendable {
    public typealias Element = RecordedEvent

    let start: Int64
    let connectionFactory: @Sendable () throws -> PostgresConnection
    let pollInterval: Duration

    init(after start: Int64, connectionFactory: @escaping @Sendable () throws -> PostgresConnection, pollInterval: Duration) {
        self.start = start
        self.connectionFactory = connectionFactory
        self.pollInterval = pollInterval
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(session: TailSession(connectionFactory: connectionFactory, pollInterval: pollInterval), cursor: start)
    }

    /// Reads ahead in batches of up to 1,000 events.
    public struct Iterator: AsyncIteratorProtocol {
        let session: TailSession
        var cursor: Int64
        var buffer: [RecordedEvent] = []
        var index = 0

        init(session: TailSession, cursor: Int64) {
            self.session = session
            self.cursor = cursor
        }

        public mutating func next() async throws -> RecordedEvent? {
            while index >= buffer.count {
                if Task.isCancelled { return nil }
                buffer = try await session.fetch(after: cursor)
                index = 0
            }
            let event = buffer[index]
            index += 1
            cursor = event.position
            return event
        }
    }
}

/// The connection and blocking work behind one ``EventTail/Iterator``.
final class TailSession: Sendable {
    let connectionFactory: @Sendable () throws -> PostgresConnection
    let pollInterval: Duration
    let connection = Mutex<PostgresConnection?>(nil)
    let queue = DispatchQueue(label: "timeline.event-tail")

    init(connectionFactory: @escaping @Sendable () throws -> PostgresConnection, pollInterval: Duration) {
        self.connectionFactory = connectionFactory
        self.pollInterval = pollInterval
    }

    func fetch(after cursor: Int64) async throws -> [RecordedEvent] {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try self.fetchBlocking(after: cursor) })
            }
        }
    }

    private func fetchBlocking(after cursor: Int64) throws -> [RecordedEvent] {
        let conn = try connection.withLock { (current: inout PostgresConnection?) throws -> PostgresConnection in
            if let current { return current }
            let made = try connectionFactory()
            try made.listen(EventLog.notificationChannel)
            current = made
            return made
        }
        do {
            var events = try EventReader.read(conn, after: cursor, limit: 1000)
            if events.isEmpty {
                _ = try conn.waitForNotifications(timeout: pollInterval)
                events = try EventReader.read(conn, after: cursor, limit: 1000)
            }
            return events
        } catch {
            connection.withLock { current in
                current?.close()
                current = nil
            }
            throw error
        }
    }

    deinit {
        connection.withLock { $0?.close() }
    }
}
