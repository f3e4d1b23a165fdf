import Foundation

/// Tells what a file dropped into the spool directory holds, so it can be routed: feeds to
/// ``FeedParser``, JSON and JSON Lines to the article decoder. Detection only; nothing is decoded.
///
/// Rules, in order: a document whose root element is `<rss>`, `<rdf:RDF>` or `<feed>` is `.feed`
/// (whatever the extension, and even after an HTML DOCTYPE, see ``RootSniffer``), and so is an
/// HTML page or other markup that holds a feed root (see ``FeedOutline``), which ``FeedParser``
/// reads item by item; other markup is `.unknown`; a body starting with `[` is `.json`;
/// a body starting with `{` is `.jsonLines` when the extension is `.jsonl`/`.ndjson` or when it holds
/// more than one line that each parse as a JSON object, else `.json` when it parses as one JSON value;
/// anything else is `.unknown`.
///
/// Example: `khabar.jsonl` holding `{"id":"1","title":"बारिश",…}\n{"id":"2",…}` → `.jsonLines`;
/// `desh.xml` holding `<?xml …?><rss version="2.0">…` → `.feed`; `page.xml` holding
/// `<html><body><feed xmlns="http://www.w3.org/2005/Atom">…` → `.feed`.
public enum SpoolDocument {
    public enum Kind: String, Sendable, Equatable {
        case json, jsonLines, feed, unknown
    }

    public static func kind(of url: URL, data: Data) -> Kind {
        let bytes = [UInt8](data)
        let utf8Body: [UInt8]
        let wide = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0))
        if wide {
            // UTF-16 or UTF-32, with a byte-order mark or with the NULs of `<` in two or four bytes:
            // only markup is expected in that form.
            let head = Data(bytes.prefix(131_072))
            utf8Body = (try? [UInt8](FeedEncoding.utf8Document(head, charset: nil))) ?? []
        } else {
            utf8Body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        }
        guard let first = utf8Body.first(where: { !isSpace($0) }) else { return .unknown }
        let pathExtension = url.pathExtension.lowercased()
        switch first {
        case UInt8(ascii: "<"):
            switch RootSniffer.root(of: utf8Body) {
            case .element(let name) where RootSniffer.feedRoots.contains(RootSniffer.localName(name)):
                return .feed
            case .html, .element:
                // A feed inside an HTML page (or another element), which FeedParser reads item by item.
                return FeedOutline.containsFeedRoot(utf8Body) ? .feed : .unknown
            case .notMarkup, .none:
                return .unknown
            }
        case UInt8(ascii: "["):
            return .json
        case UInt8(ascii: "{"):
            if pathExtension == "jsonl" || pathExtension == "ndjson" { return .jsonLines }
            let lines = utf8Body.split(separator: 0x0A).filter { line in line.contains { !isSpace($0) } }
            if lines.count > 1, lines.allSatisfy(isJSONObject) { return .jsonLines }
            if (try? JSONSerialization.jsonObject(with: Data(utf8Body), options: [.fragmentsAllowed])) != nil { return .json }
            return .unknown
        default:
            return .unknown
        }
    }

    private static func isJSONObject(_ line: ArraySlice<UInt8>) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any]
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
