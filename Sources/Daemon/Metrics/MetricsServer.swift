import Foundation
import Logging
import ServiceLifecycle
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 only (never another address) that answers `GET /metrics`
/// with ``DaemonMetrics/render()`` in the Prometheus text format and 404 to anything else.
/// One connection at a time, `Connection: close`; it stops on graceful shutdown.
///
/// Example: `curl -s http://127.0.0.1:9464/metrics | grep items_ingested` shows
/// `timeline_daemon_items_ingested_total{source="feed:desh"} 12`.
public final class MetricsServer: Service, Sendable {
    public let port: UInt16
    private let listener: Int32
    private let metrics: DaemonMetrics
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)

    /// Binds 127.0.0.1:`port` (0 picks a free port, see ``port``); throws when the port is taken.
    public init(port: UInt16, metrics: DaemonMetrics, logger: Logger) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw MetricsServerError(message: "socket() failed (errno \(errno))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            let code = errno
            close(fd)
            throw MetricsServerError(message: "cannot listen on 127.0.0.1:\(port) (errno \(code))")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listener = fd
        self.metrics = metrics
        self.logger = logger
    }

    public func run() async throws {
        logger.info("metrics server listening", metadata: ["address": "http://127.0.0.1:\(port)/metrics"])
        await withGracefulShutdownHandler {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let thread = Thread { [self] in
                        serve()
                        continuation.resume()
                    }
                    thread.start()
                }
            } onCancel: { stopping.store(true, ordering: .relaxed) }
        } onGracefulShutdown: { [self] in stopping.store(true, ordering: .relaxed) }
        close(listener)
    }

    private func serve() {
        while !stopping.load(ordering: .relaxed) {
            var pollFD = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pollFD, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            respond(on: connection)
            close(connection)
        }
    }

    private func respond(on fd: Int32) {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 2_048)
        while request.count < 16_384, !request.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { break }
            request.append(contentsOf: buffer[0..<n])
        }
        let line = String(decoding: request.prefix(while: { $0 != 13 && $0 != 10 }), as: UTF8.self).split(separator: " ")
        let found = line.count >= 2 && line[0] == "GET" && (line[1] == "/metrics" || line[1].hasPrefix("/metrics?"))
        let body = Array((found ? metrics.render() : "not found; try /metrics\n").utf8)
        let head = "HTTP/1.1 \(found ? "200 OK" : "404 Not Found")\r\n"
            + "Content-Type: \(found ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8")\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + body
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return }
            offset += n
        }
    }
}

/// The metrics server could not start.
public struct MetricsServerError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
