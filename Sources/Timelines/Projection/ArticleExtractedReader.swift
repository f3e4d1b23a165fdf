import HindiTemporal

/// Reads an `ArticleExtracted` payload straight from its JSON text, several times faster than
/// `JSONDecoder` (which was the projection's largest cost on the client). It yields the value
/// `JSONDecoder` would: keys in any order, unknown keys skipped, every field required but an
/// entry's `places` (absent in entries recorded before places were kept: none). When the
/// text is anything else it throws, and ``TimelinePayload`` lets `JSONDecoder` read it instead.
///
/// From `{"streamID": "article-…", "entries": [{"entryID": "18w7mhch5b", "sentence":
/// "रविवार शाम को जयराम रमेश ने …", …}], …}` it reads the same `ArticleExtracted` as
/// `JSONDecoder().decode(ArticleExtracted.self, from:)`.
enum ArticleExtractedReader {
    typealias Malformed = JSONByteReader.Malformed

    static func read(_ json: String) throws -> ArticleExtracted {
        var json = json
        return try json.withUTF8 { bytes in
            var reader = JSONByteReader(bytes)
            let value = try extracted(&reader)
            try reader.end()
            return value
        }
    }

    private static func extracted(_ reader: inout JSONByteReader) throws -> ArticleExtracted {
        var streamID: String?, articleRevision: Int?, entries: [DatedEntry]?, expressions: Int?
        var unresolved: [ArticleExtracted.Unresolved]?, extractorVersion: String?, gazetteerRevision: String?
        try reader.object { reader, key in
            switch key {
            case "streamID": streamID = try reader.string()
            case "articleRevision": articleRevision = try reader.int()
            case "entries":
                var list: [DatedEntry] = []
                try reader.array { list.append(try entry(&$0)) }
                entries = list
            case "expressions": expressions = try reader.int()
            case "unresolved":
                var list: [ArticleExtracted.Unresolved] = []
                try reader.array { list.append(try gap(&$0)) }
                unresolved = list
            case "extractorVersion": extractorVersion = try reader.string()
            case "gazetteerRevision": gazetteerRevision = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let streamID, let articleRevision, let entries, let expressions, let unresolved, let extractorVersion,
              let gazetteerRevision else { throw Malformed(position: -1) }
        return ArticleExtracted(
            streamID: streamID, articleRevision: articleRevision, entries: entries, expressions: expressions,
            unresolved: unresolved, extractorVersion: extractorVersion, gazetteerRevision: gazetteerRevision)
    }

    private static func entry(_ reader: inout JSONByteReader) throws -> DatedEntry {
        var entryID: String?, sentenceIndex: Int?, sentence: String?, expression: DatedEntry.Expression?
        var interval: DayInterval?, actors: [DatedEntry.ActorRef]?, places: [DatedEntry.PlaceRef] = []
        var event: DatedEntry.Event?
        try reader.object { reader, key in
            switch key {
            case "entryID": entryID = try reader.string()
            case "sentenceIndex": sentenceIndex = try reader.int()
            case "sentence": sentence = try reader.string()
            case "expression": expression = try self.expression(&reader)
            case "interval": interval = try self.interval(&reader)
            case "actors":
                var list: [DatedEntry.ActorRef] = []
                try reader.array { list.append(try actor(&$0)) }
                actors = list
            case "places":
                // Absent in entries recorded before places were kept: none.
                var list: [DatedEntry.PlaceRef] = []
                try reader.array { list.append(try place(&$0)) }
                places = list
            case "event": event = try self.event(&reader)
            default: try reader.skipValue()
            }
        }
        guard let entryID, let sentenceIndex, let sentence, let expression, let interval, let actors else {
            throw Malformed(position: -1)
        }
        return DatedEntry(entryID: entryID, sentenceIndex: sentenceIndex, sentence: sentence, expression: expression,
                          interval: interval, actors: actors, places: places, event: event)
    }

    /// An entry's event (absent in entries recorded before events were read).
    private static func event(_ reader: inout JSONByteReader) throws -> DatedEntry.Event {
        var trigger: DatedEntry.Event.Trigger?, cameo: String?, cameoRule: String?, realis: String?, cues: [String]?
        try reader.object { reader, key in
            switch key {
            case "trigger": trigger = try self.trigger(&reader)
            case "cameo": cameo = try reader.string()
            case "cameoRule": cameoRule = try reader.string()
            case "realis": realis = try reader.string()
            case "realisCues":
                var list: [String] = []
                try reader.array { list.append(try $0.string()) }
                cues = list
            default: try reader.skipValue()
            }
        }
        guard let realis, let cues else { throw Malformed(position: -1) }
        return DatedEntry.Event(trigger: trigger, cameo: cameo, cameoRule: cameoRule, realis: realis, realisCues: cues)
    }

    private static func trigger(_ reader: inout JSONByteReader) throws -> DatedEntry.Event.Trigger {
        var text: String?, start: Int?, end: Int?, lemma: String?, line: Int?
        try reader.object { reader, key in
            switch key {
            case "text": text = try reader.string()
            case "start": start = try reader.int()
            case "end": end = try reader.int()
            case "lemma": lemma = try reader.string()
            case "line": line = try reader.int()
            default: try reader.skipValue()
            }
        }
        guard let text, let start, let end, let lemma, let line else { throw Malformed(position: -1) }
        return DatedEntry.Event.Trigger(text: text, start: start, end: end, lemma: lemma, line: line)
    }

    private static func expression(_ reader: inout JSONByteReader) throws -> DatedEntry.Expression {
        var text: String?, start: Int?, end: Int?, type: String?, value: String?, granularity: String?
        var tense: String?, rule: String?, anchor: String?
        try reader.object { reader, key in
            switch key {
            case "text": text = try reader.string()
            case "start": start = try reader.int()
            case "end": end = try reader.int()
            case "type": type = try reader.string()
            case "value": value = try reader.string()
            case "granularity": granularity = try reader.string()
            case "tense": tense = try reader.string()
            case "rule": rule = try reader.string()
            case "anchor": anchor = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let text, let start, let end, let type, let value, let granularity, let tense, let rule else {
            throw Malformed(position: -1)
        }
        return DatedEntry.Expression(text: text, start: start, end: end, type: type, value: value,
                                     granularity: granularity, tense: tense, rule: rule, anchor: anchor)
    }

    private static func actor(_ reader: inout JSONByteReader) throws -> DatedEntry.ActorRef {
        var key: String?, name: String?, kind: String?, provisional: Bool?, surface: String?, evidence: String?
        var role: String?, roleMarker: String?
        try reader.object { reader, field in
            switch field {
            case "key": key = try reader.string()
            case "name": name = try reader.string()
            case "kind": kind = try reader.string()
            case "provisional": provisional = try reader.bool()
            case "surface": surface = try reader.string()
            case "evidence": evidence = try reader.string()
            case "role": role = try reader.string()
            case "roleMarker": roleMarker = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let key, let name, let kind, let provisional, let surface, let evidence else { throw Malformed(position: -1) }
        return DatedEntry.ActorRef(key: key, name: name, kind: kind, provisional: provisional, surface: surface,
                                   evidence: evidence, role: role, roleMarker: roleMarker)
    }

    private static func place(_ reader: inout JSONByteReader) throws -> DatedEntry.PlaceRef {
        var key: String?, name: String?, surface: String?
        try reader.object { reader, field in
            switch field {
            case "key": key = try reader.string()
            case "name": name = try reader.string()
            case "surface": surface = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let key, let name, let surface else { throw Malformed(position: -1) }
        return DatedEntry.PlaceRef(key: key, name: name, surface: surface)
    }

    private static func interval(_ reader: inout JSONByteReader) throws -> DayInterval {
        var first: CalendarDay?, last: CalendarDay?
        try reader.object { reader, key in
            switch key {
            case "first": first = try day(&reader)
            case "last": last = try day(&reader)
            default: try reader.skipValue()
            }
        }
        guard let first, let last else { throw Malformed(position: -1) }
        return DayInterval(first: first, last: last)
    }

    /// A day as `{"year": …, "month": …, "day": …}`; one that is not a calendar day is left to `JSONDecoder`.
    private static func day(_ reader: inout JSONByteReader) throws -> CalendarDay {
        var year: Int?, month: Int?, day: Int?
        try reader.object { reader, key in
            switch key {
            case "year": year = try reader.int()
            case "month": month = try reader.int()
            case "day": day = try reader.int()
            default: try reader.skipValue()
            }
        }
        guard let year, let month, let day, let calendarDay = CalendarDay(year: year, month: month, day: day) else {
            throw Malformed(position: -1)
        }
        return calendarDay
    }

    private static func gap(_ reader: inout JSONByteReader) throws -> ArticleExtracted.Unresolved {
        var text: String?, start: Int?, end: Int?, type: String?, value: String?, reason: String?
        try reader.object { reader, key in
            switch key {
            case "text": text = try reader.string()
            case "start": start = try reader.int()
            case "end": end = try reader.int()
            case "type": type = try reader.string()
            case "value": value = try reader.string()
            case "reason": reason = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let text, let start, let end, let type, let value, let reason else { throw Malformed(position: -1) }
        return ArticleExtracted.Unresolved(text: text, start: start, end: end, type: type, value: value, reason: reason)
    }
}
