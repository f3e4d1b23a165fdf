/// The single-pass scanner behind ``HTMLText/clean(_:)``. Every position is visited a bounded
/// number of times: searches for a tag's `>`, a closing quote, `-->` or `</script` consume what
/// they pass over, and a `<` that can never be closed is known in O(1) from precomputed last
/// positions.
///
/// Example: `"<div>दिल्ली<br>मुंबई</div><!-- विज्ञापन -->"` → `"दिल्ली\nमुंबई"`.
struct HTMLScanner {
    private let s: [Unicode.Scalar]
    private let lastGreaterThan: Int
    private let lastDoubleQuote: Int
    private let lastSingleQuote: Int
    private var output = ParagraphBuilder()

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        lastGreaterThan = scalars.lastIndex(of: ">") ?? -1
        lastDoubleQuote = scalars.lastIndex(of: "\"") ?? -1
        lastSingleQuote = scalars.lastIndex(of: "'") ?? -1
    }

    mutating func run() -> String {
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                i = markup(at: i)
            } else if c == "&", let (scalar, next) = HTMLEntities.decode(s, at: i) {
                output.append(scalar)
                i = next
            } else {
                output.append(c)
                i += 1
            }
        }
        return output.finish()
    }

    /// Handles the markup starting at `i` (a "<"); returns the index after it.
    private mutating func markup(at i: Int) -> Int {
        guard i + 1 < s.count else { output.append("<"); return i + 1 }
        let next = s[i + 1]
        if next == "!" {
            if hasPrefix("<!--", at: i) { return find("-->", from: i + 4).map { $0 + 3 } ?? s.count }
            if hasPrefix("<![CDATA[", at: i) {
                let end = find("]]>", from: i + 9) ?? s.count
                for k in (i + 9)..<end { output.append(s[k]) }
                return min(end + 3, s.count)
            }
            return endOfDeclaration(from: i + 2)
        }
        if next == "?" { return endOfDeclaration(from: i + 2) }
        let closing = next == "/"
        let nameStart = closing ? i + 2 : i + 1
        guard nameStart < s.count, isLetter(s[nameStart]), lastGreaterThan > i else {
            output.append("<")
            return i + 1
        }
        var nameEnd = nameStart
        var name = ""
        while nameEnd < s.count, isNameCharacter(s[nameEnd]) {
            name.unicodeScalars.append(lowercased(s[nameEnd]))
            nameEnd += 1
        }
        let tagEnd = endOfTag(from: nameEnd)
        let after = tagEnd + 1
        if HTMLText.isBlock(name) {
            output.breakParagraph()
        } else if HTMLText.isSpacing(name) {
            output.softSpace()
        }
        if !closing, HTMLText.isDroppedWithContent(name), s[tagEnd - 1] != "/" {
            guard let close = findClosingTag(name, from: after) else { return s.count }
            return endOfTag(from: close + 2 + name.unicodeScalars.count) + 1
        }
        return after
    }

    /// Index of the `>` ending a tag whose attributes start at `start`; quoted values may hold `>`.
    /// Without any `>` after `start`, the tag runs to the end of the input.
    private func endOfTag(from start: Int) -> Int {
        if lastGreaterThan < start { return s.count - 1 }
        var j = start
        while j < s.count {
            let c = s[j]
            if c == ">" { return j }
            if c == "\"" || c == "'" {
                let last = c == "\"" ? lastDoubleQuote : lastSingleQuote
                if last > j, last < lastGreaterThan, let close = s[(j + 1)...].firstIndex(of: c), close < lastGreaterThan {
                    j = close + 1
                    continue
                }
            }
            j += 1
        }
        return lastGreaterThan
    }

    private func endOfDeclaration(from start: Int) -> Int {
        guard lastGreaterThan >= start, let end = s[start...].firstIndex(of: ">") else { return s.count }
        return end + 1
    }

    private func hasPrefix(_ text: String, at index: Int) -> Bool {
        var k = index
        for scalar in text.unicodeScalars {
            guard k < s.count, lowercased(s[k]) == lowercased(scalar) else { return false }
            k += 1
        }
        return true
    }

    private func find(_ text: String, from start: Int) -> Int? {
        guard let first = text.unicodeScalars.first else { return nil }
        var k = start
        while k < s.count {
            if lowercased(s[k]) == first, hasPrefix(text, at: k) { return k }
            k += 1
        }
        return nil
    }

    /// Index of the "<" of `</name` (any case) at or after `start`.
    private func findClosingTag(_ name: String, from start: Int) -> Int? {
        var k = start
        while let candidate = find("</", from: k) {
            if hasPrefix("</" + name, at: candidate) {
                let after = candidate + 2 + name.unicodeScalars.count
                if after >= s.count || !isNameCharacter(s[after]) { return candidate }
            }
            k = candidate + 2
        }
        return nil
    }

    private func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    private func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || (c.value >= 0x30 && c.value <= 0x39) || c == "-" || c == ":" || c == "_"
    }

    private func lowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20) ?? c : c
    }
}
