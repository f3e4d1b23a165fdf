/// Folded-word hash → entry. Built once; immutable and shared.
struct Lexicon: Sendable {
    private(set) var entries: [LexEntry] = []
    private var building: [UInt64: Int32] = [:]
    private var table = KeyTable()
    /// The entry of each month's first name, by month (index 0 unused): an abbreviation read with its
    /// full stop takes it.
    private(set) var monthEntries: [Int32] = Array(repeating: -1, count: 13)

    static let shared = Lexicon()

    /// Hash of a word under the same folding the tokenizer uses.
    static func key(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for s in word.unicodeScalars {
            guard ScalarFolding.role(s.value) == .letter || ScalarFolding.role(s.value) == .ignorable else { continue }
            let f = ScalarFolding.fold(s.value)
            guard f != 0, ScalarFolding.role(s.value) == .letter else { continue }
            hash = (hash ^ UInt64(f)) &* 0x100000001b3
        }
        return hash
    }

    @inline(__always) func index(of key: UInt64) -> Int32 { table.find(key) }

    private mutating func update(_ word: String, _ change: (inout LexEntry) -> Void) {
        let k = Lexicon.key(word)
        if let i = building[k] {
            change(&entries[Int(i)])
        } else {
            var e = LexEntry()
            change(&e)
            building[k] = Int32(entries.count)
            entries.append(e)
        }
    }

    private mutating func add(_ words: [String], _ flags: LexFlags) {
        for w in words { update(w) { $0.flags.formUnion(flags) } }
    }

    private mutating func add(_ words: String, _ flags: LexFlags) {
        add(words.split(separator: " ").map(String.init), flags)
    }

    init() {
        for (i, names) in LexiconWords.weekdays.enumerated() {
            for w in names.split(separator: " ") { update(String(w)) { $0.weekday = i + 1 } }
        }
        for (i, names) in LexiconWords.months.enumerated() {
            for w in names.split(separator: " ") { update(String(w)) { $0.month = i + 1 } }
        }
        for (i, names) in LexiconWords.monthAbbreviations.enumerated() {
            for w in names.split(separator: " ") { update(String(w)) { $0.abbreviatedMonth = UInt8(i + 1) } }
        }
        for w in LexiconWords.hinduMonths.split(separator: " ") { update(String(w)) { $0.hinduMonth = true } }
        for (value, names) in NumberWords.cardinals {
            for w in names.split(separator: " ") {
                update(String(w)) { $0.cardinal = value }
                if value >= 5 && value != 6 {
                    for suffix in ["वां", "वें", "वीं", "वा", "वे", "वी"] {
                        update(String(w) + suffix) { $0.ordinal = value }
                    }
                }
            }
        }
        for (value, names) in NumberWords.ordinals {
            for w in names.split(separator: " ") { update(String(w)) { $0.ordinal = value } }
        }
        for (fraction, names) in NumberWords.fractions {
            for w in names.split(separator: " ") { update(String(w)) { $0.fraction = fraction } }
        }
        for (unit, singular, plural) in LexiconWords.units {
            for w in singular.split(separator: " ") { update(String(w)) { $0.unit = unit } }
            for w in plural.split(separator: " ") { update(String(w)) { $0.unit = unit; $0.unitPlural = true } }
        }
        for (pod, names) in LexiconWords.partsOfDay {
            for w in names.split(separator: " ") { update(String(w)) { $0.partOfDay = pod } }
        }
        for (d, names) in LexiconWords.deictics {
            for w in names.split(separator: " ") { update(String(w)) { $0.deictic = d } }
        }
        for (s, names) in LexiconWords.seasons {
            for w in names.split(separator: " ") { update(String(w)) { $0.season = s } }
        }
        for (value, names) in LexiconWords.setWords {
            for w in names.split(separator: " ") { update(String(w)) { $0.setCode = LexEntry.periodCode(value) } }
        }
        for (value, names) in LexiconWords.durationWords {
            for w in names.split(separator: " ") { update(String(w)) { $0.durationCode = LexEntry.periodCode(value) } }
        }
        for (flags, words) in LexiconWords.flagged { add(words, flags) }
        for festival in Festivals.all {
            for name in festival.names {
                if let first = name.split(whereSeparator: { $0 == " " || $0 == "-" }).first {
                    update(String(first)) { $0.festivalStart = true }
                }
            }
        }
        let starters: LexFlags = [.thisModifier, .lastModifier, .nextModifier, .coming, .these, .that, .every,
                                  .yearWord, .fiscalWord, .late, .half, .recent, .soon, .present, .past,
                                  .weekendWord, .vagueQuantity, .full, .endWord, .middleWord]
        for k in entries.indices {
            let e = entries[k]
            entries[k].canStart = e.weekday > 0 || e.month > 0 || e.hinduMonth || e.cardinal >= 0 || e.ordinal > 0
                || e.fraction != nil || e.unit != nil || e.partOfDay != nil || e.deictic != nil || e.season != nil
                || e.setCode > 0 || e.durationCode > 0 || e.festivalStart || !e.flags.intersection(starters).isEmpty
                || k == Int(building[WordKeys.aaye] ?? -1) || k == Int(building[WordKeys.aaye2] ?? -1)
        }
        for (i, names) in LexiconWords.months.enumerated() {
            if let first = names.split(separator: " ").first { monthEntries[i + 1] = building[Lexicon.key(String(first))] ?? -1 }
        }
        table = KeyTable(building)
    }
}
