import HindiTemporal

/// One temporal expression as a JSON object with stable key order.
enum TimexJSON {
    static func line(_ e: TemporalExpression) -> String {
        var s = "{\"text\":\(quote(e.text)),\"start\":\(e.scalarRange.lowerBound),\"end\":\(e.scalarRange.upperBound)"
        s += ",\"type\":\"\(e.type.rawValue)\",\"value\":\(quote(e.value))"
        s += ",\"granularity\":\"\(e.granularity.rawValue)\",\"tense\":\"\(e.tense.rawValue)\""
        s += ",\"anchor\":\"\(e.anchor.label)\",\"sentence\":\(e.sentenceIndex),\"rule\":\(quote(e.rule))"
        if let i = e.interval {
            s += ",\"first\":\"\(i.first.iso)\",\"last\":\"\(i.last.iso)\""
        }
        return s + "}"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
