import Foundation

/// Mends, before XMLParser sees them, the prolog mistakes that real feeds make and that do not
/// change what the document says: a DOCTYPE (HTML template leftovers, the Netscape RSS 0.91 DTD)
/// and an XML declaration that follows whitespace or comments. Both are overwritten with spaces
/// (line breaks kept), so the lines and columns libxml2 reports stay those of the original.
/// Documents whose DOCTYPE declares entities are refused before this (see ``FeedError/Code/entityDeclarations``).
///
/// Example: `\n<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><rss>…`
/// becomes `\n` + spaces + `<rss>…`.
enum XMLRepair {
    /// `document` with the prolog's DOCTYPE and misplaced XML declaration blanked; the same
    /// bytes when there is neither.
    static func prepared(_ document: Data, prolog: RootSniffer.Prolog) -> Data {
        let ranges = [prolog.doctype, prolog.misplacedDeclaration].compactMap { $0 }
        guard !ranges.isEmpty else { return document }
        var bytes = [UInt8](document)
        for range in ranges {
            for index in range where bytes[index] != 0x0A && bytes[index] != 0x0D {
                bytes[index] = 0x20
            }
        }
        return Data(bytes)
    }
}
