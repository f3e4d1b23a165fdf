/// Reads the text form PostgreSQL gives a one-dimensional array (`array_out`): the inverse of
/// ``PostgresValue/arrayLiteral(_:)``.
///
/// `{रूस,"उत्तर कोरिया","a\"b",NULL}` reads as `["रूस", "उत्तर कोरिया", "a\"b", nil]`: elements are
/// quoted when they hold spaces, commas, braces, quotes or backslashes (or read `NULL`), and an
/// unquoted `NULL` is SQL NULL. Multi-dimensional arrays and arrays with explicit bounds
/// (`[0:1]={…}`) are refused rather than flattened.
enum ArrayLiteralParser {
    /// The elements of the array in `bytes` as text; throws a decoding error naming `column` when
    /// it is not a one-dimensional array or holds a NULL element.
    static func strings(_ bytes: UnsafeBufferPointer<UInt8>, column: String) throws -> [String] {
        guard let elements = parse(bytes: bytes) else {
            throw PostgresError(code: .decoding, message: "column \(column.debugDescription) is not a one-dimensional array")
        }
        return try elements.map { element in
            guard let element else {
                throw PostgresError(code: .decoding, message: "column \(column.debugDescription) holds a NULL element")
            }
            return element
        }
    }

    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// The elements of the array literal in `bytes` (UTF-8), or nil when it is not a one-dimensional one.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> [String?]? {
        guard bytes.count >= 2, bytes[0] == open, bytes[bytes.count - 1] == close else { return nil }
        var elements: [String?] = []
        if bytes.count == 2 { return elements }
        var index = 1
        let end = bytes.count - 1
        while true {
            guard index < end else { return nil }  // an element is missing after a comma
            if bytes[index] == quote {
                index += 1
                // Most quoted elements (names with spaces) hold no escapes: read them in one piece.
                var stop = index
                while stop < end, bytes[stop] != quote, bytes[stop] != backslash { stop += 1 }
                guard stop < end else { return nil }  // unterminated quote
                if bytes[stop] == quote {
                    elements.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<stop]), as: UTF8.self))
                    index = stop + 1
                    if index == end { return elements }
                    guard bytes[index] == comma else { return nil }
                    index += 1
                    continue
                }
                var element = Array(bytes[index..<stop])
                index = stop
                while true {
                    guard index < end else { return nil }  // unterminated quote
                    let byte = bytes[index]
                    if byte == quote { break }
                    if byte == backslash {
                        index += 1
                        guard index < end else { return nil }
                    }
                    element.append(bytes[index])
                    index += 1
                }
                index += 1
                elements.append(String(decoding: element, as: UTF8.self))
            } else {
                let start = index
                while index < end, bytes[index] != comma {
                    let byte = bytes[index]
                    if byte == open || byte == close || byte == quote || byte == backslash { return nil }  // nested or malformed
                    index += 1
                }
                guard index > start else { return nil }
                let element = UnsafeBufferPointer(rebasing: bytes[start..<index])
                elements.append(isNull(element) ? nil : String(decoding: element, as: UTF8.self))
            }
            if index == end { return elements }
            guard bytes[index] == comma else { return nil }
            index += 1
        }
    }

    /// `NULL` in any letter case, as `array_out` writes SQL NULL.
    private static func isNull(_ element: UnsafeBufferPointer<UInt8>) -> Bool {
        guard element.count == 4 else { return false }
        return zip(element, "NULL".utf8).allSatisfy { $0 & 0xDF == $1 }
    }
}
