/// Word classes a lexicon word can belong to.
struct LexFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    static let postposition = LexFlags(rawValue: 1 << 0)
    static let thisModifier = LexFlags(rawValue: 1 << 1)
    static let lastModifier = LexFlags(rawValue: 1 << 2)
    static let nextModifier = LexFlags(rawValue: 1 << 3)
    static let coming = LexFlags(rawValue: 1 << 4)       // आने (वाले)
    static let waala = LexFlags(rawValue: 1 << 5)        // वाले/वाली/वाला
    static let before = LexFlags(rawValue: 1 << 6)       // पहले, पूर्व
    static let after = LexFlags(rawValue: 1 << 7)        // बाद
    static let pastVerb = LexFlags(rawValue: 1 << 8)
    static let futureWord = LexFlags(rawValue: 1 << 9)
    static let presentAux = LexFlags(rawValue: 1 << 10)
    static let pastAux = LexFlags(rawValue: 1 << 11)
    static let progressive = LexFlags(rawValue: 1 << 12)
    static let every = LexFlags(rawValue: 1 << 13)
    static let bhar = LexFlags(rawValue: 1 << 14)
    static let endWord = LexFlags(rawValue: 1 << 15)
    static let startWord = LexFlags(rawValue: 1 << 16)
    static let middleWord = LexFlags(rawValue: 1 << 17)
    static let ageWord = LexFlags(rawValue: 1 << 18)
    static let ageNoun = LexFlags(rawValue: 1 << 19)
    static let countNoun = LexFlags(rawValue: 1 << 20)
    static let vagueQuantity = LexFlags(rawValue: 1 << 21)
    static let conjunction = LexFlags(rawValue: 1 << 22)
    static let namely = LexFlags(rawValue: 1 << 23)
    static let yearWord = LexFlags(rawValue: 1 << 24)
    static let fiscalWord = LexFlags(rawValue: 1 << 25)
    static let decadeWord = LexFlags(rawValue: 1 << 26)
    static let centuryWord = LexFlags(rawValue: 1 << 27)
    static let quarterWord = LexFlags(rawValue: 1 << 28)
    static let halfYearWord = LexFlags(rawValue: 1 << 29)
    static let notVerb = LexFlags(rawValue: 1 << 30)
    static let clauseBreak = LexFlags(rawValue: 1 << 31)
    static let these = LexFlags(rawValue: 1 << 32)
    static let that = LexFlags(rawValue: 1 << 33)
    static let weekendWord = LexFlags(rawValue: 1 << 34)
    static let ergative = LexFlags(rawValue: 1 << 35)
    static let eraWord = LexFlags(rawValue: 1 << 36)
    static let baje = LexFlags(rawValue: 1 << 37)
    static let am = LexFlags(rawValue: 1 << 38)
    static let pm = LexFlags(rawValue: 1 << 39)
    static let late = LexFlags(rawValue: 1 << 40)        // देर
    static let ordinalSuffix = LexFlags(rawValue: 1 << 41)
    static let infinitive = LexFlags(rawValue: 1 << 42)
    static let monthWord = LexFlags(rawValue: 1 << 43)   // माह, महीने, मास
    static let nameAfterTimeWord = LexFlags(rawValue: 1 << 44)
    static let marchContext = LexFlags(rawValue: 1 << 45)
    static let emphasis = LexFlags(rawValue: 1 << 46)    // ही, भी
    static let half = LexFlags(rawValue: 1 << 47)        // आधी (रात)
    static let genitive = LexFlags(rawValue: 1 << 48)    // का, की, के
    static let timeNoun = LexFlags(rawValue: 1 << 49)    // समय, वक्त
    static let habitual = LexFlags(rawValue: 1 << 50)    // रोज, प्रतिदिन … in a clause
    static let recent = LexFlags(rawValue: 1 << 51)      // हाल
    static let soon = LexFlags(rawValue: 1 << 52)        // जल्द, जल्दी
    static let present = LexFlags(rawValue: 1 << 53)     // वर्तमान, मौजूदा (with समय/में)
    static let full = LexFlags(rawValue: 1 << 54)        // पूरे
    static let past = LexFlags(rawValue: 1 << 55)        // अतीत
    static let subjunctive = LexFlags(rawValue: 1 << 56) // जाए, जाएं (किया जाए)
    static let dateWord = LexFlags(rawValue: 1 << 57)    // तारीख
    static let approximator = LexFlags(rawValue: 1 << 58) // करीब, लगभग
    static let marchVerb = LexFlags(rawValue: 1 << 59)   // (मार्च) किया, करेंगे
    static let comparative = LexFlags(rawValue: 1 << 61)  // अधिक, ज्यादा, कम, ऊपर
    static let abbreviation = LexFlags(rawValue: 1 << 60) // डॉ, एस, एम (a '.' after them does not end a sentence)
}

enum TimeUnit: UInt8, Sendable {
    case second, minute, hour, day, week, fortnight, month, year, decade, century
}

enum PartOfDay: UInt8, Sendable {
    case morning, afternoon, evening, night, midnight

    var code: String {
        switch self {
        case .morning: return "TMO"
        case .afternoon: return "TAF"
        case .evening: return "TEV"
        case .night: return "TNI"
        case .midnight: return "T24:00"
        }
    }
}

enum Deictic: UInt8, Sendable {
    case today, kal, parson, presentRef, pastRef, futureRef
}

enum Fraction: UInt8, Sendable {
    case sava, dedh, dhai, saadhe, paune, aadha
}

enum Season: UInt8, Sendable {
    case spring, summer, autumn, winter
    var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .autumn: return "FA"
        case .winter: return "WI"
        }
    }
}

/// What the lexicon knows about one folded word.
struct LexEntry: Sendable {
    var flags: LexFlags = []
    var weekday = 0
    var month = 0
    var hinduMonth = false
    var cardinal = -1
    var ordinal = 0
    var fraction: Fraction?
    var unit: TimeUnit?
    var unitPlural = false
    var partOfDay: PartOfDay?
    var deictic: Deictic?
    var season: Season?
    /// Code of a one-word set ("सालाना" → P1Y), see `LexEntry.periodValue`.
    var setCode: UInt8 = 0
    /// Code of a one-word duration ("दिनभर" → P1D).
    var durationCode: UInt8 = 0
    /// The word can begin a temporal expression (computed once by the lexicon).
    var canStart = false

    var setValue: String? { LexEntry.periodValue(setCode) }
    var durationValue: String? { LexEntry.periodValue(durationCode) }

    static func periodCode(_ value: String) -> UInt8 {
        switch value {
        case "P1Y": return 1
        case "P1M": return 2
        case "P1W": return 3
        case "P1D": return 4
        default: return 0
        }
    }

    static func periodValue(_ code: UInt8) -> String? {
        switch code {
        case 1: return "P1Y"
        case 2: return "P1M"
        case 3: return "P1W"
        case 4: return "P1D"
        default: return nil
        }
    }

    @inline(__always) func has(_ f: LexFlags) -> Bool { flags.contains(f) }
}
