import HindiEvents

/// Reads the event of one dated entry with `HindiEvents.EventReader` and puts its result in the
/// entry's terms: the trigger in article offsets, and one role per distinct actor.
///
/// For "लावरोव ने शनिवार को किम से मुलाकात की।" the entry for `शनिवार` gets the event
/// {trigger `मुलाकात`, cameo `04`, realis `actual`} and the actors Lavrov (`source`, `ने`) and
/// Kim (`target`, `से`). An actor named twice in the sentence takes its strongest role.
struct EntryEventReading {
    /// The sentence, read once for all its dates, and where it starts in the article (Unicode scalars).
    let sentence: EventSentence
    let sentenceStart: Int
    /// The actor mentions of the sentence: article ranges and the index of the actor each names
    /// among the entry's actors.
    let mentions: [(range: Range<Int>, actor: Int)]

    func read(with reader: EventReader, expression: Range<Int>, dateAfterPublication: Bool,
              actors: [DatedEntry.ActorRef]) -> (event: DatedEntry.Event, actors: [DatedEntry.ActorRef]) {
        let shift = sentenceStart
        let reading = reader.read(
            sentence, date: (expression.lowerBound - shift)..<(expression.upperBound - shift),
            actors: mentions.map { ($0.range.lowerBound - shift)..<($0.range.upperBound - shift) },
            dateAfterPublication: dateAfterPublication)
        let trigger = reading.trigger.map {
            DatedEntry.Event.Trigger(text: $0.text, start: $0.scalarRange.lowerBound + shift,
                                     end: $0.scalarRange.upperBound + shift, lemma: $0.entry.lemma, line: $0.entry.line)
        }
        let event = DatedEntry.Event(trigger: trigger, cameo: reading.cameo?.code, cameoRule: reading.cameoRule,
                                     realis: reading.realis.rawValue, realisCues: reading.realisCues)
        var best = [(role: ActorRole, marker: String)](repeating: (.other, ""), count: actors.count)
        for (index, mention) in mentions.enumerated() where mention.actor < actors.count {
            let role = reading.roles[index]
            if Self.rank(role) > Self.rank(best[mention.actor].role) { best[mention.actor] = (role, reading.roleMarkers[index]) }
        }
        var withRoles = actors
        for index in withRoles.indices {
            withRoles[index].role = best[index].role.rawValue
            withRoles[index].roleMarker = best[index].marker.isEmpty ? nil : best[index].marker
        }
        return (event, withRoles)
    }

    private static func rank(_ role: ActorRole) -> Int {
        switch role {
        case .source: 2
        case .target: 1
        case .other: 0
        }
    }
}
