import EventStore
import Foundation
import Postgres
import Testing

@Suite struct EventLogValidationTests {
    @Test func emptyStreamIDIsRefused() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let error = #expect(throws: EventLogError.self) { try log.append(to: "", [NewEvent(type: "A", data: "{}")], expected: .any) }
            guard case .invalidStreamID = error?.code else { Issue.record("got \(String(describing: error))"); return }
            let long = #expect(throws: EventLogError.self) {
                try log.append(to: String(repeating: "क", count: 100), [NewEvent(type: "A", data: "{}")], expected: .any)
            }
            #expect(long.map { String(reflecting: $0) }?.contains("300 bytes") == true)
            #expect(try LogFixture.count(conn) == 0)
        }
    }

    @Test func invalidJSONNamesTheFieldAndWritesNothing() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let error = #expect(throws: EventLogError.self) {
                try log.append(batch: [
                    (stream: "ok", events: [NewEvent(type: "A", data: "{}")], expected: .any),
                    (stream: "bad", events: [NewEvent(type: "A", data: "{}"), NewEvent(type: "A", data: "{तारीख: कल}")], expected: .any),
                ])
            }
            #expect(error?.code == .invalidJSON(field: "events[2].data"))
            let metadata = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(type: "A", data: "{}", metadata: "[1,")], expected: .any)
            }
            #expect(metadata?.code == .invalidJSON(field: "events[0].metadata"))
            let escapedNul = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(type: "A", data: #"{"a": "\u0000"}"#)], expected: .any)
            }
            #expect(escapedNul?.code == .invalidJSON(field: "events[0].data"))
            let empty = #expect(throws: EventLogError.self) { try log.append(to: "s", [NewEvent(type: "A", data: " ")], expected: .any) }
            #expect(empty?.code == .invalidJSON(field: "events[0].data"))
            #expect(try LogFixture.count(conn) == 0)
        }
    }

    @Test func oversizedPayloadIsRefusedBeforeSending() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let huge = #"{"text": ""# + String(repeating: "a", count: 20 * 1024 * 1024) + #""}"#
            let error = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(type: "A", data: "{}"), NewEvent(type: "A", data: huge)], expected: .any)
            }
            #expect(error?.code == .payloadTooLarge(field: "events[1].data", size: huge.utf8.count, limit: EventLog.maximumDataBytes))
            #expect(error?.description.contains("aaaa") == false)
            #expect(try LogFixture.count(conn) == 0)
        }
    }

    @Test func nulBytesAreRefusedWithTheField() throws {
        try LogFixture.withLog { log, conn, _ throws in
            let inData = #expect(throws: EventLogError.self) {
                try log.append(to: "s", [NewEvent(type: "A", data: "{\"a\": \"x\u{0}y\"}")], expected: .any)
            }
            #expect(inData?.code == .nulByte(field: "events[0].data"))
            let inStream = #expect(throws: EventLogError.self) { try log.append(to: "s\u{0}t", [NewEvent(type: "A", data: "{}")], expected: .any) }
            #expect(inStream?.code == .nulByte(field: "stream id"))
            let inType = #expect(throws: EventLogError.self) { try log.append(to: "s", [NewEvent(type: "A\u{0}", data: "{}")], expected: .any) }
            #expect(inType?.code == .nulByte(field: "events[0].type"))
            let emptyType = #expect(throws: EventLogError.self) { try log.append(to: "s", [NewEvent(type: "", data: "{}")], expected: .any) }
            #expect(emptyType?.code == .invalidEventType(index: 0))
            #expect(try LogFixture.count(conn) == 0)
        }
    }

    @Test func unreachableDatabaseSurfacesAsAnError() throws {
        try LogFixture.withLog { log, conn, _ throws in
            conn.close()
            let error = #expect(throws: EventLogError.self) { try log.read(after: 0) }
            #expect(error?.code == .database)
            #expect(error?.underlying?.code == .connectionClosed)
            let append = #expect(throws: EventLogError.self) { try log.append(to: "s", [NewEvent(type: "A", data: "{}")], expected: .any) }
            #expect(append?.underlying?.code == .connectionClosed)
        }
    }
}
