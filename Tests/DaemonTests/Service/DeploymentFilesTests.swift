import Daemon
import Foundation
import XCTest

/// docker-compose.yml and deploy/daemon.toml: the services, the healthy-database wait, and the
/// variables the daemon reads. A line-based reading of the compose file (no YAML library).
final class DeploymentFilesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `key: value` lines under each service, by indentation: services at 2 spaces, keys at 4, entries at 6.
    private func services() throws -> [String: [String: [String]]] {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docker-compose.yml"), encoding: .utf8)
        var result: [String: [String: [String]]] = [:]
        var inServices = false, service: String?, key: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            XCTAssertFalse(line.contains("\t"), "tabs are not allowed in YAML: \(line)")
            let indent = line.prefix(while: { $0 == " " }).count
            let content = line.trimmingCharacters(in: .whitespaces)
            switch indent {
            case 0: inServices = content == "services:"; service = nil
            case 2 where inServices:
                XCTAssertTrue(content.hasSuffix(":"), line)
                service = String(content.dropLast()); result[service!] = [:]
            case 4 where inServices:
                guard let service, let colon = content.firstIndex(of: ":") else { XCTFail(line); continue }
                key = String(content[..<colon])
                let value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                result[service, default: [:]][key!] = value.isEmpty ? [] : [value]
            default:
                if inServices, let service, let key, indent > 4 { result[service, default: [:]][key, default: []].append(content) }
            }
        }
        return result
    }

    func testComposeRunsTheDaemonAfterAHealthyDatabaseWithTheVariablesItReads() throws {
        let services = try services()
        XCTAssertEqual(Set(services.keys), ["api", "db", "db-standby", "timeline"])
        let db = try XCTUnwrap(services["db"])
        let image = try XCTUnwrap(db["image"]?.first)
        XCTAssertTrue(image.hasPrefix("postgres:") && !image.hasSuffix(":latest"), "pinned image: \(image)")
        XCTAssertTrue(db["healthcheck"]?.contains { $0.contains("pg_isready") } ?? false)
        XCTAssertTrue(db["volumes"]?.contains { $0.contains("timeline-db:/var/lib/postgresql/data") } ?? false)

        let timeline = try XCTUnwrap(services["timeline"])
        XCTAssertEqual(timeline["build"], ["."])
        XCTAssertEqual(timeline["command"], [#"["daemon"]"#])
        XCTAssertEqual(timeline["depends_on"], ["db:", "condition: service_healthy"])
        let environment = Dictionary(uniqueKeysWithValues: (timeline["environment"] ?? []).compactMap { entry -> (String, String)? in
            guard let colon = entry.firstIndex(of: ":") else { return nil }
            return (String(entry[..<colon]), entry[entry.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        })
        for variable in environment.keys {
            XCTAssertTrue(DaemonEnvironment.all.contains(variable), "the daemon does not read \(variable)")
        }
        for variable in ["PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", DaemonEnvironment.configFile] {
            XCTAssertNotNil(environment[variable], "compose does not set \(variable)")
        }
        XCTAssertEqual(environment["PGHOST"], "db")
        XCTAssertTrue(environment["PGPASSWORD"]?.hasPrefix("${") ?? false, "the password comes from the environment")
        let configPath = try XCTUnwrap(environment[DaemonEnvironment.configFile])
        XCTAssertTrue(timeline["volumes"]?.contains { $0.hasSuffix(":" + configPath + ":ro") } ?? false, "the config is mounted at \(configPath)")
    }

    /// The `api` service: `timeline serve` after a healthy database, published on the host's loopback only.
    func testComposeServesTheAPIOnTheHostsLoopback() throws {
        let api = try XCTUnwrap(try services()["api"])
        XCTAssertEqual(api["build"], ["."])
        XCTAssertEqual(api["depends_on"]?.prefix(2), ["db:", "condition: service_healthy"])
        let command = try XCTUnwrap(api["command"]?.first)
        XCTAssertTrue(command.hasPrefix(#"["serve""#), command)
        let ports = api["ports"] ?? []
        XCTAssertFalse(ports.isEmpty)
        XCTAssertTrue(ports.allSatisfy { $0.hasPrefix("- \"127.0.0.1:") }, "published on the host's loopback only: \(ports)")
        XCTAssertEqual(api["stop_signal"], ["SIGTERM"])
        for variable in ["PGHOST", "PGUSER", "PGPASSWORD", "PGDATABASE"] {
            XCTAssertTrue((api["environment"] ?? []).contains { $0.hasPrefix(variable + ":") }, "api lacks \(variable)")
        }
    }

    /// The `db-standby` service: a streaming copy of `db` made on first start, on the host's
    /// loopback, read by the API; the primary lets it replicate.
    func testComposeRunsAStandbyThatTheAPIReads() throws {
        let services = try services()
        let standby = try XCTUnwrap(services["db-standby"])
        XCTAssertEqual(standby["image"], services["db"]?["image"], "the same server version as the primary")
        XCTAssertEqual(standby["depends_on"], ["db:", "condition: service_healthy"])
        let script = (standby["command"] ?? []).joined(separator: "\n")
        XCTAssertTrue(script.contains("pg_basebackup -h db") && script.contains(" -R ") && script.contains("-S timeline_standby"), script)
        XCTAssertTrue(standby["volumes"]?.contains { $0.contains("timeline-standby:/var/lib/postgresql/data") } ?? false)
        XCTAssertTrue((standby["ports"] ?? []).allSatisfy { $0.hasPrefix("- \"127.0.0.1:") })
        XCTAssertTrue(standby["healthcheck"]?.contains { $0.contains("pg_isready") } ?? false)

        let db = try XCTUnwrap(services["db"])
        XCTAssertTrue(db["volumes"]?.contains { $0.hasPrefix("- ./deploy/initdb:/docker-entrypoint-initdb.d") } ?? false)
        let initScript = try String(contentsOf: Self.root.appendingPathComponent("deploy/initdb/10-replication.sh"), encoding: .utf8)
        XCTAssertTrue(initScript.contains("host replication ${POSTGRES_USER} all scram-sha-256"), initScript)

        let api = try XCTUnwrap(services["api"])
        XCTAssertTrue((api["environment"] ?? []).contains("TIMELINE_READ_URL: postgresql://timeline@db-standby:5432/timeline"))
        XCTAssertTrue((api["depends_on"] ?? []).contains("db-standby:"))
    }

    func testTheShippedDaemonConfigurationParses() throws {
        let configuration = try DaemonConfiguration.load(from: Self.root.appendingPathComponent("deploy/daemon.toml"))
        XCTAssertEqual(configuration.spool?.directory.path, "/var/spool/timeline")
        XCTAssertEqual(configuration.metricsPort, 9464)
        XCTAssertNil(configuration.databaseURL, "no database URL (and so no password) in the file")
    }
}
