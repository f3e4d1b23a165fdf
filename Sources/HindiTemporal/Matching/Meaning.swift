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
    /// "उसी साल", "उस महीने": the week, month or year of the latest dated expression.
    case anchoredUnit(TimeUnit)
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
