/// Short, stable event ids: `ev` and ten base-32 characters (50 bits) of a hash of the mention
/// that founded the event, so that replaying the same log founds the same ids.
/// `EventID.founded(by: "k3m9x2a7pq")` is always the same twelve characters.
public enum EventID {
    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")  // Crockford base32

    public static func founded(by mentionID: String) -> String {
        make("founded\u{1F}" + mentionID)
    }

    /// The id of the event a curator's split makes of `mentionIDs` (sorted, so the order they
    /// were named in does not matter).
    public static func split(from eventID: String, mentionIDs: [String]) -> String {
        make("split\u{1F}" + eventID + "\u{1F}" + mentionIDs.sorted().joined(separator: "\u{1F}"))
    }

    /// Whether `text` is written like an event id (it may still name no event).
    public static func looksLikeEventID(_ text: String) -> Bool {
        text.count == 12 && text.hasPrefix("ev") && text.dropFirst(2).allSatisfy { alphabet.contains($0) }
    }

    private static func make(_ text: String) -> String {
        let hash = TextKey.of(text)
        var out = "ev"
        for i in 0..<10 { out.append(alphabet[Int((hash >> UInt64(5 * (9 - i))) & 31)]) }
        return out
    }
}
