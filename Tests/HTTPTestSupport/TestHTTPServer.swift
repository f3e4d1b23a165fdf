import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 over POSIX sockets for the fetcher and daemon tests: one accept
/// thread, one thread per connection, canned responses chosen by a handler, `Connection: close`.
public final class TestHTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// Header names lowercased.
        public var headers: [String: String]
    }

    public indirect enum Response: Sendable {
        case send(status: Int, headers: [String: String], body: [UInt8])
        /// Waits (in short steps, ending early when the server stops or the client goes away), then
        /// sends the response.
        case delayed(seconds: Double, then: Response)
        /// Streams `totalBytes` of filler in 64 KiB chunks with no Content-Length (or with it, when
        /// `declareLength`), pausing `pause` seconds after each chunk (a network's pace; loopback
        /// alone is faster than any feed link), stopping as soon as the client goes away.
        case stream(totalBytes: Int, declareLength: Bool, pause: Double)
    }

    public let port: UInt16
    public var base: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let handler: @Sendable (Request) -> Response
    private let lock = NSLock()
    private var stopping = false
    private var active = 0
    private var received: [Request] = []
    private var streamed = 0
    private var abandoned = 0
    private let acceptFinished = DispatchSemaphore(value: 0)

    public init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        listener = fd
        port = Self.localPort(of: fd)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Requests seen so far.
    public var requests: [Request] {
        lock.lock(); defer { lock.unlock() }
        return received
    }

    /// Bytes of body written by `.stream` responses so far.
    public var streamedBytes: Int {
        lock.lock(); defer { lock.unlock() }
        return streamed
    }

    /// Answers the clients did not wait for: they closed the connection while a `.delayed` answer
    /// was still pending or in the middle of a `.stream`.
    public var hangUps: Int {
        lock.lock(); defer { lock.unlock() }
        return abandoned
    }

    /// Waits (checking every 10 ms, at most `timeout`) until `condition` holds for this server;
    /// returns whether it did.
    public func waitUntil(timeout: Duration = .seconds(10), _ condition: (TestHTTPServer) -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition(self) {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    /// Stops accepting, waits (at most 10 s) for open connections to end, closes the socket.
    public func stop() {
        lock.lock()
        let already = stopping
        stopping = true
        lock.unlock()
        guard !already else { return }
        acceptFinished.wait()
        close(listener)
        for _ in 0..<1_000 where activeConnections > 0 { usleep(10_000) }
    }

    /// Waits (at most 10 s) until no connection is being served.
    public func waitForIdle() {
        for _ in 0..<1_000 where activeConnections > 0 { usleep(10_000) }
    }

    private var activeConnections: Int {
        lock.lock(); defer { lock.unlock() }
        return active
    }

    private var isStopping: Bool {
        lock.lock(); defer { lock.unlock() }
        return stopping
    }

    private func acceptLoop() {
        defer { acceptFinished.signal() }
        while !isStopping {
            var pollFD = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pollFD, 1, 50) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            lock.lock(); active += 1; lock.unlock()
            let thread = Thread { [self] in
                serve(connection)
                close(connection)
                lock.lock(); active -= 1; lock.unlock()
            }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(fd) else { return }
        lock.lock(); received.append(request); lock.unlock()
        respond(handler(request), on: fd)
    }

    private func readRequest(_ fd: Int32) -> Request? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let terminator: [UInt8] = [13, 10, 13, 10]
        while data.count < 65_536 {
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { return nil }
            data.append(contentsOf: buffer[0..<n])
            if data.count >= 4, (0...(data.count - 4)).contains(where: { data[$0..<($0 + 4)].elementsEqual(terminator) }) { break }
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
    }

    private func respond(_ response: Response, on fd: Int32) {
        switch response {
        case .send(let status, let headers, let body):
            var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            _ = write(Array((head + "\r\n").utf8), to: fd)
            _ = write(body, to: fd)
        case .delayed(let seconds, let then):
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, !isStopping {
                if Self.peerClosed(fd) { return recordHangUp() }
                usleep(20_000)
            }
            if !isStopping { respond(then, on: fd) }
        case .stream(let total, let declareLength, let pause):
            var head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n"
            if declareLength { head += "Content-Length: \(total)\r\n" }
            guard write(Array((head + "\r\n").utf8), to: fd) else { return }
            let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 65_536)
            var sent = 0
            while sent < total, !isStopping {
                let n = min(chunk.count, total - sent)
                guard write(Array(chunk[0..<n]), to: fd) else { return recordHangUp() }
                sent += n
                lock.lock(); streamed += n; lock.unlock()
                if pause > 0 { usleep(useconds_t(pause * 1_000_000)) }
            }
        }
    }

    private func recordHangUp() {
        lock.lock(); abandoned += 1; lock.unlock()
    }

    /// Whether the client has closed its end (or reset the connection), without consuming what it sent.
    private static func peerClosed(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
    }

    /// Writes everything; false when the peer went away.
    private func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        return address
    }

    static func localPort(of fd: Int32) -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }

    /// A loopback port with nothing listening on it (bound, then closed).
    public static func closedPort() -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = loopback(port: 0)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let port = localPort(of: fd)
        close(fd)
        return port
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 404: return "Not Found"
        case 500: return "Internal Server Error"
        default: return "Status"
        }
    }
}
