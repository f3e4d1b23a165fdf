/// Splits text into word, number and punctuation tokens over folded scalars, keeping the
/// original scalar offsets. Runs in one pass, linear in the input.
struct Tokenizer {
    /// Tokens of `text`; offsets count Unicode scalars of the text as given.
    static func tokenize(_ text: String, lexicon: Lexicon) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { tokenize(utf8: $0, lexicon: lexicon) }
            ?? tokenize(utf8: Array(text.utf8), lexicon: lexicon)
    }

    static func tokenize(utf8 bytes: [UInt8], lexicon: Lexicon) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize(utf8: $0, lexicon: lexicon) }
    }

    /// Tokens of well-formed UTF-8 bytes.
    static func tokenize(utf8 b: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> [Token] {
        var sink = TokenSink()
        sink.tokens.reserveCapacity(b.count / 12)
        var cur = ScalarCursor(b)
        var sawSpace = true

        while !cur.atEnd {
            let v = cur.current
            let role = ScalarFolding.role(v)
            switch role {
            case .space:
                sawSpace = true
                cur.advance()
            case .ignorable:
                cur.advance()
            case .sentenceEnd:
                let i = cur.index
                if !(sink.pendingBreak && sink.tokens.last?.endsSentence == true && (v == 0x0A || v == 0x0D)) {
                    sink.push(Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i + 1),
                                    kind: .punctuation, spaceBefore: sawSpace, key: UInt64(v), number: 0, digits: 0,
                                    lex: -1, shape: [], length: 1, sentence: 0, endsSentence: true))
                }
                sawSpace = v == 0x0A || v == 0x0D
                cur.advance()
            case .digit:
                let start = cur.index
                var value = 0
                var digits = 0
                while !cur.atEnd {
                    let f = ScalarFolding.fold(cur.current)
                    if f >= 0x30 && f <= 0x39 {
                        if value < 1_000_000_000_000 { value = value * 10 + Int(f - 0x30) }
                        digits += 1
                        cur.advance()
                    } else if f == 0x2C, digits <= 3 || digits % 2 == 1, cur.groupFollows() {
                        cur.advance()  // Indian or Western thousands grouping: 6,50,000
                    } else {
                        break
                    }
                }
                sink.push(Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: cur.index),
                                kind: .number, spaceBefore: sawSpace, key: 0, number: value,
                                digits: UInt8(min(digits, 255)), lex: -1, shape: [], length: UInt16(min(digits, 65535)),
                                sentence: 0, endsSentence: false))
                sawSpace = false
            case .letter:
                let start = cur.index
                var tail = WordTail()
                var hash: UInt64 = 0xcbf29ce484222325
                var end = start
                while !cur.atEnd {
                    let c = cur.current
                    let r = ScalarFolding.role(c)
                    if r == .letter {
                        let f = ScalarFolding.fold(c)
                        if f != 0 {
                            tail.append(f)
                            hash = (hash ^ UInt64(f)) &* 0x100000001b3
                        }
                        cur.advance()
                        end = cur.index
                    } else if r == .ignorable {
                        cur.advance()
                    } else {
                        break
                    }
                }
                let lex = lexicon.index(of: hash)
                var shape: TokenShape = []
                if tail.looksFuture, lex < 0 || !lexicon.entries[Int(lex)].has(.notVerb) { shape.insert(.future) }
                if tail.count >= 3, tail.l0 == 0x0947, tail.l1 == 0x0928 { shape.insert(.oblique) }
                if tail.count >= 2, tail.l0 == 0x0902, tail.l1 == 0x0947 || tail.l1 == 0x090F,
                   hash != WordKeys.mein { shape.insert(.imperative) }
                if tail.count >= 3, tail.l0 == 0x093E || tail.l0 == 0x0940 || tail.l0 == 0x0947,
                   tail.l1 >= 0x0915 && tail.l1 <= 0x0939, tail.l1 != 0x0924 || tail.l0 == 0x093E {
                    shape.insert(.perfective)
                }
                sink.push(Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                                kind: .word, spaceBefore: sawSpace, key: hash, number: 0, digits: 0, lex: lex,
                                shape: shape, length: UInt16(min(tail.count, 65535)), sentence: 0, endsSentence: false))
                sawSpace = false
            case .punctuation:
                let i = cur.index
                let f = ScalarFolding.fold(v)
                var ends = false
                if f == 0x2E, let prev = sink.tokens.last {
                    let next: UInt32 = cur.next ?? 0x20
                    let nextRole = ScalarFolding.role(next)
                    let afterOK = nextRole == .space || nextRole == .sentenceEnd || nextRole == .letter || next == 0x22
                        || next == 0x27 || next == 0x201D || next == 0x2019
                    let abbreviation = prev.kind == .word
                        && ((prev.lex >= 0 && lexicon.entries[Int(prev.lex)].has(.abbreviation)) || prev.length == 1)
                    let prevOK = (prev.kind == .word && !abbreviation) || prev.kind == .number
                        || (prev.kind == .punctuation && !prev.endsSentence)
                    ends = afterOK && prevOK && !(prev.kind == .number && nextRole == .digit)
                }
                sink.push(Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i + 1),
                                kind: .punctuation, spaceBefore: sawSpace, key: UInt64(f), number: 0, digits: 0,
                                lex: -1, shape: [], length: 1, sentence: 0, endsSentence: ends))
                sawSpace = false
                cur.advance()
            }
        }
        return sink.tokens
    }
}

