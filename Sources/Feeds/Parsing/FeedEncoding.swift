import Foundation

/// Turns the bytes of a feed into UTF-8 with a UTF-8 XML declaration, whatever they were sent in.
///
/// Precedence: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), then the HTTP
/// `Content-Type` charset, then the XML declaration's `encoding`, then UTF-16 recognised from
/// `<?` without a mark, else UTF-8. One exception: when the header names another charset but the
/// declaration says UTF-8 and the bytes are valid, non-ASCII UTF-8, UTF-8 is used (servers often
/// add a default `charset=ISO-8859-1`). Names are matched case-insensitively (`ISO-8859-1`,
/// `latin1`, `windows-1252`, `cp1252`, `UTF-16`, `utf-16le`, `windows-1251`, `ISO-8859-2`, …);
/// `US-ASCII` is read as UTF-8, its superset.
///
/// Example: the ISO-8859-1 bytes of `<?xml version="1.0" encoding="ISO-8859-1"?><rss>…Café…`
/// become UTF-8 bytes of `<?xml version="1.0" encoding="UTF-8"?><rss>…Café…`.
public enum FeedEncoding {
    /// The String.Encoding for a charset name, or nil when the name is unknown.
    public static func encoding(named name: String) -> String.Encoding? {
        let key = name.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).lowercased()
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii", "ansi_x3.4-1968": return .utf8
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-ir-100", "cp819": return .isoLatin1
        case "windows-1252", "cp1252", "x-cp1252", "ms-ansi": return .windowsCP1252
        case "iso-8859-2", "iso8859-2", "latin2", "l2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "utf-16", "utf16", "ucs-2": return .utf16
        case "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        case "utf-32", "utf32": return .utf32
        case "utf-32le": return .utf32LittleEndian
        case "utf-32be": return .utf32BigEndian
        case "shift_jis", "shift-jis", "sjis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        default: return nil
        }
    }

    /// The `charset` parameter of a Content-Type header value, e.g. "ISO-8859-1" from
    /// `text/xml; charset="ISO-8859-1"`.
    public static func charset(fromContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// UTF-8 bytes of the document with any BOM removed and the declaration's encoding set to UTF-8.
    public static func utf8Document(_ data: Data, charset: String?, sourceURL: String? = nil) throws -> Data {
        let bytes = [UInt8](data)
        var body = bytes[...]
        var encoding: String.Encoding
        var origin: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            (encoding, origin) = (.utf8, "UTF-8 byte-order mark")
            body = bytes.dropFirst(3)
        } else if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            (encoding, origin) = (.utf32LittleEndian, "UTF-32 byte-order mark")
            body = bytes.dropFirst(4)
        } else if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            (encoding, origin) = (.utf32BigEndian, "UTF-32 byte-order mark")
            body = bytes.dropFirst(4)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            (encoding, origin) = (.utf16LittleEndian, "UTF-16 byte-order mark")
            body = bytes.dropFirst(2)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            (encoding, origin) = (.utf16BigEndian, "UTF-16 byte-order mark")
            body = bytes.dropFirst(2)
        } else if let charset {
            guard let named = Self.encoding(named: charset) else {
                throw FeedError(code: .unknownEncoding, message: "unknown charset \"\(charset)\" in the Content-Type header", sourceURL: sourceURL)
            }
            (encoding, origin) = (named, "Content-Type charset \"\(charset)\"")
            if named != .utf8, declaredEncoding(bytes).flatMap(Self.encoding(named:)) == .utf8,
               firstInvalidUTF8Offset(body) == nil, body.contains(where: { $0 >= 0x80 }) {
                // A server default such as "ISO-8859-1" on a document that declares UTF-8 and is valid,
                // non-ASCII UTF-8: the declaration is right (reading it as Latin-1 would garble the text).
                (encoding, origin) = (.utf8, "XML declaration UTF-8 over Content-Type charset \"\(charset)\"")
            }
        } else if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
            (encoding, origin) = (.utf16LittleEndian, "UTF-16LE \"<?\" without byte-order mark")
        } else if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            (encoding, origin) = (.utf16BigEndian, "UTF-16BE \"<?\" without byte-order mark")
        } else if let declared = declaredEncoding(bytes) {
            guard let named = Self.encoding(named: declared) else {
                throw FeedError(code: .unknownEncoding, message: "unknown encoding \"\(declared)\" in the XML declaration", line: 1, sourceURL: sourceURL)
            }
            (encoding, origin) = (named, "XML declaration encoding \"\(declared)\"")
        } else {
            (encoding, origin) = (.utf8, "no declared encoding (UTF-8)")
        }
        if encoding == .utf16, body.count >= 2 {
            encoding = body.first == 0x00 ? .utf16BigEndian : .utf16LittleEndian
        }
        let text: String
        if encoding == .utf8 {
            if let offset = firstInvalidUTF8Offset(body) {
                let position = offset + (bytes.count - body.count)
                throw FeedError(code: .undecodableBytes, message: "byte offset \(position) is not valid UTF-8 (encoding from \(origin))", sourceURL: sourceURL)
            }
            text = String(decoding: body, as: UTF8.self)
        } else {
            guard let decoded = String(data: Data(body), encoding: encoding) else {
                throw FeedError(code: .undecodableBytes, message: "the bytes are not valid \(encoding) (encoding from \(origin))", sourceURL: sourceURL)
            }
            text = decoded
        }
        return Data(rewriteDeclaration(text).utf8)
    }

    /// The `encoding` pseudo-attribute of an ASCII-compatible XML declaration.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.prefix(512)
        guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: head[..<end], as: UTF8.self)
        return pseudoAttribute("encoding", in: declaration)?.value
    }

    /// Strips a leading U+FEFF and sets the declaration's encoding to UTF-8.
    static func rewriteDeclaration(_ text: String) -> String {
        var text = Substring(text)
        if text.unicodeScalars.first == "\u{FEFF}" { text = Substring(text.unicodeScalars.dropFirst()) }
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return String(text) }
        let declaration = String(text[..<end.lowerBound])
        guard let attribute = pseudoAttribute("encoding", in: declaration) else { return String(text) }
        return declaration.replacingCharacters(in: attribute.range, with: "encoding=\"UTF-8\"") + text[end.lowerBound...]
    }

    private static func pseudoAttribute(_ name: String, in declaration: String) -> (value: String, range: Range<String.Index>)? {
        guard let nameRange = declaration.range(of: name) else { return nil }
        var index = nameRange.upperBound
        while index < declaration.endIndex, declaration[index] == " " { index = declaration.index(after: index) }
        guard index < declaration.endIndex, declaration[index] == "=" else { return nil }
        index = declaration.index(after: index)
        while index < declaration.endIndex, declaration[index] == " " { index = declaration.index(after: index) }
        guard index < declaration.endIndex, declaration[index] == "\"" || declaration[index] == "'" else { return nil }
        let quote = declaration[index]
        let valueStart = declaration.index(after: index)
        guard let valueEnd = declaration[valueStart...].firstIndex(of: quote) else { return nil }
        return (String(declaration[valueStart..<valueEnd]), nameRange.lowerBound..<declaration.index(after: valueEnd))
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
