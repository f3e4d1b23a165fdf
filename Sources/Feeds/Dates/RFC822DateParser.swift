/// Hand-written RFC 822/1123/2822 date parser used by ``FeedDate``: optional weekday, one- or
/// two-digit day, English month name (day and month in either order), two- or four-digit year,
/// `H:MM[:SS]` (also a 12-hour `8:56 pm`), and a numeric (`+0530`, `+05:30`) or named zone (GMT,
/// UT, UTC, Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT, IST = +05:30, CEST, NPT, …), also written as
/// `GMT+0530`. Comments in parentheses are ignored. Without a zone, or with a zone name not known
/// here, the item keeps the day as written and no time.
///
/// Example: `"Sun, 13 Jul 2025 09:30:00 +0530"`, `"13 Jul 25 9:30 IST"`, `"Sun, 13 Jul 2025 8:19 pm CEST"`
/// and `"Sunday, 13 July 2025 04:00:00 GMT"` all parse with their time; `"13 Jul 2025 09:30"` gives
/// the day 2025-07-13 without a time.
enum RFC822DateParser {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let namedZones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0,
        "est": -5 * 3_600, "edt": -4 * 3_600, "cst": -6 * 3_600, "cdt": -5 * 3_600,
        "mst": -7 * 3_600, "mdt": -6 * 3_600, "pst": -8 * 3_600, "pdt": -7 * 3_600,
        "ist": 5 * 3_600 + 1_800, "bst": 3_600, "cet": 3_600, "cest": 2 * 3_600, "jst": 9 * 3_600,
        "wet": 0, "west": 3_600, "eet": 2 * 3_600, "eest": 3 * 3_600, "msk": 3 * 3_600, "gst": 4 * 3_600,
        "pkt": 5 * 3_600, "npt": 5 * 3_600 + 2_700, "ict": 7 * 3_600, "wib": 7 * 3_600, "sgt": 8 * 3_600,
        "hkt": 8 * 3_600, "kst": 9 * 3_600, "aest": 10 * 3_600, "aedt": 11 * 3_600, "nzst": 12 * 3_600,
        "nzdt": 13 * 3_600, "hst": -10 * 3_600, "akst": -9 * 3_600, "akdt": -8 * 3_600,
    ]

    static func parse(_ bytes: [UInt8]) -> FeedDate? {
        var tokens = tokenize(bytes)
        if let first = tokens.first, isAlpha(first), weekdays.contains(String(first.prefix(3))), month(first) == nil {
            tokens.removeFirst()
        }
        guard tokens.count >= 3 else { return nil }
        let day: Int
        let monthNumber: Int
        if let m = month(tokens[0]), let d = number(tokens[1], digits: 1...2) {
            monthNumber = m
            day = d
        } else if let d = number(tokens[0], digits: 1...2), let m = month(tokens[1]) {
            monthNumber = m
            day = d
        } else {
            return nil
        }
        var rest = Array(tokens.dropFirst(2))
        // "Sun Jul 13 09:30:00 IST 2025"-style: the year may follow the time and zone.
        var yearToken: String?
        if let first = rest.first, !first.contains(":") {
            yearToken = first
            rest.removeFirst()
        } else if let last = rest.last, number(last, digits: 4...4) != nil {
            yearToken = last
            rest.removeLast()
        }
        guard let yearText = yearToken, let year = fullYear(yearText) else { return nil }
        guard let first = rest.first else {
            return FeedDate.make(year: year, month: monthNumber, day: day, offsetSeconds: nil)
        }
        // "8:56 am", "8:56pm": a 12-hour clock.
        var clockText = first
        var meridiem = ""
        for suffix in ["a.m.", "p.m.", "am", "pm"] where clockText.hasSuffix(suffix) && clockText.count > suffix.count {
            meridiem = suffix
            clockText = String(clockText.dropLast(suffix.count))
            break
        }
        rest.removeFirst()
        if meridiem.isEmpty, let next = rest.first, ["am", "pm", "a.m.", "p.m."].contains(next) {
            meridiem = next
            rest.removeFirst()
        }
        guard var time = clock(clockText), rest.count <= 1 else { return nil }
        if !meridiem.isEmpty {
            guard (1...12).contains(time.hour) else { return nil }
            time.hour = time.hour % 12 + (meridiem.hasPrefix("p") ? 12 : 0)
        }
        // A time without a zone, or with a zone name not known here, still dates the item: the
        // day is the one the feed wrote; the time is dropped rather than guessed.
        guard let zoneToken = rest.first else {
            return FeedDate.make(year: year, month: monthNumber, day: day, offsetSeconds: nil)
        }
        if let offset = zone(zoneToken) {
            return FeedDate.make(
                year: year, month: monthNumber, day: day, hour: time.hour, minute: time.minute, second: time.second,
                offsetSeconds: offset
            )
        }
        guard isAlpha(zoneToken), (2...5).contains(zoneToken.count),
              FeedDate.make(year: year, month: monthNumber, day: day, hour: time.hour, minute: time.minute, offsetSeconds: 0) != nil
        else { return nil }
        return FeedDate.make(year: year, month: monthNumber, day: day, offsetSeconds: nil)
    }

    /// Lowercased tokens split on whitespace and commas, parenthesized comments removed.
    private static func tokenize(_ bytes: [UInt8]) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        var commentDepth = 0
        for byte in bytes {
            if byte == UInt8(ascii: "(") { commentDepth += 1; continue }
            if byte == UInt8(ascii: ")") { commentDepth = max(0, commentDepth - 1); continue }
            if commentDepth > 0 { continue }
            if byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d || byte == UInt8(ascii: ",") {
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); current = [] }
            } else {
                current.append(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    private static func isAlpha(_ token: String) -> Bool {
        token.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7a || $0 == UInt8(ascii: ".") }
    }

    private static func month(_ token: String) -> Int? {
        let word = token.hasSuffix(".") ? String(token.dropLast()) : token
        guard word.count >= 3, isAlpha(word), let index = months.firstIndex(of: String(word.prefix(3))) else {
            return nil
        }
        return index + 1
    }

    private static func number(_ token: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(token.utf8.count), token.utf8.allSatisfy(FeedDate.isDigit) else { return nil }
        return Int(token)
    }

    /// Four-digit years as written; two-digit years per RFC 2822 (00–49 → 2000s, 50–99 → 1900s).
    private static func fullYear(_ token: String) -> Int? {
        if let year = number(token, digits: 4...4) { return year }
        guard let short = number(token, digits: 2...2) else { return nil }
        return short < 50 ? 2000 + short : 1900 + short
    }

    private static func clock(_ token: String) -> (hour: Int, minute: Int, second: Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3,
              let hour = number(parts[0], digits: 1...2), let minute = number(parts[1], digits: 2...2)
        else { return nil }
        var second = 0
        if parts.count == 3 {
            guard let value = number(parts[2], digits: 2...2) else { return nil }
            second = value
        }
        return (hour, minute, second)
    }

    /// "+0530", "-07:00", "gmt", "ist", "gmt+0530", "utc+05:30".
    private static func zone(_ token: String) -> Int? {
        if let named = namedZones[token] { return named }
        var text = Substring(token)
        for name in ["gmt", "utc", "ut"] where text.hasPrefix(name) {
            text = text.dropFirst(name.count)
            break
        }
        guard let signChar = text.first, signChar == "+" || signChar == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.utf8.allSatisfy(FeedDate.isDigit) else { return nil }
        let hours: Int
        let minutes: Int
        switch digits.count {
        case 4:
            hours = Int(digits.prefix(2)) ?? 99
            minutes = Int(digits.suffix(2)) ?? 99
        case 1, 2:
            hours = Int(digits) ?? 99
            minutes = 0
        case 3:
            hours = Int(digits.prefix(1)) ?? 99
            minutes = Int(digits.suffix(2)) ?? 99
        default:
            return nil
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        return (signChar == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }
}
