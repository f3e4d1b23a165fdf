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
    /// Month (1…12) this word abbreviates when a full stop follows it: "सितं." → 9.
    var abbreviatedMonth: UInt8 = 0
    /// The word begins the name of a festival (`Festivals`).
    var festivalStart = false
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
