/// A folded word or name used as a lookup key.
///
/// Folded keys are already in one canonical form (see `NameNormalizer`), so they compare by their
/// scalars instead of through `String`'s Unicode-aware (and slower) equality. A word of up to 24
/// scalars of ASCII and Devanagari, nearly every word of Hindi news, is kept inline, one byte a
/// scalar, so making, copying and comparing a key allocates nothing and counts no references;
/// anything else keeps its `String`. The 64-bit FNV-1a hash of the UTF-8 bytes is computed once,
/// when the key is made: dictionaries hash it, equality rejects most unequal keys on it, and the
/// tagger's word feature is that same hash (`FeatureHash.of`).
///
/// Example: `NameKey("यादव").fnv == FeatureHash.of("यादव")`, and `NameKey("यादव").scalarCount == 4`.
struct NameKey: Hashable, Sendable, CustomStringConvertible {
    /// FNV-1a of the UTF-8 bytes of `string`.
    let fnv: UInt64
    /// Up to 24 packed scalars, byte `i` of the three words holding scalar `i` (`Packing`).
    private let packed: (UInt64, UInt64, UInt64)
    /// Number of packed scalars, or `Packing.overflow` when `overflow` holds the key.
    private let length: UInt8
    private let overflow: String

    init(_ string: String) {
        fnv = FeatureHash.of(string)
        var packer = Packing()
        for scalar in string.unicodeScalars where !packer.add(scalar.value) { break }
        if packer.fits {
            (packed, length, overflow) = (packer.words, UInt8(packer.count), "")
        } else {
            (packed, length, overflow) = ((0, 0, 0), Packing.overflow, string)
        }
    }

    /// A key built scalar by scalar (`KeyBuilder`) whose scalars fit inline.
    init(packer: Packing, hash: UInt64) {
        fnv = hash
        (packed, length, overflow) = (packer.words, UInt8(packer.count), "")
    }

    /// This key with its last `count` scalars replaced by `values` (`भारतीयों` → `भारतीय`), built
    /// without a string when it fits inline.
    func replacingLast(_ count: Int, with values: [UInt32]) -> NameKey {
        var builder = KeyBuilder()
        for i in 0..<max(scalarCount - count, 0) { builder.add(scalarValue(at: i)) }
        for value in values { builder.add(value) }
        return builder.key ?? NameKey(String(String.UnicodeScalarView(builder.scalars.compactMap(Unicode.Scalar.init))))
    }

    static func == (lhs: NameKey, rhs: NameKey) -> Bool {
        lhs.fnv == rhs.fnv && lhs.length == rhs.length && lhs.packed.0 == rhs.packed.0 && lhs.packed.1 == rhs.packed.1
            && lhs.packed.2 == rhs.packed.2 && (lhs.length != Packing.overflow || lhs.overflow == rhs.overflow)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fnv)
    }

    /// The bucket hash of dictionaries and sets: the key's FNV-1a hash, mixed with the table's
    /// seed, instead of a SipHash of it (lookups by word are the recognizer's most frequent step).
    func _rawHashValue(seed: Int) -> Int {
        var x = fnv ^ UInt64(bitPattern: Int64(seed))
        x = (x ^ (x >> 32)) &* 0xd6e8_feb8_6659_fd93
        return Int(truncatingIfNeeded: x ^ (x >> 32))
    }

    /// Number of scalars.
    var scalarCount: Int {
        length == Packing.overflow ? overflow.unicodeScalars.count : Int(length)
    }

    /// The value of scalar `i` (`0 ≤ i < scalarCount`).
    @inline(__always)
    func scalarValue(at i: Int) -> UInt32 {
        if length == Packing.overflow {
            let scalars = overflow.unicodeScalars
            return scalars[scalars.index(scalars.startIndex, offsetBy: i)].value
        }
        return Packing.value(in: packed, at: i)
    }

    /// Whether the key's last scalars are `values`, e.g. the plural oblique `ों` ends `शहरों`.
    func ends(with values: [UInt32]) -> Bool {
        let count = scalarCount, first = count - values.count
        guard first >= 0 else { return false }
        var k = 0
        while k < values.count {
            if scalarValue(at: first + k) != values[k] { return false }
            k += 1
        }
        return true
    }

    /// The scalar values, in order.
    var scalarValues: [UInt32] {
        (0..<scalarCount).map(scalarValue(at:))
    }

    var string: String {
        if length == Packing.overflow { return overflow }
        var scalars = String.UnicodeScalarView()
        for i in 0..<Int(length) { scalars.append(Unicode.Scalar(scalarValue(at: i)) ?? "\u{FFFD}") }
        return String(scalars)
    }

    var description: String { string }
    var unicodeScalars: String.UnicodeScalarView { string.unicodeScalars }
}

