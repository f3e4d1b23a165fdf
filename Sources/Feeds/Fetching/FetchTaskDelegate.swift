import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Session delegate for one fetch: counts redirects and refuses the one past the limit (or to a
/// scheme other than http/https), collects
/// the body chunk by chunk and cancels the transfer as soon as it passes the byte limit, and
/// hands the outcome to the waiting ``FeedFetcher`` exactly once.
///
/// Example: with `maxBytes: 1_000_000`, a server streaming a 50 MB "हिंदी" page is cut off after
/// the chunk that crosses 1,000,000 bytes, and the outcome is ``FetchError/tooLarge(limit:url:)``.
final class FetchTaskDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What the transfer ended with.
    struct Outcome {
        var response: HTTPURLResponse?
        var body: Data
        var failure: FetchError?
        var error: (any Error)?
    }

    private let lock = NSLock()
    private let request: FetchRequest
    private var body = Data()
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var failure: FetchError?
    private var outcome: Outcome?
    private var continuation: CheckedContinuation<Outcome, Never>?

    init(request: FetchRequest) {
        self.request = request
    }

    /// Suspends until the task completes.
    func wait(starting task: URLSessionTask) async -> Outcome {
        await withCheckedContinuation { continuation in
            lock.lock()
            if let outcome {
                lock.unlock()
                continuation.resume(returning: outcome)
                return
            }
            self.continuation = continuation
            lock.unlock()
            task.resume()
        }
    }

    /// Records a failure decided outside the session (the overall timeout) before the task is cancelled.
    func fail(_ error: FetchError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let scheme = newRequest.url?.scheme?.lowercased()
        lock.lock()
        redirects += 1
        var allowed = redirects <= request.maxRedirects
        if !allowed, failure == nil {
            failure = .tooManyRedirects(limit: request.maxRedirects, url: request.url.absoluteString)
        }
        if allowed, scheme != "http", scheme != "https" {
            // A feed server may not send the client to file:, ftp: or any other scheme.
            allowed = false
            if failure == nil { failure = .unsupportedScheme(url: newRequest.url?.absoluteString ?? "(no URL)") }
        }
        lock.unlock()
        if allowed {
            completionHandler(newRequest)
        } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        lock.lock()
        self.response = http
        let declared = response.expectedContentLength
        let tooLarge = declared > Int64(request.maxBytes)
        if tooLarge, failure == nil { failure = .tooLarge(limit: request.maxBytes, url: request.url.absoluteString) }
        lock.unlock()
        // On Linux the `.cancel` disposition alone leaves the transfer running; cancel the task too.
        completionHandler(tooLarge ? .cancel : .allow)
        if tooLarge { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        var exceeded = false
        if failure == nil {
            if body.count + data.count > request.maxBytes {
                failure = .tooLarge(limit: request.maxBytes, url: request.url.absoluteString)
                exceeded = true
            } else {
                body.append(data)
            }
        }
        lock.unlock()
        if exceeded { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        let finished = Outcome(response: response ?? task.response as? HTTPURLResponse, body: body, failure: failure, error: error)
        guard outcome == nil else { lock.unlock(); return }
        outcome = finished
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(returning: finished)
    }
}
