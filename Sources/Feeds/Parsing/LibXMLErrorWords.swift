/// Words for the error codes of libxml2 (`xmlParserErrors` in libxml/xmlerror.h), which
/// XMLParser reports as bare numbers on Linux (its `XMLParser.ErrorCode` names do not line up
/// with them there).
///
/// Example: `LibXMLErrorWords.message(code: 76, openElement: "title")` →
/// `"malformed XML: closing tag does not match the open element <title> (libxml2 error 76)"`;
/// `LibXMLErrorWords.message(code: 999, openElement: nil)` → `"XML not well formed (libxml2 error 999)"`.
enum LibXMLErrorWords {
    /// The message for `code`; `openElement` is the innermost open element when the error was
    /// seen, named for the codes where it helps (a mismatched or unfinished tag).
    static func message(code: Int, openElement: String?) -> String {
        guard var text = words[code] else { return "XML not well formed (libxml2 error \(code))" }
        if let openElement, code == 76 || code == 77 {
            text += " <\(openElement)>"
        }
        return "malformed XML: \(text) (libxml2 error \(code))"
    }

    /// Codes that do not fail a feed: an undeclared namespace prefix (201), which XMLParser
    /// reports and then reads past (see ``FeedNamespace/conventionalPrefixes``), and libxml2's
    /// warnings, after which it reads on as usual: an unknown XML version (97), a bad `xml:lang`
    /// or `xml:space` value (98, 102), a namespace URI that is not a clean absolute URI (99, 100;
    /// a line break inside `xmlns:georss="…"`, say), a colon in a name (106), a catalog PI (93).
    static let tolerated: Set<Int> = [93, 97, 98, 99, 100, 102, 106, 201]

    /// The words for a code, nil when the code has none here.
    static func words(for code: Int) -> String? { words[code] }

    private static let words: [Int: String] = [
        1: "internal error of the XML parser",
        2: "out of memory while parsing",
        3: "no markup where the document should start",
        4: "no root element (text or nothing where the root element should start)",
        5: "extra content after the root element",
        6: "invalid hexadecimal character reference (&#x…;)",
        7: "invalid decimal character reference (&#…;)",
        8: "character reference to a character XML does not allow",
        9: "character that XML does not allow (a control character or a stray byte)",
        10: "character reference cut off by the end of the document",
        11: "character reference before the root element",
        12: "character reference after the root element",
        13: "character reference in the DTD",
        14: "entity reference cut off by the end of the document",
        15: "entity reference before the root element",
        16: "entity reference after the root element",
        17: "entity reference in the DTD",
        18: "parameter entity reference cut off by the end of the document",
        19: "parameter entity reference before the root element",
        20: "parameter entity reference after the root element",
        21: "parameter entity reference inside a DTD declaration",
        22: "'&' not followed by an entity name (write a literal & as &amp;)",
        23: "entity reference without its closing ';' (write a literal & as &amp;)",
        24: "'%' not followed by a parameter entity name",
        25: "parameter entity reference without its closing ';'",
        26: "undeclared entity (HTML entities like &nbsp; are not XML)",
        27: "undeclared entity (HTML entities like &nbsp; are not XML)",
        28: "reference to an unparsed entity",
        29: "reference to an external entity in an attribute value",
        30: "parameter entity used outside the DTD",
        31: "encoding named in the XML declaration is unknown",
        32: "encoding named in the XML declaration is not supported",
        33: "attribute or literal value without its opening quote",
        34: "attribute or literal value without its closing quote",
        35: "invalid namespace declaration",
        36: "entity value without its opening quote",
        37: "entity value without its closing quote",
        38: "'<' inside an attribute value (write it as &lt;)",
        39: "attribute value not started: a quote was expected after '='",
        40: "attribute value not finished: its closing quote is missing",
        41: "attribute without a value (XML needs name=\"value\")",
        42: "the same attribute twice on one element",
        43: "system or public identifier without its opening quote",
        44: "system or public identifier without its closing quote",
        45: "comment not finished (no '-->')",
        46: "processing instruction not started",
        47: "processing instruction not finished (no '?>')",
        48: "NOTATION declaration not started",
        49: "NOTATION declaration not finished",
        50: "ATTLIST declaration not started",
        51: "ATTLIST declaration not finished",
        52: "mixed content declaration not started",
        53: "mixed content declaration not finished",
        54: "element content declaration not started",
        55: "element content declaration not finished",
        56: "XML declaration not started",
        57: "XML declaration not finished (no '?>')",
        58: "conditional section not started",
        59: "conditional section not finished",
        60: "external DTD subset not finished",
        61: "DOCTYPE declaration not finished",
        62: "']]>' outside a CDATA section",
        63: "CDATA section not finished (no ']]>')",
        64: "XML declaration (<?xml …?>) not at the very start of the document",
        65: "space required here",
        66: "separator required in a DTD declaration",
        67: "name token required in a DTD declaration",
        68: "name required (a '<' or '&' not followed by a name)",
        69: "#PCDATA required in a DTD declaration",
        70: "URI required in a declaration",
        71: "public identifier required in a declaration",
        72: "'<' required",
        73: "'>' required to close the tag",
        74: "'</' required",
        75: "'=' required between an attribute name and its value",
        76: "closing tag does not match the open element",
        77: "document ends inside the open element",
        78: "invalid standalone value in the XML declaration",
        79: "invalid encoding name in the XML declaration",
        80: "'--' inside a comment",
        81: "bytes not valid in the document's encoding",
        82: "external entity in a standalone document",
        83: "invalid conditional section",
        84: "value required",
        85: "markup not well balanced",
        86: "extra content after the root element",
        87: "invalid character in an entity",
        88: "parameter entity reference inside a DTD declaration",
        89: "entity expansion loop or limit exceeded",
        90: "entity crosses a markup boundary",
        91: "invalid URI",
        92: "URI with a fragment where none is allowed",
        93: "catalog processing instruction ignored",
        94: "no DTD found",
        95: "invalid keyword in a conditional section",
        96: "XML declaration without a version",
        97: "unknown XML version",
        98: "invalid xml:lang value",
        99: "invalid namespace URI",
        100: "relative namespace URI",
        101: "XML declaration names no encoding where one is required",
        102: "invalid xml:space value",
        103: "document is not standalone",
        104: "entity could not be processed",
        105: "notation could not be processed",
        106: "name with a colon where namespaces forbid it",
        107: "entity declared twice",
        108: "unsupported XML version",
        109: "XML version mismatch",
        110: "name too long",
        111: "parsing stopped",
        200: "misuse of the reserved xml namespace",
        201: "namespace prefix used without being declared (xmlns:prefix=\"…\")",
        202: "invalid qualified name",
        203: "the same attribute twice on one element (through namespace prefixes)",
        204: "empty namespace name",
        205: "name with more than one colon",
        6000: "no encoding name",
        6001: "no converter for the document's encoding",
        6002: "too many encoding converters",
        6003: "the bytes could not be converted from the document's encoding",
        6004: "no output from the encoding converter",
    ]
}