/// Packs the scalars of a folded word one byte each, ASCII as itself and the Devanagari block
/// (U+0900–U+097F) as 0x80 plus its offset, for `NameKey`. A word with another scalar, or longer
/// than 24 scalars, does not fit.
struct Packing {
    static let capacity = 24
    static let overflow: UInt8 = 0xFF
    private(set) var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private(set) var count = 0
    private(set) var fits = true

    /// Adds a scalar; false once the word no longer fits.
    @inline(__always)
    mutating func add(_ value: UInt32) -> Bool {
        guard fits else { return false }
        let byte: UInt64
        switch value {
        case 0x00...0x7F: byte = UInt64(value)
        case 0x0900...0x097F: byte = UInt64(value - 0x0900 + 0x80)
        default: fits = false; return false
        }
        guard count < Self.capacity else { fits = false; return false }
        let shifted = byte << UInt64((count & 7) * 8)
        switch count >> 3 {
        case 0: words.0 |= shifted
        case 1: words.1 |= shifted
        default: words.2 |= shifted
        }
        count += 1
        return true
    }

    /// The value of packed scalar `i` of `words`.
    @inline(__always)
    static func value(in words: (UInt64, UInt64, UInt64), at i: Int) -> UInt32 {
        let word = i < 8 ? words.0 : (i < 16 ? words.1 : words.2)
        let byte = UInt8(truncatingIfNeeded: word >> UInt64((i & 7) * 8))
        return byte < 0x80 ? UInt32(byte) : UInt32(byte) - 0x80 + 0x0900
    }
}

/// Builds a key one folded scalar at a time: packs it and hashes its UTF-8 (the tokenizer's way).
struct KeyBuilder {
    private(set) var packer = Packing()
    private(set) var hash = FeatureHash.empty
    /// Every scalar added, kept only once they no longer fit inline.
    private(set) var scalars: [UInt32] = []

    @inline(__always)
    mutating func add(_ v: UInt32) {
        if v < 0x80 {
            hash = FeatureHash.step(hash, byte: UInt8(v))
        } else if v >= 0x0900 && v <= 0x097F {
            // Three UTF-8 bytes: E0 A4/A5 xx.
            hash = FeatureHash.step(hash, byte: 0xE0)
            hash = FeatureHash.step(hash, byte: UInt8(0x80 | ((v >> 6) & 0x3F)))
            hash = FeatureHash.step(hash, byte: UInt8(0x80 | (v & 0x3F)))
        } else {
            for byte in String(Unicode.Scalar(v) ?? "\u{FFFD}").utf8 { hash = FeatureHash.step(hash, byte: byte) }
        }
        if packer.fits, !packer.add(v) {
            scalars = (0..<packer.count).map { Packing.value(in: packer.words, at: $0) }
        }
        if !packer.fits { scalars.append(v) }
    }

    /// Whether nothing was added.
    var isEmpty: Bool { packer.fits && packer.count == 0 }

    /// The key, when its scalars fit inline.
    var key: NameKey? { packer.fits ? NameKey(packer: packer, hash: hash) : nil }
}
