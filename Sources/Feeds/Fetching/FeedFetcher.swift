import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A polite HTTP client for feeds on AsyncHTTPClient: conditional GET (If-None-Match /
/// If-Modified-Since), a User-Agent, an Accept for RSS/Atom/XML, gzip, one deadline for the whole
/// exchange (connecting, redirects and the last body byte), a redirect limit, and a byte limit
/// enforced while the body streams in (a larger body is never held in memory).
///
/// The deadline runs on the client's event loop, not in a Swift task: a cooperative pool busy with
/// blocking work (database calls) cannot postpone a timeout. Redirects are followed here, one
/// request at a time, so each feed's own limit applies and a redirect to anything but http(s) is refused.
///
/// Example:
/// ```swift
/// let client = HTTPClient(eventLoopGroup: .singletonMultiThreadedEventLoopGroup, configuration: FeedFetcher.clientConfiguration)
/// let result = try await FeedFetcher(client: client).fetch(FetchRequest(url: URL(string: "https://samachar.example.in/rss/rajya.xml")!))
/// if case .fetched(let data, let etag, _, let contentType, let url) = result {
///     let feed = try FeedParser.parse(data, contentType: contentType, sourceURL: url.absoluteString)
///     // feed.items.first?.title == "राज्य में नई सड़क योजना"; keep `etag` for the next poll
/// }
/// try await client.shutdown()
/// ```
public struct FeedFetcher: Sendable {
    /// The Accept header sent with every request.
    public static let accept =
        "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"

    /// What a feed client needs: no automatic redirects (followed here, under each feed's limit),
    /// gzip and deflate bodies decoded as they stream (the byte limit applies to the decoded body),
    /// and a refused connection reported at once (the daemon's backoff retries, not the client).
    public static let clientConfiguration: HTTPClient.Configuration = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, decompression: .enabled(limit: .none))
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }()

    /// One client for callers that do not bring their own (tests, one-off commands); never shut down.
    public static let sharedClient = HTTPClient(eventLoopGroup: .singletonMultiThreadedEventLoopGroup, configuration: clientConfiguration)

    let client: HTTPClient

    /// - Parameter client: configured with ``clientConfiguration``; the daemon passes its one client.
    public init(client: HTTPClient = FeedFetcher.sharedClient) {
        self.client = client
    }

    /// Fetches `request.url`. Throws ``FetchError`` (or `CancellationError` when the calling task is cancelled).
    public func fetch(_ request: FetchRequest) async throws -> FetchResult {
        let urlText = request.url.absoluteString
        guard Self.isWeb(request.url) else { throw FetchError.unsupportedScheme(url: urlText) }
        try Task.checkCancellation()
        let deadline = NIODeadline.now() + .nanoseconds(Int64(clamping: Int(request.timeoutSeconds * 1e9)))
        let expired = Mutex(false)
        let exchange = Task { try await self.exchange(request, deadline: deadline) }
        let timer = client.eventLoopGroup.any().scheduleTask(deadline: deadline) {
            expired.withLock { $0 = true }
            exchange.cancel()
        }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler { try await exchange.value } onCancel: { exchange.cancel() }
        } catch {
            if expired.withLock({ $0 }) { throw FetchError.timedOut(seconds: request.timeoutSeconds, url: urlText) }
            if Task.isCancelled { throw CancellationError() }
            throw Self.fetchError(error, url: urlText, seconds: request.timeoutSeconds)
        }
    }

    /// The requests of one fetch: the URL, then each redirect, until an answer that is not a redirect.
    private func exchange(_ request: FetchRequest, deadline: NIODeadline) async throws -> FetchResult {
        var url = request.url
        var redirects = 0
        while true {
            var http = HTTPClientRequest(url: url.absoluteString)
            http.method = .GET
            http.headers.add(name: "User-Agent", value: request.userAgent)
            http.headers.add(name: "Accept", value: Self.accept)
            http.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
            if let etag = request.etag { http.headers.add(name: "If-None-Match", value: etag) }
            if let lastModified = request.lastModified { http.headers.add(name: "If-Modified-Since", value: lastModified) }
            let response = try await client.execute(http, deadline: deadline)
            let status = Int(response.status.code)
            if [301, 302, 303, 307, 308].contains(status), let location = response.headers.first(name: "Location") {
                guard redirects < request.maxRedirects else { throw FetchError.tooManyRedirects(limit: request.maxRedirects, url: request.url.absoluteString) }
                guard let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                    throw FetchError.transport(url: url.absoluteString, detail: "a redirect to '\(location)', which is not a URL")
                }
                guard Self.isWeb(next) else { throw FetchError.unsupportedScheme(url: next.absoluteString) }
                url = next
                redirects += 1
                continue
            }
            if status == 304 { return .notModified }
            guard (200..<300).contains(status) else { throw FetchError.httpStatus(code: status, url: url.absoluteString) }
            let encoded = response.headers.first(name: "Content-Encoding").map { !$0.isEmpty && $0.lowercased() != "identity" } ?? false
            if !encoded, let declared = response.headers.first(name: "Content-Length").flatMap(Int.init), declared > request.maxBytes {
                throw FetchError.tooLarge(limit: request.maxBytes, url: request.url.absoluteString)
            }
            var body = Data()
            for try await chunk in response.body {
                guard body.count + chunk.readableBytes <= request.maxBytes else {
                    throw FetchError.tooLarge(limit: request.maxBytes, url: request.url.absoluteString)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
            return .fetched(
                data: body, etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified"),
                contentType: response.headers.first(name: "Content-Type"), finalURL: url)
        }
    }

    private static func isWeb(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && url.host != nil
    }

    /// The client's and NIO's errors in the terms of ``FetchError``.
    static func fetchError(_ error: any Error, url: String, seconds: Double) -> FetchError {
        if let fetch = error as? FetchError { return fetch }
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .writeTimeout: return .timedOut(seconds: seconds, url: url)
            case .connectTimeout: return .connectionFailed(url: url, detail: "no connection within the timeout")
            default: return .transport(url: url, detail: String(describing: client))
            }
        }
        if error is NIOConnectionError || (error as? IOError).map({ [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH].contains($0.errnoCode) }) == true {
            return .connectionFailed(url: url, detail: String(describing: error))
        }
        if let channel = error as? ChannelError, case .connectTimeout = channel {
            return .connectionFailed(url: url, detail: "no connection within the timeout")
        }
        return .transport(url: url, detail: String(describing: error))
    }
}
