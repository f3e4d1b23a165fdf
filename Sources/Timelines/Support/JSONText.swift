import Foundation

/// Small readers for JSON text that PostgreSQL returns (`array_to_json`, `jsonb`).
enum JSONText {
    static func strings(_ text: String) -> [String] {
        guard let data = text.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return [] }
        return array.compactMap { $0 as? String }
    }
}
