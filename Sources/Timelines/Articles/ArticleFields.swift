import ActorRecognition
import Foundation
import HindiTemporal

/// Reads the fields of one decoded JSON object into an `Article`, naming the field at fault.
enum ArticleFields {
    static let knownKeys: Set<String> = ["url", "id", "title", "published", "text", "tags", "source", "language"]

    static func article(from object: Any, file: String, line: Int?) -> Result<Article, ArticleInputError> {
        func fail(_ field: String?, _ reason: String) -> Result<Article, ArticleInputError> {
            .failure(ArticleInputError(file: file, line: line, field: field, reason: reason))
        }
        guard let fields = object as? [String: Any] else { return fail(nil, "expected a JSON object for an article") }

        func string(_ key: String) -> (value: String?, wrongType: Bool) {
            guard let raw = fields[key], !(raw is NSNull) else { return (nil, false) }
            guard let s = raw as? String else { return (nil, true) }
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return (trimmed.isEmpty ? nil : trimmed, false)
        }
        for key in ["url", "id", "title", "published", "text", "source", "language"] where string(key).wrongType {
            // Numeric ids are common in feeds; accept them as text.
            if key == "id", fields[key] is NSNumber, !(fields[key] is Bool) { continue }
            return fail(key, "must be a string")
        }
        let url = string("url").value
        var id = string("id").value
        if id == nil, let number = fields["id"] as? NSNumber, !(fields["id"] is Bool) { id = number.stringValue }
        guard let identifier = url ?? id else { return fail("url", "an article needs a 'url' or an 'id'") }
        guard let rawPublished = string("published").value else { return fail("published", "is missing") }
        guard let published = PublishDate.parse(rawPublished) else {
            return fail("published", "'\(rawPublished.prefix(40))' is not a date (YYYY-MM-DD) or an RFC 3339 timestamp with zone")
        }
        guard let rawText = fields["text"] as? String, !rawText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return fail("text", "is missing or empty")
        }
        if rawText.unicodeScalars.contains("\u{0}") { return fail("text", "contains a NUL character") }

        var tags: [String] = []
        if let rawTags = fields["tags"], !(rawTags is NSNull) {
            if let list = rawTags as? [Any] {
                for item in list {
                    guard let tag = item as? String else { return fail("tags", "must be a list of strings") }
                    tags.append(tag)
                }
            } else if let single = rawTags as? String {
                tags = single.split(separator: ",").map(String.init)
            } else {
                return fail("tags", "must be a list of strings")
            }
        }
        let trailer = FeedTrailer.split(rawText)
        var allTags: [String] = []
        for tag in tags + trailer.tags {
            let clean = tag.trimmingCharacters(in: .whitespacesAndNewlines)
            if !clean.isEmpty && !allTags.contains(clean) { allTags.append(clean) }
        }
        let body = trailer.body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { return fail("text", "holds only feed trailers, no article text") }
        let title = string("title").value ?? String(body.prefix(80))
        return .success(Article(
            identifier: identifier, url: url, title: title, published: published.day, publishedAt: published.timestamp,
            text: body, tags: allTags, source: string("source").value, language: string("language").value
        ))
    }
}
