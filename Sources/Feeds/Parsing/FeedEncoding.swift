import Foundation

/// Turns the bytes of a feed into UTF-8 with a UTF-8 XML declaration, whatever they were sent in:
/// UTF-8, UTF-16, UTF-32, and every legacy encoding the system's iconv knows (see ``Charset``).
///
/// Precedence: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), then the HTTP
/// `Content-Type` charset, then the XML declaration's `encoding`, then UTF-32/UTF-16 recognised
/// from `<` or `<?` without a mark, else UTF-8. Names are matched case-insensitively.
///
/// Where real feeds contradict themselves:
/// - The header names another charset but the declaration says UTF-8 and the bytes are valid,
///   non-ASCII UTF-8: UTF-8 is used (servers often add a default `charset=ISO-8859-1`).
/// - The header names a charset this system cannot decode: the declaration's encoding is used
///   when it names one it can; else ``FeedError/Code/unknownEncoding``.
/// - A UTF-16 or UTF-32 label (header or declaration) on bytes that begin with ASCII markup
///   cannot be right: the label is ignored.
/// - The bytes are not valid in the charset chosen from the header: the declaration's encoding is
///   used when the bytes are valid in it. Not valid in a charset named by the header or the
///   declaration, but valid UTF-8: UTF-8 is used (a UTF-8 document mislabelled).
/// - Otherwise invalid bytes are an error (``FeedError/Code/undecodableBytes``) naming the byte,
///   its offset, line and column, the charset and where that charset came from; a document
///   that names no encoding and is not valid UTF-8 is such an error too (no guessing).
///
/// Example: the KOI8-R bytes of `<?xml version="1.0" encoding="KOI8-R"?><rss>…Новости…` become the
/// UTF-8 bytes of `<?xml version="1.0" encoding="UTF-8"?><rss>…Новости…`.
public enum FeedEncoding {
    /// True when this system can decode documents in the named charset (e.g. "KOI8-R", "Big5",
    /// "windows-1255"); false for unknown names.
    public static func canDecode(_ name: String) -> Bool {
        Charset(named: name) != nil
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

    /// Where the charset used for a document came from, as messages say it.
    private enum Origin {
        case byteOrderMark, header, declaration, detected, assumed
        /// The declaration says UTF-8 and the bytes are UTF-8, whatever the header says.
        case declarationOverHeader(String)
        /// The header names a charset this system cannot decode.
        case declarationOverUnknownHeader(String)
        /// The declaration names UTF-16/UTF-32 but is itself written in ASCII.
        case asciiDespiteDeclaration(String)

        func describe(_ charset: Charset) -> String {
            switch self {
            case .byteOrderMark: return "from its \(charset.label) byte-order mark"
            case .header: return "named in the HTTP Content-Type header"
            case .declaration: return "named in the XML declaration"
            case .detected: return "detected from its first bytes"
            case .assumed: return "no encoding was named, so UTF-8 was assumed"
            case .declarationOverHeader(let header): return "named in the XML declaration, over the Content-Type charset '\(header)'"
            case .declarationOverUnknownHeader(let header):
                return "named in the XML declaration, as the Content-Type charset '\(header)' is unknown"
            case .asciiDespiteDeclaration(let name): return "the XML declaration says '\(name)' but is written in ASCII"
            }
        }
    }

    /// UTF-8 bytes of the document with any BOM removed and the declaration's encoding set to UTF-8.
    public static func utf8Document(_ data: Data, charset header: String?, sourceURL: String? = nil) throws -> Data {
        let bytes = [UInt8](data)
        let declared = declaredEncoding(bytes)
        let declaredCharset = declared.flatMap { Charset(named: $0.name) }.flatMap { isWide($0) ? nil : $0 }
        let beginsWithASCIIMarkup = bytes.count >= 2 && bytes[0] == UInt8(ascii: "<") && bytes[1] != 0
        var charset: Charset
        var origin: Origin
        var bodyStart = 0
        if let (mark, length) = byteOrderMark(bytes) {
            (charset, origin, bodyStart) = (mark, .byteOrderMark, length)
        } else if let header, let named = Charset(named: header), !(isWide(named) && beginsWithASCIIMarkup) {
            (charset, origin) = (named, .header)
            if named != .utf8, declaredCharset == .utf8, bytes.contains(where: { $0 >= 0x80 }),
               case .success = Charset.utf8.decode(bytes[...]) {
                // A server default such as "ISO-8859-1" on a document that declares UTF-8 and is valid,
                // non-ASCII UTF-8: the declaration is right (reading it as Latin-1 would garble the text).
                (charset, origin) = (.utf8, .declarationOverHeader(header))
            }
        } else if let header, Charset(named: header) == nil {
            guard let declaredCharset else {
                throw FeedError(
                    code: .unknownEncoding,
                    message: "the charset '\(header)' named in the HTTP Content-Type header is not one this system can decode",
                    sourceURL: sourceURL
                )
            }
            (charset, origin) = (declaredCharset, .declarationOverUnknownHeader(header))
        } else if let sniffed = sniffedWideCharset(bytes) {
            (charset, origin) = (sniffed, .detected)
        } else if let declared {
            guard let named = Charset(named: declared.name) else {
                throw FeedError(
                    code: .unknownEncoding,
                    message: "the encoding '\(declared.name)' named in the XML declaration is not one this system can decode",
                    line: declared.line, sourceURL: sourceURL
                )
            }
            (charset, origin) = isWide(named) ? (.utf8, .asciiDespiteDeclaration(declared.name)) : (named, .declaration)
        } else {
            (charset, origin) = (.utf8, .assumed)
        }
        let body = bytes[bodyStart...]
        let failure: Charset.Failure
        switch charset.decode(body) {
        case .success(let text): return Data(rewriteDeclaration(text).utf8)
        case .failure(let failed): failure = failed
        }
        // Mislabelled documents: the declaration when the header was wrong, UTF-8 when the label was.
        var fallbacks: [Charset] = []
        if case .header = origin, let declaredCharset, declaredCharset != charset { fallbacks.append(declaredCharset) }
        switch origin {
        case .header, .declaration, .declarationOverUnknownHeader: if charset != .utf8 { fallbacks.append(.utf8) }
        default: break
        }
        for fallback in fallbacks {
            if case .success(let text) = fallback.decode(body) { return Data(rewriteDeclaration(text).utf8) }
        }
        let offset = bodyStart + failure.offset
        let byte = offset < bytes.count ? String(bytes[offset], radix: 16, uppercase: true) : "end"
        let lines = failure.decodedPrefix.split(separator: "\n", omittingEmptySubsequences: false)
        throw FeedError(
            code: .undecodableBytes,
            message: "byte 0x\(byte.count == 1 ? "0" + byte : byte) (offset \(offset)) is not valid \(charset.label) (\(origin.describe(charset)))",
            line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1, sourceURL: sourceURL
        )
    }

    /// UTF-16 and UTF-32 need a byte-order mark or zero bytes to be recognised.
    private static func isWide(_ charset: Charset) -> Bool {
        switch charset {
        case .utf16, .utf32: return true
        default: return false
        }
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (Charset, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32(bigEndian: false), 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32(bigEndian: true), 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16(bigEndian: false), 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16(bigEndian: true), 2) }
        return nil
    }

