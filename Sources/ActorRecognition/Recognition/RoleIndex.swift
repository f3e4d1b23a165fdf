/// Role words that introduce a name: `राष्ट्रपति X`, `विदेश मंत्री X`, `प्रवक्ता X`, ...
struct RoleIndex: Sendable {
    struct Role: Sendable {
        var keys: [NameKey]
        /// The role as reported in `Evidence.rolePattern`, e.g. `विदेश मंत्री` also for `विदेशमंत्री`.
        var name: String
    }

    /// Each spelling followed by the name reported for it (after `=`, when different).
    private static let spellings = [
        "राष्ट्रपति", "उपराष्ट्रपति", "उप राष्ट्रपति=उपराष्ट्रपति",
        "प्रधानमंत्री", "प्रधान मंत्री=प्रधानमंत्री", "उप प्रधानमंत्री", "उपप्रधानमंत्री=उप प्रधानमंत्री",
        "विदेश मंत्री", "विदेशमंत्री=विदेश मंत्री", "रक्षा मंत्री", "रक्षामंत्री=रक्षा मंत्री",
        "गृह मंत्री", "गृहमंत्री=गृह मंत्री", "वित्त मंत्री", "वित्तमंत्री=वित्त मंत्री",
        "मुख्यमंत्री", "मुख्य मंत्री=मुख्यमंत्री", "उपमुख्यमंत्री", "उप मुख्यमंत्री=उपमुख्यमंत्री",
        "केंद्रीय मंत्री", "मंत्री", "प्रवक्ता", "प्रमुख", "नेता", "महासचिव", "राजदूत", "सांसद", "विधायक",
        "अध्यक्ष", "राज्यपाल", "उपराज्यपाल", "चांसलर", "सेनाध्यक्ष", "गवर्नर", "महानिदेशक", "जिलाधिकारी",
        "पुलिस अधीक्षक", "कप्तान",
    ]

    private let byFirstKey: [NameKey: [Role]]
    private let firstKeys: Set<NameKey>

    init() {
        var table: [NameKey: [Role]] = [:]
        for spelling in Self.spellings {
            let parts = spelling.split(separator: "=", maxSplits: 1).map(String.init)
            let keys = Tokenizer.keys(of: parts[0])
            guard let first = keys.first else { continue }
            table[first, default: []].append(Role(keys: keys, name: parts.count > 1 ? parts[1] : parts[0]))
        }
        byFirstKey = table.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
        firstKeys = Set(table.keys)
    }

    /// The longest role starting at token `index`, and how many tokens it spans.
    func match(_ tokens: [TextToken], at index: Int) -> (role: Role, length: Int)? {
        guard let candidates = byFirstKey[tokens[index].key] else { return nil }
        for role in candidates where index + role.keys.count <= tokens.count {
            var matches = true
            for offset in 1..<max(role.keys.count, 1) {
                let token = tokens[index + offset]
                if token.hardBreakBefore || token.key != role.keys[offset] {
                    matches = false
                    break
                }
            }
            if matches { return (role, role.keys.count) }
        }
        return nil
    }

    /// Whether a role may start with this token (used to end a name before the next role).
    func startsRole(_ key: NameKey) -> Bool {
        firstKeys.contains(key)
    }
}
