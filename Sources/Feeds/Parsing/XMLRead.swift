import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XMLParser pass over prepared bytes (see ``XMLRepair``) into a ``FeedXMLHandler``, and the
/// first error that fails a feed, in words. Both the whole document (``FeedParser``) and each item
/// read on its own (``FeedSalvage``) go through here, so they are read by the same rules.
///
/// Example: the bytes of `<rss><channel><title>खबर</title></rss>` give
/// `Failure(code: 76, message: "malformed XML: closing tag does not match the open element <channel>
/// (libxml2 error 76)", line: 1, column: …)`; a well-formed feed gives nil.
enum XMLRead {
    struct Failure: Equatable {
        /// The libxml2 error code, when there was one.
        var code: Int?
        var message: String
        var line: Int
        var column: Int
    }

    /// Parses `data` into `handler`; nil when the document was read without an error that counts.
    /// A root the handler refuses is not a failure here (see ``FeedXMLHandler/unsupportedRoot``).
    static func run(_ data: Data, into handler: FeedXMLHandler) -> Failure? {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let succeeded = parser.parse()
        if handler.unsupportedRoot != nil { return nil }
        // XMLParser on Linux recovers from errors and may still return true: any reported error fails.
        let parserCode = parser.parserError.map { ($0 as NSError).code }
        guard !succeeded || handler.errorDescription != nil || parserCode.map({ !LibXMLErrorWords.tolerated.contains($0) }) == true
        else { return nil }
        let code = handler.errorCode ?? parserCode
        let message = handler.errorDescription
            ?? code.map { LibXMLErrorWords.message(code: $0, openElement: nil) } ?? "malformed XML: parse failed"
        return Failure(
            code: code, message: message, line: handler.errorLine ?? parser.lineNumber, column: handler.errorColumn ?? parser.columnNumber
        )
    }
}
