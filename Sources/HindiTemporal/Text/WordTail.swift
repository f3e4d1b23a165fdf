/// The last five folded scalars of a word, its length and its first scalar.
struct WordTail {
    var l0: UInt32 = 0, l1: UInt32 = 0, l2: UInt32 = 0, l3: UInt32 = 0, l4: UInt32 = 0
    var first: UInt32 = 0
    var count = 0

    @inline(__always)
    mutating func append(_ v: UInt32) {
        if count == 0 { first = v }
        l4 = l3
        l3 = l2
        l2 = l1
        l1 = l0
        l0 = v
        count += 1
    }

    @inline(__always) func at(_ i: Int) -> UInt32 {
        switch i {
        case 0: return l4
        case 1: return l3
        case 2: return l2
        case 3: return l1
        default: return l0
        }
    }

    /// Ends in a future ending: -एगा, -ेगी, -ोगे, -ेंगे, -ूंगा … (-ोगी only in होगी, not रोगी/योगी).
    var looksFuture: Bool {
        let k = l0 == 0x0902 ? 3 : 4
        let start = 5 - min(count, 5)
        let last = at(k)
        guard k - 2 >= start, last == 0x093E || last == 0x0940 || last == 0x0947, at(k - 1) == 0x0917 else {
            return false
        }
        var p = k - 2
        if at(p) == 0x0902 {
            p -= 1
            if p < start { return false }
        }
        let hasStem = count > 5 - p
        switch at(p) {
        case 0x0947, 0x0942, 0x090F, 0x0913, 0x090A, 0x0909, 0x0948:  // also जाउंगा, रहुंगा spelt with उ
            return hasStem || at(p) == 0x090F
        case 0x094B:
            if last == 0x0940 { return count == 4 && first == 0x0939 }
            return hasStem
        default:
            return false
        }
    }
}
