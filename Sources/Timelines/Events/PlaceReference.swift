import ActorRecognition

/// How a recognized place is recorded in a dated event.
///
/// `PlaceMention(actorID: "pyongyang", name: "प्योंगयांग", surface: "प्योंगयोंग", …)` becomes
/// `PlaceRef(key: "pyongyang", name: "प्योंगयांग", surface: "प्योंगयोंग")`; a place the gazetteer
/// does not know, "रामपुर", becomes `PlaceRef(key: "place:रामपुर", name: "रामपुर", surface: "रामपुर")`.
enum PlaceReference {
    static func make(from mention: PlaceMention) -> DatedEntry.PlaceRef {
        DatedEntry.PlaceRef(key: mention.actorID ?? key(for: mention.name), name: mention.name, surface: mention.surface)
    }

    /// `place:` followed by the name with its spelling variants folded, so that "रामपुर" with and
    /// without nukta or extra spaces is one place.
    static func key(for name: String) -> String {
        prefix + NameNormalizer.normalize(name)
    }

    static let prefix = "place:"
}
