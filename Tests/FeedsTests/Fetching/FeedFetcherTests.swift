import Foundation
import Testing
@testable import Feeds
import HTTPTestSupport

/// Runs the fetcher against a real HTTP server on 127.0.0.1 (see ``TestHTTPServer``).
@Suite struct FeedFetcherTests {
    static let etag = "\"v1\""
    static let lastModified = "Sun, 13 Jul 2025 04:00:00 GMT"
    static let fiftyMegabytes = 50 * 1024 * 1024

    static func route(_ request: TestHTTPServer.Request) -> TestHTTPServer.Response {
        let feed = Array(Fixtures.rssHindi.utf8)
        let rss = "application/rss+xml; charset=utf-8"
        switch request.path {
        case "/feed.xml":
            if request.headers["if-none-match"] == etag || request.headers["if-modified-since"] == lastModified {
                return .send(status: 304, headers: ["ETag": etag], body: [])
            }
            return .send(status: 200, headers: ["ETag": etag, "Last-Modified": lastModified, "Content-Type": rss], body: feed)
        case "/gzip.xml":
            return .send(status: 200, headers: ["Content-Type": rss, "Content-Encoding": "gzip"], body: Gzip.stored(feed))
        case let path where path.hasPrefix("/hop/"):
            let remaining = Int(path.dropFirst("/hop/".count)) ?? 0
            if remaining == 0 { return .send(status: 200, headers: ["Content-Type": rss], body: feed) }
            return .send(status: 302, headers: ["Location": "/hop/\(remaining - 1)"], body: [])
        case "/to-file":
            return .send(status: 302, headers: ["Location": "file:///etc/hostname"], body: [])
        case "/broken":
            return .send(status: 500, headers: [:], body: Array("सर्वर त्रुटि".utf8))
        case "/slow":
            // Far beyond every timeout here; the server stops waiting when the client goes away.
            return .delayed(seconds: 60, then: .send(status: 200, headers: ["Content-Type": rss], body: feed))
        case "/huge":
            return .stream(totalBytes: fiftyMegabytes, declareLength: false, pause: 0.004)
        case "/huge-declared":
            return .stream(totalBytes: fiftyMegabytes, declareLength: true, pause: 0.004)
        case "/page.html":
            return .send(status: 200, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(Fixtures.htmlPage.utf8))
        default:
            return .send(status: 404, headers: [:], body: Array("नहीं मिला".utf8))
        }
    }

    private func withServer<T>(_ body: (TestHTTPServer) async throws -> T) async throws -> T {
        let server = try TestHTTPServer(handler: Self.route)
        defer { server.stop() }
        return try await body(server)
    }

    private func request(_ server: TestHTTPServer, _ path: String) throws -> FetchRequest {
        FetchRequest(url: try #require(URL(string: server.base + path)), userAgent: "timeline-feeds-test/1", timeout: .seconds(10))
    }

    @Test func fetchesAndParsesWithValidatorsThenConditionalGetIsNotModified() async throws {
        try await withServer { server in
            let first = try await FeedFetcher().fetch(request(server, "/feed.xml"))
            guard case .fetched(let data, let etag, let lastModified, let contentType, let finalURL) = first else {
                Issue.record("expected a body, got \(first)")
                return
            }
            #expect(etag == Self.etag)
            #expect(lastModified == Self.lastModified)
            #expect(contentType == "application/rss+xml; charset=utf-8")
            #expect(finalURL.path == "/feed.xml")
            let feed = try FeedParser.parse(data, contentType: contentType, sourceURL: finalURL.absoluteString)
            #expect(feed.items.first?.title == "दिल्ली में भारी बारिश")

            var again = try request(server, "/feed.xml")
            again.etag = etag
            #expect(try await FeedFetcher().fetch(again) == .notModified)

            var byDate = try request(server, "/feed.xml")
            byDate.lastModified = lastModified
            #expect(try await FeedFetcher().fetch(byDate) == .notModified)

            let seen = server.requests
            #expect(seen.count == 3)
            #expect(seen[0].headers["user-agent"] == "timeline-feeds-test/1")
            #expect(seen[0].headers["accept"] == FeedFetcher.accept)
            #expect(seen[0].headers["accept-encoding"]?.contains("gzip") == true)
            #expect(seen[0].headers["if-none-match"] == nil)
            #expect(seen[1].headers["if-none-match"] == Self.etag)
            #expect(seen[2].headers["if-modified-since"] == Self.lastModified)
        }
    }

    @Test func gzipEncodedBodyIsDecodedBeforeParsing() async throws {
        try await withServer { server in
            let result = try await FeedFetcher().fetch(request(server, "/gzip.xml"))
            guard case .fetched(let data, _, _, let contentType, _) = result else {
                Issue.record("expected a body, got \(result)")
                return
            }
            #expect(Gzip.stored(Array(Fixtures.rssHindi.utf8)).starts(with: [0x1F, 0x8B]))
            #expect(data == Data(Fixtures.rssHindi.utf8))
            let feed = try FeedParser.parse(data, contentType: contentType)
            #expect(feed.items.count == 4)
        }
    }

    @Test func redirectsAreFollowedUpToTheLimitAndRefusedBeyond() async throws {
        try await withServer { server in
            var within = try request(server, "/hop/3")
            within.maxRedirects = 3
            let result = try await FeedFetcher().fetch(within)
            guard case .fetched(_, _, _, _, let finalURL) = result else {
                Issue.record("expected a body, got \(result)")
                return
            }
            #expect(finalURL.path == "/hop/0")

            var beyond = try request(server, "/hop/6")
            beyond.maxRedirects = 3
            let error = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(beyond) }
            #expect(error == .tooManyRedirects(limit: 3, url: beyond.url.absoluteString))
            #expect(error?.description.hasPrefix("more than 3 redirects starting at http://127.0.0.1:") == true)
            // 4 requests for /hop/3 … /hop/0, then /hop/6 … /hop/3 (the 4th redirect is refused).
            #expect(server.requests.map(\.path) == ["/hop/3", "/hop/2", "/hop/1", "/hop/0", "/hop/6", "/hop/5", "/hop/4", "/hop/3"])
        }
    }

