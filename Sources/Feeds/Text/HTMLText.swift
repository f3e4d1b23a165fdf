/// HTML (or text with character references) to clean text, with a single forward scanner: no
/// regular expressions, linear in the input, tolerant of broken markup (unclosed tags, a stray
/// `<`, unterminated comments).
///
/// - Tags are removed; `script`, `style`, `noscript` and `template` are removed with their content,
///   as are comments.
/// - Block elements (`p`, `div`, `br`, `li`, `h1`–`h6`, `blockquote`, `tr`, lists, tables,
///   sections, …) end a paragraph; paragraphs are joined by a single "\n", never blank lines.
/// - Character references are decoded (``HTMLEntities``); whitespace, including NBSP and the
///   other Unicode spaces, collapses to one space. ZWJ/ZWNJ, which Devanagari needs, are kept.
///
/// Example: `HTMLText.clean("<p>मुंबई में&nbsp;&ldquo;बारिश&rdquo;</p><script>x()</script><p>स्कूल बंद</p>")`
/// → `"मुंबई में “बारिश”\nस्कूल बंद"`.
public enum HTMLText {
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "aside", "nav", "main",
        "figure", "figcaption", "hr", "pre", "dl", "dt", "dd", "address", "form", "fieldset", "details",
        "summary", "center", "body", "html",
    ]
    private static let spacingElements: Set<String> = ["td", "th", "img", "input", "button", "select", "option"]
    private static let droppedWithContent: Set<String> = ["script", "style", "noscript", "template", "head"]

    /// Clean text from HTML.
    public static func clean(_ html: String) -> String {
        var scanner = HTMLScanner(Array(html.unicodeScalars))
        return scanner.run()
    }

    /// Decodes character references only, then collapses whitespace; for text that is not HTML
    /// but may still carry references, such as RSS titles.
    ///
    /// Example: `HTMLText.decodeReferences("राहुल &amp; प्रियंका&nbsp;")` → `"राहुल & प्रियंका"`.
    public static func decodeReferences(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = ParagraphBuilder()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, next) = HTMLEntities.decode(scalars, at: index) {
                output.append(scalar)
                index = next
            } else {
                if scalars[index] == "\n" { output.breakParagraph() } else { output.append(scalars[index]) }
                index += 1
            }
        }
        return output.finish()
    }

    /// Plain text (Atom `type="text"`): whitespace collapsed within lines, line breaks kept as
    /// paragraph breaks, empty lines dropped. No reference decoding.
    ///
    /// Example: `HTMLText.plain("  पहली   पंक्ति\n\n दूसरी ")` → `"पहली पंक्ति\nदूसरी"`.
    public static func plain(_ text: String) -> String {
        var output = ParagraphBuilder()
        for scalar in text.unicodeScalars {
            if scalar == "\n" { output.breakParagraph() } else { output.append(scalar) }
        }
        return output.finish()
    }

    static func isBlock(_ name: String) -> Bool { blockElements.contains(name) }
    static func isSpacing(_ name: String) -> Bool { spacingElements.contains(name) }
    static func isDroppedWithContent(_ name: String) -> Bool { droppedWithContent.contains(name) }
}

/// Collects text into paragraphs with collapsed whitespace.
struct ParagraphBuilder {
    private var paragraphs: [String] = []
    private var current = String.UnicodeScalarView()
    private var pendingSpace = false

    mutating func append(_ scalar: Unicode.Scalar) {
        if Self.isSpace(scalar) {
            if !current.isEmpty { pendingSpace = true }
            return
        }
        if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) || scalar.value == 0xFEFF { return }
        if pendingSpace {
            current.append(" ")
            pendingSpace = false
        }
        current.append(scalar)
    }

    mutating func softSpace() {
        if !current.isEmpty { pendingSpace = true }
    }

    mutating func breakParagraph() {
        if !current.isEmpty { paragraphs.append(String(current)) }
        current = String.UnicodeScalarView()
        pendingSpace = false
    }

    mutating func finish() -> String {
        breakParagraph()
        return paragraphs.joined(separator: "\n")
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
