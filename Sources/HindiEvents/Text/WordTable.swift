/// A table from word keys to values, open-addressed on the key's own bits: a key is already a
/// hash, so a lookup is a mask and a compare or two, without the cost of `Hasher`.
///
/// Example: `WordTable(["से": ActorRole.target])["से"]` is `.target`; `["को"]` is nil.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: some Sequence<(WordKey, Value)>) {
        let list = Array(pairs)
        var size = 8
        while size < list.count * 2 { size <<= 1 }
        mask = size - 1
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        for (key, value) in list {
            var slot = Int(truncatingIfNeeded: key.value) & mask
            while keys[slot] != 0 && keys[slot] != key.value { slot = (slot + 1) & mask }
            keys[slot] = key.value
            values[slot] = value
        }
    }

    init(_ dictionary: [WordKey: Value]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    subscript(key: WordKey) -> Value? {
        var slot = Int(truncatingIfNeeded: key.value) & mask
        while true {
            let stored = keys[slot]
            if stored == key.value { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}

/// A set of word keys on a `WordTable`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ keys: some Sequence<WordKey>) {
        table = WordTable(keys.map { ($0, true) })
    }

    init(arrayLiteral keys: WordKey...) {
        self.init(keys)
    }

    func contains(_ key: WordKey) -> Bool {
        table[key] != nil
    }
}
