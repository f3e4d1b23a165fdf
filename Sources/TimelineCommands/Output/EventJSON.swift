import HindiTemporal
import Timelines

/// One dated entry of `timeline extract --events` as a JSON object with stable key order:
/// `{"expression":{"text","start","end","type","value"},"trigger":{"text","start","end"}|null,
/// "cameo":"04"|null,"quad":1|null,"realis":"actual",…,"actors":[{"name","id","surface","role"}],
/// "sentence":{"start","end"}}` (offsets in Unicode scalars of the text).
enum EventJSON {
    static func line(_ entry: DatedEntry, sentence: Range<Int>?) -> String {
        let q = TimexJSON.quote
        let e = entry.expression
        var s = "{\"expression\":{\"text\":\(q(e.text)),\"start\":\(e.start),\"end\":\(e.end)"
        s += ",\"type\":\(q(e.type)),\"value\":\(q(e.value))}"
        if let trigger = entry.event?.trigger {
            s += ",\"trigger\":{\"text\":\(q(trigger.text)),\"start\":\(trigger.start),\"end\":\(trigger.end)"
            s += ",\"lemma\":\(q(trigger.lemma))}"
        } else {
            s += ",\"trigger\":null"
        }
        s += ",\"cameo\":\(entry.event?.cameo.map(q) ?? "null"),\"quad\":\(entry.event?.quad.map(String.init) ?? "null")"
        s += ",\"realis\":\(entry.event.map { q($0.realis) } ?? "null")"
        s += ",\"actors\":[" + entry.actors.map { actor in
            "{\"name\":\(q(actor.name)),\"id\":\(actor.provisional ? "null" : q(actor.key)),\"surface\":\(q(actor.surface))"
                + ",\"role\":\(actor.role.map(q) ?? "null")}"
        }.joined(separator: ",") + "]"
        s += sentence.map { ",\"sentence\":{\"start\":\($0.lowerBound),\"end\":\($0.upperBound)}" } ?? ",\"sentence\":null"
        return s + "}"
    }
}
