import Foundation

/// Titles as single short lines, and the title/body pair of an item put in one canonical shape so
/// the same content gets the same ``FeedItem/contentIdentity(title:text:)`` whichever element
/// carried it.
///
/// Rules of ``canonical(title:body:)``, on clean text (paragraphs joined by "\n"):
/// 1. No body, and a title of several lines or more than ``maxLength`` characters: the title is
///    the body, and its ``short(from:)`` is the title.
/// 2. No title: a body of one line of at most ``maxLength`` characters is the title (and the body
///    is empty, as for an item that had only that title); a longer body stays, and its
///    ``short(from:)`` is the title.
/// 3. Otherwise the title is made one line (line breaks become spaces), and a body that only
///    repeats the title is dropped.
///
/// Example: title `"बाढ़ का अलर्ट\nअसम के 12 ज़िलों में नदियाँ ख़तरे के निशान से ऊपर।"` and no body →
/// title `"बाढ़ का अलर्ट"`, body `"बाढ़ का अलर्ट\nअसम के 12 ज़िलों में नदियाँ ख़तरे के निशान से ऊपर।"`.
enum Headline {
    /// The longest title kept whole, in characters.
    static let maxLength = 200

    static func canonical(title: String, body: String) -> (title: String, body: String) {
        if body.isEmpty, isLong(title) {
            return (short(from: title), title)
        }
        if title.isEmpty, !body.isEmpty {
            return isLong(body) ? (short(from: body), body) : (body, "")
        }
        let line = oneLine(title)
        return (line, body == line ? "" : body)
    }

    /// True for text of more than one line or more than ``maxLength`` characters.
    static func isLong(_ text: String) -> Bool {
        text.contains("\n") || text.count > maxLength
    }

    /// The text on one line: line breaks become single spaces.
    ///
    /// Example: `oneLine("संसद में\nहंगामा")` → `"संसद में हंगामा"`.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// A title for long text: its first line when that has at most ``maxLength`` characters; else
    /// the first sentence of that line (ending in "।", "॥", ".", "!" or "?") when it is short
    /// enough; else the line cut at the last space before ``maxLength`` characters, with "…".
    ///
    /// Example: `short(from: "पहली पंक्ति\nदूसरी")` → `"पहली पंक्ति"`.
    static func short(from text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        if line.count <= maxLength { return line }
        let characters = Array(line)
        for index in 0..<maxLength where "।॥.!?".contains(characters[index]) {
            if index + 1 == characters.count || characters[index + 1] == " " {
                return String(characters[...index])
            }
        }
        let cut = characters[..<maxLength].lastIndex(of: " ").flatMap { $0 > maxLength / 2 ? $0 : nil } ?? maxLength - 1
        return String(characters[..<cut]).trimmingCharacters(in: .whitespaces) + "…"
    }
}
