import Foundation

/// Reads a moment typed by a person: `2025-07-01`, `2025-07-01T12:00`, `2025-07-01 12:00:30`,
/// optionally with `Z` or an offset (`+05:30`). Without a zone the time is local (TZ).
/// `MomentParser.parse("2025-07-01T12:00Z")` is 2025-07-01 12:00:00 UTC.
public enum MomentParser {
    public static func parse(_ text: String, timeZone: TimeZone = .current) -> Date? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var zone = timeZone
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            zone = TimeZone(secondsFromGMT: 0)!
            rest = rest.dropLast()
        } else if rest.count > 16, let sign = rest.dropFirst(16).lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = rest[rest.index(after: sign)...].split(separator: ":")
            guard offset.count <= 2, let hours = Int(offset[0].prefix(2)), hours <= 14,
                  let minutes = offset.count == 2 ? Int(offset[1]) : (offset[0].count == 4 ? Int(offset[0].suffix(2)) : 0),
                  minutes < 60 else { return nil }
            let seconds = (hours * 3600 + minutes * 60) * (rest[sign] == "-" ? -1 : 1)
            zone = TimeZone(secondsFromGMT: seconds)!
            rest = rest[..<sign]
        }
        let parts = rest.split(whereSeparator: { $0 == "T" || $0 == "t" || $0 == " " }).map(String.init)
        guard (1...2).contains(parts.count) else { return nil }
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard day.count == 3, parts[0].count == 10, let year = day[0], let month = day[1], let dayOfMonth = day[2] else { return nil }
        var clock: [Int?] = [0, 0, 0]
        if parts.count == 2 {
            let fields = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 }) else { return nil }
            clock = fields.map { Int($0) } + (fields.count == 2 ? [0] : [])
        }
        guard let hour = clock[0], let minute = clock[1], let second = clock[2],
              (1...12).contains(month), (1...31).contains(dayOfMonth), hour < 24, minute < 60, second < 60 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == dayOfMonth else { return nil }
        return date
    }
}
