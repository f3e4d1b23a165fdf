/// Lengths of time and counted offsets: "तीन दिन" (P3D), "24 घंटे" (PT24H), "ढाई साल" (P2.5Y),
/// "कई महीनों" (PXM), "पिछले 24 घंटों" (PT24H), "अगले तीन-चार दिन" (PXD), "वर्षों" (PXY), "दिनभर" (P1D),
/// "साल भर" (P1Y), "पूरे महीने" (P1M); "दो साल पहले" (a date), "दो दिन बाद" (an anchored date). Ages are skipped.
enum DurationMatcher {
    static func match(_ c: MatchContext, _ i: Int) -> Mention? {
        guard let first = c.lex(i) ?? (c.isNumber(i) ? LexEntry() : nil) else { return nil }
        if let v = first.durationValue {
            return Mention(first: i, last: i, meaning: .duration(v), rule: "duration.word")
        }
        // "पूरे महीने" (the whole of a month: P1M); "इस पूरे महीने" is this month (`RelativeMatcher`)
        if first.has(.full), let e = c.lex(i + 1), let unit = e.unit, !e.unitPlural, unit.rawValue >= TimeUnit.day.rawValue,
           c.adjacent(i, i + 1), c.modifier(i - 1) == nil {
            return Mention(first: i, last: i + 1, meaning: .duration(value(1, unit)), rule: "duration.whole")
        }
        var j = i
        var windowed = false
        if let r = c.modifier(i), r.0 != .this || c.has(i, .thisModifier) {
            j = r.1
            windowed = true
        } else if first.has(.these) {
            j = i + 1
            windowed = true
        }
        if j > i, !c.adjacent(j - 1, j) { return nil }
        if let q = c.quantity(j), let unit = c.lex(q.last + 1)?.unit, c.adjacent(q.last, q.last + 1) {
            let u = q.last + 1
            if isAge(c, i, u, unit) { return nil }
            if windowed, c.has(i, .thisModifier), !first.has(.these) { return nil }
            var last = u
            if c.has(u + 1, .bhar) { last = u + 1 }
            // a fuzzy count as a point takes the lower number: "तीन-चार दिन पहले" → 3 days before
            if !windowed, let v = q.value ?? (q.low > 0 ? q.low : nil), unit.rawValue >= TimeUnit.day.rawValue {
                if c.has(last + 1, .before), c.adjacent(last, last + 1) {
                    return Mention(first: i, last: last + 1, meaning: .ago(v, unit), rule: "relative.ago")
                }
                if c.has(last + 1, .after), c.adjacent(last, last + 1) {
                    return Mention(first: i, last: last + 1, meaning: .later(v, unit), rule: "relative.later")
                }
                if q.value != nil, c.isWord(last + 1, WordKeys.mein), unit.rawValue <= TimeUnit.year.rawValue, !first.has(.these) {
                    return Mention(first: i, last: last, meaning: .within(v, unit), rule: "relative.within")
                }
            }
            if !windowed, q.value == nil, c.adjacent(last, last + 1) {
                if c.has(last + 1, .before) {
                    return Mention(first: i, last: last + 1, meaning: .deictic(.pastRef), rule: "vague.some-time-ago")
                }
                if c.has(last + 1, .after), unit.rawValue >= TimeUnit.day.rawValue {
                    return Mention(first: i, last: last + 1, meaning: .deictic(.futureRef), rule: "vague.some-time-later")
                }
            }
            // "3 घंटे 20 मिनट", "2 साल 6 महीने": one duration
            if let v = q.value, v == v.rounded(), let q2 = c.quantity(last + 1), let v2 = q2.value, v2 == v2.rounded(),
               let unit2 = c.lex(q2.last + 1)?.unit, c.adjacent(last, last + 1), c.adjacent(q2.last, q2.last + 1),
               unit2.rawValue < unit.rawValue, (unit.rawValue <= TimeUnit.hour.rawValue) == (unit2.rawValue <= TimeUnit.hour.rawValue) {
                return Mention(first: i, last: q2.last + 1, meaning: .duration(compound([(v, unit), (v2, unit2)])),
                               rule: "duration.compound")
            }
            return Mention(first: i, last: last, meaning: .duration(value(q.value, unit)),
                           rule: windowed ? "duration.window" : "duration.count")
        }
        if windowed { return nil }
        // "1 से तीन घंटे": the first number takes the unit of the second
        if let a = c.quantity(i), let v = a.value, c.isWord(a.last + 1, WordKeys.se), let b = c.quantity(a.last + 2),
           b.value != nil, let unit = c.lex(b.last + 1)?.unit, c.adjacent(b.last, b.last + 1), !isAge(c, i, b.last + 1, unit) {
            return Mention(first: i, last: a.last, meaning: .duration(value(v, unit)), rule: "duration.range-start")
        }
        if let unit = first.unit {
            if first.unitPlural {
                let needsPostposition = unit == .day || unit == .week || unit == .minute || unit == .second
                if needsPostposition, !(c.isWord(i + 1, WordKeys.se) || c.isWord(i + 1, WordKeys.tak)) { return nil }
                if c.isNumber(i - 1) || c.smallNumber(i - 1) != nil { return nil }
                return Mention(first: i, last: i, meaning: .duration(value(nil, unit)), rule: "duration.plural")
            }
            if c.has(i + 1, .bhar), c.adjacent(i, i + 1), unit != .hour {
                return Mention(first: i, last: i + 1, meaning: .duration(value(1, unit)), rule: "duration.whole")
            }
        }
        return nil
    }

