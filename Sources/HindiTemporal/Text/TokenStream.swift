/// Tokenizes UTF-8 bytes in chunks that end at sentence ends, so long texts need little memory.
struct TokenStream {
    var cur: ScalarCursor
    var sink = TokenSink()
    var sawSpace = true

    init(_ b: UnsafeBufferPointer<UInt8>) { cur = ScalarCursor(b) }

    /// Replaces `sink.tokens` with the next chunk: it ends at the first sentence end after `target`
    /// tokens, or after `limit` tokens. Returns false when the text is used up and no token was read.
    mutating func fill(target: Int, limit: Int, lexicon: Lexicon) -> Bool {
        sink.tokens.removeAll(keepingCapacity: true)
        while !cur.atEnd {
            let count = sink.tokens.count
            if count >= limit || (count >= target && sink.last?.endsSentence == true) { break }
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
                if !(sink.pendingBreak && sink.last?.endsSentence == true && (v == 0x0A || v == 0x0D)) {
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
                var lex = lexicon.index(of: hash)
                // "16 नवं. 2016", "अक्टू. 2": an abbreviated month with its full stop, next to a number, is the month
                if lex >= 0, case let month = lexicon.entries[Int(lex)].abbreviatedMonth, month > 0, !cur.atEnd, cur.current == 0x2E,
                   sink.last?.kind == .number || cur.digitFollows() {
                    cur.advance()
                    end = cur.index
                    lex = lexicon.monthEntries[Int(month)]
                }
                var shape: TokenShape = []
                if tail.looksFuture, lex < 0 || !lexicon.entries[Int(lex)].has(.notVerb) { shape.insert(.future) }
                if tail.count >= 3, tail.l0 == 0x0947, tail.l1 == 0x0928 { shape.insert(.oblique) }
                if tail.count >= 2, tail.l0 == 0x0902, tail.l1 == 0x0947 || tail.l1 == 0x090F,
                   hash != WordKeys.mein { shape.insert(.imperative) }
                if tail.count >= 3, tail.l0 == 0x0902, tail.l1 == 0x094B || (tail.l1 == 0x093E && tail.l2 == 0x092F) {
                    shape.insert(.plural)
                }
                if tail.count >= 3, tail.l0 == 0x093E || tail.l0 == 0x0940 || tail.l0 == 0x0947,
                   tail.l1 >= 0x0915 && tail.l1 <= 0x0939 {
                    if tail.l1 != 0x0924 || tail.l0 == 0x093E { shape.insert(.perfective) }
                    if tail.l1 == 0x0924, tail.l2 != 0x094D { shape.insert(.imperfective) }
                }
                sink.push(Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                                kind: .word, spaceBefore: sawSpace, key: hash, number: 0, digits: 0, lex: lex,
                                shape: shape, length: UInt16(min(tail.count, 65535)), sentence: 0, endsSentence: false))
                sawSpace = false
            case .punctuation:
                let i = cur.index
                let f = ScalarFolding.fold(v)
                var ends = false
                if f == 0x2E, let prev = sink.last {
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
        return !sink.tokens.isEmpty
    }
}
