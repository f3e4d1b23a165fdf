/// Splits text into word, number and punctuation tokens over folded scalars, keeping the
/// original scalar offsets. Runs in one pass, linear in the input.
struct Tokenizer {
    /// Tokens of `scalars` (scalar values of the input as given).
    static func tokenize(_ s: [UInt32], lexicon: Lexicon) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 4)
        var word: [UInt32] = []
        word.reserveCapacity(64)
        var i = 0
        let n = s.count
        var sawSpace = true
        var sentence = 0
        var pendingBreak = false

        func push(_ t: Token) {
            var t = t
            if pendingBreak {
                sentence += 1
                pendingBreak = false
            }
            t.sentence = sentence
            if t.endsSentence { pendingBreak = true }
            tokens.append(t)
        }

        while i < n {
            let v = s[i]
            let role = ScalarFolding.role(v)
            switch role {
            case .space:
                sawSpace = true
                i += 1
            case .ignorable:
                i += 1
            case .sentenceEnd:
                if !(pendingBreak && tokens.last?.endsSentence == true && (v == 0x0A || v == 0x0D)) {
                    push(Token(start: i, end: i + 1, kind: .punctuation, spaceBefore: sawSpace, key: UInt64(v),
                               number: 0, digits: 0, lex: -1, shape: [], length: 1, sentence: 0,
                               endsSentence: true))
                }
                sawSpace = v == 0x0A || v == 0x0D
                i += 1
            case .digit:
                let start = i
                var value = 0
                var digits = 0
                while i < n {
                    let f = ScalarFolding.fold(s[i])
                    if f >= 0x30 && f <= 0x39 {
                        if value < 1_000_000_000_000 { value = value * 10 + Int(f - 0x30) }
                        digits += 1
                        i += 1
                    } else if f == 0x2C, digits <= 3 || digits % 2 == 1, Tokenizer.groupFollows(s, i + 1) {
                        i += 1  // Indian or Western thousands grouping: 6,50,000
                    } else {
                        break
                    }
                }
                push(Token(start: start, end: i, kind: .number, spaceBefore: sawSpace, key: 0, number: value,
                           digits: digits, lex: -1, shape: [], length: digits, sentence: 0,
                           endsSentence: false))
                sawSpace = false
            case .letter:
                let start = i
                word.removeAll(keepingCapacity: true)
                var hash: UInt64 = 0xcbf29ce484222325
                var end = i
                while i < n {
                    let r = ScalarFolding.role(s[i])
                    if r == .letter {
                        let f = ScalarFolding.fold(s[i])
                        if f != 0 {
                            word.append(f)
                            hash = (hash ^ UInt64(f)) &* 0x100000001b3
                        }
                        i += 1
                        end = i
                    } else if r == .ignorable {
                        i += 1
                    } else {
                        break
                    }
                }
                let lex = lexicon.index(of: hash)
                var shape: TokenShape = []
                if Tokenizer.looksFuture(word), lex < 0 || !lexicon.entries[Int(lex)].has(.notVerb) { shape.insert(.future) }
                let wc = word.count
                if wc >= 3, word[wc - 1] == 0x0947, word[wc - 2] == 0x0928 { shape.insert(.oblique) }
                if wc >= 2, word[wc - 1] == 0x0902, word[wc - 2] == 0x0947 || word[wc - 2] == 0x090F,
                   hash != WordKeys.mein { shape.insert(.imperative) }
                push(Token(start: start, end: end, kind: .word, spaceBefore: sawSpace, key: hash, number: 0,
                           digits: 0, lex: lex, shape: shape, length: word.count, sentence: 0,
                           endsSentence: false))
                sawSpace = false
            case .punctuation:
                let f = ScalarFolding.fold(v)
                var ends = false
                if f == 0x2E, let prev = tokens.last {
                    let next: UInt32 = i + 1 < n ? s[i + 1] : 0x20
                    let nextRole = ScalarFolding.role(next)
                    let afterOK = nextRole == .space || nextRole == .sentenceEnd || nextRole == .letter || next == 0x22
                        || next == 0x27 || next == 0x201D || next == 0x2019
                    let prevOK = (prev.kind == .word && prev.length >= 3) || prev.kind == .number
                        || (prev.kind == .punctuation && !prev.endsSentence)
                    ends = afterOK && prevOK && !(prev.kind == .number && nextRole == .digit)
                }
                push(Token(start: i, end: i + 1, kind: .punctuation, spaceBefore: sawSpace, key: UInt64(f),
                           number: 0, digits: 0, lex: -1, shape: [], length: 1, sentence: 0,
                           endsSentence: ends))
                sawSpace = false
                i += 1
            }
        }
        return tokens
    }

    /// Two or three digits follow at `j`, then no further digit.
    @inline(__always)
    static func groupFollows(_ s: [UInt32], _ j: Int) -> Bool {
        var k = j
        var count = 0
        while k < s.count, count < 4 {
            let f = ScalarFolding.fold(s[k])
            guard f >= 0x30 && f <= 0x39 else { break }
            count += 1
            k += 1
        }
        return count == 2 || count == 3
    }

    /// Ends in a future ending: -एगा, -ेगी, -ोगे, -ेंगे, -ूंगा … (होगी only for the -ोगी form).
    static func looksFuture(_ w: [UInt32]) -> Bool {
        var k = w.count - 1
        if k >= 0, w[k] == 0x0902 { k -= 1 }
        guard k >= 2 else { return false }
        let last = w[k]
        guard last == 0x093E || last == 0x0940 || last == 0x0947, w[k - 1] == 0x0917 else { return false }
        var p = k - 2
        if w[p] == 0x0902 { p -= 1 }
        guard p >= 0 else { return false }
        switch w[p] {
        case 0x0947, 0x0942, 0x090F, 0x0913, 0x090A, 0x0948:
            return p >= 1 || w[p] == 0x090F
        case 0x094B:
            if last == 0x0940 { return w.count == 4 && w[0] == 0x0939 }  // होगी, not रोगी/योगी
            return p >= 1
        default:
            return false
        }
    }
}
