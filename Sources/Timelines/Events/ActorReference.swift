import ActorRecognition

/// How a recognized mention is recorded in a dated event.
enum ActorReference {
    static func make(from mention: ActorMention) -> DatedEntry.ActorRef {
        let provisional = mention.actorID == nil
        return DatedEntry.ActorRef(
            key: mention.actorID ?? provisionalKey(for: mention.name),
            name: mention.name,
            kind: mention.kind?.rawValue ?? "person",
            provisional: provisional,
            surface: mention.surface,
            evidence: evidence(mention.evidence)
        )
    }

    /// `provisional:` followed by the name with its spelling variants folded, so that
    /// "राजेश वर्मा" with and without nukta or extra spaces is one actor.
    static func provisionalKey(for name: String) -> String {
        provisionalPrefix + NameNormalizer.normalize(name)
    }

    static let provisionalPrefix = "provisional:"

    static func evidence(_ evidence: Evidence) -> String {
        evidence.label
    }
}
