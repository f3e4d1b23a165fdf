import Foundation

/// What a fetch produced: the server's "not modified", or a body with the validators to send next time.
///
/// Example: a first fetch of a Hindi feed gives `.fetched(data: <RSS bytes>, etag: "\"v42\"",
/// lastModified: "Sun, 13 Jul 2025 04:00:00 GMT", contentType: "application/rss+xml; charset=utf-8",
/// finalURL: …)`; repeating it with that etag gives `.notModified`.
public enum FetchResult: Sendable, Equatable {
    /// HTTP 304: the copy identified by the request's etag/lastModified is current.
    case notModified
    /// A 2xx response: the (decompressed) body, its validators, Content-Type and the URL after redirects.
    case fetched(data: Data, etag: String?, lastModified: String?, contentType: String?, finalURL: URL)
}
