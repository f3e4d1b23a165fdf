/// Open-addressing hash table from word hash to lexicon index (faster than Dictionary here:
/// the keys are already well-mixed 64-bit hashes).
struct KeyTable: Sendable {
    private var keys: [UInt64] = [0]
    private var values: [Int32] = [-1]
    private var mask = 0

    init() {}

    init(_ entries: [UInt64: Int32]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (k, v) in entries {
            var i = KeyTable.slot(k) & mask
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    @inline(__always) static func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: k ^ (k >> 29)) }

    @inline(__always) func find(_ k: UInt64) -> Int32 {
        var i = KeyTable.slot(k) & mask
        while true {
            let v = values[i]
            if v < 0 { return -1 }
            if keys[i] == k { return v }
            i = (i + 1) & mask
        }
    }
}