    /// UTF-32 or UTF-16 without a mark, from a `<` (UTF-32) or `<?` (UTF-16) in the first bytes.
    private static func sniffedWideCharset(_ bytes: [UInt8]) -> Charset? {
        if bytes.starts(with: [0x3C, 0x00, 0x00, 0x00]) { return .utf32(bigEndian: false) }
        if bytes.starts(with: [0x00, 0x00, 0x00, 0x3C]) { return .utf32(bigEndian: true) }
        if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return .utf16(bigEndian: false) }
        if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return .utf16(bigEndian: true) }
        return nil
    }

    /// The `encoding` pseudo-attribute of an ASCII-compatible XML declaration, and its line: the
    /// declaration may follow whitespace or comments (see ``XMLRepair``).
    static func declaredEncoding(_ bytes: [UInt8]) -> (name: String, line: Int)? {
        let head = Array(bytes.prefix(4_096))
        var i = 0
        while i < head.count {
            if head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D {
                i += 1
            } else if head[i...].starts(with: Array("<!--".utf8)) {
                i += 4
                while i < head.count, !head[i...].starts(with: Array("-->".utf8)) { i += 1 }
                i += 3
            } else {
                break
            }
        }
        guard i < head.count else { return nil }
        guard head[i...].starts(with: Array("<?xml".utf8)), let end = head[i...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: head[i..<end], as: UTF8.self)
        guard let name = pseudoAttribute("encoding", in: declaration)?.value else { return nil }
        return (name, head[..<i].filter { $0 == 0x0A }.count + 1)
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
}
