import Foundation

/// Text carried as base64 (Atom 0.3 `mode="base64"`, Atom 1.0 content of a non-text media
/// type): decoded when it is UTF-8 text, refused when it is binary.
///
/// Example: `Base64Text.decode("4KSs4KS+4KSi4KS8IOCkleClgCDgpJbgpKzgpLA=")` → `"बाढ़ की खबर"`;
/// the base64 of a PNG image → nil.
enum Base64Text {
    /// The decoded text, or nil when `encoded` is not base64 or does not decode to UTF-8 text
    /// (invalid UTF-8, or control characters other than tab and line breaks).
    static func decode(_ encoded: String) -> String? {
        let compact = String(encoded.unicodeScalars.filter { !ParagraphBuilder.isSpace($0) })
        guard !compact.isEmpty, let data = Data(base64Encoded: compact) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        let isText = text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) || scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
        return isText ? text : nil
    }
}
