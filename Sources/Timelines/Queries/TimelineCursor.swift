import Foundation

/// Where a page of a timeline ended: the sort key of its last entry (first day, last day, entry
/// id) and the order it was read in. A client holds it as an opaque token and passes it back for
/// the next page; the next page starts strictly after that key, so pages neither skip nor repeat
/// an entry while new ones are added (an entry added before the key shows in a new first page).
///
/// `TimelineCursor(firstDay: 20281, lastDay: 20281, entryID: "k3v0q8x2mw", newestFirst: false).token`
/// → `"dDE.bzoyMDI4MToyMDI4MTprM3YwcTh4Mm13"`-like text; `TimelineCursor(token:)` reads it back.
public struct TimelineCursor: Sendable, Equatable {
    /// Days since 1970-01-01.
    public var firstDay: Int
    public var lastDay: Int
    public var entryID: String
    public var newestFirst: Bool

    public init(firstDay: Int, lastDay: Int, entryID: String, newestFirst: Bool) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.entryID = entryID
        self.newestFirst = newestFirst
    }

    /// The opaque form: base64url (no padding) of `t1:<o|n>:<first>:<last>:<entry id>`.
    public var token: String {
        let plain = "t1:\(newestFirst ? "n" : "o"):\(firstDay):\(lastDay):\(entryID)"
        return Data(plain.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a token made by `token`; nil for anything else.
    public init?(token: String) {
        guard token.utf8.count <= 200, token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let plain = String(data: data, encoding: .utf8) else { return nil }
        let parts = plain.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "t1", parts[1] == "o" || parts[1] == "n",
              let first = Int(parts[2]), let last = Int(parts[3]), !parts[4].isEmpty,
              parts[4].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        self.init(firstDay: first, lastDay: last, entryID: String(parts[4]), newestFirst: parts[1] == "n")
    }
}
