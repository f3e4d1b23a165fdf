/// Why a feed document could not be read at all. `description` says what and where.
///
/// Example: parsing `<rss><channel><title>खबर</title></rss>` from "https://khabar.example.in/rss" throws
/// `code == .malformedXML`, described as `"malformed XML: closing tag does not match the open element
/// <title> (libxml2 error 76) at line 1, column 35 (https://khabar.example.in/rss)"`.
public struct FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable, Equatable {
        /// The body was empty, only whitespace (after any byte-order mark), or markup declarations
        /// and comments without a root element.
        case emptyDocument
        /// The document is larger than the parser's byte limit.
        case tooLarge
        /// The charset/encoding name is not one this parser knows.
        case unknownEncoding
        /// The bytes are not valid in the encoding that was named or detected.
        case undecodableBytes
        /// The server sent an HTML page instead of a feed.
        case htmlPage
        /// The XML is not well formed.
        case malformedXML
        /// The DOCTYPE declares entities (`<!ENTITY …>`): XMLParser on Linux drops their text and
        /// the text after them, so such documents are refused rather than read with gaps.
        case entityDeclarations
        /// Well-formed XML, but the root is neither `rss`, `rdf:RDF` nor Atom `feed`.
        case unsupportedRoot
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, in words.
    public var message: String
    /// 1-based line in the document, when known.
    public var line: Int?
    /// 1-based column in the document, when known.
    public var column: Int?
    /// The feed URL, when the caller gave it.
    public var sourceURL: String?

    public init(code: Code, message: String, line: Int? = nil, column: Int? = nil, sourceURL: String? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.sourceURL = sourceURL
    }

    public var description: String {
        var text = message
        if let line {
            text += " at line \(line)"
            if let column { text += ", column \(column)" }
        }
        if let sourceURL { text += " (\(sourceURL))" }
        return text
    }
}