/// Walks well-formed UTF-8 one scalar at a time, counting scalars.
struct ScalarCursor {
    let b: UnsafeBufferPointer<UInt8>
    var byte = 0
    var index = 0

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    @inline(__always) var atEnd: Bool { byte >= b.count }

    @inline(__always) static func length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
    }

    /// The scalar starting at byte `i` (U+FFFD when cut off).
    @inline(__always) func decode(_ i: Int) -> UInt32 {
        let c0 = UInt32(b[i])
        if c0 < 0x80 { return c0 }
        let len = ScalarCursor.length(b[i])
        guard i + len <= b.count else { return 0xFFFD }
        switch len {
        case 2: return (c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        case 3: return (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        default:
            return (c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                | UInt32(b[i + 3] & 0x3F)
        }
    }

    @inline(__always) var current: UInt32 { decode(byte) }

    /// The scalar after the current one.
    var next: UInt32? {
        let j = byte + ScalarCursor.length(b[byte])
        return j < b.count ? decode(j) : nil
    }

    @inline(__always) mutating func advance() {
        byte += ScalarCursor.length(b[byte])
        index += 1
    }

    /// After the current scalar (a comma) come two or three digits and then no further digit.
    func groupFollows() -> Bool {
        var j = byte + ScalarCursor.length(b[byte])
        var count = 0
        while j < b.count, count < 4 {
            let f = ScalarFolding.fold(decode(j))
            guard f >= 0x30 && f <= 0x39 else { break }
            count += 1
            j += ScalarCursor.length(b[j])
        }
        return count == 2 || count == 3
    }
}

/// Collects tokens and numbers sentences as they are closed.
struct TokenSink {
    var tokens: [Token] = []
    var sentence: Int32 = 0
    var pendingBreak = false

    @inline(__always)
    mutating func push(_ token: Token) {
        var t = token
        if pendingBreak {
            sentence += 1
            pendingBreak = false
        }
        t.sentence = sentence
        if t.endsSentence { pendingBreak = true }
        tokens.append(t)
    }
}

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
        case 0x0947, 0x0942, 0x090F, 0x0913, 0x090A, 0x0948:
            return hasStem || at(p) == 0x090F
        case 0x094B:
            if last == 0x0940 { return count == 4 && first == 0x0939 }
            return hasStem
        default:
            return false
        }
    }
}
