@testable import Daemon
import Testing

@Suite struct TOMLConfigTests {
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
        started = 2025-07-18T06:00:00+05:30
        """
        let document = try TOMLConfig.parse(text, file: "d.toml")
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
        #expect(feeds[1] == .table(["name": .string("videsh!"), "started": .dateTime("2025-07-18T06:00:00+05:30")]))
        #expect(document.lines["log_level"] == 2)
        #expect(document.lines["http"] == 3)
        #expect(document.lines["http.max_bytes"] == 6)
        #expect(document.lines["feeds[0]"] == 8)
        #expect(document.lines["feeds[0].name"] == 9)
        #expect(document.lines["feeds[0].enabled"] == 13)
        #expect(document.lines["feeds[1]"] == 15)
        #expect(document.lines["feeds[1].name"] == 16)
    }

    /// The scan for key lines skips every kind of value whole, so nothing inside a value is taken for a key.
    @Test func keyLinesFollowTOMLWhereValuesSpanLinesOrLookLikeKeys() throws {
        let text = """
        title = \"\"\"
        [spool]
        directory = "not a key"
        \"\"\"
        note = '''
        [[feeds]] '''''
        "quoted key" = 1
        'literal.key' = 2
        a.b . c = 3   # comment with = and [x]
        escaped = "quote \\" and # not a comment"
        list = [
          { name = "x" },  # [[feeds]]
          [1, 2],
        ]
        inline = { url = "https://x.example/a", nested = { deep = true } }
        [[feeds]]
        name = "a"
        [[feeds.mirrors]]
        url = "https://m.example/1"
        [[feeds.mirrors]]
        url = "https://m.example/2"
        [[feeds]]
        [[feeds.mirrors]]
        url = "https://m.example/3"
        ["spool"]
        "dir\\u0065ctory" = "/tmp"\r
        x = 1\r
        """ + "\n"
        let document = try TOMLConfig.parse(text, file: "d.toml")
        let expected: [String: Int] = [
            "title": 1, "note": 5, "quoted key": 7, "literal.key": 8, "a": 9, "a.b": 9, "a.b.c": 9, "escaped": 10,
            "list": 11, "inline": 15, "feeds": 16, "feeds[0]": 16, "feeds[0].name": 17,
            "feeds[0].mirrors": 18, "feeds[0].mirrors[0]": 18, "feeds[0].mirrors[0].url": 19,
            "feeds[0].mirrors[1]": 20, "feeds[0].mirrors[1].url": 21, "feeds[1]": 22,
            "feeds[1].mirrors": 23, "feeds[1].mirrors[0]": 23, "feeds[1].mirrors[0].url": 24,
            "spool": 25, "spool.directory": 26, "spool.x": 27,
        ]
        #expect(document.lines == expected)
        guard case .table(let root) = document.root else { return }
        #expect(root["note"] == .string("[[feeds]] ''"))
        #expect(root["a"] == .table(["b": .table(["c": .integer(3)])]))
        #expect(root["spool"] == .table(["directory": .string("/tmp"), "x": .integer(1)]))
    }

    @Test func syntaxErrorsNameFileLineAndColumn() {
        let cases: [(String, Int, Int)] = [
            ("[spool]\ndirectory = /tmp/x\n", 2, 13),
            ("a = 1\na = 2\n", 2, 5),
            ("[http]\n[http]\n", 2, 1),
            ("x = \"खुला\n", 1, 10),  // columns count Unicode scalars
            ("x = [1, 2\n", 1, 11),
            ("x = 1 y = 2\n", 1, 7),
        ]
        for (text, line, column) in cases {
            do {
                _ = try TOMLConfig.parse(text, file: "bad.toml")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.line == line, "\(text): \(error)")
                #expect(error.column == column, "\(text): \(error)")
                #expect(error.key == nil, "\(text): \(error)")
                #expect(error.description.hasPrefix("bad.toml:\(line):\(column): is not valid TOML: "), "\(error)")
            }
        }
    }

    @Test func aNULCharacterIsRefusedWithItsLine() {
        #expect(throws: ConfigError(file: "d.toml", line: 2, reason: "contains a NUL character, which TOML does not allow")) {
            try TOMLConfig.parse("a = 1\nb = \"x\u{0}\"\n", file: "d.toml")
        }
    }
}
