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
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest(bytes).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }, as: UTF8.self)
    }

    /// Lower-case hex of the digest of the UTF-8 bytes of `text`.
    public static func hex(_ text: String) -> String { hex(of: text.utf8) }
}
