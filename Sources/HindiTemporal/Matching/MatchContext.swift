/// Tokens with lexicon look-ups and the small shared parsers (numbers, modifiers, clock times).
struct MatchContext {
    let tokens: [Token]
    let lexicon: Lexicon
    var count: Int { tokens.count }

    /// A parsed amount: a number, or an unknown one ("कई", "तीन-चार") with its lower bound.
    struct Quantity {
        var value: Double?
        var low: Double
        var last: Int
    }

    @inline(__always) func lex(_ i: Int) -> LexEntry? {
        guard i >= 0, i < tokens.count else { return nil }
        let l = tokens[i].lex
        return l < 0 ? nil : lexicon.entries[Int(l)]
    }

    @inline(__always) func has(_ i: Int, _ f: LexFlags) -> Bool { lex(i)?.has(f) ?? false }

    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }

    @inline(__always) func isPunct(_ i: Int, _ scalar: UInt32) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isPunct(scalar)
    }

    /// Token `j` directly follows `i` (same sentence, no sentence end between).
    @inline(__always) func adjacent(_ i: Int, _ j: Int) -> Bool {
        j < tokens.count && i >= 0 && !tokens[i].endsSentence && tokens[j].sentence == tokens[i].sentence
    }

    /// Token `k` joins the two ends of a range: से, a dash, or a conjunction ("मई से सितंबर", "जनवरी-फरवरी").
    @inline(__always) func joinsRange(_ k: Int) -> Bool {
        isWord(k, WordKeys.se) || isDash(k) || has(k, .conjunction)
    }

    /// The token at `i` is a hyphen or dash.
    @inline(__always) func isDash(_ i: Int) -> Bool {
        isPunct(i, 0x2D) || isPunct(i, 0x2013) || isPunct(i, 0x2014)
    }

    /// Small number at `i`: digits or a number word.
    func smallNumber(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        if tokens[i].kind == .number { return tokens[i].digits <= 4 ? tokens[i].number : nil }
        if let c = lex(i)?.cardinal, c >= 0 { return c }
        return nil
    }

    /// A modifier word at `i`: इस/पिछले/अगले/आगामी, "आने वाले". Returns the modifier and the next index.
    func modifier(_ i: Int) -> (Modifier, Int)? {
        guard let e = lex(i) else { return nil }
        if e.has(.thisModifier) { return (.this, i + 1) }
        if e.has(.lastModifier) { return (.last, i + 1) }
        if e.has(.nextModifier) { return (.next, i + 1) }
        if e.has(.coming), has(i + 1, .waala), adjacent(i, i + 1) { return (.next, i + 2) }
        return nil
    }

    /// An amount at `i`: 3, तीन, ढाई, साढ़े तीन, कई, तीन-चार, 2-3, 2.5; "कुछ ही" (with its ही).
    func quantity(_ i: Int) -> Quantity? {
        if has(i, .vagueQuantity), isWord(i + 1, WordKeys.hi), lex(i + 2)?.unit != nil, adjacent(i, i + 2) {
            return Quantity(value: nil, low: 0, last: i + 1)
        }
        guard i < tokens.count else { return nil }
        if let e = lex(i) {
            if let f = e.fraction {
                switch f {
                case .dedh: return Quantity(value: 1.5, low: 1.5, last: i)
                case .dhai: return Quantity(value: 2.5, low: 2.5, last: i)
                case .aadha: return Quantity(value: 0.5, low: 0.5, last: i)
                case .sava, .saadhe, .paune:
                    let add = f == .sava ? 0.25 : (f == .saadhe ? 0.5 : -0.25)
                    if adjacent(i, i + 1), let n = smallNumber(i + 1), n > 0, n < 1000 {
                        return Quantity(value: Double(n) + add, low: Double(n) + add, last: i + 1)
                    }
                    if f == .saadhe { return nil }
                    return Quantity(value: 1 + add, low: 1 + add, last: i)
                }
            }
            if e.has(.vagueQuantity) { return Quantity(value: nil, low: 0, last: i) }
        }
        guard let n = smallNumber(i), n > 0 else { return nil }
        var value = Double(n)
        var last = i
        if tokens[i].kind == .number {
            // 2.5
            if isPunct(i + 1, 0x2E), !tokens[i + 1].spaceBefore, isNumber(i + 2), !tokens[i + 2].spaceBefore,
               tokens[i + 2].digits <= 2, !isPunct(i + 3, 0x2E) {
                var frac = Double(tokens[i + 2].number)
                for _ in 0..<tokens[i + 2].digits { frac /= 10 }
                value += frac
                last = i + 2
            }
        } else if let m = lex(i + 1)?.cardinal, adjacent(i, i + 1), m == 100 || m == 1000, n < 100 {
            value *= Double(m)
            last = i + 1
        }
        // ranges: तीन-चार, 2-3 ("1 से तीन घंटे" stays two durations, as ranges with से are two expressions)
        if isDash(last + 1), adjacent(last, last + 1), let m = smallNumber(last + 2), m > Int(value),
           adjacent(last + 1, last + 2) {
            return Quantity(value: nil, low: value, last: last + 2)
        }

        return Quantity(value: value, low: value, last: last)
    }

    /// A clock time at `i` ("10 बजे", "10:30", "साढ़े दस बजे", "11.30am"), read with an optional part of day.
    /// `bare` allows a number without बजे/am/pm (after a part of day: "सुबह सात से").
    func clock(_ i: Int, partOfDay: PartOfDay?, bare: Bool) -> (hour: Int, minute: Int, last: Int)? {
        guard i < tokens.count else { return nil }
        var hour: Int
        var minute = 0
        var j: Int
        if let f = lex(i)?.fraction, f == .saadhe || f == .sava || f == .paune, let n = smallNumber(i + 1),
           n >= 1, n <= 12, adjacent(i, i + 1) {
            hour = f == .paune ? n - 1 : n
            minute = f == .saadhe ? 30 : (f == .sava ? 15 : 45)
            j = i + 1
            guard has(j + 1, .baje) || partOfDay != nil || lex(j + 1)?.partOfDay != nil else { return nil }
        } else if let f = lex(i)?.fraction, f == .dhai || f == .dedh, has(i + 1, .baje), adjacent(i, i + 1) {
            // "ढाई बजे" (2:30), "डेढ़ बजे" (1:30)
            hour = f == .dhai ? 2 : 1
            minute = 30
            j = i
        } else if let n = smallNumber(i), n <= 24, tokens[i].kind == .word || tokens[i].digits <= 2,
                  !(tokens[i].kind == .number && !tokens[i].spaceBefore && isPunct(i - 1, 0x3A) && isNumber(i - 2)) {
            hour = n
            j = i
            var separatorDot = false
            if (isPunct(i + 1, 0x3A) || isPunct(i + 1, 0x2E)), !tokens[i + 1].spaceBefore, isNumber(i + 2),
               !tokens[i + 2].spaceBefore, tokens[i + 2].digits == 2, tokens[i + 2].number < 60, tokens[i].kind == .number {
                separatorDot = isPunct(i + 1, 0x2E)
                minute = tokens[i + 2].number
                j = i + 2
                // "8:00:20": seconds are read and dropped; "12.11.2020" is a date
                if !separatorDot, isPunct(j + 1, 0x3A), !tokens[j + 1].spaceBefore, isNumber(j + 2), !tokens[j + 2].spaceBefore,
                   tokens[j + 2].digits == 2, tokens[j + 2].number < 60 {
                    j += 2
                } else if isPunct(j + 1, 0x2E) || isPunct(j + 1, 0x3A) {
                    if isNumber(j + 2) { return nil }
                }
            }
            let marked = has(j + 1, .baje) || has(j + 1, .am) || has(j + 1, .pm) || meridiem(j + 1) != nil
            if !marked {
                if j == i + 2 && !separatorDot {
                    // 10:30 stands on its own
                } else if !(bare && partOfDay != nil && (has(j + 1, .postposition) || has(j + 1, .conjunction)
                                                     || (j + 1 < tokens.count && tokens[j + 1].kind == .punctuation))) {
                    return nil
                }
                if bare, has(j + 1, .postposition), !(isWord(j + 1, WordKeys.se) || isWord(j + 1, WordKeys.tak)) {
                    return nil
                }
            }
        } else {
            return nil
        }
        var last = j
        if has(last + 1, .baje) {
            last += 1
            // 10 बजकर 15 मिनट
            if let m = smallNumber(last + 1), m < 60, lex(last + 2)?.unit == .minute { minute = m; last += 2 }
        }
        var pod = partOfDay
        if has(last + 1, .am) || has(last + 1, .pm) || meridiem(last + 1) != nil {
            let pm = has(last + 1, .pm) || meridiem(last + 1)?.pm == true
            last = meridiem(last + 1)?.last ?? last + 1
            if pm && hour < 12 { hour += 12 }
            if !pm && hour == 12 { hour = 0 }
            pod = nil
        } else if pod == nil, let p = lex(last + 1)?.partOfDay, adjacent(last, last + 1) {
            pod = p
            last += 1
        }
        guard hour <= 24 else { return nil }
        if let p = pod { hour = MatchContext.hour24(hour, p) }
        return (hour, minute, last)
    }

    /// "a.m." / "p.m." spelt with dots at `i`: whether it is p.m. and its last token.
    func meridiem(_ i: Int) -> (pm: Bool, last: Int)? {
        guard isWord(i, WordKeys.latinA) || isWord(i, WordKeys.latinP), isPunct(i + 1, 0x2E), isWord(i + 2, WordKeys.latinM),
              adjacent(i, i + 2) else { return nil }
        let last = isPunct(i + 3, 0x2E) && !tokens[i + 3].spaceBefore ? i + 3 : i + 2
        return (isWord(i, WordKeys.latinP), last)
    }

    /// 12-hour reading under a part of day: शाम 8 → 20, दोपहर 2 → 14, रात 11 → 23, रात 2 → 2.
    static func hour24(_ h: Int, _ pod: PartOfDay) -> Int {
        switch pod {
        case .morning: return h == 12 ? 0 : h
        case .afternoon: return h < 12 && h <= 7 ? h + 12 : h
        case .evening: return h < 12 ? h + 12 : h
        case .night: return h >= 6 && h < 12 ? h + 12 : (h == 12 ? 24 : h)
        case .midnight: return h
        }
    }

    /// Token `i` is the word with the given key (see `WordKeys`).
    @inline(__always) func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].key == key
    }

    /// A time of day after a date: "की रात", "देर शाम", "सुबह 10 बजे", "शाम 5 बजे", "दोपहर बाद".
    func timeTail(_ j: Int) -> (TimeSpec, Int)? {
        var k = j
        guard k < tokens.count, adjacent(k - 1, k) else { return nil }
        if has(k, .genitive), !isWord(k, WordKeys.ka) { k += 1 }
        if has(k, .late) { k += 1 }
        if has(k, .half), lex(k + 1)?.partOfDay == .night { return (.partOfDay(.midnight), k + 1) }
        if let pod = lex(k)?.partOfDay {
            if let c = clock(k + 1, partOfDay: pod, bare: true) {
                return (.clock(hour: c.hour, minute: c.minute), c.last)
            }
            var last = k
            if pod == .afternoon, has(k + 1, .after) { last = k + 1 }
            return (.partOfDay(pod), last)
        }
        if k == j, let c = clock(k, partOfDay: nil, bare: false) {
            return (.clock(hour: c.hour, minute: c.minute), c.last)
        }
        return nil
    }
}
