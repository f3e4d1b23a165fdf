/// Which way a modifier word points: इस (this), पिछले/बीते/गत (last), अगले/आगामी/आने वाले (next).
enum Modifier: Sendable, Equatable {
    case none, this, last, next, indefinite
}

/// The year part of a date: written out, relative to the DCT's year, or left to the tense.
enum YearSpec: Sendable, Equatable {
    case explicit(Int)
    case relative(Int)
    case none
}

/// The time-of-day part of a TIME.
enum TimeSpec: Sendable, Equatable {
    case partOfDay(PartOfDay)
    case clock(hour: Int, minute: Int)
}

/// What a matched stretch of tokens means, before it is resolved against the DCT.
enum Meaning: Sendable, Equatable {
    case weekday(Int, Modifier)
    case dayMonth(day: Int, month: Int, year: YearSpec, modifier: Modifier)
    case month(Int, YearSpec, Modifier)
    case hinduMonth
    case year(Int)
    case fullDate(CalendarDay)
    case unitRelative(TimeUnit, Int)
    case weekend(Int)
    case deictic(Deictic)
    case ago(Double, TimeUnit)
    case later(Double, TimeUnit)
    /// "N unit में" in a future clause: DCT plus N units, else a duration.
    case within(Double, TimeUnit)
    case dayOfMonth(Int)
    case anchoredDay(Int)
    case fiscal(Int)
    case fiscalRelative(Int)
    case decade(Int)
    case century(Int)
    case quarter(Int, YearSpec)
    case quarterRelative(Int)
    case halfYear(Int, YearSpec)
    case season(Season, Int)
    case duration(String)
    case set(String)
    indirect case timed(Meaning?, TimeSpec)
}

/// A matched stretch of tokens (inclusive indices) with its meaning and the rule that matched it.
struct Mention: Sendable {
    var first: Int
    var last: Int
    var meaning: Meaning
    var rule: String
    /// The part of day a clock time was read under ("शाम 4" in "शाम 4 से 6 बजे तक").
    var partOfDay: PartOfDay? = nil
}
