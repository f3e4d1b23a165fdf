import Foundation

/// A feed timestamp parsed by hand from RFC 822/1123 (RSS `pubDate`) or RFC 3339/W3CDTF (Atom,
/// `dc:date`) text, keeping the zone offset the feed wrote.
///
/// Example: `FeedDate.parse("Sun, 13 Jul 2025 09:30:00 +0530")` →
/// `rfc3339 == "2025-07-13T09:30:00+05:30"`, `day == "2025-07-13"`; a Hindi bulletin stamped
/// `"13 Jul 2025 23:45 IST"` keeps its day `"2025-07-13"` even though it is 18:15 UTC.
public struct FeedDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var dayOfMonth: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Digits of the fractional second as written (at most 9), "" when none.
    public var fractionDigits: String
    /// Offset from UTC in seconds; nil when the text named only a calendar day (or a time without a zone).
    public var offsetSeconds: Int?

    /// Parses RFC 3339 / W3CDTF ("2025-07-13T09:30:00+05:30", "…Z", fractions, date-only
    /// "2025-07-13") or RFC 822/1123/2822 ("Sun, 13 Jul 2025 09:30:00 +0530", "13 Jul 25 9:30 IST").
    /// A time without a zone (`"2025-07-13 23:30:00"`, `"13 Jul 2025 9:30 am"`) or with a zone name
    /// not known here keeps the day the feed wrote and no time: the offset is never guessed.
    /// Returns nil for anything else.
    public static func parse(_ text: String) -> FeedDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let bytes = Array(trimmed.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        if bytes.count >= 5, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") {
            return RFC3339DateParser.parse(bytes)
        }
        return RFC822DateParser.parse(bytes)
    }

    /// True when the text carried a time of day with a zone.
    public var hasTime: Bool { offsetSeconds != nil }

    /// The calendar day in the item's own zone, "YYYY-MM-DD".
    public var day: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))" }

    /// RFC 3339 text with the original offset ("Z" for a zero offset); nil for a date-only value.
    public var rfc3339: String? {
        guard let offsetSeconds else { return nil }
        var text = "\(day)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if !fractionDigits.isEmpty { text += "." + fractionDigits }
        if offsetSeconds == 0 { return text + "Z" }
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds) / 60
        return text + "\(sign)\(pad(magnitude / 60, 2)):\(pad(magnitude % 60, 2))"
    }

    /// The instant; nil for a date-only value.
    public var date: Date? {
        guard let offsetSeconds else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: dayOfMonth)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds
        let fraction = fractionDigits.isEmpty ? 0 : (Double("0." + fractionDigits) ?? 0)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Builds a value after checking every field's range; nil when out of range.
    static func make(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        fractionDigits: String = "", offsetSeconds: Int?
    ) -> FeedDate? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= daysInMonth(year: year, month: month),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        if let offsetSeconds, abs(offsetSeconds) >= 24 * 3_600 { return nil }
        return FeedDate(
            year: year, month: month, dayOfMonth: day, hour: hour, minute: minute,
            second: min(second, 59), fractionDigits: String(fractionDigits.prefix(9)), offsetSeconds: offsetSeconds
        )
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
