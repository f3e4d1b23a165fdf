import AsyncHTTPClient
import CompressNIO
import Hummingbird
import Foundation
import NIOCore
import Postgres
import XCTest
@testable import TimelineAPI

/// Tokens, the read-only role, limits and gzip.
final class APISecurityTests: XCTestCase {
    private var tokenFile: URL!

    override func setUpWithError() throws {
        tokenFile = FileManager.default.temporaryDirectory.appendingPathComponent("tokens-\(UUID().uuidString)")
        try "# desk tokens\nfirst-token-0123456789\n\nsecond-token-9876543210\n".write(to: tokenFile, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: tokenFile)
    }

    func testWithTokensEveryRequestNeedsOne() async throws {
        let file = tokenFile.path
        try await APIServer.with({ $0.tokens = try AccessTokens(file: file) }) { server in
            let none = try await server.get("/v1/status")
            XCTAssertEqual(none.status, 401)
            XCTAssertEqual(none.headers.first(name: "www-authenticate"), "Bearer realm=\"timeline\"")
            XCTAssertEqual(none.json["type"] as? String, "/problems/unauthorized")
            let wrong = try await server.get("/v1/status", headers: [("Authorization", "Bearer first-token-012345678X")])
            XCTAssertEqual(wrong.status, 401)
            for token in ["first-token-0123456789", "second-token-9876543210"] {
                let right = try await server.get("/v1/status", headers: [("Authorization", "Bearer \(token)")])
                XCTAssertEqual(right.status, 200, right.body)
            }
            let actor = try await server.get("/v1/actors?q=Lavrov", headers: [("Authorization", "Bearer first-token-0123456789")])
            XCTAssertEqual(actor.headers.first(name: "cache-control"), "private, no-cache", "no shared cache keeps what needs a token")

            // A browser is sent to the sign-in form, and the form's cookie opens the pages.
            let page = try await server.get("/")
            XCTAssertEqual(page.status, 303)
            XCTAssertEqual(page.headers.first(name: "location"), "/login")
            let refused = try await server.post("/login", form: "token=guess-guess-guess-guess")
            XCTAssertEqual(refused.status, 401)
            let signedIn = try await server.post("/login", form: "token=second-token-9876543210")
            XCTAssertEqual(signedIn.status, 303)
            let cookie = try XCTUnwrap(signedIn.headers.first(name: "set-cookie"))
            XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie)
            XCTAssertFalse(cookie.contains("second-token"), "the cookie holds a digest, not the token")
            let value = String(cookie.split(separator: ";")[0])
            let home = try await server.get("/", headers: [("Cookie", value)])
            XCTAssertEqual(home.status, 200, home.body)
        }
    }

    func testTokenFilesAndAddressesAreChecked() throws {
        XCTAssertThrowsError(try AccessTokens(file: "/nonexistent/tokens"))
        let short = FileManager.default.temporaryDirectory.appendingPathComponent("short-\(UUID().uuidString)")
        try "# ok\ntoo-short\n".write(to: short, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: short) }
        XCTAssertThrowsError(try AccessTokens(file: short.path)) { error in
            XCTAssertTrue("\(error)".contains(":2:"), "names the line: \(error)")
        }
        var settings = ServerSettings()
        settings.host = "0.0.0.0"
        XCTAssertThrowsError(try settings.validate(), "beyond loopback without tokens")
        settings.insecurePublic = true
        XCTAssertNoThrow(try settings.validate())
        settings.insecurePublic = false
        settings.tokens = try AccessTokens(file: tokenFile.path)
        XCTAssertNoThrow(try settings.validate())
        XCTAssertTrue(ServerSettings.isLoopback("127.0.0.1") && ServerSettings.isLoopback("::1") && ServerSettings.isLoopback("127.3.0.9"))
        XCTAssertFalse(ServerSettings.isLoopback("10.0.0.1") || ServerSettings.isLoopback("127.0.0"))
    }

    func testTheServersConnectionsCannotWrite() async throws {
        try await APIServer.with { server in
            let url = server.databaseURL
            let pool = ReaderPool(configuration: try PostgresConfiguration(url: url), size: 1, logger: .init(label: "test"))
            let outcome = try await pool.read { connection -> String? in
                let role = try connection.query("SELECT current_user AS role")[0]
                XCTAssertEqual(try role.string("role"), "timeline_reader")
                do {
                    _ = try connection.query("INSERT INTO projection_checkpoints (projection, position) VALUES ('x', 1)")
                    return nil
                } catch let error as PostgresError {
                    return error.sqlState
                }
            }
            await pool.shutdown()
            XCTAssertNotNil(outcome, "the insert was refused")
            XCTAssertTrue(["42501", "25006"].contains(outcome ?? ""), "permission denied or read-only transaction: \(outcome ?? "")")
        }
    }

    func testLargeAnswersAreGzippedForClientsThatAcceptIt() async throws {
        try await APIServer.with { server in
            try server.ingest(APIServer.articles)
            let plain = try await server.get("/v1/actors/sergey-lavrov/timeline")
            XCTAssertNil(plain.headers.first(name: "content-encoding"))
            XCTAssertGreaterThan(plain.body.utf8.count, 1024)
            var request = HTTPClientRequest(url: server.base + "/v1/actors/sergey-lavrov/timeline")
            request.headers.add(name: "Accept-Encoding", value: "gzip")
            let response = try await server.client.execute(request, timeout: .seconds(30))
            XCTAssertEqual(response.headers.first(name: "content-encoding"), "gzip")
            XCTAssertEqual(response.headers.first(name: "vary"), "Accept-Encoding")
            var body = try await response.body.collect(upTo: 1 << 20)
            XCTAssertLessThan(body.readableBytes, plain.body.utf8.count / 2)
            let unzipped = try body.decompress(with: .gzip())
            XCTAssertEqual(String(buffer: unzipped), plain.body)
            XCTAssertFalse(GzipMiddleware<BasicRequestContext>.acceptsGzip("gzip;q=0"))
            XCTAssertTrue(GzipMiddleware<BasicRequestContext>.acceptsGzip("br, gzip;q=0.5"))
        }
    }

    func testALargeBodyIsRefused() async throws {
        try await APIServer.with { server in
            let reply = try await server.post("/v1/status", form: String(repeating: "x", count: 20_000))
            XCTAssertEqual(reply.status, 413, reply.body)
            XCTAssertEqual(reply.json["type"] as? String, "/problems/body-too-large")
        }
    }

    /// A query past the reader connections' statement timeout is cancelled by the server, and
    /// becomes a 503 problem.
    func testASlowQueryIsCancelledAndBecomesA503() async throws {
        try await APIServer.with { server in
            let pool = ReaderPool(configuration: try PostgresConfiguration(url: server.databaseURL), size: 1, statementTimeout: 200,
                                  logger: .init(label: "test"))
            do {
                _ = try await pool.read { try $0.query("SELECT pg_sleep(2)") }
                XCTFail("the statement timeout did not act")
            } catch {
                XCTAssertEqual((error as? PostgresError)?.sqlState, "57014", "\(error)")
                XCTAssertTrue(ProblemMiddleware<BasicRequestContext>.queryCancelled(error))
            }
            let after = try await pool.read { try $0.query("SELECT 1 AS one")[0].int64("one") }
            XCTAssertEqual(after, 1, "the connection is still usable")
            await pool.shutdown()
        }
    }

    func testAnOverlongURIIsRefused() async throws {
        try await APIServer.with { server in
            let reply = try await server.get("/v1/actors?q=" + String(repeating: "a", count: 9000))
            XCTAssertEqual(reply.status, 414, reply.body)
            XCTAssertEqual(reply.headers.first(name: "content-type"), "application/problem+json; charset=utf-8")
        }
    }
}
