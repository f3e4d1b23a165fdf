/// Hand-written RFC 3339 / W3CDTF parser used by ``FeedDate``.
///
/// Example: `"2025-07-13T09:30:00.250+05:30"` → 2025-07-13 09:30:00.250 at +05:30;
/// `"2025-07-13"` → the day only.
enum RFC3339DateParser {
    static func parse(_ bytes: [UInt8]) -> FeedDate? {
        var cursor = ByteCursor(bytes)
        guard let year = cursor.digits(exactly: 4), cursor.take("-"),
              let month = cursor.digits(exactly: 2), cursor.take("-"),
              let day = cursor.digits(exactly: 2)
        else { return nil }
        if cursor.atEnd { return FeedDate.make(year: year, month: month, day: day, offsetSeconds: nil) }
        guard cursor.take("T") || cursor.take("t") || cursor.take(" ") else { return nil }
        guard let hour = cursor.digits(exactly: 2), cursor.take(":"), let minute = cursor.digits(exactly: 2) else {
            return nil
        }
        var second = 0
        var fraction = ""
        if cursor.take(":") {
            guard let value = cursor.digits(exactly: 2) else { return nil }
            second = value
            if cursor.take(".") || cursor.take(",") {
                fraction = cursor.digitRun()
                guard !fraction.isEmpty else { return nil }
            }
        }
        _ = cursor.take(" ")
        // No zone: the day as written, no time (never a guessed offset).
        if cursor.atEnd { return FeedDate.make(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: nil) }
        guard let offset = zone(&cursor), cursor.atEnd else { return nil }
        return FeedDate.make(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            fractionDigits: fraction, offsetSeconds: offset
        )
    }

    /// "Z", "+05:30", "+0530" or "+05".
    private static func zone(_ cursor: inout ByteCursor) -> Int? {
        if cursor.take("Z") || cursor.take("z") { return 0 }
        let sign: Int
        if cursor.take("+") { sign = 1 } else if cursor.take("-") { sign = -1 } else { return nil }
        guard let hours = cursor.digits(exactly: 2) else { return nil }
        _ = cursor.take(":")
        let minutes = cursor.atEnd ? 0 : cursor.digits(exactly: 2)
        guard let minutes, hours <= 23, minutes <= 59 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }
}

/// A forward-only reader over ASCII bytes for the date parsers.
struct ByteCursor {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func digits(exactly count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard FeedDate.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    mutating func digitRun() -> String {
        let start = index
        while index < bytes.count, FeedDate.isDigit(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}
