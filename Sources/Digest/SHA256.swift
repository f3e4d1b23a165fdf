import Crypto

/// SHA-256 over bytes, for content identity of articles and feed items and stable event ids: a thin
/// front to swift-crypto's `Crypto.SHA256` (BoringSSL on Linux, CryptoKit on Apple platforms) that
/// gives bytes and lower-case hex. Not used for secrets.
public enum SHA256 {
    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = Crypto.SHA256()
        if bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) == nil {
            hasher.update(data: Array(bytes))
        }
        return Array(hasher.finalize())
    }

    /// Lower-case hex of the digest of `bytes`.
    ///
    ///     SHA256.hex(of: Array("abc".utf8)) == "ba7816bf…f20015ad"
    public static func hex<Bytes: Collection>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hex(digest: digest(bytes))
    }

    /// Lower-case hex of the digest of the UTF-8 bytes of `text`.
    public static func hex(_ text: String) -> String { hex(of: text.utf8) }

    /// The digest of `parts` joined by `separator`, without building the joined text (an
    /// article's content hash joins its whole text with a few short fields):
    ///
    ///     SHA256.digest(joining: ["मौसम", "दिल्ली"], separator: "\u{1F}")
    ///         == SHA256.digest(Array(["मौसम", "दिल्ली"].joined(separator: "\u{1F}").utf8))
    public static func digest(joining parts: [String], separator: String) -> [UInt8] {
        var hasher = Crypto.SHA256()
        for (index, part) in parts.enumerated() {
            if index > 0 { update(&hasher, with: separator) }
            update(&hasher, with: part)
        }
        return Array(hasher.finalize())
    }

    /// Lower-case hex of `digest(joining:separator:)`.
    public static func hex(joining parts: [String], separator: String) -> String {
        hex(digest: digest(joining: parts, separator: separator))
    }

    private static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: digest.count * 2)
        for (i, byte) in digest.enumerated() {
            out[2 * i] = digits[Int(byte >> 4)]
            out[2 * i + 1] = digits[Int(byte & 0x0F)]
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func update(_ hasher: inout Crypto.SHA256, with text: String) {
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }
}
