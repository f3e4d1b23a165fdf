import Foundation

/// Text made safe to stand in an HTML or inline SVG document, as element content or as a quoted attribute value.
///
/// `HTMLText.escape("<script> & \"क\"")` → `&lt;script&gt; &amp; &quot;क&quot;`
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The URL when it is a web address a reader may follow (http or https), else nil: a `javascript:` or
    /// `data:` address from an article never becomes a link.
    static func webAddress(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespaces), !url.isEmpty else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        guard !url.contains(where: { $0.isWhitespace || $0.isNewline }) else { return nil }
        return url
    }
}
