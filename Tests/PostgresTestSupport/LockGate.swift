import Foundation
import Postgres
import Synchronization

/// A table lock held by a test, so that work writing that table in another session (another
/// process, typically) stops where the test can see it and goes on one turn at a time when the
/// test lets it. A fault test kills that work while it stands at the gate: it knows the work was
/// interrupted, and how far it had come, without guessing at a moment with a sleep.
///
/// While shut, the gate holds `LOCK TABLE <table> IN EXCLUSIVE MODE` in an open transaction:
/// other sessions still read the table, but one that writes it waits, and ``waiting()`` sees it
/// in `pg_locks`. ``letThrough()`` lets the sessions waiting now pass and shuts the gate behind
/// them: the gate's second session asks for the same lock (PostgreSQL queues the request behind
/// theirs), then the first session commits. The writers hold their lock to the end of their
/// transactions, so once the second session has the lock they have written and committed, and a
/// writer that arrived later waits again.
///
/// Example: kill a daemon while it waits to append its second batch to `events`
/// ```swift
/// let gate = try LockGate(url: url, table: "events")
/// try gate.waitForWaiters()   // the first batch is about to be appended
/// try gate.letThrough()       // it is appended, and committed
/// try gate.waitForWaiters()   // the second one waits
/// daemon.kill9()
/// try gate.open()
/// ```
public final class LockGate {
    public let table: String
    /// The session holding the lock while shut, and the one that takes it over at the next turn.
    private var holder: PostgresConnection
    private var spare: PostgresConnection
    /// Looks at `pg_locks` and `pg_stat_activity` outside any transaction, so it sees them as they are now.
    private let observer: PostgresConnection
    private let lockStatement: String
    private let gatePIDs: [Int32]
    public private(set) var isShut = false

    /// Connects three sessions to the database at `url` and shuts the gate on `table` (which must exist).
    public init(url: String, table: String) throws {
        self.table = table
        holder = try PostgresConnection.connect(url)
        spare = try PostgresConnection.connect(url)
        observer = try PostgresConnection.connect(url)
        gatePIDs = [holder.backendPID, spare.backendPID, observer.backendPID]
        lockStatement = try observer.query(
            "SELECT format('LOCK TABLE %I IN EXCLUSIVE MODE', $1::text) AS statement", [.text(table)])[0].string("statement")
        try shut()
    }

    deinit {
        for connection in [holder, spare, observer] { connection.close() }
    }

    /// Takes the lock: from now on, a session that writes the table waits.
    public func shut() throws {
        precondition(!isShut, "the gate on \(table) is shut already")
        try holder.query("BEGIN")
        try holder.query(lockStatement)
        isShut = true
    }

    /// Releases the lock: the sessions waiting go on, and so does everything after them.
    public func open() throws {
        precondition(isShut, "the gate on \(table) is open already")
        try holder.query("COMMIT")
        isShut = false
    }

    /// How many client sessions (not the gate's) wait for a lock on the table.
    public func waiting() throws -> Int {
        Int(try observer.query("""
            SELECT count(*) AS n FROM pg_locks
            WHERE locktype = 'relation' AND relation = $1::regclass AND NOT granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND pid <> ALL($2::int[])
              AND pid IN (SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend')
            """, [.text(table), .array(gatePIDs.map { String($0) })])[0].int64("n"))
    }

    /// Waits until at least one session waits at the shut gate.
    public func waitForWaiters(timeout: Duration = .seconds(60)) throws {
        try poll("a session waiting to write \(table)", timeout: timeout) { try waiting() > 0 }
    }

    /// Lets the sessions waiting now write and commit, and shuts the gate again behind them.
    public func letThrough(timeout: Duration = .seconds(60)) throws {
        precondition(isShut, "the gate on \(table) is open")
        // The pid is asked first: while the lock request waits, the connection is busy.
        let next = spare, nextPID = spare.backendPID, statement = lockStatement
        let failure = Failure()
        let locked = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            do {
                try next.query("BEGIN")
                try next.query(statement)
            } catch {
                failure.error.withLock { $0 = error }
            }
            locked.signal()
        }
        // The next holder's request must be queued behind the sessions waiting now before they may go.
        try poll("the gate's next lock request queued behind the waiting sessions", timeout: timeout) {
            try observer.query("""
                SELECT count(*) AS n FROM pg_locks WHERE locktype = 'relation' AND relation = $1::regclass AND NOT granted AND pid = $2
                """, [.text(table), .int(Int64(nextPID))])[0].int64("n") > 0
        }
        try holder.query("COMMIT")
        guard locked.wait(timeout: .now() + .seconds(Int(timeout.components.seconds))) == .success else {
            throw GateTimedOut(what: "the gate shut again behind the sessions let through")
        }
        if let error = failure.error.withLock({ $0 }) { throw error }
        (holder, spare) = (next, holder)
    }

    /// Client sessions on the database other than the gate's own and `others` (a process that was
    /// killed keeps its sessions until the server notices, which for one waiting at the gate is when it opens).
    public func otherSessions(besides others: [PostgresConnection] = []) throws -> Int {
        let known = gatePIDs + others.map(\.backendPID)
        return Int(try observer.query("""
            SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend'
              AND pid <> ALL($1::int[])
            """, [.array(known.map { String($0) })])[0].int64("n"))
    }

    /// Waits until no client session but the gate's own and `others` is connected to the database.
    public func waitForOtherSessionsToEnd(besides others: [PostgresConnection] = [], timeout: Duration = .seconds(60)) throws {
        try poll("the other sessions on the database to end", timeout: timeout) { try otherSessions(besides: others) == 0 }
    }

    /// Checks `condition` every 10 ms until it holds, failing after `timeout`.
    private func poll(_ what: String, timeout: Duration, _ condition: () throws -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while try !condition() {
            guard ContinuousClock.now < deadline else { throw GateTimedOut(what: what) }
            usleep(10_000)
        }
    }

    /// What went wrong taking the lock on the dispatch queue, if anything.
    private final class Failure: Sendable {
        let error = Mutex<(any Error)?>(nil)
    }

    public struct GateTimedOut: Error, CustomStringConvertible {
        public var what: String
        public var description: String { "timed out waiting for: \(what)" }
    }
}
