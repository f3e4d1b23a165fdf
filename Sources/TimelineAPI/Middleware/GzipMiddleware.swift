import CompressNIO
import Hummingbird
import NIOCore

/// Compresses answers of 1 KB or more with gzip when the client accepts it (`Accept-Encoding:
/// gzip`), and says so (`Content-Encoding: gzip`, `Vary: Accept-Encoding`). A page of a hundred
/// timeline entries shrinks to about a fifth.
struct GzipMiddleware<Context: RequestContext>: RouterMiddleware {
    var minimumBytes = 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.vary] = "Accept-Encoding"
        guard Self.acceptsGzip(request.headers[.acceptEncoding]), response.headers[.contentEncoding] == nil,
              response.status != .notModified, response.status != .noContent
        else { return response }
        if let length = response.body.contentLength, length < minimumBytes { return response }
        let collected = CollectedBody()
        try await response.body.write(BodyCollector(into: collected))
        guard collected.buffer.readableBytes >= minimumBytes else {
            response.body = .init(byteBuffer: collected.buffer)
            return response
        }
        let compressed = try collected.buffer.compress(with: .gzip(configuration: .init(compressionLevel: 4)))
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = String(compressed.readableBytes)
        response.body = .init(byteBuffer: compressed)
        return response
    }

    /// Whether `Accept-Encoding` names gzip (or `*`) with a weight above zero: `gzip, br` and
    /// `gzip;q=0.5` do, `gzip;q=0` and `br` do not.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first, ["gzip", "x-gzip", "*"].contains(coding) else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if weight > 0 { return true }
        }
        return false
    }
}

/// The bytes of a response body, written once by one writer and read after it finished.
private final class CollectedBody: @unchecked Sendable {
    var buffer = ByteBuffer()
}

private struct BodyCollector: ResponseBodyWriter {
    let body: CollectedBody

    init(into body: CollectedBody) {
        self.body = body
    }

    mutating func write(_ buffer: ByteBuffer) async throws {
        var incoming = buffer
        body.buffer.writeBuffer(&incoming)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
