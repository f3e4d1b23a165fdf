import Foundation

/// The fields of a query string or a form body as browsers send them: `+` for a space, then
/// percent-escapes (`q=Kim+Jong+Un`, `q=%E0%A4%95%E0%A4%BF%E0%A4%AE`). The first value of a name wins.
///
/// `FormQuery("q=Kim+Jong+Un&from=2025-07-01")["q"]` → `"Kim Jong Un"`.
struct FormQuery {
    private var fields: [String: String] = [:]

    init(_ raw: String?) {
        for pair in (raw ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), fields[name] == nil else { continue }
            fields[name] = parts.count == 2 ? (Self.decode(parts[1]) ?? "") : ""
        }
    }

    subscript(name: String) -> String? { fields[name] }

    /// The value, trimmed; empty is nil.
    func value(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
