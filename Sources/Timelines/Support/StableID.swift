import Digest
import Foundation

/// Deterministic identifiers derived from content, so that re-ingesting the same article
/// produces the same event ids (and the event log's idempotency makes the retry a no-op).
public enum StableID {
    /// A UUID (version 8, RFC 9562 "custom") from the SHA-256 of the parts joined by U+001F.
    public static func uuid(_ parts: String...) -> UUID {
        var bytes = SHA256.digest(joining: parts, separator: "\u{1F}")
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let t = (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                 bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15])
        return UUID(uuid: t)
    }

    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")  // Crockford base32

    /// A short, stable, human-typable id (10 base-32 characters = 50 bits) for a timeline entry.
    public static func shortID(for uuid: UUID) -> String {
        let u = uuid.uuid
        var value: UInt64 = 0
        for byte in [u.0, u.1, u.2, u.3, u.4, u.5, u.7] { value = value << 8 | UInt64(byte) }
        var out = ""
        for i in 0..<10 { out.append(alphabet[Int((value >> UInt64(5 * (9 - i))) & 31)]) }
        return out
    }
}
