/// Head words of institutional names: the last word of `राजस्थान सरकार`, `स्वास्थ्य मंत्रालय`,
/// `नेशनल स्टॉक एक्सचेंज`, `इलाहाबाद हाई कोर्ट`.
///
/// Example: `InstitutionWords.kind(of: "मंत्रालय")` is `.government`; of `बैंक`, `.organization`.
enum InstitutionWords {
    enum Kind: Sendable {
        /// Governments and their bodies: सरकार, पुलिस, प्रशासन, मंत्रालय, विभाग, आयोग, अदालत, ...
        case government
        /// Companies, banks, parties, hospitals, universities, ...
        case organization
    }

    /// Heads that name a government body even when nothing precedes them ("पुलिस ने", "सरकार ने").
    static let standAlone: Set<NameKey> = keys("सरकार पुलिस प्रशासन")

    /// Words that may open an institutional name before a head without being a place:
    /// `राज्य सरकार`, `केंद्र सरकार`, `जिला प्रशासन`, `नगर निगम`.
    static let qualifiers: Set<NameKey> = keys("""
    राज्य केंद्र केंद्रीय जिला ज़िला नगर प्रदेश राष्ट्रीय भारतीय अंतरराष्ट्रीय अंतर्राष्ट्रीय संघीय
    स्वास्थ्य गृह विदेश रक्षा वित्त शिक्षा कृषि रेल परिवहन ऊर्जा पर्यावरण श्रम खाद्य विधि न्याय
    मौसम चुनाव निर्वाचन वन पुलिस आबकारी राजस्व आयकर प्रवर्तन सूचना उच्च सर्वोच्च उच्चतम जिला
    रिजर्व स्टेट नेशनल इंडियन सेंट्रल फेडरल यूनियन
    """)

    static func kind(of key: NameKey) -> Kind? {
        if government.contains(key) { return .government }
        if organization.contains(key) { return .organization }
        return nil
    }

    static var governmentHeads: Set<NameKey> { government }
    static var organizationHeads: Set<NameKey> { organization }

    private static let government: Set<NameKey> = keys("""
    सरकार पुलिस प्रशासन मंत्रालय विभाग आयोग न्यायालय अदालत कोर्ट हाईकोर्ट निगम प्राधिकरण परिषद
    बोर्ड सेना पालिका नगरपालिका महानगरपालिका निदेशालय सचिवालय ब्यूरो मंत्रिमंडल कैबिनेट संसद
    विधानसभा मिनिस्ट्री डिपार्टमेंट कमीशन काउंसिल अथॉरिटी कमिश्नरेट पंचायत सभा सीनेट रेलवे इंटेलिजेंस
    दूतावास उच्चायोग
    """)

    private static let organization: Set<NameKey> = keys("""
    बैंक कंपनी लिमिटेड लिमिटिड पार्टी संघ संगठन संस्थान विश्वविद्यालय यूनिवर्सिटी कॉलेज महाविद्यालय
    अस्पताल हॉस्पिटल फाउंडेशन ट्रस्ट क्लब एक्सचेंज कॉर्पोरेशन कारपोरेशन इंस्टीट्यूट अकादमी
    एजेंसी मोर्चा समिति सोसाइटी एसोसिएशन फेडरेशन इंडस्ट्रीज ग्रुप समूह न्यूज सर्विस जमात सेंटर
    """)

    static func keys(_ list: String) -> Set<NameKey> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NameKey(NameNormalizer.normalize(String($0))) })
    }
}
