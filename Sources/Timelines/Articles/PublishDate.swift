import Foundation
import HindiTemporal

/// Parses an article's `published` field: a date (`2025-07-13`) or an RFC 3339 timestamp with
/// its zone (`2025-07-13T08:30:00+05:30`). The publish *date* is the calendar day in the zone
/// the timestamp was written in, since that is the day the newsroom's "आज" refers to.
public enum PublishDate {
    public struct Parsed: Sendable, Equatable {
        public var day: CalendarDay
        public var timestamp: String?
    }

    /// `nil` when the text is neither form; a timestamp without a zone is refused, since its day is unknown.
    public static func parse(_ raw: String) -> Parsed? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, let day = CalendarDay(iso: String(String.UnicodeScalarView(scalars[0..<10]))) else { return nil }
        if scalars.count == 10 { return Parsed(day: day, timestamp: nil) }
        guard scalars[10] == "T" || scalars[10] == "t" || scalars[10] == " " else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[11...]))
        guard isTimeWithZone(rest) else { return nil }
        return Parsed(day: day, timestamp: text)
    }

    /// `hh:mm[:ss[.fff]]` followed by `Z` or `±hh:mm`.
    private static func isTimeWithZone(_ text: String) -> Bool {
        var s = Substring(text)
        func digits(_ n: Int) -> Int? {
            guard s.count >= n else { return nil }
            let part = s.prefix(n)
            guard part.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(part) else { return nil }
            s = s.dropFirst(n)
            return v
        }
        guard let hour = digits(2), hour < 24, s.first == ":" else { return false }
        s = s.dropFirst()
        guard let minute = digits(2), minute < 60 else { return false }
        if s.first == ":" {
            s = s.dropFirst()
            guard let second = digits(2), second <= 60 else { return false }
            if s.first == "." {
                s = s.dropFirst()
                let fraction = s.prefix(while: { $0.isASCII && $0.isNumber })
                guard !fraction.isEmpty else { return false }
                s = s.dropFirst(fraction.count)
            }
        }
        if s == "Z" || s == "z" { return true }
        guard let sign = s.first, sign == "+" || sign == "-" else { return false }
        s = s.dropFirst()
        guard let zh = digits(2), zh < 24, s.first == ":" else { return false }
        s = s.dropFirst()
        guard let zm = digits(2), zm < 60 else { return false }
        return s.isEmpty
    }
}
