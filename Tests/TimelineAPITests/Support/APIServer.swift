import ActorRecognition
import AsyncHTTPClient
import EventStore
import Foundation
import HindiTemporal
import Logging
import NIOCore
import NIOHTTP1
import Postgres
import PostgresTestSupport
import ServiceLifecycle
import Timelines
@testable import TimelineAPI

/// A real `timeline serve` (the service, in this process) on 127.0.0.1 and a free port, over a
/// fresh migrated database filled by the real ingest and projection; requests go over HTTP.
struct APIServer {
    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    }

    let base: String
    let databaseURL: String
    let connection: PostgresConnection
    let client: HTTPClient

    /// Ingests `articles` and catches the projection up.
    func ingest(_ articles: [Article]) throws {
        let (gazetteer, revision) = try GazetteerStore(connection: connection).prepared()
        let builder = DatedEventBuilder(recognizer: ActorRecognizer(gazetteer: gazetteer, model: nil), gazetteerRevision: revision)
        _ = try ArticleIngestor(connection: connection, builder: builder).ingest(articles)
        _ = try TimelineProjection(connection: connection).catchUp()
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> Reply {
        var request = HTTPClientRequest(url: base + path)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 16 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: String(buffer: body))
    }

    func post(_ path: String, form: String) async throws -> Reply {
        var request = HTTPClientRequest(url: base + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: form))
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: String(buffer: body))
    }

    /// Runs `body` against a server with `settings` (host and port are set here).
    static func with<T>(_ configure: (inout ServerSettings) throws -> Void = { _ in },
                        _ body: (APIServer) async throws -> T) async throws -> T {
        try await TestDatabase.withFresh { connection, url in
            _ = try Migrator(connection: connection, directory: sqlDirectory).migrate()
            _ = try GazetteerStore(connection: connection).prepared()
            var settings = ServerSettings()
            settings.port = 0
            settings.poolSize = 2
            try configure(&settings)
            let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
            let service = TimelineHTTPService(settings: settings, database: try PostgresConfiguration(url: url),
                                              logger: Logger(label: "test.serve")) { port in continuation.yield(port) }
            let group = ServiceGroup(configuration: .init(services: [.init(service: service)], logger: Logger(label: "test.group")))
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
            return try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                var iterator = ports.makeAsyncIterator()
                guard let port = await iterator.next() else { throw CancellationError() }
                let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
                let server = APIServer(base: "http://\(host):\(port)", databaseURL: url, connection: connection, client: client)
                do {
                    let result = try await body(server)
                    try await client.shutdown()
                    await group.triggerGracefulShutdown()
                    try await tasks.waitForAll()
                    return result
                } catch {
                    try? await client.shutdown()
                    await group.triggerGracefulShutdown()
                    try? await tasks.waitForAll()
                    throw error
                }
            }
        }
    }

    static let sqlDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sql")

    static func article(_ id: String, published: String, text: String) -> Article {
        Article(identifier: "https://fixtures.test/\(id)", url: "https://fixtures.test/\(id)", title: "शीर्षक \(id)",
                published: CalendarDay(iso: published)!, text: text, tags: [], source: "fixtures")
    }

    /// Articles written for these tests: Lavrov and Kim in several dated sentences.
    static let articles: [Article] = [
        article("pyongyang", published: "2025-07-13", text: """
            रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को प्योंगयांग में किम जोंग उन से मुलाकात की। \
            लावरोव ने कहा कि जून में दोनों देशों ने एक समझौता किया था।
            """),
        article("beijing", published: "2025-07-14", text: """
            लावरोव अगले महीने बीजिंग जाएंगे। लावरोव ने पिछले साल मॉस्को में वांग यी से बातचीत की थी।
            """),
        article("moscow", published: "2025-08-02", text: """
            सर्गेई लावरोव ने गुरुवार को मॉस्को में पत्रकारों से कहा कि बातचीत जारी रहेगी। \
            लावरोव 15 अगस्त को अलास्का जाएंगे। लावरोव ने 2024 में भी यही कहा था।
            """),
    ]
}
