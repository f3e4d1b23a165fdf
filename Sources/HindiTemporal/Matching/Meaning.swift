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
    /// "गर्मियों में", "मानसून के दौरान": the season of the year the clause's tense points to.
    case tensedSeason(Season)
    /// "जनवरी के पहले हफ्ते": week `week` (1…5, or -1 for the last) of a month of the year.
    case monthWeek(month: Int, year: YearSpec, modifier: Modifier, week: Int)
    /// "अगले महीने के पहले हफ्ते": week `week` of the month `Int` months from the DCT's.
    case relativeMonthWeek(Int, week: Int)
    /// "2015 का पहला सप्ताह": ISO week `week` (or the last, -1) of a year.
    case yearWeek(Int, week: Int)
    /// "2016 की गर्मियों": a season of a year written out.
    case yearSeason(Season, year: Int)
    /// "इस महीने की 15 तारीख", "अगले महीने की 20": a day of the month `Int` months from the DCT's.
    case relativeMonthDay(Int, day: Int)
    /// "जुलाई के पहले शुक्रवार": the n-th (1…5, or -1 for the last) weekday of a month.
    case monthWeekday(month: Int, year: YearSpec, modifier: Modifier, n: Int, weekday: Int)
    /// "फरवरी के अंतिम कारोबारी दिन": business day `day` (1…, or -1 for the last) of a month.
    case monthBusinessDay(month: Int, year: YearSpec, modifier: Modifier, day: Int)
    /// "पिछले महीने के आखिरी कारोबारी दिन": business day `day` of the month `Int` months from the DCT's.
    case relativeMonthBusinessDay(Int, day: Int)
    /// "सप्ताह के तीसरे कारोबारी दिन": business day `day` (1…5, -1 last) of the week `Int` weeks from the DCT's.
    case weekBusinessDay(Int, day: Int)
    /// "अगले हफ्ते का सोमवार": weekday `weekday` (1 = Monday) of the week `Int` weeks from the DCT's.
    case weekdayOfWeek(weekday: Int, week: Int)
    /// "दिवाली", "ईद-उल-फितर": a festival (index into `Festivals.all`), in the year the tense points to.
    case festival(Int, Modifier)
    /// "दिवाली 2018", "2010 के पृथ्वी दिवस", "अगले साल दिवाली": a festival in a year given with it.
    case festivalInYear(Int, YearSpec)
    case duration(String)
    case set(String)
    indirect case timed(Meaning?, TimeSpec)
}
