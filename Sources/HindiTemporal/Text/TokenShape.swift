/// What a word's ending shows.
struct TokenShape: OptionSet, Sendable {
    let rawValue: UInt8
    /// होगा, करेंगे, जाएगी …
    static let future = TokenShape(rawValue: 1)
    /// Oblique infinitive: होने, करने, चलने …
    static let oblique = TokenShape(rawValue: 2)
    /// Polite imperative or subjunctive: करें, लें, सोएं …
    static let imperative = TokenShape(rawValue: 4)
    /// Ends like a perfective participle: घुसा, रुकी, पहुंचे (consonant + ा/ी/े; not the habitual -ती).
    static let perfective = TokenShape(rawValue: 8)
    /// A plural noun form: लोगों, कर्मचारियों (oblique -ों), गाड़ियां (-यां).
    static let plural = TokenShape(rawValue: 16)
    /// Ends like an imperfective participle: खुलती, होता, जाते (consonant + त + ा/ी/े).
    static let imperfective = TokenShape(rawValue: 32)
}
