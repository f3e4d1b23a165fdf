import Feeds
import Foundation
import Timelines

/// One file taken from the spool directory, decoded: its articles and what was wrong with it.
///
/// JSON (an object or an array of objects) and JSON Lines go through ``ArticleDecoder``; RSS and
/// Atom documents through ``FeedParser``, whose items without a usable date are quarantined, as a
/// feed poller's are (and listed as problems). Anything else is refused as a whole.
///
/// Example: `khabar.jsonl` with two good lines and a third without `published` gives 2 articles
/// and the problem `"khabar.jsonl:3 field 'published': is missing"`.
struct SpoolFile: Sendable {
    var url: URL
    var articles: [Article] = []
    var problems: [String] = []
    /// Feed items kept in `feed_quarantine` instead of the log: identity and reason.
    var quarantined: [(identity: String, reason: String)] = []

    /// Nothing usable and nothing set aside: the file goes to `rejected/`.
    var isRejected: Bool { articles.isEmpty && quarantined.isEmpty }

    /// Articles and quarantined items.
    var itemCount: Int { articles.count + quarantined.count }

    /// Takes the refused articles out of the file's articles and into its quarantine, with their reasons.
    mutating func leaveOut(_ refused: [IngestReport.Refusal]) {
        guard !refused.isEmpty else { return }
        let reasons = Dictionary(refused.map { ($0.identifier, $0.reason) }, uniquingKeysWith: { first, _ in first })
        let name = url.lastPathComponent
        articles.removeAll { article in
            guard let reason = reasons[article.identifier] else { return false }
            quarantined.append((article.identifier, "\(name): \(reason)"))
            problems.append("\(name): article '\(article.identifier)': \(reason)")
            return true
        }
    }

    /// Why markup that is not a feed cannot be read as one, in the parser's words; nil for a
    /// file that is not markup.
    private static func markupProblem(_ data: Data) -> FeedError? {
        let first = data.prefix(1_024).first { ![0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard first == UInt8(ascii: "<") || data.prefix(2).contains(0) else { return nil }
        do {
            _ = try FeedParser.parse(data, sourceURL: nil)
            return nil
        } catch let error as FeedError {
            return error
        } catch {
            return nil
        }
    }

    static func decode(_ url: URL) -> SpoolFile {
        var file = SpoolFile(url: url)
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            file.problems.append("\(name): cannot be read (\(error.localizedDescription))")
            return file
        }
        let kind = SpoolDocument.kind(of: url, data: data)
        switch kind {
        case .json, .jsonLines:
            let format: ArticleDecoder.Format = kind == .json ? .json : .jsonl
            let result = ArticleDecoder().decode(data, name: name, format: format)
            file.articles = result.articles
            file.problems = result.errors.map(\.description)
        case .feed:
            do {
                let parsed = try FeedParser.parse(data, sourceURL: nil)
                let split = FeedArticles.split(parsed, sourceName: parsed.title ?? name)
                file.articles = split.articles
                file.quarantined = split.quarantined.map { ($0.identity, "\(name): \($0.reason)") }
                file.problems = split.quarantined.map { "\(name): item '\($0.identity)': \($0.reason) (kept in quarantine)" }
                if parsed.items.isEmpty && parsed.rejected.isEmpty { file.problems.append("\(name): the feed has no items") }
                if let recovered = parsed.recoveredFrom {
                    file.problems.insert("\(name): read in part (its good items were taken): \(recovered.code.rawValue): \(recovered.description)", at: 0)
                }
            } catch let error as FeedError {
                file.problems.append("\(name): \(error.code.rawValue): \(error.description)")
            } catch {
                file.problems.append("\(name): \(error)")
            }
        case .unknown:
            if data.isEmpty {
                file.problems.append("\(name): the file is empty")
            } else if let markup = Self.markupProblem(data) {
                // Markup that is no feed: the parser says what it is (HTML page, another root, …), as over HTTP.
                file.problems.append("\(name): \(markup.code.rawValue): \(markup.description)")
            } else {
                file.problems.append("\(name): neither JSON, JSON Lines, RSS nor Atom")
            }
        }
        if file.articles.isEmpty && file.problems.isEmpty { file.problems.append("\(name): holds no articles") }
        return file
    }
}
