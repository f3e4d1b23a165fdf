/// The word classes the tagger's features use, read from a word's `WordFlags`.
///
/// Example: the class of `ने` is `.caseMarker`; of `मंत्रालय`, `.institution`; of `कोरोना`,
/// `.notName`; of `प्रवक्ता`, `.role`.
enum NameLexicon {
    static let caseMarkers: Set<NameKey> = InstitutionWords.keys("ने को से का की के में पर तक द्वारा")
    /// The markers of an agent: `भारत ने`, `आयोग द्वारा`.
    static let agentMarkers: Set<NameKey> = InstitutionWords.keys("ने द्वारा")
    /// The genitive markers: `रूस के`, `मंत्रालय की`, `नाम का`.
    static let genitives: Set<NameKey> = InstitutionWords.keys("के की का")

    static func wordClass(_ flags: WordFlags) -> TokenView.WordClass {
        if flags.contains(.caseMarker) { return .caseMarker }
        if !flags.isDisjoint(with: .head) { return .institution }
        if flags.contains(.roleStart) { return .role }
        if flags.contains(.honorific) { return .honorific }
        if flags.contains(.notName) { return .notName }
        if flags.contains(.stopWord) { return .stopWord }
        return .none
    }
}
