/// 64-bit hashing for the tagger's features: FNV-1a over bytes, and a mixer that combines a
/// feature template with up to two values. Stable across runs and platforms (unlike `Hasher`),
/// so a trained model means the same on every machine.
enum FeatureHash {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a of the UTF-8 bytes of `string`, e.g. of the folded word `कुमार`.
    static func of(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { of(bytes: $0) }
    }

    /// FNV-1a of bytes (a folded key being built by the tokenizer).
    @inline(__always)
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = empty
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// FNV-1a of a few scalar values (affixes), without building a collection of scalars:
    /// `of(values: a, b)` hashes the sequence `[a, b]`.
    @inline(__always)
    static func of(values a: UInt32, _ b: UInt32? = nil, _ c: UInt32? = nil) -> UInt64 {
        var hash = step(empty, a)
        if let b { hash = step(hash, b) }
        if let c { hash = step(hash, c) }
        return hash
    }

    /// One FNV-1a step over a byte.
    @inline(__always)
    static func step(_ hash: UInt64, byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    @inline(__always)
    private static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
    }

    /// One feature: template number and its values, mixed (SplitMix64 finalizer).
    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        var x = template &* 0x9e37_79b9_7f4a_7c15 ^ a
        x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
        x ^= b &* 0xc2b2_ae3d_27d4_eb4f
        x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
        return x ^ (x >> 31)
    }
}
