/// The word lists the tagger and the patterns consult, built once per recognizer.
///
/// Example: `wordClass(of: "ने")` is `.caseMarker`; of `मंत्रालय`, `.institution`; of `कोरोना`,
/// `.notName`; of `प्रवक्ता`, `.role`.
struct NameLexicon: Sendable {
    private let roles: RoleIndex
    static let caseMarkers: Set<NameKey> = InstitutionWords.keys("ने को से का की के में पर तक द्वारा")

    init(roles: RoleIndex) {
        self.roles = roles
    }

    static func isCaseMarker(_ key: NameKey) -> Bool {
        caseMarkers.contains(key)
    }

    func wordClass(of key: NameKey) -> TokenView.WordClass {
        Self.wordClass(WordFlags.of(key))
    }

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
