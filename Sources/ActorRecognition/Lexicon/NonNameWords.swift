/// Words that are never part of a person's or organization's name, though they often stand next to
/// one: diseases, market indices, things written as abbreviations, and the states and adverbs that
/// follow a role word (`जज नियुक्त`, `एसपी घायल`, `न्यायाधीश … फिलहाल`).
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
    नियुक्त तैनात घायल गिरफ्तार गिरफ़्तार निलंबित बर्खास्त सस्पेंड शामिल उपस्थित मृत बरामद फरार रिहा
    सेवानिवृत्त रिटायर मनोनीत निर्वाचित नामित फिलहाल फ़िलहाल दोबारा तुरंत
    एक्सप्रेस पैसेंजर ट्रेन ट्रेनों रेलगाड़ी रेलगाड़ियों
    ppe gdp gst ipl covid corona sensex nifty
    """)
}
