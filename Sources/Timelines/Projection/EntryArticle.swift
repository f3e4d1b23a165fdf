import Postgres

/// What a timeline row says about its source article: title, link, publish date and source,
/// written into every row so a timeline, or a week of events, is read without looking each
/// article up.
///
/// For the article "लावरोव प्योंगयांग पहुंचे" (https://example.test/a1, published 2025-07-13, from
/// the feed "समाचार") each of its rows carries that title, that URL as identifier and link,
/// 2025-07-13 and समाचार (empty for an article without a source).
struct EntryArticle: Equatable {
    var title: String
    var url: String?
    var identifier: String
    /// The publish date, ISO 8601 (`2025-07-13`).
    var published: String
    /// The feed or site it came from, when known.
    var source: String?

    init(title: String, url: String?, identifier: String, published: String, source: String? = nil) {
        self.title = title
        self.url = url
        self.identifier = identifier
        self.published = published
        self.source = source
    }

    init(_ article: Article) {
        self.init(title: article.title, url: article.url, identifier: article.identifier, published: article.published.iso,
                  source: article.source)
    }

    /// The article rows the read model holds for `streams`, by stream id; a stream without one is absent.
    static func stored(_ streams: some Collection<String>, connection: PostgresConnection) throws -> [String: EntryArticle] {
        guard !streams.isEmpty else { return [:] }
        let rows = try connection.query("""
            SELECT stream_id, title, url, identifier, published::text AS published, source
            FROM timeline_articles WHERE stream_id = ANY ($1::text[])
            """, [.array(Array(streams))])
        var articles: [String: EntryArticle] = [:]
        for row in rows {
            articles[try row.string("stream_id")] = EntryArticle(
                title: try row.string("title"), url: row["url"], identifier: try row.string("identifier"),
                published: try row.string("published"), source: row["source"])
        }
        return articles
    }
}
