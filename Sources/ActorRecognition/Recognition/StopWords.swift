/// Hindi words that are never names on their own: function words, verbs, and common nouns that
/// follow role words (`राष्ट्रपति चुनाव`, `प्रधानमंत्री कार्यालय`) or appear as feed topics.
///
/// A gazetteer alias that is a stop word (for example `आप`, the party and the pronoun) is only
/// matched as part of a longer name or as a whole feed tag.
enum StopWords {
    static func contains(_ key: NameKey) -> Bool {
        words.contains(key)
    }

    static var allWords: Set<NameKey> { words }
    static var allHonorifics: Set<NameKey> { honorifics }
    static var allInitials: Set<NameKey> { initials }
    /// The common nouns among the stop words (`क्रिकेट`, `समाचार`): never a name alone, but they
    /// may name what an institution is for (`क्रिकेट बोर्ड`, `समाचार एजेंसी`).
    static var allCommonNouns: Set<NameKey> { keys(commonNouns) }

    /// Honorifics and titles that do not identify a person on their own.
    static func isHonorific(_ key: NameKey) -> Bool {
        honorifics.contains(key)
    }

    private static let functionWords = """
    ने को से का की के में पर तक लिए लिये द्वारा साथ बाद पहले बीच बारे तरफ ओर खिलाफ़ खिलाफ सामने पास अंदर बाहर
    और या लेकिन परंतु किंतु तथा एवं कि तो भी ही न ना नहीं मत अगर यदि जब तब जबकि क्योंकि इसलिए वरना बल्कि
    इसमें उसमें जिसमें इनमें उनमें जिनमें तेजी तेज़ी जल्द जल्दी
    वह वे यह ये उन उस इस इन आप हम मैं तुम उनके उनकी उनका उनको उन्होंने उन्हें इसके इसकी इसका उसके उसकी उसका
    इनके इनकी इनका इन्होंने इन्हें अपने अपनी अपना हमारे हमारी हमारा जो जिस जिन जिसे जिन्हें जिसके जिनके कौन क्या
    कोई कुछ सब सभी हर कई कम ज्यादा ज़्यादा अधिक बहुत काफी सबसे एक दो तीन चार पांच पाँच दस सौ हजार हज़ार लाख करोड़
    है हैं था थे थी थीं हो होगा होगी होंगे होने होना हुआ हुए हुई हुईं रहा रही रहे रहीं गया गई गए गईं गयी
    कहा कहते कहती कहना किया किए किये करना करने करते करती करेंगे करेगा करेगी कर करके दिया दी दिए दिये देना देने
    लिया ली लिए लेना लेने बताया बताते बताती जा जाता जाती जाते जाने जाना सकता सकती सकते सकें चाहिए चाहते चाहता
    पहुंचे पहुंचा पहुंची पहुंचीं पहुँचे पहुँचा पहुँची बोले बोला बोली बोलीं कहां कहीं चुके चुका चुकी
    मिला मिली मिले पाया आया आई आए आज कल अब फिर यहां यहाँ वहां वहाँ जहां जहाँ कहां कहाँ ऐसे वैसे कैसे ऐसा ऐसी
    श्री श्रीमती सुश्री डॉ डा जी साहब महोदय पूर्व वर्तमान नए नई नया नये मौजूदा तत्कालीन कार्यवाहक उप संयुक्त
    """

    private static let commonNouns = """
    सरकार देश राष्ट्र लोग लोगों जनता बात बातचीत समय दिन साल वर्ष महीने महीना हफ्ते सप्ताह मामले मामला मामलों बैठक
    चुनाव भवन कार्यालय पद आवास पार्टी दल नेता नेताओं मंत्री मंत्रालय विभाग सेना पुलिस अदालत शहर राज्य क्षेत्र सीमा
    युद्ध हमला हमले समझौता समझौते वार्ता बयान रिपोर्ट खबर ख़बर सूत्र सूत्रों प्रमुख मुद्दा मुद्दे कारण रूप तरह स्तर
    प्रतिपक्ष विपक्ष सत्ता संसद सदन सभा समिति आयोग परिषद संगठन संस्था कंपनी बाजार बाज़ार नीति योजना कार्यक्रम
    अधिकारी अधिकारियों प्रवक्ता राष्ट्रपति प्रधानमंत्री मुख्यमंत्री राजदूत सांसद विधायक अध्यक्ष महासचिव सचिव
    राज्यपाल उपराष्ट्रपति चांसलर प्रशासन प्रशासक आदेश फैसला फ़ैसला निर्णय प्रस्ताव कानून क़ानून संविधान अधिकार
    जांच जाँच मौत हत्या घटना हादसा दुर्घटना आरोप मुकदमा सुनवाई फैसले जवाब सवाल प्रश्न मांग माँग विरोध प्रदर्शन
    समर्थन सहयोग संबंध रिश्ते संबंधों मुलाकात यात्रा दौरा दौरे स्वागत सम्मेलन शिखर कार्य काम पत्र संदेश घोषणा
    क्रिकेट खेल मौसम बारिश बजट व्यापार अर्थव्यवस्था राजनीति समाचार न्यूज़ न्यूज ताज़ा ताजा ब्रेकिंग विश्व दुनिया
    अंतरराष्ट्रीय राष्ट्रीय स्थानीय केंद्र केंद्रीय विदेश रक्षा गृह वित्त मुख्य प्रधान प्रमुखों शांति सुरक्षा
    परमाणु मिसाइल हथियार सैनिक सैनिकों सैन्य नागरिक नागरिकों छात्र किसान किसानों महिला महिलाओं बच्चे बच्चों
    मरीज मरीजों मरीज़ मरीज़ों परेशान
    पत्रकार पत्रकारों मीडिया वीडियो फोटो तस्वीर ट्वीट पोस्ट इंटरव्यू साक्षात्कार
    राहत कोष निधि परिवार समर्थक काफिला काफिले दफ्तर दफ़्तर निवास बंगला बंगले पत्नी पति बेटे बेटा बेटी भाई पुत्र
    उम्मीदवार प्रत्याशी शपथ सम्मान पुरस्कार सचिवालय कार्यकाल कुर्सी इस्तीफा इस्तीफ़ा चेहरा दावेदार
    """

    /// Calendar words: "नेता अक्टूबर में …" names a month, not a person called October.
    private static let timeWords = """
    जनवरी फरवरी फ़रवरी मार्च अप्रैल अप्रेल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर
    सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार इतवार सुबह दोपहर शाम रात परसों हफ़्ते
    पिछले पिछली अगले अगली आगामी बीते गत इसी उसी सदी दशक तिमाही सर्दी सर्दियों गर्मी गर्मियों
    """

    private static let honorificList = "श्री श्रीमती सुश्री डॉ डा जी साहब महोदय मिस्टर"

    /// Latin letters spelt in Devanagari, as in initials (`एस जयशंकर`, `जे पी नड्डा`) and model names (`एस-400`).
    private static let initialList = """
    ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड
    """

    /// Whether a word is a spelt-out Latin letter, which never stands for a person on its own.
    static func isInitial(_ key: NameKey) -> Bool {
        initials.contains(key)
    }

    private static let words: Set<NameKey> = keys(functionWords + "\n" + commonNouns + "\n" + timeWords)
    private static let honorifics: Set<NameKey> = keys(honorificList)
    private static let initials: Set<NameKey> = keys(initialList)

    private static func keys(_ list: String) -> Set<NameKey> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { NameKey(NameNormalizer.normalize(String($0))) })
    }
}
