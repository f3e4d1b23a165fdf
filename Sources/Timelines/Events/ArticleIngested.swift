/// Payload of `ArticleIngested`: the article as taken in, with its revision number.
///
/// Revision 1 is the first version seen; a changed body under the same URL/id appends
/// revision 2, and so on. An unchanged re-ingest appends nothing.
public struct ArticleIngested: Sendable, Codable, Equatable {
    public var article: Article
    public var revision: Int
    public var contentHash: String

    public init(article: Article, revision: Int, contentHash: String? = nil) {
        self.article = article
        self.revision = revision
        self.contentHash = contentHash ?? article.contentHash
    }
}
