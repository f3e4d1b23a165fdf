import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A polite HTTP client for feeds over URLSession: conditional GET (If-None-Match /
/// If-Modified-Since), a User-Agent, an Accept for RSS/Atom/XML, gzip, an overall timeout, a redirect
/// limit and a byte limit enforced while the body streams in.
///
/// Example:
/// ```swift
/// let result = try await FeedFetcher().fetch(FetchRequest(url: URL(string: "https://samachar.example.in/rss/rajya.xml")!))
/// if case .fetched(let data, let etag, _, let contentType, let url) = result {
///     let feed = try FeedParser.parse(data, contentType: contentType, sourceURL: url.absoluteString)
///     // feed.items.first?.title == "राज्य में नई सड़क योजना"; keep `etag` for the next poll
/// }
/// ```
public struct FeedFetcher: Sendable {
    /// The Accept header sent with every request.
    public static let accept =
        "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"

    public init() {}

    /// Fetches `request.url`. Throws ``FetchError`` (or `CancellationError` when the calling task is cancelled).
    public func fetch(_ request: FetchRequest) async throws -> FetchResult {
        let urlText = request.url.absoluteString
        guard let scheme = request.url.scheme?.lowercased(), scheme == "http" || scheme == "https", request.url.host != nil else {
            throw FetchError.unsupportedScheme(url: urlText)
        }
        try Task.checkCancellation()
        let seconds = request.timeoutSeconds
        // URLSession on Linux truncates timeouts to whole seconds (0.5 s fires at once), so it gets the
        // next whole second as a backstop and the exact deadline is kept by the watchdog below.
        let sessionSeconds = max(1, seconds.rounded(.up))
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: sessionSeconds)
        urlRequest.httpMethod = "GET"
        urlRequest.setValue(request.userAgent, forHTTPHeaderField: "User-Agent")
        urlRequest.setValue(Self.accept, forHTTPHeaderField: "Accept")
        urlRequest.setValue("gzip", forHTTPHeaderField: "Accept-Encoding")
        if let etag = request.etag { urlRequest.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = request.lastModified { urlRequest.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }

        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.timeoutIntervalForRequest = sessionSeconds
        configuration.timeoutIntervalForResource = sessionSeconds

        let delegate = FetchTaskDelegate(request: request)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let task = session.dataTask(with: urlRequest)
        let timeout = request.timeout
        // The deadline runs on a Dispatch timer, not in a Swift task: a cooperative pool busy with
        // blocking work (database calls) must not be able to postpone a timeout.
        let watchdog = DispatchWorkItem {
            delegate.fail(.timedOut(seconds: seconds, url: urlText))
            task.cancel()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.dispatchInterval(timeout), execute: watchdog)
        defer { watchdog.cancel() }
        let outcome = await withTaskCancellationHandler {
            await delegate.wait(starting: task)
        } onCancel: {
            task.cancel()
        }
        return try Self.result(of: outcome, request: request, seconds: seconds)
    }

    private static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(Int(clamping: seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
    }

    private static func result(of outcome: FetchTaskDelegate.Outcome, request: FetchRequest, seconds: Double) throws -> FetchResult {
        let urlText = request.url.absoluteString
        if let failure = outcome.failure { throw failure }
        if let error = outcome.error {
            if Task.isCancelled { throw CancellationError() }
            throw mapTransportError(error, url: urlText, seconds: seconds, maxRedirects: request.maxRedirects)
        }
        guard let response = outcome.response else {
            throw FetchError.transport(url: urlText, detail: "no HTTP response")
        }
        let status = response.statusCode
        if status == 304 { return .notModified }
        guard (200..<300).contains(status) else { throw FetchError.httpStatus(code: status, url: response.url?.absoluteString ?? urlText) }
        return .fetched(
            data: outcome.body,
            etag: header("ETag", in: response),
            lastModified: header("Last-Modified", in: response),
            contentType: header("Content-Type", in: response),
            finalURL: response.url ?? request.url
        )
    }

    private static func mapTransportError(_ error: any Error, url: String, seconds: Double, maxRedirects: Int) -> FetchError {
        let nsError = error as NSError
        guard nsError.domain == NSURLErrorDomain else { return .transport(url: url, detail: nsError.localizedDescription) }
        switch nsError.code {
        case NSURLErrorTimedOut:
            return .timedOut(seconds: seconds, url: url)
        case NSURLErrorCannotConnectToHost, NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed,
             NSURLErrorNotConnectedToInternet:
            return .connectionFailed(url: url, detail: "\(nsError.localizedDescription) (URLError \(nsError.code))")
        case NSURLErrorHTTPTooManyRedirects:
            return .tooManyRedirects(limit: maxRedirects, url: url)
        default:
            return .transport(url: url, detail: "\(nsError.localizedDescription) (URLError \(nsError.code))")
        }
    }

    private static func header(_ name: String, in response: HTTPURLResponse) -> String? {
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, key.caseInsensitiveCompare(name) == .orderedSame { return value as? String }
        }
        return nil
    }
}
