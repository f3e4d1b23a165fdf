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
        // Local news: officials, the police, courts, and the people of a case.
        "वरिष्ठ पुलिस अधीक्षक", "अपर पुलिस अधीक्षक", "पुलिस आयुक्त", "पुलिस महानिदेशक", "पुलिस उपाधीक्षक",
        "एसएसपी", "एसपी", "डीएसपी", "एएसपी", "डीआईजी", "आईजी", "डीजीपी", "डीएम", "एसडीएम", "एसडीओ", "सीओ", "सीएमओ",
        "बीडीओ", "सीडीओ", "सीईओ", "सीएमडी", "एसएचओ", "एसओ", "थाना प्रभारी", "थानाध्यक्ष", "थानेदार", "कोतवाल",
        "इंस्पेक्टर", "निरीक्षक", "उपनिरीक्षक", "दरोगा", "दारोगा", "सिपाही", "कांस्टेबल", "हेड कांस्टेबल",
        "जिला अधिकारी=जिलाधिकारी", "उपजिलाधिकारी", "कलेक्टर", "जिलाधीश", "कमिश्नर", "आयुक्त", "मंडलायुक्त",
        "मुख्य सचिव", "सचिव", "निदेशक", "प्रबंध निदेशक", "चेयरमैन", "सभापति", "उपाध्यक्ष", "कुलपति", "प्राचार्य",
        "प्रधानाचार्य", "प्रिंसिपल", "प्रोफेसर", "न्यायाधीश", "न्यायमूर्ति", "जज", "जस्टिस", "मजिस्ट्रेट",
        "महापौर", "मेयर", "पार्षद", "ग्राम प्रधान", "प्रधान", "सरपंच", "कोच", "अभिनेता", "अभिनेत्री",
        "पुलिस कमिश्नर", "पुलिस अधिकारी", "सीएम=मुख्यमंत्री", "पीएम=प्रधानमंत्री", "डिप्टी सीएम=उपमुख्यमंत्री",
        "आरोपी", "अभियुक्त", "पीड़ित", "पीड़िता", "मृतक", "शिकायतकर्ता", "प्रत्याशी", "उम्मीदवार",
        // District offices, and the professions news names people by.
        "अपर जिलाधिकारी", "एडीएम", "तहसीलदार", "नायब तहसीलदार", "लेखपाल", "मुख्य चिकित्सा अधिकारी",
        "मुख्य चिकित्साधिकारी=मुख्य चिकित्सा अधिकारी", "मुख्य कोषाधिकारी", "कोषाधिकारी", "वित्त नियंत्रक",
        "ज्वाइंट मजिस्ट्रेट", "संयुक्त मजिस्ट्रेट", "नगर आयुक्त", "बीएसए", "जेलर", "जेल अधीक्षक", "खंड विकास अधिकारी",
        "वकील", "अधिवक्ता", "सरकारी वकील", "लोक अभियोजक", "डॉक्टर", "चिकित्सक", "खिलाड़ी", "बल्लेबाज",
        "गेंदबाज", "चैंपियन", "समकक्ष", "निवासी", "लेखक", "गायक", "गायिका", "उद्योगपति",
    ]

    /// Roles that name one person even without a name after them ("एसएसपी ने बताया", "मुख्यमंत्री ने कहा").
    private static let offices: Set<String> = [
        "राष्ट्रपति", "उपराष्ट्रपति", "प्रधानमंत्री", "उप प्रधानमंत्री", "मुख्यमंत्री", "उपमुख्यमंत्री", "राज्यपाल",
        "उपराज्यपाल", "चांसलर", "सेनाध्यक्ष", "जिलाधिकारी", "पुलिस अधीक्षक", "वरिष्ठ पुलिस अधीक्षक",
        "अपर पुलिस अधीक्षक", "पुलिस आयुक्त", "पुलिस महानिदेशक", "एसएसपी", "एसपी", "डीआईजी", "आईजी", "डीजीपी",
        "डीएम", "एसडीएम", "सीओ", "सीएमओ", "बीडीओ", "सीडीओ", "एसएचओ", "थाना प्रभारी", "थानाध्यक्ष", "कोतवाल",
        "उपजिलाधिकारी", "कलेक्टर", "जिलाधीश", "कमिश्नर", "मंडलायुक्त", "मुख्य सचिव", "कुलपति", "महापौर", "मेयर",
        "ग्राम प्रधान", "सरपंच", "अपर जिलाधिकारी", "एडीएम", "तहसीलदार", "मुख्य चिकित्सा अधिकारी",
        "मुख्य कोषाधिकारी", "वित्त नियंत्रक", "ज्वाइंट मजिस्ट्रेट", "संयुक्त मजिस्ट्रेट", "नगर आयुक्त", "बीएसए",
        "जेल अधीक्षक", "विदेश मंत्री", "रक्षा मंत्री", "गृह मंत्री", "वित्त मंत्री",
    ]

    /// Whether a role (as reported, e.g. `एसएसपी`) names one office-holder on its own.
    func isOffice(_ role: String) -> Bool {
        Self.offices.contains(role)
    }

    /// The first words of all roles (`विदेश` of `विदेश मंत्री`).
    static let firstWords: Set<NameKey> = Set(spellings.compactMap {
        Tokenizer.keys(of: String($0.split(separator: "=", maxSplits: 1)[0])).first
    })

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
