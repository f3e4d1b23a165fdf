/// Separates an article body from the feed's trailing tag line and source-link lines.
///
/// Example:
/// ```
/// FeedTrailer.split("मॉस्को में बैठक हुई।\n(टैगस्टोट्रांसलेट) उत्तर कोरिया (टी) रूस (टी) सर्गेई लावरोव\nSource link")
/// // body: "मॉस्को में बैठक हुई।", tags: ["उत्तर कोरिया", "रूस", "सर्गेई लावरोव"],
/// // removed: ["(टैगस्टोट्रांसलेट) उत्तर कोरिया (टी) रूस (टी) सर्गेई लावरोव", "Source link"]
/// ```
/// The tag marker is recognized as `(टैगस्टोट्रांसलेट)`, `(टैग्सटोट्रांसलेट)` and spacing/nukta variants of
/// them, or `(tagstotranslate)`; tags are separated by `(टी)` or `(t)`. Text before the marker on the same
/// line stays in the body. A line that is just `Source link` / `स्रोत लिंक` (any case, optionally followed
/// by `:` and a link) is removed.
public enum FeedTrailer {
    public static func split(_ text: String) -> (body: String, tags: [String], removed: [String]) {
        var bodyLines: [String] = []
        var tags: [String] = []
        var removed: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            if let (before, tagText) = splitAtMarker(line) {
                if !before.trimmingSpaces.isEmpty { bodyLines.append(before) }
                removed.append(tagText.trimmingSpaces)
                tags.append(contentsOf: splitTags(tagText, known: tags))
            } else if isSourceLink(line) {
                removed.append(line.trimmingSpaces)
            } else {
                bodyLines.append(line)
            }
        }
        while let last = bodyLines.last, last.trimmingSpaces.isEmpty { bodyLines.removeLast() }
        return (bodyLines.joined(separator: "\n"), tags, removed)
    }

    private static let markerKeys: Set<String> = ["टैगसटोट्रांसलेट", "टैगस्टोट्रांसलेट", "टैग्सटोट्रांसलेट", "tagstotranslate"]
    private static let separatorKeys: Set<String> = ["टी", "t"]

    /// Finds a parenthesized marker; returns the text before it and the text from the marker on.
    private static func splitAtMarker(_ line: String) -> (String, String)? {
        var searchStart = line.startIndex
        while let open = line[searchStart...].firstIndex(of: "(") {
            guard let close = line[open...].firstIndex(of: ")") else { return nil }
            if markerKeys.contains(compactKey(line[line.index(after: open)..<close])) {
                return (String(line[..<open]), String(line[open...]))
            }
            searchStart = line.index(after: open)
        }
        return nil
    }

    /// Splits `(टैगस्टोट्रांसलेट) a (टी) b` into `["a", "b"]`, dropping empty and repeated tags.
    private static func splitTags(_ tagText: String, known: [String]) -> [String] {
        var result: [String] = []
        var seen = Set(known)
        var current = ""
        var rest = Substring(tagText)
        func flush() {
            let tag = current.trimmingSpaces
            current = ""
            if !tag.isEmpty, seen.insert(tag).inserted { result.append(tag) }
        }
        while let open = rest.firstIndex(of: "(") {
            current += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ")") else {
                rest = rest[open...]
                break
            }
            let key = compactKey(rest[rest.index(after: open)..<close])
            if separatorKeys.contains(key) || markerKeys.contains(key) {
                flush()
            } else {
                current += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        current += rest
        flush()
        return result
    }

    private static func isSourceLink(_ line: String) -> Bool {
        let key = NameNormalizer.normalize(line)
        for prefix in ["source link", "स्रोत लिंक"] where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count).trimmingSpaces
            return rest.isEmpty || rest.hasPrefix(":") || rest.hasPrefix("http")
        }
        return false
    }

    /// Folded text without spaces, for comparing markers such as `( टैग्स टो ट्रांसलेट )`.
    private static func compactKey(_ text: Substring) -> String {
        NameNormalizer.normalize(String(text)).filter { $0 != " " }
    }
}
