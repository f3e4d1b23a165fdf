import Daemon
import Foundation
import Testing

@Suite struct DaemonConfigurationTests {
    @Test func tomlAndJSONGiveTheSameConfiguration() throws {
        let toml = """
        [spool]
        directory = "/var/spool/timeline"
        batch_articles = 200
        [backoff]
        base_seconds = 10
        max_seconds = 600
        [metrics]
        port = 9464
        [[feeds]]
        name = "desh"
        url = "https://samachar.example.in/rss/desh.xml"
        interval_seconds = 120
        timeout_seconds = 5
        """
        let json = """
        {"spool": {"directory": "/var/spool/timeline", "batch_articles": 200},
         "backoff": {"base_seconds": 10, "max_seconds": 600}, "metrics": {"port": 9464},
         "feeds": [{"name": "desh", "url": "https://samachar.example.in/rss/desh.xml", "interval_seconds": 120, "timeout_seconds": 5}]}
        """
        let fromTOML = try DaemonConfiguration.parse(toml, file: "d.toml", json: false)
        let fromJSON = try DaemonConfiguration.parse(json, file: "d.json", json: true)
        #expect(fromTOML == fromJSON)
        #expect(fromTOML.feeds.map(\.name) == ["desh"])
        #expect(fromTOML.feeds.first?.interval == .seconds(120))
        #expect(fromTOML.feeds.first?.timeout == .seconds(5))
        #expect(fromTOML.spool?.batchArticles == 200)
        #expect(fromTOML.backoffBase == .seconds(10))
        #expect(fromTOML.metricsPort == 9464)
        #expect(fromTOML.metricsAddress == "127.0.0.1", "loopback unless configured")
        let anywhere = try DaemonConfiguration.parse("[metrics]\nport = 9464\naddress = \"0.0.0.0\"\n", file: "d.toml", json: false)
        #expect(anywhere.metricsAddress == "0.0.0.0")
        #expect(fromTOML.api.serve == false, "the HTTP API only when asked for")
    }

    /// `[http] serve = true` runs the API in the daemon, with the options of `timeline serve`.
    @Test func theHTTPAPIIsConfiguredUnderHTTP() throws {
        let text = "[http]\nserve = true\nport = 8181\nbind = \"0.0.0.0\"\ntoken_file = \"/etc/timeline/tokens\"\n"
        let config = try DaemonConfiguration.parse(text, file: "d.toml", json: false)
        #expect(config.api.serve)
        #expect(config.api.port == 8181)
        #expect(config.api.bind == "0.0.0.0")
        #expect(config.api.tokenFile == "/etc/timeline/tokens")
        #expect(config.api.insecurePublic == false)
        #expect(throws: (any Error).self) { try DaemonConfiguration.parse("[http]\nport = 70000\n", file: "d.toml", json: false) }
        #expect(throws: (any Error).self) { try DaemonConfiguration.parse("[http]\nserve = \"yes\"\n", file: "d.toml", json: false) }
    }

    /// `[fleet]`: the member name and the lease duration; without it, `HOST:PID` and 30 seconds.
    @Test func theFleetMemberAndLeaseAreConfiguredUnderFleet() throws {
        let config = try DaemonConfiguration.parse("[fleet]\nmember = \"ingest-2\"\nlease_seconds = 1.5\n", file: "d.toml", json: false)
        #expect(config.fleet.member == "ingest-2")
        #expect(config.fleet.lease == .milliseconds(1_500))
        let json = try DaemonConfiguration.parse(#"{"fleet": {"member": "ingest-2", "lease_seconds": 1.5}}"#, file: "d.json", json: true)
        #expect(json == config)
        let plain = try DaemonConfiguration.parse("", file: "d.toml", json: false)
        #expect(plain.fleet.member == nil)
        #expect(plain.fleet.lease == .seconds(30))
    }

    /// Inline tables, dotted keys and arrays of inline tables (TOML 1.0) say the same as table headers.
    @Test func everyTOMLFormOfTheSameTablesGivesTheSameConfiguration() throws {
        let headers = """
        [http]
        user_agent = "timeline-test/1"
        timeout_seconds = 5
        [spool]
        directory = "/var/spool/timeline"
        [[feeds]]
        name = "desh"
        url = "https://samachar.example.in/rss/desh.xml"
        """
        let inline = """
        http = { user_agent = "timeline-test/1", timeout_seconds = 5 }
        spool.directory = "/var/spool/timeline"
        feeds = [
          { name = "desh", url = "https://samachar.example.in/rss/desh.xml" },
        ]
        """
        let fromHeaders = try DaemonConfiguration.parse(headers, file: "h.toml", json: false)
        #expect(try DaemonConfiguration.parse(inline, file: "i.toml", json: false) == fromHeaders)
        #expect(fromHeaders.userAgent == "timeline-test/1")
        #expect(fromHeaders.feeds.first?.timeout == .seconds(5))
    }

    @Test func wrongKeysAndValuesAreNamedWithTheirLine() {
        let cases: [(String, String?, Int?, String)] = [
            ("[[feeds]]\nname = \"a\"\nurl = \"ftp://x.example/feed\"\n", "feeds[0].url", 3, "not an http or https URL"),
            ("[[feeds]]\nurl = \"https://x.example/feed\"\ninterval_seconds = \"पांच\"\n", "feeds[0].interval_seconds", 3, "number of seconds"),
            ("[spool]\ndirectroy = \"/tmp\"\n", "spool.directroy", 2, "not a known key"),
            ("[spool]\nscan_interval_seconds = 1\n", "spool.directory", 1, "required"),
            ("[metrics]\nport = 9464\naddress = \"localhost\"\n", "metrics.address", 3, "IPv4 or IPv6 address"),
            ("[[feeds]]\nname = \"a\"\nurl = \"https://x.example/1\"\n[[feeds]]\nname = \"a\"\nurl = \"https://x.example/2\"\n", "feeds[1].name", 5, "names two feeds"),
            ("[spool]\ndirectory = 2025-07-18\n", "spool.directory", 2, "expected a string, got a date or time"),
            ("log_level = \"info\"\nhttp = { user_agnet = \"x\" }\n", "http.user_agnet", 2, "not a known key"),
            ("[spool]\ndirectory = /tmp\n", nil, 2, "is not valid TOML"),
            ("[fleet]\nmember = \"d1\"\nlease_seconds = 0.5\n", "fleet.lease_seconds", 3, "at least 1 second"),
            ("[fleet]\nmember = \" \"\n", "fleet.member", 2, "must not be empty"),
            ("[fleet]\nleader = true\n", "fleet.leader", 2, "not a known key"),
        ]
        for (text, key, line, words) in cases {
            do {
                _ = try DaemonConfiguration.parse(text, file: "d.toml", json: false)
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.key == key, "\(error)")
                #expect(error.line == line, "\(error)")
                #expect(error.reason.contains(words), "\(error)")
            }
        }
    }
}
