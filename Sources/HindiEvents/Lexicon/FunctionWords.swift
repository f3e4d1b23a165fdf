/// The closed-class words the reader looks at, as folded keys: light verbs and auxiliaries,
/// postpositions, clause openers, and the cues of realis.
enum FunctionWords {
    /// Light verbs and auxiliaries: after an event noun they make it the clause's verb
    /// (`मुलाकात की`, `बैठक हुई`, `गिरफ्तार कर`), and `नहीं` before them (`मुलाकात नहीं हुई`).
    static let verbal: WordSet = words("""
        की किया किए किये करना करने कर करके करेंगे करेगा करेगी करेंगी करें करते करता करती करूंगा
        हुई हुआ हुए हुईं होगी होगा होंगे होंगी होने होना हो होती होता होते है हैं था थी थे थीं
        गया गई गए गयी गये गईं दी दिया दिए दिये देंगे देगा देगी दे देने देना दें लिया ली लिए
        लेंगे लेगा लेगी ले लेने लेना रहा रही रहे रहीं जाएगा जाएगी जाएंगे जाएंगी जा जाने जाता
        जाती जाते जाना सकता सकती सकते चुका चुकी चुके पाया पाई पाए रखा रखी नहीं न
        """)

    /// Words after which a clause ends before an auxiliary: `की` is a light verb in
    /// `मुलाकात की।` and `मुलाकात की थी`, a genitive in `मुलाकात की तारीख`.
    static let auxiliaries: WordSet = words("है हैं था थी थे थीं गई गया गए जा जाएगी जाएगा रहे रहा रही")

    /// Words that open a new clause: `कि` before reported speech, conjunctions, and relative
    /// pronouns (`जिससे`, `जिसमें`, `जो`).
    static let clauseOpeners: WordSet = words("""
        कि क्योंकि लेकिन किंतु किन्तु परंतु परन्तु मगर जबकि ताकि वहीं इसलिए बल्कि
        जो जिससे जिसमें जिसके जिसकी जिसका जिसे जिन्होंने जिनके जिनकी जिनका जिन्हें जहां जहाँ
        """)

    /// Words that join clauses or phrases: `मुलाकात की और … पुष्टि की`.
    static let coordinators: WordSet = words("और तथा एवं व")

    /// Relative pronouns that refer back to the noun before them: `सम्मेलन, जो …`, `बैठक, जिसमें …`.
    static let relatives: WordSet = words("जो जिसे जिसका जिसकी जिसके जिसमें")

    /// Oblique infinitives: after an event noun they make a noun phrase, not the clause's verb
    /// (`सहयोग देने का वादा`, `रद्द करने का फैसला`, `होने वाली बैठक`).
    static let obliqueInfinitives: WordSet = words("करने देने होने लेने जाने कराने रखने")

    /// Past auxiliaries: after an infinitive or a `वाला` participle they say a plan did not come
    /// about (`होना था`, `लॉन्च करने वाली थी`).
    static let pastAuxiliaries: WordSet = words("था थी थे थीं")

    /// Participles that make a clause into a noun's modifier: `सोमवार को मुंबई में हुए हमले`,
    /// `बुधवार से शुरू हो रही प्रतियोगिता`.
    static let participles: WordSet = words("हुए हुई हुआ हुईं गए गई गया आयोजित रही रहे रहा वाली वाले वाला")

    /// Words that make what follows conditional: `अगर … तो`.
    static let conditional: WordSet = words("अगर यदि")

    /// Negation and calling off: `नहीं हुई`, `रद्द कर दी गई`, `टल गई`.
    static let negation: WordSet = words("नहीं नही न ना मत रद्द निरस्त स्थगित टल टली टला टले टाल टाली टाला टाले")

    /// Possibility, obligation, wish and fear: `हो सकती है`, `संभव है`, `चाहिए`, `आशंका`.
    static let possibility: WordSet = words("सकता सकती सकते सकतीं सकेगा सकेगी सकेंगे संभव संभावना शायद संभवतः संभवत चाहिए आशंका अंदेशा मुमकिन")

    /// Expectation, scheduling and intent: `की उम्मीद है`, `प्रस्तावित`, `होने वाली`, `करना चाहता है`.
    static let expectation: WordSet = words("उम्मीद प्रस्तावित योजना निर्धारित तय आगामी इरादा चाहता चाहती चाहते")

    /// Infinitives that with `है` say what is to happen (`बैठक होनी है`, `उन्हें जाना है`); not `कहना है`,
    /// which says what someone says.
    static let obligedInfinitives: WordSet = words("होना होनी होने करना करनी करने जाना जानी जाने देना देनी लेना लेनी आना मिलना पहुंचना")

    /// Participles and links between a date and the event noun it qualifies:
    /// `सोमवार को हुई बैठक`, `सोमवार की घटना`, `रविवार को आयोजित रैली`.
    static let dateLinks: WordSet = words("को की के का से तक में हुई हुए हुआ गई गए गया आयोजित होने वाली वाले वाला होगी होगा प्रस्तावित")

    /// Links that only place a date: `सोमवार को बैठक में` does not make the meeting Monday's.
    static let placingLinks: WordSet = words("को से तक में")

    /// Case markers and postpositions after an actor.
    static let postpositions: WordSet = words("ने को से में पर का की के तक द्वारा")

    /// Perfect and past forms: a verb group with one tells of what has happened, whatever its date
    /// (`अप्रैल का राशन मिलना शुरू हो गया है`, `अवधि तीन मई तक बढ़ा दी है`).
    static let perfect: WordSet = words("""
        गया गई गए गयी गये गईं चुका चुकी चुके था थी थे थीं हुआ हुई हुए हुईं किया किए किये दिया दिए दी लिया लिए
        """)

    /// `वाला`, `वाली`, `वाले`: the participle of what is about to happen, or of who does it.
    static let waala: WordSet = words("वाला वाली वाले")

    /// `का`, `की`, `के`: the genitive.
    static let genitives: WordSet = words("का की के")

    /// `है`, `हैं`.
    static let presentAuxiliaries: WordSet = words("है हैं")

    /// Words after `न` that make it "not only": `न केवल`, `न सिर्फ`, `न ही`.
    static let notOnly: WordSet = words("केवल सिर्फ ही")

    /// Infinitives that with `वाला` tell of what is about to happen: `होने वाली`, `किए जाने वाले`,
    /// `आने वाले दिनों`.
    static let prospective: WordSet = words("होने जाने आने")

    static func words(_ list: String) -> WordSet {
        WordSet(list.split(whereSeparator: \.isWhitespace).map { WordKey.of($0) })
    }
}
