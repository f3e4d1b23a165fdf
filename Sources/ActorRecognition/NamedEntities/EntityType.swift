/// The kinds of names the statistical tagger finds.
///
/// Example: in `"थाना प्रभारी सुनील कुमार ने कानपुर में बताया"` the tagger marks `सुनील कुमार`
/// as `.person` and `कानपुर` as `.location`.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
    /// People (IL-NER `NEP`).
    case person = "PER"
    /// Organizations, companies, parties, bodies (IL-NER `NEO`).
    case organization = "ORG"
    /// Places: countries, states, cities, villages, rivers (IL-NER `NEL`).
    case location = "LOC"
}
