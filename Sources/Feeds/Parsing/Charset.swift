import Foundation

/// A character encoding a feed can be read in, from the name a header or an XML declaration
/// gives it, and the decoding of bytes in it.
///
/// UTF-8, UTF-16, UTF-32 and ISO-8859-1/windows-1252 are decoded here; every other name goes to
/// ``IconvDecoder``. As browsers do, a few names are read as the superset real documents are
/// written in: ISO-8859-1 and US-ASCII-labelled 8-bit bytes as windows-1252 (0x80–0x9F are the
/// curly quotes and dashes, never C1 controls), GB2312/GBK as GB18030, EUC-KR as CP949, Shift_JIS
/// as CP932, TIS-620 as CP874, Big5 as Big5-HKSCS. `US-ASCII` is read as UTF-8, its superset.
///
/// Example: `Charset(named: "koi8-r")` → `.iconv(name: "KOI8-R", label: "KOI8-R")`;
/// `Charset(named: "latin1")` → `.windows1252(label: "ISO-8859-1")`; `Charset(named: "x-martian")` → nil.
enum Charset: Equatable, Sendable {
    case utf8
    case utf16(bigEndian: Bool)
    case utf32(bigEndian: Bool)
    /// ISO-8859-1 or windows-1252, decoded as windows-1252; `label` is the name the document used.
    case windows1252(label: String)
    /// Decoded by iconv under `name`; `label` is the name the document used, upper-cased.
    case iconv(name: String, label: String)

    /// The charset for a name, or nil when this system cannot decode it. Names are matched
    /// case-insensitively, with surrounding quotes and spaces ignored.
    init?(named raw: String) {
        let key = Self.trimmed(raw).lowercased()
        guard !key.isEmpty, key.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf8mb4", "x-unicode20utf8", "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us":
            self = .utf8
        case "utf-16", "utf16", "ucs-2", "iso-10646-ucs-2", "unicode", "csunicode", "utf-16le", "utf16le", "unicodefeff":
            self = .utf16(bigEndian: false)
        case "utf-16be", "utf16be", "unicodefffe":
            self = .utf16(bigEndian: true)
        case "utf-32", "utf32", "ucs-4", "utf-32le", "utf32le":
            self = .utf32(bigEndian: false)
        case "utf-32be", "utf32be":
            self = .utf32(bigEndian: true)
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "latin1", "latin-1", "l1", "iso-ir-100", "cp819",
             "ibm819", "csisolatin1", "windows-1252", "cp1252", "x-cp1252", "ms-ansi":
            self = .windows1252(label: Self.trimmed(raw).uppercased())
        default:
            let label = Self.trimmed(raw).uppercased()
            let name = Self.supersets[key] ?? label
            guard IconvDecoder(name: name) != nil else { return nil }
            self = .iconv(name: name, label: label)
        }
    }

    typealias Failure = IconvDecoder.Failure

    private static func trimmed(_ name: String) -> String {
        name.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }

    /// Names read as the encoding real documents labelled with them are written in.
    private static let supersets: [String: String] = [
        "gb2312": "GB18030", "gbk": "GB18030", "x-gbk": "GB18030", "euc-cn": "GB18030", "cp936": "GB18030",
        "csgb2312": "GB18030", "chinese": "GB18030", "x-euc-cn": "GB18030",
        "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "ksc5601": "CP949", "ksc_5601": "CP949", "windows-949": "CP949",
        "x-windows-949": "CP949", "cseuckr": "CP949", "korean": "CP949",
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "x-sjis": "CP932", "ms_kanji": "CP932",
        "csshiftjis": "CP932", "windows-31j": "CP932", "x-ms-cp932": "CP932",
        "x-euc-jp": "EUC-JP", "cseucpkdfmtjapanese": "EUC-JP",
        "tis-620": "CP874", "iso-8859-11": "CP874", "windows-874": "CP874", "dos-874": "CP874",
        "big5": "BIG5-HKSCS", "big5-hkscs": "BIG5-HKSCS", "x-x-big5": "BIG5-HKSCS", "cn-big5": "BIG5-HKSCS", "csbig5": "BIG5-HKSCS",
        "x-mac-roman": "MACINTOSH", "macroman": "MACINTOSH", "mac": "MACINTOSH", "macintosh": "MACINTOSH", "csmacintosh": "MACINTOSH",
        "x-mac-cyrillic": "MAC-CYRILLIC", "x-mac-ukrainian": "MAC-CYRILLIC",
        "iso-8859-8-i": "ISO-8859-8", "csiso88598i": "ISO-8859-8", "logical": "ISO-8859-8", "visual": "ISO-8859-8",
        "x-cp1250": "CP1250", "x-cp1251": "CP1251", "koi8": "KOI8-R", "cskoi8r": "KOI8-R", "koi": "KOI8-R",
        "ibm866": "CP866", "866": "CP866", "csibm866": "CP866",
    ]

    /// The name messages use, e.g. "UTF-8", "KOI8-R".
    var label: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16(let bigEndian): return bigEndian ? "UTF-16BE" : "UTF-16LE"
        case .utf32(let bigEndian): return bigEndian ? "UTF-32BE" : "UTF-32LE"
        case .windows1252(let label), .iconv(_, let label): return label
        }
    }

    /// The text of `bytes`, or the offset of the first byte that is not valid in this charset
    /// and the text before it.
    func decode(_ bytes: ArraySlice<UInt8>) -> Result<String, Failure> {
        switch self {
        case .utf8: return Self.decodeUTF8(bytes)
        case .utf16(let bigEndian): return Self.decodeUTF16(bytes, bigEndian: bigEndian)
        case .utf32(let bigEndian): return Self.decodeUTF32(bytes, bigEndian: bigEndian)
        case .windows1252: return .success(Self.decodeWindows1252(bytes))
        case .iconv(let name, _):
            guard let decoder = IconvDecoder(name: name) else { return .failure(.init(offset: 0, decodedPrefix: "")) }
            return decoder.decode(bytes)
        }
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Result<String, Failure> {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return .success(String(decoding: bytes, as: UTF8.self))
            case .error:
                let prefix = bytes.prefix(offset)
                return .failure(.init(offset: offset, decodedPrefix: String(decoding: prefix, as: UTF8.self)))
            }
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result<String, Failure> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var scalars = String.UnicodeScalarView()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF16.width(scalar) * 2
            case .emptyInput:
                if bytes.count % 2 == 1 { return .failure(.init(offset: bytes.count - 1, decodedPrefix: String(scalars))) }
                return .success(String(scalars))
            case .error:
                return .failure(.init(offset: offset, decodedPrefix: String(scalars)))
            }
        }
    }

    private static func decodeUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result<String, Failure> {
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let b = (UInt32(bytes[index]), UInt32(bytes[index + 1]), UInt32(bytes[index + 2]), UInt32(bytes[index + 3]))
            let value = bigEndian ? b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3 : b.3 << 24 | b.2 << 16 | b.1 << 8 | b.0
            guard let scalar = Unicode.Scalar(value) else {
                return .failure(.init(offset: index - bytes.startIndex, decodedPrefix: String(scalars)))
            }
            scalars.append(scalar)
            index += 4
        }
        if index != bytes.endIndex { return .failure(.init(offset: index - bytes.startIndex, decodedPrefix: String(scalars))) }
        return .success(String(scalars))
    }

    /// windows-1252; its five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code points.
    private static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = HTMLEntities.windows1252[UInt32(byte)] ?? UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
