/// Everything the word lists say about one folded word, looked up once per token.
///
/// Example: `WordFlags.of("ने")` contains `.caseMarker` and `.stopWord`; `WordFlags.of("पुलिस")`
/// contains `.governmentHead` and `.standAloneHead`; `WordFlags.of("यादव")` contains `.surname`.
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let stopWord = WordFlags(rawValue: 1 << 0)
    static let honorific = WordFlags(rawValue: 1 << 1)
    static let initial = WordFlags(rawValue: 1 << 2)
    static let caseMarker = WordFlags(rawValue: 1 << 3)
    static let governmentHead = WordFlags(rawValue: 1 << 4)
    static let organizationHead = WordFlags(rawValue: 1 << 5)
    static let standAloneHead = WordFlags(rawValue: 1 << 6)
    static let qualifier = WordFlags(rawValue: 1 << 7)
    static let notName = WordFlags(rawValue: 1 << 8)
    static let roleStart = WordFlags(rawValue: 1 << 9)
    static let givenName = WordFlags(rawValue: 1 << 10)
    static let surname = WordFlags(rawValue: 1 << 11)
    static let placeWord = WordFlags(rawValue: 1 << 12)
    static let commonNoun = WordFlags(rawValue: 1 << 13)
    /// A word that names a kind of thing named like a person (`तूफान`, see `MentionScanner.thingWords`).
    static let thingWord = WordFlags(rawValue: 1 << 14)
    /// A word before a locality's name (`गांव`, see `MentionScanner.beforeName`).
    static let localityWord = WordFlags(rawValue: 1 << 15)

    static let head: WordFlags = [.governmentHead, .organizationHead]

    /// The flags of a folded word (empty for a word in no list).
    static func of(_ key: NameKey) -> WordFlags {
        table[key] ?? []
    }

    /// Reads the word lists now rather than on the first word looked up (a recognizer does it
    /// when it is made, so that its first text is not slower than the rest).
    static func load() {
        _ = table.count
    }

    private static let table: [NameKey: WordFlags] = {
        var table: [NameKey: WordFlags] = [:]
        func add(_ keys: some Sequence<NameKey>, _ flag: WordFlags) {
            for key in keys { table[key, default: []].insert(flag) }
        }
        add(StopWords.allWords, .stopWord)
        add(StopWords.allCommonNouns, .commonNoun)
        add(StopWords.allHonorifics, .honorific)
        add(StopWords.allInitials, .initial)
        add(NameLexicon.caseMarkers, .caseMarker)
        add(InstitutionWords.governmentHeads, .governmentHead)
        add(InstitutionWords.organizationHeads, .organizationHead)
        add(InstitutionWords.standAlone, .standAloneHead)
        add(InstitutionWords.qualifiers, .qualifier)
        add(NonNameWords.allWords, .notName)
        add(RoleIndex.firstWords, .roleStart)
        add(CommonNames.givenNames, .givenName)
        add(CommonNames.surnames, .surname)
        add(PlaceNames.shared.allWords, .placeWord)
        add(MentionScanner.thingWords, .thingWord)
        add(MentionScanner.beforeName, .localityWord)
        return table
    }()
}
