/// The XML namespaces the feed parser reads.
///
/// Example: `<feed xmlns="http://purl.org/atom/ns#">` is Atom 0.3 (``atom03``); an item's
/// `<dc:date>` is in ``dublinCore``.
enum FeedNamespace {
    /// Atom 1.0.
    static let atom = "http://www.w3.org/2005/Atom"
    /// Atom 0.3 (2003–2005 feeds, e.g. early Blogger).
    static let atom03 = "http://purl.org/atom/ns#"
    /// RSS 1.0 elements (`channel`, `item`, `title`, … inside `rdf:RDF`).
    static let rss1 = "http://purl.org/rss/1.0/"
    /// RSS 0.90 elements (Netscape's RDF Site Summary).
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    /// RDF syntax: the `rdf:RDF` root and `rdf:about`.
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    /// `content:encoded`.
    static let content = "http://purl.org/rss/1.0/modules/content/"
    /// Dublin Core elements: `dc:title`, `dc:description`, `dc:date`, `dc:creator`, …
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    /// Dublin Core terms: `dcterms:issued`, `dcterms:created`, `dcterms:modified`.
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    /// XHTML, for an item's `xhtml:body`.
    static let xhtml = "http://www.w3.org/1999/xhtml"

    /// Default namespaces some RSS 2.0 writers (Radio UserLand, early blogging tools) put on `<rss>`.
    static let rss2Defaults: Set<String> = [
        "http://backend.userland.com/rss2", "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss",
    ]

    /// Namespaces whose `item`, `title`, `link`, `description`, `guid` are RSS's: none (RSS 0.91–2.0),
    /// RSS 1.0, RSS 0.90, and the RSS 2.0 defaults above.
    static let rssElements: Set<String> = Set(["", rss1, rss090]).union(rss2Defaults)

    /// The namespace a prefix conventionally stands for, for feeds that use `dc:`, `content:` … without
    /// declaring it (libxml2 error 201). Other undeclared prefixes get a namespace of their own
    /// (``undeclared(prefix:)``), so `<media:title>` is never taken for RSS `<title>`.
    static let conventionalPrefixes: [String: String] = [
        "dc": dublinCore, "dcterms": dublinCoreTerms, "content": content, "atom": atom, "xhtml": xhtml, "rdf": rdf,
    ]

    /// The namespace given to an undeclared prefix that has no conventional meaning.
    static func undeclared(prefix: String) -> String {
        "urn:undeclared-prefix:" + prefix
    }
}
