import Foundation

/// Common Indian given names and surnames (`Resources/given-names.txt`, `Resources/surnames.txt`,
/// one per line): words that name many people, so that alone they link to a gazetteer person only
/// when the article supports it, and that the tagger treats as name-like.
///
/// Example: `CommonNames.contains("यादव")` and `CommonNames.isGivenName("रमेश")` are true.
enum CommonNames {
    /// Whether a word alone names too many people to stand for one gazetteer person without
    /// support in the article: a surname many public figures share (`यादव`, `गहलोत`).
    static func contains(_ key: NameKey) -> Bool {
        sharedSurnames.contains(key)
    }

    /// Surnames borne by many people in the news (`यादव`, `गहलोत`, `सिंह`); a distinctive one
    /// (`लावरोव`, `केजरीवाल`) links to its gazetteer bearer on its own.
    private static let sharedSurnames: Set<NameKey> = InstitutionWords.keys("""
    यादव सिंह कुमार शर्मा वर्मा गुप्ता पटेल गहलोत चौहान मिश्रा मिश्र तिवारी पांडेय पाण्डेय पांडे जैन अग्रवाल
    राव रेड्डी शाह खान गांधी ठाकुर चौधरी सिन्हा प्रसाद दास नायडू पाटिल देशमुख शिंदे पवार मांझी माझी सोरेन
    बघेल शेखावत मेघवाल सोलंकी राठौर राठौड़ जोशी मेहता देसाई नायर मेनन पिल्लई अय्यर बनर्जी मुखर्जी चटर्जी
    घोष बोस सेन दत्त भट्ट त्रिपाठी दुबे द्विवेदी चतुर्वेदी श्रीवास्तव सक्सेना निगम अंसारी कुरैशी सिद्दीकी
    हुसैन अहमद अली मलिक बेग मौर्य कुशवाहा पासवान राजपूत चौरसिया कश्यप भारती रावत नेगी बिष्ट धामी
    खट्टर सैनी हुड्डा चौटाला बादल गिल ढिल्लों संधू सिद्धू बाजवा अरोड़ा कपूर खन्ना मल्होत्रा चोपड़ा सूद
    """)

    static func isGivenName(_ key: NameKey) -> Bool {
        givenNames.contains(key)
    }

    static func isSurname(_ key: NameKey) -> Bool {
        surnames.contains(key)
    }

    static let givenNames = load("given-names")
    static let surnames = load("surnames")

    private static func load(_ name: String) -> Set<NameKey> {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var keys: Set<NameKey> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let joined = Tokenizer.joinedKey(of: String(line))
            if !joined.isEmpty, !joined.contains(" ") { keys.insert(NameKey(joined)) }
        }
        return keys
    }
}
