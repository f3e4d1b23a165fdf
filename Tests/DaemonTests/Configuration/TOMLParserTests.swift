import Daemon
import Testing

@Suite struct TOMLParserTests {
    @Test func readsTablesArraysOfTablesAndEveryValueType() throws {
        let text = """
        # दैनिक समाचार के लिए
        log_level = "debug"
        [http]
        user_agent = 'timeline-test/1 (+mailto:desk@example.in)'
        timeout_seconds = 2.5
        max_bytes = 1_048_576

        [[feeds]]
        name = "देश"   # Devanagari key values are fine
        url = "https://samachar.example.in/rss/desh.xml"
        tags = ["राजनीति", "खेल",
                "मौसम"]
        enabled = true

        [[feeds]]
        name = "videsh\\u0021"
        """
        let document = try TOMLParser.parse(text, file: "d.toml")
        guard case .table(let root) = document.root, case .array(let feeds)? = root["feeds"], case .table(let http)? = root["http"] else {
            Issue.record("unexpected shape \(document.root)")
            return
        }
        #expect(root["log_level"] == .string("debug"))
        #expect(http["user_agent"] == .string("timeline-test/1 (+mailto:desk@example.in)"))
        #expect(http["timeout_seconds"] == .float(2.5))
        #expect(http["max_bytes"] == .integer(1_048_576))
        #expect(feeds.count == 2)
        #expect(feeds[0] == .table([
            "name": .string("देश"), "url": .string("https://samachar.example.in/rss/desh.xml"),
            "tags": .array([.string("राजनीति"), .string("खेल"), .string("मौसम")]), "enabled": .bool(true),
        ]))
        #expect(feeds[1] == .table(["name": .string("videsh!")]))
        #expect(document.lines["feeds[0].name"] == 9)
        #expect(document.lines["feeds[1].name"] == 16)
    }

    @Test func errorsNameTheLineAndTheKey() {
        let cases: [(String, Int, String?, String)] = [
            ("[spool]\ndirectory = /tmp/x\n", 2, "spool.directory", "strings need quotes"),
            ("a = 1\na = 2\n", 2, "a", "is set twice"),
            ("[http]\n[http]\n", 2, "http", "defined twice"),
            ("x = \"खुला\n", 1, "x", "not closed"),
            ("x = {a = 1}\n", 1, "x", "inline tables"),
            ("x = [1, 2\n", 2, "x", "not closed"),
            ("x = 1 y = 2\n", 1, nil, "one key = value per line"),
        ]
        for (text, line, key, words) in cases {
            do {
                _ = try TOMLParser.parse(text, file: "bad.toml")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.line == line, "\(text): \(error)")
                #expect(error.key == key, "\(text): \(error)")
                #expect(error.reason.contains(words), "\(text): \(error)")
                #expect(error.description.hasPrefix("bad.toml:\(line)"))
            }
        }
    }
}
