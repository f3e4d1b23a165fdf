import ActorRecognition
import Foundation
import HindiTemporal

/// Turns input files into `Article`s: JSON (an object or an array of objects), JSON Lines, or
/// plain text with an optional `key: value` header.
///
/// JSON fields: `url` or `id` (one is required), `title`, `published` (a date or an RFC 3339
/// timestamp with zone), `text`, and optional `tags`, `source`, `language`. Feed trailers at the
/// end of the text — the tag line `(टैगस्टोट्रांसलेट) उत्तर कोरिया (टी) रूस` and "Source link"
/// lines — leave the text and their tags join `tags`.
public struct ArticleDecoder: Sendable {
    /// What one input produced: the articles that were read, and an error for each one that was not.
    public struct Result: Sendable {
        public var articles: [Article] = []
        public var errors: [ArticleInputError] = []
    }

    /// Defaults for plain-text input (from `--published`, `--title`).
    public struct PlainTextDefaults: Sendable {
        public var published: CalendarDay?
        public var title: String?
        public var url: String?
        public init(published: CalendarDay? = nil, title: String? = nil, url: String? = nil) {
            self.published = published
            self.title = title
            self.url = url
        }
    }

    public enum Format: String, Sendable, CaseIterable { case json, jsonl, text }

    public init() {}

    /// The format named by a file's extension, or by its first non-blank character.
    public static func detectFormat(name: String, data: Data) -> Format {
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".txt") { return .text }
        let first = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) })
        if first == UInt8(ascii: "[") { return .json }
        if first == UInt8(ascii: "{") {
            // One object per line, or one object spread over lines?
            let lines = data.split(separator: 0x0A).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
            if lines.count > 1, lines.allSatisfy({ $0.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") }) { return .jsonl }
            return .json
        }
        return .text
    }

    /// Decodes one input. `name` is how errors refer to it (a path, or `-` for standard input).
    public func decode(_ data: Data, name: String, format: Format? = nil, defaults: PlainTextDefaults = .init()) -> Result {
        guard let text = String(data: data, encoding: .utf8) else {
            return Result(errors: [ArticleInputError(file: name, reason: "is not valid UTF-8")])
        }
        switch format ?? Self.detectFormat(name: name, data: data) {
        case .json: return decodeJSONDocument(text, name: name)
        case .jsonl: return decodeJSONLines(text, name: name)
        case .text: return decodePlainText(text, name: name, defaults: defaults)
        }
    }

    private func decodeJSONDocument(_ text: String, name: String) -> Result {
        var result = Result()
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            result.errors.append(ArticleInputError(file: name, reason: "is not valid JSON (\(Self.jsonReason(error)))"))
            return result
        }
        let items: [Any] = (object as? [Any]) ?? [object]
        for (index, item) in items.enumerated() {
            let where_ = items.count > 1 ? "\(name)[\(index)]" : name
            switch ArticleFields.article(from: item, file: where_, line: nil) {
            case .success(let article): result.articles.append(article)
            case .failure(let error): result.errors.append(error)
            }
        }
        return result
    }

    private func decodeJSONLines(_ text: String, name: String) -> Result {
        var result = Result()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8))
            } catch {
                result.errors.append(ArticleInputError(file: name, line: lineNumber, reason: "is not valid JSON (\(Self.jsonReason(error)))"))
                continue
            }
            switch ArticleFields.article(from: object, file: name, line: lineNumber) {
            case .success(let article): result.articles.append(article)
            case .failure(let error): result.errors.append(error)
            }
        }
        return result
    }

    private func decodePlainText(_ text: String, name: String, defaults: PlainTextDefaults) -> Result {
        let header = PlainTextHeader.parse(text)
        var fields: [String: Any] = [:]
        for (key, value) in header.fields { fields[key] = value }
        if let tags = header.fields["tags"] {
            fields["tags"] = tags.split(whereSeparator: { $0 == "," || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if let published = defaults.published { fields["published"] = published.iso }
        if let title = defaults.title { fields["title"] = title }
        if let url = defaults.url { fields["url"] = url }
        if fields["title"] == nil {
            fields["title"] = header.body.split(separator: "\n").first.map { String($0.prefix(120)) } ?? name
        }
        if fields["url"] == nil && fields["id"] == nil { fields["id"] = "file:" + name }
        fields["text"] = header.body
        var result = Result()
        switch ArticleFields.article(from: fields, file: name, line: nil) {
        case .success(let article): result.articles.append(article)
        case .failure(var error):
            if error.field == "published" { error.reason += " (plain text needs a 'published:' header line or --published)" }
            result.errors.append(error)
        }
        return result
    }

    static func jsonReason(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return "unreadable"
    }
}
