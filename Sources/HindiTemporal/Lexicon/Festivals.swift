/// Festivals that date Indian news, with their written forms and their days in the years the table
/// covers (`FestivalDates`): "दिवाली" → 2023-11-12 in 2023.
struct Festival: Sendable {
    /// Written forms, one or more words each ("दिवाली", "ईद उल फितर"; hyphens are read as spaces).
    let names: [String]
    /// Month and day of a festival on a fixed day (गणतंत्र दिवस: 1, 26).
    let fixed: (month: Int, day: Int)?
    /// Days by year, as days since 1970-01-01, for festivals of lunar calendars.
    let days: [Int: [Int]]

    /// The festival's first day in `year`, when known.
    func day(in year: Int) -> CalendarDay? {
        if let f = fixed { return CalendarDay(year: year, month: f.month, day: f.day) }
        return days[year]?.first.map(CalendarDay.init(dayNumber:))
    }

    /// Its days in `year` (an Islamic festival can fall twice in one Gregorian year).
    func allDays(in year: Int) -> [CalendarDay] {
        if let d = day(in: year), fixed != nil { return [d] }
        return (days[year] ?? []).map(CalendarDay.init(dayNumber:))
    }
}

/// The festival table and its lookup by written form.
enum Festivals {
    static let all: [Festival] = FestivalDates.table.map { entry in
        var days: [Int: [Int]] = [:]
        for iso in entry.dates.split(separator: " ") {
            guard let d = CalendarDay(iso: String(iso)) else { continue }
            days[d.year, default: []].append(d.dayNumber)
        }
        return Festival(names: entry.names.split(separator: "|").map(String.init), fixed: entry.fixed, days: days)
    }

    /// A written form as lexicon keys of its words: "ईद-उल-फितर" → keys of ईद, उल, फितर.
    struct Form: Sendable {
        let keys: [UInt64]
        let festival: Int
    }

    /// Forms by the key of their first word, longest first.
    static let formsByFirstWord: [UInt64: [Form]] = {
        var out: [UInt64: [Form]] = [:]
        for (index, festival) in all.enumerated() {
            for name in festival.names {
                let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Lexicon.key(String($0)) }
                guard let first = words.first else { continue }
                out[first, default: []].append(Form(keys: words, festival: index))
            }
        }
        return out.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
    }()
}
