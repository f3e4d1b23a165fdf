/// Reads what the tokenizer folds away for Latin-script words: their case in the original text,
/// what separates two tokens, and whether a token sits in a link or an e-mail address.
///
/// Example: in `"Jean-Noël Barrot ने www.example.org पर लिखा"` the tokens `Jean`, `Noël` and
/// `Barrot` are `.capitalised`, the gaps between them `.hyphen` and `.space`, and `example`
/// and `org` sit in a link.
struct LatinTokenReader {
    enum Shape: Equatable {
        /// Latin letters starting with a capital and at least two letters long: `Musk`, `OpenAI`, `NASA`, `Élodie`.
        case capitalised
        /// One capital Latin letter, which may only start a word joined by an apostrophe (`D'Souza`).
        case initial
        /// A lowercase particle such as `von`, `bin` or `al` (see `LatinStopWords.isConnector`).
        case connector
        /// Anything else: Devanagari, digits, other lowercase words, words in links.
        case other
    }

    enum Gap: Equatable {
        /// Spaces only.
        case space
        /// One hyphen, no spaces: `Jean-Noël`, `al-Assad`.
        case hyphen
        /// One apostrophe, no spaces: `O'Brien`.
        case apostrophe
        /// Anything else, including a full stop, a comma or a danda.
        case other
    }

    let text: String
    let tokens: [TextToken]
    /// The last whitespace-delimited chunk looked at, and whether it is a link.
    private var chunk: (range: Range<String.Index>, isLink: Bool)?

    init(text: String, tokens: [TextToken]) {
        self.text = text
        self.tokens = tokens
    }

    /// What token `position` looks like in the original text.
    mutating func shape(at position: Int) -> Shape {
        let token = tokens[position]
        guard !token.isDevanagari, !token.hasDigit else { return .other }
        let scalars = text.unicodeScalars[token.start..<token.end]
        guard let first = scalars.first, Self.isLatinLetter(first) else { return .other }
        for scalar in scalars where !Self.isLatinLetter(scalar) && !Self.isMark(scalar) {
            return .other
        }
        let shape: Shape
        if first.properties.isUppercase {
            shape = token.letters >= 2 ? .capitalised : .initial
        } else if LatinStopWords.isConnector(token.key.string) {
            shape = .connector
        } else {
            return .other
        }
        return isInLink(token) ? .other : shape
    }

    /// What separates token `position` from the token before it.
    func gap(before position: Int) -> Gap {
        guard position > 0 else { return .other }
        var spaces = 0
        var hyphens = 0
        var apostrophes = 0
        for scalar in text.unicodeScalars[tokens[position - 1].end..<tokens[position].start] {
            switch scalar.value {
            case 0x2D, 0x2010, 0x2011: hyphens += 1
            case 0x27, 0x2019: apostrophes += 1
            default:
                guard ScalarClass.of(scalar) == .space else { return .other }
                spaces += 1
            }
            if hyphens + apostrophes > 1 { return .other }
        }
        switch (spaces > 0, hyphens, apostrophes) {
        case (true, 0, 0): return .space
        case (false, 1, 0): return .hyphen
        case (false, 0, 1): return .apostrophe
        default: return .other
        }
    }

    /// The text of tokens `range` as written, with each run of spaces as one space and without
    /// zero-width joiners or soft hyphens.
    func surface(of range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end] {
            switch scalar.value {
            case 0x200C, 0x200D, 0xFEFF, 0xAD: continue
            default:
                if ScalarClass.of(scalar) == .space {
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(scalar)
            }
        }
        return String(out)
    }

    // MARK: Links

    /// Whether the whitespace-delimited chunk holding `token` is a URL, a domain or an e-mail address.
    private mutating func isInLink(_ token: TextToken) -> Bool {
        if let chunk, chunk.range.contains(token.start) { return chunk.isLink }
        let scalars = text.unicodeScalars
        var start = token.start
        while start > scalars.startIndex {
            let before = scalars.index(before: start)
            if ScalarClass.of(scalars[before]) == .space { break }
            start = before
        }
        var end = token.end
        while end < scalars.endIndex, ScalarClass.of(scalars[end]) != .space {
            end = scalars.index(after: end)
        }
        let isLink = Self.looksLikeLink(scalars[start..<end])
        chunk = (start..<end, isLink)
        return isLink
    }

    /// `://`, `@`, or a full stop between two ASCII letters or digits (`www.example.org`).
    private static func looksLikeLink(_ chunk: Substring.UnicodeScalarView) -> Bool {
        var previous: Unicode.Scalar?
        var beforePrevious: Unicode.Scalar?
        for scalar in chunk {
            if scalar == "@" { return true }
            if scalar == "/", previous == "/", beforePrevious == ":" { return true }
            if previous == ".", let beforePrevious, isASCIIAlphanumeric(beforePrevious), isASCIIAlphanumeric(scalar) {
                return true
            }
            beforePrevious = previous
            previous = scalar
        }
        return false
    }

    // MARK: Scalars

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xD7, 0xF7: return false
        case 0xC0...0x24F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value) || scalar.value == 0x200C || scalar.value == 0x200D
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }
}
