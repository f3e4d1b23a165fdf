/// Words that are never part of a person's or organization's name, though they often stand next to
/// one: diseases, market indices, and things written as abbreviations.
///
/// Example: in `"मंत्री रमेश कोरोना से संक्रमित"` the name after the role stops before `कोरोना`.
enum NonNameWords {
    static func contains(_ key: NameKey) -> Bool {
        words.contains(key)
    }

    static var allWords: Set<NameKey> { words }

    private static let words: Set<NameKey> = InstitutionWords.keys("""
    कोरोना कोरोनावायरस कोविड वायरस संक्रमण संक्रमित महामारी डेंगू मलेरिया टीबी कैंसर एड्स फ्लू
    लॉकडाउन लाकडाउन कर्फ्यू वैक्सीन टीका टीकाकरण मास्क पीपीई वेंटिलेटर
    सेंसेक्स निफ्टी शेयर बाजार सूचकांक रुपया रुपये रुपए डॉलर जीडीपी जीएसटी आईपीएल टी20
    उर्फ मैच टूर्नामेंट चुनाव परीक्षा योजना मिशन अभियान विधेयक बिल कानून
    ppe gdp gst ipl covid corona sensex nifty
    """)
}
