import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PostgresTestSupport
import XCTest

/// `[http] serve = true`: the daemon serves the read-only API beside its other services, and
/// SIGTERM stops both with exit status 0.
final class DaemonAPITests: XCTestCase {
    /// A port nothing listens on now (bound to 127.0.0.1:0 and closed again).
    private func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0 else { throw DaemonHarness.TimedOut(what: "a free port") }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    func testTheDaemonServesTheAPIAndStopsItOnSIGTERM() async throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("daemon-api-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let port = try freePort()
        let config = directory.appendingPathComponent("daemon.toml")
        try Data("""
            [http]
            serve = true
            port = \(port)
            [spool]
            directory = "\(directory.appendingPathComponent("spool").path)"
            """.utf8).write(to: config)
        let daemon = try DaemonProcess(config: config, databaseURL: url)
        try await DaemonHarness.waitUntil("the daemon serves the API") { daemon.log.contains("serving the timelines over HTTP") }
        let (data, response) = try await URLSession.shared.data(from: try XCTUnwrap(URL(string: "http://127.0.0.1:\(port)/v1/status")))
        XCTAssertEqual((response as? HTTPURLResponse)?.statusCode, 200)
        let status = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertNotNil(status["projectionPosition"], String(decoding: data, as: UTF8.self))
        let (code, _) = try daemon.terminate(within: .seconds(10))
        XCTAssertEqual(code, 0, daemon.log)
        XCTAssertTrue(daemon.log.contains("daemon stopped"), daemon.log)
    }
}
