import Testing
@testable import HindiEvents

/// The sentences of `EventCases`, each read as the reader reads a dated entry.
@Suite struct EventReaderCaseTests {
    static let reader = EventReader()

    /// The scalar range of the first occurrence of `part` in `sentence`.
    static func range(of part: String, in sentence: String) -> Range<Int>? {
        guard let found = sentence.range(of: part) else { return nil }
        let start = sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: found.lowerBound)
        return start..<(start + part.unicodeScalars.count)
    }

    static func read(_ c: EventCase) -> EventReading? {
        guard let date = range(of: c.date, in: c.sentence) else { return nil }
        let actors = c.actors.compactMap { range(of: $0, in: c.sentence) }
        guard actors.count == c.actors.count else { return nil }
        return reader.read(c.sentence, date: date, actors: actors, dateAfterPublication: c.future)
    }

    @Test(arguments: EventCases.cameo)
    func triggerAndCAMEORoot(_ c: EventCase) throws {
        let reading = try #require(Self.read(c), "date or an actor is not in the sentence")
        #expect(reading.trigger?.text == c.trigger)
        #expect(reading.cameo?.code == c.cameo)
    }

    @Test(arguments: EventCases.realis)
    func realis(_ c: EventCase) throws {
        let reading = try #require(Self.read(c), "date or an actor is not in the sentence")
        #expect(reading.realis == c.realis, "cues: \(reading.realisCues)")
    }

    @Test(arguments: EventCases.roles)
    func roles(_ c: EventCase) throws {
        let reading = try #require(Self.read(c), "date or an actor is not in the sentence")
        let sources = zip(c.actors, reading.roles).filter { $0.1 == .source }.map(\.0)
        let targets = zip(c.actors, reading.roles).filter { $0.1 == .target }.map(\.0)
        #expect(sources == c.source, "markers: \(reading.roleMarkers)")
        #expect(targets == c.target, "markers: \(reading.roleMarkers)")
    }
}
