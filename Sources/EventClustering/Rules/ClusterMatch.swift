/// Why a mention may join an event, and how strongly: shared actors are required, the dates
/// must meet, and the trigger, the type or the sentence's words must agree.
///
/// `"मोदी ने सोमवार को बाइडेन से मुलाकात की"` against an event holding
/// `"सोमवार को मोदी और बाइडेन की मुलाकात हुई"`: actors `narendra-modi`, `joe-biden`, same trigger
/// `मुलाकात`, same type `04`, similarity 1.0, both one day.
public struct ClusterMatch: Sendable, Equatable {
    public var sharedActors: [String]
    public var sameTrigger: String?
    public var sameType: String?
    /// The highest sentence similarity with one of the event's mentions.
    public var similarity: Double
    /// Both the mention and the event are one day (so the day is the same).
    public var sameDay: Bool
    public var score: Double

    /// `shared actors a, b; same trigger मुलाकात; same type 04; similarity 0.62; same day`.
    public var reason: String {
        var parts = ["shared actors " + sharedActors.joined(separator: ", ")]
        if let sameTrigger { parts.append("same trigger \(sameTrigger)") }
        if let sameType { parts.append("same type \(sameType)") }
        parts.append("similarity " + Decimals.two(similarity))
        parts.append(sameDay ? "same day" : "dates overlap")
        return parts.joined(separator: "; ")
    }
}
