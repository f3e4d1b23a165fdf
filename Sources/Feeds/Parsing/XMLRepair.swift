import Foundation

/// Mends, before XMLParser sees them, the mistakes real feeds make that do not change what the
/// document says:
///
/// - A DOCTYPE (HTML template leftovers, the Netscape RSS 0.91 DTD) and an XML declaration that
///   follows whitespace or comments are overwritten with spaces (line breaks kept), so the lines
///   and columns libxml2 reports stay those of the original. Documents whose DOCTYPE declares
///   entities are refused before this (see ``FeedError/Code/entityDeclarations``).
/// - References XML does not define (no entity is ever declared here): an HTML named entity
///   (`&nbsp;`, `&eacute;`, `&rsquo;`, see ``HTMLEntities``) becomes its numeric reference; any
///   other `&name;` and a `&` that begins no reference (`a & b`, `?a=1&b=2`) become literal text
///   (`&amp;…`); a numeric reference to a character XML forbids (`&#0;`, `&#x1B;`) becomes U+FFFD,
///   and HTML's upper-case `&#X41;` is written `&#x41;`.
///   Comments, CDATA sections and processing instructions are left alone. A repair changes the
///   length of its line, so a later error on the same line may be a few columns off.
/// - Control characters XML forbids (U+0000–U+001F but tab, line feed and carriage return; a
///   backspace pasted into a title, say) become spaces, one byte for one byte. In UTF-8 these bytes
///   occur only as themselves, so no other character is touched.
///
/// Example: `\n<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><rss>…`
/// becomes `\n` + spaces + `<rss>…`; `<title>Caf&eacute; &amp; R&D&nbsp;</title>` becomes
/// `<title>Caf&#233; &amp; R&amp;D&#160;</title>`.
enum XMLRepair {
    /// `document` with the prolog blanked and references repaired; the same bytes when nothing
    /// needed mending.
    static func prepared(_ document: Data, prolog: RootSniffer.Prolog) -> Data {
        var bytes = [UInt8](document)
        var changed = false
        for index in bytes.indices where bytes[index] < 0x20 && bytes[index] != 0x09 && bytes[index] != 0x0A && bytes[index] != 0x0D {
            bytes[index] = 0x20
            changed = true
        }
        for range in [prolog.doctype, prolog.misplacedDeclaration].compactMap({ $0 }) {
            for index in range where bytes[index] != 0x0A && bytes[index] != 0x0D {
                bytes[index] = 0x20
            }
            changed = true
        }
        if let repaired = repairingReferences(bytes) {
            return Data(repaired)
        }
        return changed ? Data(bytes) : document
    }

    /// The bytes with undefined references repaired, or nil when all were fine.
    static func repairingReferences(_ b: [UInt8]) -> [UInt8]? {
        var output: [UInt8]?
        var copied = 0
        var i = 0
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: "<"):
                i = endOfSkippedMarkup(b, at: i)
            case UInt8(ascii: "&"):
                let (replacement, end) = reference(b, at: i)
                if let replacement {
                    if output == nil { output = []; output?.reserveCapacity(b.count + 64) }
                    output?.append(contentsOf: b[copied..<i])
                    output?.append(contentsOf: replacement)
                    copied = end
                }
                i = end
            default:
                i += 1
            }
        }
        guard var output else { return nil }
        output.append(contentsOf: b[copied...])
        return output
    }

    private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    private static let literalAmpersand = Array("&amp;".utf8)

    /// What replaces the reference at `start` (nil: keep it) and the index after it.
    private static func reference(_ b: [UInt8], at start: Int) -> (replacement: [UInt8]?, end: Int) {
        var i = start + 1
        let limit = min(b.count, start + 40)
        if i < limit, b[i] == UInt8(ascii: "#") {
            i += 1
            let hex = i < limit && (b[i] == UInt8(ascii: "x") || b[i] == UInt8(ascii: "X"))
            if hex { i += 1 }
            var value: UInt32 = 0
            let digitsStart = i
            while i < limit, let digit = digitValue(b[i], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
                i += 1
            }
            guard i > digitsStart, i < b.count, b[i] == UInt8(ascii: ";") else { return (literalAmpersand, start + 1) }
            if !isXMLCharacter(value) { return (Array("&#xFFFD;".utf8), i + 1) }
            // XML spells the hexadecimal marker only as a lower-case "x"; HTML also accepts "X".
            return (b[start + 2] == UInt8(ascii: "X") ? Array("&#x".utf8) + b[digitsStart...i] : nil, i + 1)
        }
        while i < limit, isNameByte(b[i]) { i += 1 }
        guard i > start + 1, i < b.count, b[i] == UInt8(ascii: ";") else { return (literalAmpersand, start + 1) }
        let name = String(decoding: b[(start + 1)..<i], as: UTF8.self)
        if xmlEntities.contains(name) { return (nil, i + 1) }
        if let value = HTMLEntities.named[name] { return (Array("&#\(value);".utf8), i + 1) }
        return (literalAmpersand, start + 1)
    }

    private static let skipped: [(open: [UInt8], close: [UInt8])] = [
        (Array("<!--".utf8), Array("-->".utf8)), (Array("<![CDATA[".utf8), Array("]]>".utf8)), (Array("<?".utf8), Array("?>".utf8)),
    ]

    /// The index after a comment, CDATA section or processing instruction at `start`; else `start + 1`.
    private static func endOfSkippedMarkup(_ b: [UInt8], at start: Int) -> Int {
        guard start + 1 < b.count, b[start + 1] == UInt8(ascii: "!") || b[start + 1] == UInt8(ascii: "?"),
              let (open, close) = skipped.first(where: { b[start...].starts(with: $0.open) })
        else { return start + 1 }
        return MarkupScanner.index(of: close, in: b, from: start + open.count).map { $0 + close.count } ?? b.count
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
    }

    private static func digitValue(_ c: UInt8, hex: Bool) -> UInt32? {
        if c >= 0x30 && c <= 0x39 { return UInt32(c - 0x30) }
        guard hex else { return nil }
        if c >= 0x61 && c <= 0x66 { return UInt32(c - 0x61 + 10) }
        if c >= 0x41 && c <= 0x46 { return UInt32(c - 0x41 + 10) }
        return nil
    }

    /// XML 1.0's Char production.
    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }
}
