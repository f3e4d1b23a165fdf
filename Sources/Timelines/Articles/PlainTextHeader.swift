import Foundation

/// The optional header of a plain-text article: `key: value` lines (title, published, url, id,
/// source, tags, language) at the top, ended by a blank line.
///
///     title: लावरोव की प्योंगयांग यात्रा
///     published: 2025-07-13
///
///     रूसी विदेश मंत्री ने शनिवार को कहा …
struct PlainTextHeader {
    var fields: [String: String]
    var body: String

    static let keys: Set<String> = ["title", "published", "url", "id", "source", "tags", "language"]

    static func parse(_ text: String) -> PlainTextHeader {
        var fields: [String: String] = [:]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.first {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !fields.isEmpty { lines = lines.dropFirst() }
                break
            }
            guard let colon = trimmed.firstIndex(of: ":") else { break }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard keys.contains(key) else { break }
            fields[key] = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            lines = lines.dropFirst()
        }
        if fields.isEmpty { return PlainTextHeader(fields: [:], body: text) }
        return PlainTextHeader(fields: fields, body: lines.joined(separator: "\n"))
    }
}