    /// "40 साल से अधिक उम्र", "उम्र 40 साल", "10 साल का बच्चा" are ages, not durations.
    static func isAge(_ c: MatchContext, _ i: Int, _ u: Int, _ unit: TimeUnit) -> Bool {
        guard unit == .year || unit == .month else { return false }
        var k = u + 1
        while k <= u + 4, k < c.count, c.adjacent(k - 1, k) {
            if c.has(k, .ageWord) { return true }
            if c.tokens[k].kind == .punctuation { break }
            k += 1
        }
        if c.has(u + 1, .genitive), c.has(u + 2, .ageNoun) { return true }
        if c.has(i - 1, .ageWord) || (c.has(i - 2, .ageWord) && c.has(i - 1, .postposition)) { return true }
        return false
    }

    /// P2Y6M, PT3H20M from whole amounts of decreasing units.
    static func compound(_ parts: [(Double, TimeUnit)]) -> String {
        var date = ""
        var time = ""
        for (v, u) in parts {
            let n = Int(v)
            switch u {
            case .second: time += "\(n)S"
            case .minute: time += "\(n)M"
            case .hour: time += "\(n)H"
            case .day: date += "\(n)D"
            case .week: date += "\(n)W"
            case .fortnight: date += "\(2 * n)W"
            case .month: date += "\(n)M"
            case .year: date += "\(n)Y"
            case .decade: date += "\(10 * n)Y"
            case .century: date += "\(100 * n)Y"
            }
        }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    /// P3D, PT24H, P2.5Y, PXM, P20Y for two decades.
    static func value(_ amount: Double?, _ unit: TimeUnit) -> String {
        func num(_ scale: Double) -> String {
            guard let a = amount else { return "X" }
            let v = a * scale
            if v == v.rounded() { return String(Int(v)) }
            var s = String(v)
            while s.hasSuffix("0") { s.removeLast() }
            return s
        }
        switch unit {
        case .second: return "PT\(num(1))S"
        case .minute: return "PT\(num(1))M"
        case .hour: return "PT\(num(1))H"
        case .day: return "P\(num(1))D"
        case .week: return "P\(num(1))W"
        case .fortnight: return "P\(num(2))W"
        case .month: return "P\(num(1))M"
        case .year: return "P\(num(1))Y"
        case .decade: return "P\(num(10))Y"
        case .century: return "P\(num(100))Y"
        }
    }
}
