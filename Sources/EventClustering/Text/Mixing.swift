/// A 64-bit finalizer (SplitMix64's): spreads the bits of a word key or a running hash so that
/// slots and bands are filled evenly. `Mixing.mix(1) != Mixing.mix(2)`, and both look random.
enum Mixing {
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
