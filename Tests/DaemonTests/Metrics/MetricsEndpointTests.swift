import Daemon
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTestSupport
import XCTest

/// The metrics endpoint of a running daemon, scraped over HTTP on 127.0.0.1 and read as Prometheus
/// text after a feed poll, a spool batch and their projection.
final class MetricsEndpointTests: XCTestCase {
    static let histograms = [
        "timeline_daemon_feed_poll_duration_seconds", "timeline_daemon_ingest_batch_duration_seconds",
        "timeline_daemon_projection_lag_seconds",
    ]

    private func get(_ url: URL, method: String = "GET") async throws -> (status: Int, contentType: String?, body: String) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try XCTUnwrap(response as? HTTPURLResponse)
        return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type"), String(decoding: data, as: UTF8.self))
    }

    func testEndpointServesEveryFamilyAndTheThreeHistogramsInPrometheusText() async throws {
        let feedServer = try TestHTTPServer { request in
            guard request.path == "/desh.xml" else { return .send(status: 404, headers: [:], body: []) }
            return .send(status: 200, headers: ["Content-Type": "application/rss+xml; charset=utf-8"],
                         body: Array(FeedDocuments.rss(prefix: "desh", count: 2).utf8))
        }
        defer { feedServer.stop() }
        let spool = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: spool) }
        try Data((FeedDocuments.articleLine(id: "g1") + "\n" + FeedDocuments.articleLine(id: "g2")).utf8)
            .write(to: spool.appendingPathComponent("g.jsonl"))

        var configuration = DaemonConfiguration()
        configuration.feeds = [DaemonConfiguration.Feed(
            name: "desh", url: try XCTUnwrap(URL(string: feedServer.base + "/desh.xml")), interval: .seconds(600),
            timeout: .seconds(5), maxBytes: 1 << 20)]
        configuration.spool = DaemonConfiguration.Spool(directory: spool, scanInterval: .milliseconds(100))
        configuration.metricsPort = 0
        try await DaemonHarness.with(configuration) { harness in
            let server = try XCTUnwrap(harness.daemon.metricsServer)
            XCTAssertEqual(server.address, "127.0.0.1")
            XCTAssertNotEqual(server.port, 0)
            let url = try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)/metrics"))
            let connection = harness.connection

            // Observed, not timed: the figures are read until the poll, the batch and every event's projection show.
            try await DaemonHarness.waitUntil("the poll, the spool batch and the projection of every event in the metrics") {
                let scraped = try PrometheusText.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
                let head = try DaemonHarness.count(connection, "SELECT coalesce(max(position), 0) AS n FROM events")
                return scraped.value("timeline_daemon_feed_poll_duration_seconds_count", ["feed": "desh"]) == 1
                    && scraped.value("timeline_daemon_ingest_batch_duration_seconds_count", ["source": "feed"]) == 1
                    && scraped.value("timeline_daemon_ingest_batch_duration_seconds_count", ["source": "spool"]) == 1
                    && scraped.value("timeline_daemon_items_ingested_total", ["source": "spool"]) == 2
                    && head > 0 && scraped.value("timeline_daemon_projection_applied_total") == Double(head)
                    && scraped.value("timeline_daemon_projection_lag_events") == 0
            }

            let answer = try await get(url)
            XCTAssertEqual(answer.status, 200)
            XCTAssertEqual(answer.contentType, "text/plain; version=0.0.4; charset=utf-8")
            let text = try PrometheusText.parse(answer.body)

            // Every family is typed (the parser refuses a sample before its TYPE); counters end in _total.
            for (family, type) in text.types where type == "counter" {
                XCTAssertTrue(family.hasSuffix("_total"), "counter \(family)")
            }
            for family in ["timeline_daemon_items_ingested_total", "timeline_daemon_items_unchanged_total",
                           "timeline_daemon_items_quarantined_total", "timeline_daemon_spool_files_total",
                           "timeline_daemon_projection_applied_total"] {
                XCTAssertEqual(text.types[family], "counter", family)
                XCTAssertNotNil(text.help[family], family)
            }
            XCTAssertEqual(text.types["timeline_daemon_projection_lag_events"], "gauge")
            XCTAssertEqual(text.types["timeline_daemon_feed_leases_held"], "gauge")
            XCTAssertEqual(text.value("timeline_daemon_feed_leases_held"), 1, "alone, the daemon holds its one feed")
            XCTAssertEqual(text.value("timeline_daemon_items_ingested_total", ["source": "feed:desh"]), 2)
            XCTAssertEqual(text.value("timeline_daemon_items_quarantined_total", ["source": "feed:desh"]), 1, "the undated item")
            XCTAssertEqual(text.value("timeline_daemon_spool_files_total", ["outcome": "done"]), 1)

            // The histograms: cumulative buckets up to +Inf, a sum and a count for each series.
            for histogram in Self.histograms {
                XCTAssertEqual(text.types[histogram], "histogram", histogram)
                XCTAssertNotNil(text.help[histogram], histogram)
                let counts = text.samples(named: histogram + "_count")
                XCTAssertFalse(counts.isEmpty, histogram)
                for count in counts {
                    let buckets = text.samples(named: histogram + "_bucket").filter {
                        $0.labels.filter { $0.key != "le" } == count.labels
                    }
                    XCTAssertGreaterThan(buckets.count, 1, "\(histogram) \(count.labels)")
                    XCTAssertEqual(buckets.map(\.value), buckets.map(\.value).sorted(), "\(histogram) buckets are cumulative")
                    XCTAssertEqual(buckets.first { $0.labels["le"] == "+Inf" }?.value, count.value, histogram)
                    XCTAssertNotNil(text.value(histogram + "_sum", count.labels), histogram)
                    XCTAssertGreaterThan(count.value, 0, histogram)
                }
            }
            XCTAssertEqual(text.value("timeline_daemon_projection_lag_seconds_count"),
                           text.value("timeline_daemon_projection_applied_total"), "one lag per projected event")

            // Nothing else is served.
            let elsewhere = try await get(try XCTUnwrap(URL(string: "http://127.0.0.1:\(server.port)/")))
            XCTAssertEqual(elsewhere.status, 404)
            let posted = try await get(url, method: "POST")
            XCTAssertEqual(posted.status, 405)
        }
    }
}
