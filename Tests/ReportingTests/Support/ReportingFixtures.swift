import ActorRecognition
import EventStore
import Foundation
import HindiTemporal
import Postgres
import PostgresTestSupport
import Synchronization
import Timelines

/// Articles written for the reporting tests, and helpers to build a reporting database from them.
enum ReportingFixtures {
    /// The repository root, found from this source file's location.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func migrate(_ connection: PostgresConnection) throws {
        _ = try Migrator(connection: connection, directory: repositoryRoot.appendingPathComponent("sql")).migrate()
    }

    /// Ingests `articles` through the Timelines API and brings the projection up to date.
    static func ingest(_ articles: [Article], into connection: PostgresConnection) throws {
        let (gazetteer, revision) = try GazetteerStore(connection: connection).prepared()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer), gazetteerRevision: revision)
        try ArticleIngestor(connection: connection, builder: builder).ingest(articles)
        try catchUp(connection)
    }

    /// Applies the log up to its head. The projection reads only events older than every
    /// transaction in flight on the server (the snapshot's xmin is cluster-wide), so while another
    /// database of a shared test server runs a long transaction it waits, here for up to two minutes.
    static func catchUp(_ connection: PostgresConnection) throws {
        let projection = TimelineProjection(connection: connection)
        // Every committed event, also those EventLog.headPosition() does not show yet.
        let head = try connection.query("SELECT coalesce(max(position), 0) AS head FROM events")[0].int64("head")
        let deadline = ContinuousClock.now + .seconds(120)
        try projection.catchUp()
        while try projection.checkpoint() < head {
            guard ContinuousClock.now < deadline else {
                throw ProjectionLag(position: try projection.checkpoint(), head: head)
            }
            Thread.sleep(forTimeInterval: 0.2)
            try projection.catchUp()
        }
    }

    struct ProjectionLag: Error, CustomStringConvertible {
        var position: Int64
        var head: Int64
        var description: String { "the projection stayed at \(position) of \(head) for two minutes (a long transaction on the server?)" }
    }

    static func article(_ id: String, title: String, published: String, source: String, text: String) -> Article {
        Article(identifier: "https://reporting.test/\(id)", url: "https://reporting.test/\(id)", title: title,
                published: CalendarDay(iso: published)!, text: text, source: source)
    }

    /// Published Monday 2025-03-10: Saturday is 2025-03-08, next month is April; a spokesman not in the gazetteer.
    static let beijing = article("beijing", title: "जयशंकर बीजिंग में", published: "2025-03-10", source: "alpha", text: """
        विदेश मंत्री एस जयशंकर ने शनिवार को बीजिंग में वांग यी से मुलाकात की। \
        प्रवक्ता रमेश कुलकर्णी ने कहा कि अगले महीने एक समझौता होगा।
        """)

    /// Published Wednesday 2025-03-12: Monday is 2025-03-10; "अभी" cannot be placed on the calendar.
    static let phone = article("phone", title: "लावरोव और वांग यी की बात", published: "2025-03-12", source: "beta", text: """
        रूस ने बताया कि विदेश मंत्री सर्गेई लावरोव ने सोमवार को वांग यी से फोन पर बात की। अभी कोई तारीख तय नहीं है।
        """)

    /// Published 2025-03-15: a date ("आज") but no actor, so no dated event.
    static let market = article("market", title: "बाजार", published: "2025-03-15", source: "alpha", text: "बाजार में आज भीड़ रही।")

    static let all = [beijing, phone, market]

    /// Every row of `sql` as text cells.
    static func rows(_ connection: PostgresConnection, _ sql: String, _ parameters: [PostgresValue] = []) throws -> [[String?]] {
        try connection.query(sql, parameters).map(\.values)
    }
}

/// A login role in `timeline_analyst` set up like `timeline db grant-analyst` does, dropped afterwards.
enum AnalystLogin {
    private static let counter = Atomic<Int>(0)

    /// Runs `body` with a connection as a fresh analyst role to the database at `url`.
    static func with<T>(url: String, admin: PostgresConnection, _ body: (PostgresConnection, String) throws -> T) throws -> T {
        let name = "analyst_\(getpid())_\(counter.add(1, ordering: .relaxed).newValue)"
        try admin.createLoginRole(name)
        defer { try? admin.dropRole(name) }
        try admin.grantRole("timeline_analyst", to: name)
        try admin.setRoleDefault(name, parameter: "default_transaction_read_only", value: "on")
        let configuration = try PostgresConfiguration(url: url).setting("user", to: name)
        let connection = try PostgresConnection.connect(configuration)
        defer { connection.close() }
        return try body(connection, name)
    }
}
