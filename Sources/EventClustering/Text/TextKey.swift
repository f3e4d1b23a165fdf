/// A string as a 64-bit key (FNV-1a over its UTF-8, then mixed): what clustering compares and
/// hashes instead of actor ids, article ids and lemmas, which are long and compared often.
/// `TextKey.of("sergey-lavrov") == TextKey.of("sergey-lavrov")`; two different strings share a key
/// about once in 2^64.
enum TextKey {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Mixing.mix(hash)
    }
}
