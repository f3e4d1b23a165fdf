import Foundation

/// How an Atom `title`, `summary` or `content` is read, from its `type` attribute (and in Atom 0.3
/// its `mode`).
///
/// Atom 1.0: `text` (default) is plain text, `html` escaped HTML, `xhtml` inline XHTML; a media
/// type: `text/html` is HTML, other `text/*` plain, an XML type (`…/xml`, `…+xml`) inline markup,
/// any other type base64 — decoded when it is text, and ignored when the type is binary
/// (`image/*`, `audio/*`, `video/*`, `font/*`, `model/*`) or the bytes are not UTF-8 text.
///
/// Atom 0.3: `type` is a media type (default `text/plain`) and `mode` says how it is carried:
/// `xml` (default) inline, `escaped` as escaped markup, `base64` encoded. Escaped content without
/// a `type` is read as HTML, as the feeds that wrote it meant.
///
/// Example: `<content type="text/html" mode="escaped">&lt;p&gt;…` (0.3) → `.html`;
/// `<content type="image/png">iVBORw0…</content>` (1.0) → `.binary`;
/// `<content type="application/octet-stream">4KSs…</content>` (1.0) → `.base64(html: false)`.
enum AtomTextConstruct {
    static func kind(type: String?, mode: String?, atom03: Bool) -> ItemDraft.TextKind {
        // Atom 0.3's default type is text/plain, but escaped content without a type is escaped HTML in practice.
        let type = type?.trimmingCharacters(in: .whitespaces).lowercased()
            ?? (atom03 ? (mode?.lowercased() == "escaped" ? "text/html" : "text/plain") : "text")
        let mediaType = type.split(separator: ";").first.map(String.init) ?? type
        let isHTML = mediaType == "html" || mediaType == "text/html"
        let isXHTML = mediaType == "xhtml" || mediaType == "application/xhtml+xml"
        let isXML = isXHTML || mediaType.hasSuffix("/xml") || mediaType.hasSuffix("+xml")
        let isText = mediaType == "text" || mediaType.hasPrefix("text/")
        if atom03 {
            switch mode?.lowercased() {
            case "base64": return base64(mediaType, html: isHTML || isXHTML)
            case "escaped": return isHTML || isXML ? .html : .plain
            default: return isHTML || isXML ? .xhtml : .plain
            }
        }
        if isHTML { return .html }
        if isXML { return .xhtml }
        if isText { return .plain }
        return base64(mediaType, html: mediaType.contains("html"))
    }

    private static let binaryTopLevelTypes: Set<String> = ["image", "audio", "video", "font", "model"]

    private static func base64(_ mediaType: String, html: Bool) -> ItemDraft.TextKind {
        let topLevel = mediaType.split(separator: "/").first.map(String.init) ?? mediaType
        return binaryTopLevelTypes.contains(topLevel) ? .binary : .base64(html: html)
    }
}
