import ArgumentParser
import HindiTemporal

/// The checks `--from`, `--to` and `--limit` share wherever a command lists things by date
/// (`timeline actor`, `timeline events`): `--from July` is refused as "--from 'July' is not a
/// date; use YYYY-MM-DD.", and `--to` before `--from` as such.
enum DayRangeValidation {
    static func validate(from: String?, to: String?, limit: Int?) throws {
        if let from, CalendarDay(iso: from) == nil { throw ValidationError("--from '\(from)' is not a date; use YYYY-MM-DD.") }
        if let to, CalendarDay(iso: to) == nil { throw ValidationError("--to '\(to)' is not a date; use YYYY-MM-DD.") }
        if let from, let to, let a = CalendarDay(iso: from), let b = CalendarDay(iso: to), b < a {
            throw ValidationError("--to \(to) is before --from \(from).")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }
}