    @Test func redirectToAFileURLNeverReadsALocalFile() async throws {
        try await withServer { server in
            let error = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(request(server, "/to-file")) }
            #expect(error == .unsupportedScheme(url: "file:///etc/hostname"))
        }
    }

    @Test func notFoundAndServerErrorCarryTheStatus() async throws {
        try await withServer { server in
            let missing = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(request(server, "/missing")) }
            #expect(missing?.statusCode == 404)
            #expect(missing?.description == "HTTP 404 from \(server.base)/missing")
            let broken = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(request(server, "/broken")) }
            #expect(broken?.statusCode == 500)
        }
    }

    @Test func slowServerTimesOut() async throws {
        try await withServer { server in
            var slow = try request(server, "/slow")
            slow.timeout = .milliseconds(500)
            // Only the deadline can end the fetch: the answer is a minute away.
            let error = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(slow) }
            #expect(error == .timedOut(seconds: 0.5, url: slow.url.absoluteString))
        }
    }

    @Test func cancellingTheCallerStopsTheFetch() async throws {
        try await withServer { server in
            let slow = try request(server, "/slow")
            let fetch = Task { try await FeedFetcher().fetch(slow) }
            // Cancelled once the request is at the server, whose answer is a minute away.
            try #require(try await server.waitUntil { $0.requests.count == 1 }, "the request reached the server")
            fetch.cancel()
            await #expect(throws: CancellationError.self) { try await fetch.value }
            #expect(try await server.waitUntil { $0.hangUps == 1 }, "the client hung up on the pending answer")
        }
    }

    @Test func alreadyCancelledCallerDoesNotFetch() async throws {
        try await withServer { server in
            let feed = try request(server, "/feed.xml")
            let fetch = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await FeedFetcher().fetch(feed)
            }
            await #expect(throws: CancellationError.self) { try await fetch.value }
            #expect(server.requests.isEmpty)
        }
    }

    @Test func byteLimitStopsAStreamingBodyEarly() async throws {
        try await withServer { server in
            var huge = try request(server, "/huge")
            huge.maxBytes = 1_000_000
            let error = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(huge) }
            #expect(error == .tooLarge(limit: 1_000_000, url: huge.url.absoluteString))
            server.waitForIdle()
            let sent = server.streamedBytes
            // The client read past its limit, then hung up in the middle of the stream; the server
            // could run ahead of what it read only by what the sockets buffer.
            #expect(sent >= 1_000_000)
            #expect(server.hangUps == 1, "the stream ended because the client hung up")
            #expect(sent < Self.fiftyMegabytes / 2, "server wrote \(sent) bytes before the client hung up")
        }
    }

    @Test func declaredLengthOverTheLimitIsRefusedAtTheHeaders() async throws {
        try await withServer { server in
            var huge = try request(server, "/huge-declared")
            huge.maxBytes = 1_000_000
            let error = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(huge) }
            #expect(error == .tooLarge(limit: 1_000_000, url: huge.url.absoluteString))
            server.waitForIdle()
            #expect(server.streamedBytes < Self.fiftyMegabytes / 2, "server wrote \(server.streamedBytes) bytes")
        }
    }

    @Test func htmlPageIsFetchedAndThenRejectedByTheParser() async throws {
        try await withServer { server in
            let result = try await FeedFetcher().fetch(request(server, "/page.html"))
            guard case .fetched(let data, _, _, let contentType, _) = result else {
                Issue.record("expected a body, got \(result)")
                return
            }
            let error = #expect(throws: FeedError.self) { try FeedParser.parse(data, contentType: contentType) }
            #expect(error?.code == .htmlPage)
            #expect(error?.description.contains("served as text/html") == true)
        }
    }

    @Test func refusedConnectionIsAClearError() async throws {
        let port = TestHTTPServer.closedPort()
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/feed.xml"))
        let error = await #expect(throws: FetchError.self) {
            try await FeedFetcher().fetch(FetchRequest(url: url, timeout: .seconds(5)))
        }
        guard case .connectionFailed(let failedURL, _)? = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(failedURL == url.absoluteString)
        #expect(error?.description.hasPrefix("cannot connect to \(url.absoluteString): ") == true)
    }

    @Test(arguments: ["ftp://127.0.0.1/feed.xml", "file:///etc/hostname", "mailto:a@example.in"])
    func onlyHTTPAndHTTPSAreAccepted(text: String) async throws {
        let url = try #require(URL(string: text))
        let error = await #expect(throws: FetchError.self) { try await FeedFetcher().fetch(FetchRequest(url: url)) }
        #expect(error == .unsupportedScheme(url: text))
    }
}
