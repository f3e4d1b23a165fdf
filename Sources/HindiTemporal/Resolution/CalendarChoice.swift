/// Picks the year of a weekday, day-month or month that the text leaves open, by clause tense.
enum CalendarChoice {
    /// Which one of the candidates around the DCT to take.
    enum Direction { case onOrBefore, onOrAfter, strictlyBefore, strictlyAfter, nearest, sameYear }

    /// `deadline`: followed by "तक"; `since`: followed by "से" in a clause that does not speak of a start
    /// ("अक्टूबर से जारी है" began in the past; "बुधवार से शुरू हो रही" is coming).
    static func direction(_ tense: ClauseTense, modifier: Modifier, deadline: Bool, since: Bool = false) -> Direction {
        switch modifier {
        case .last: return .strictlyBefore
        case .next: return .strictlyAfter
        case .this: return .nearest
        case .none, .indefinite: break
        }
        switch tense {
        case .past: return deadline ? .nearest : .onOrBefore
        case .perfect: return deadline ? .onOrAfter : .nearest
        case .future: return .onOrAfter
        case .scheduled: return .sameYear
        case .present, .none: return deadline ? .onOrAfter : (since && tense == .present ? .onOrBefore : .nearest)
        }
    }

    static func weekday(_ wd: Int, dct: CalendarDay, _ dir: Direction) -> CalendarDay {
        let back = (dct.weekday - wd + 7) % 7
        let fwd = (wd - dct.weekday + 7) % 7
        switch dir {
        case .onOrBefore: return dct.adding(days: -back)
        case .onOrAfter: return dct.adding(days: fwd)
        case .strictlyBefore: return dct.adding(days: -(back == 0 ? 7 : back))
        case .strictlyAfter: return dct.adding(days: fwd == 0 ? 7 : fwd)
        case .nearest, .sameYear: return back <= fwd ? dct.adding(days: -back) : dct.adding(days: fwd)
        }
    }

    /// Chooses among the same month/day in the DCT's year and the years around it.
    /// `key` maps a year to a comparable position (day number or month index) or nil if invalid.
    static func year(dctYear: Int, dctKey: Int, _ dir: Direction, key: (Int) -> Int?) -> Int? {
        let options = [dctYear - 1, dctYear, dctYear + 1].compactMap { y in key(y).map { (y, $0) } }
        guard !options.isEmpty else { return nil }
        switch dir {
        case .sameYear:
            return options.contains { $0.0 == dctYear } ? dctYear : options[0].0
        case .onOrBefore: return options.last { $0.1 <= dctKey }?.0
        case .strictlyBefore: return options.last { $0.1 < dctKey }?.0
        case .onOrAfter: return options.first { $0.1 >= dctKey }?.0
        case .strictlyAfter: return options.first { $0.1 > dctKey }?.0
        case .nearest:
            return options.min { abs($0.1 - dctKey) < abs($1.1 - dctKey) }?.0
        }
    }

    /// Days around the DCT within which a day-month or a festival is taken as the one nearest, whatever
    /// the clause's tense: "पीएम ने होली मिलन समारोह टाला" a day before Holi is about this Holi.
    static let nearDays = 21

    /// The year among the DCT's and its neighbours whose position is within `within` of `dctKey`
    /// (the nearest one), if any.
    static func nearYear(dctYear: Int, dctKey: Int, within: Int, key: (Int) -> Int?) -> Int? {
        let options = [dctYear - 1, dctYear, dctYear + 1].compactMap { y in key(y).map { (y, abs($0 - dctKey)) } }
        guard let best = options.min(by: { $0.1 < $1.1 }), best.1 <= within else { return nil }
        return best.0
    }
}
