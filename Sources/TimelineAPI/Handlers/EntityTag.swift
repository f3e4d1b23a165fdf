import Digest
import Timelines

/// Strong entity tags of timeline pages (32 hex digits, quoted on the wire), and `If-None-Match` read as RFC 9110 has it.
///
/// A page's tag is a hash of everything the page says (the actor, every field of every entry,
/// the order and the next cursor): it changes exactly when the page would read differently, so a
/// client that sends it back learns "not modified" while the projection has not moved for that actor.
enum EntityTag {
    static func of(actor: ActorSummary, page: TimelinePageResult, newestFirst: Bool) -> String {
        var parts = [actor.id, actor.name, actor.latinName, actor.kind, String(actor.provisional), String(actor.entryCount),
                     actor.aliases.joined(separator: "\u{1E}"), newestFirst ? "newest" : "oldest", page.next?.token ?? ""]
        parts.reserveCapacity(parts.count + page.entries.count * 24)
        for e in page.entries {
            parts += [e.id, e.actorName, e.value, e.granularity, e.firstDay, e.lastDay, e.expression, e.sentence,
                      e.otherActors.joined(separator: "\u{1E}"), e.otherActorIDs.joined(separator: "\u{1E}"), e.articleTitle,
                      e.articleURL ?? "\u{0}", e.articleIdentifier, e.published, e.evidence, e.places.joined(separator: "\u{1E}"),
                      e.trigger ?? "\u{0}", e.cameo ?? "\u{0}", e.quad.map(String.init) ?? "\u{0}", e.realis ?? "\u{0}",
                      e.role ?? "\u{0}"]
        }
        return String(SHA256.hex(joining: parts, separator: "\u{1F}").prefix(32))
    }

    /// Whether `If-None-Match` (`"a", W/"b"` or `*`) names the bare `tag`; weak comparison, as
    /// RFC 9110 asks of `If-None-Match`. (The tag goes out quoted: `EntityTagHeaderMiddleware`.)
    static func matches(_ header: String, _ tag: String) -> Bool {
        let wanted = "\"" + tag + "\""
        for item in header.split(separator: ",") {
            var candidate = item.trimmingCharacters(in: .whitespaces)
            if candidate == "*" { return true }
            if candidate.hasPrefix("W/") { candidate.removeFirst(2) }
            if candidate == wanted { return true }
        }
        return false
    }
}
