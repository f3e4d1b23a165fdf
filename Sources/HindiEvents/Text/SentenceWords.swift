/// The words of one sentence, each with its folded key, its place in Unicode scalars and the
/// punctuation before it.
///
/// Keys fold spelling variants: the nukta is dropped (`मुलाक़ात` and `मुलाकात` are one key),
/// chandrabindu becomes anusvara, Devanagari digits ASCII, Latin capitals small letters; ZWJ,
/// ZWNJ and soft hyphens vanish. Example: `"लावरोव ने, “रविवार” को"` gives `लावरोव`, `ने`,
/// `रविवार` (after a comma break), `को` (after a strong break, the closing quote).
struct SentenceWords {
    /// Punctuation between a word and the one before it.
    enum Break: Int, Comparable {
        case none, comma, strong
        static func < (a: Break, b: Break) -> Bool { a.rawValue < b.rawValue }
    }

    struct Word {
        var key: String
        var scalarRange: Range<Int>
        var breakBefore: Break
    }

    private(set) var words: [Word] = []
    private let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var key = String.UnicodeScalarView()
        var start = 0, pending = Break.none
        func close(at end: Int) {
            if !key.isEmpty { words.append(Word(key: String(key), scalarRange: start..<end, breakBefore: pending)); pending = .none }
            key = String.UnicodeScalarView()
        }
        for (offset, scalar) in scalars.enumerated() {
            switch Self.role(of: scalar) {
            case .letter:
                if key.isEmpty { start = offset }
                key.append(Self.fold(scalar))
            case .ignorable:
                continue
            case .space:
                close(at: offset)
            case .comma:
                close(at: offset)
                pending = max(pending, .comma)
            case .strong:
                close(at: offset)
                pending = .strong
            }
        }
        close(at: scalars.count)
    }

    var count: Int { words.count }
    subscript(i: Int) -> Word { words[i] }

    /// The key of word `i`, or "" outside the sentence.
    func key(_ i: Int) -> String { i >= 0 && i < words.count ? words[i].key : "" }

    /// The words overlapping a scalar range (an empty range when none does).
    func wordRange(covering range: Range<Int>) -> Range<Int> {
        guard let first = words.firstIndex(where: { $0.scalarRange.upperBound > range.lowerBound }),
              words[first].scalarRange.lowerBound < max(range.upperBound, range.lowerBound + 1) else {
            let at = words.firstIndex(where: { $0.scalarRange.lowerBound >= range.lowerBound }) ?? words.count
            return at..<at
        }
        var last = first
        while last + 1 < words.count, words[last + 1].scalarRange.lowerBound < range.upperBound { last += 1 }
        return first..<(last + 1)
    }

    /// The text of words `range` as written, punctuation between them included.
    func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let scalarRange = words[range.lowerBound].scalarRange.lowerBound..<words[range.upperBound - 1].scalarRange.upperBound
        return String(String.UnicodeScalarView(scalars[scalarRange]))
    }

    /// The trigger a candidate stands for.
    func trigger(_ candidate: TriggerCandidate) -> EventTrigger {
        let range = candidate.words
        return EventTrigger(
            text: text(of: range),
            scalarRange: words[range.lowerBound].scalarRange.lowerBound..<words[range.upperBound - 1].scalarRange.upperBound,
            entry: candidate.entry)
    }

    private enum Role { case letter, ignorable, space, comma, strong }

    private static func role(of scalar: Unicode.Scalar) -> Role {
        switch scalar.value {
        case 0x0964, 0x0965, 0x0970: return .strong
        case 0x093C: return .ignorable
        case 0x0900...0x097F: return .letter
        case 0x200B, 0x200C, 0x200D, 0x00AD, 0xFEFF, 0x2060: return .ignorable
        case 0x2C, 0x28, 0x29, 0x5B, 0x5D, 0x2013, 0x2014, 0xFF0C: return .comma
        case 0x3B, 0x3A, 0x3F, 0x21, 0x7C, 0x22, 0x27, 0x2018, 0x2019, 0x201C, 0x201D, 0x0A, 0x0D: return .strong
        default:
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .letter : .space
        }
    }

    /// One scalar of a key: see the type's comment.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        let folded: UInt32
        switch v {
        case 0x0958: folded = 0x0915
        case 0x0959: folded = 0x0916
        case 0x095A: folded = 0x0917
        case 0x095B: folded = 0x091C
        case 0x095C: folded = 0x0921
        case 0x095D: folded = 0x0922
        case 0x095E: folded = 0x092B
        case 0x095F: folded = 0x092F
        case 0x0929: folded = 0x0928
        case 0x0931: folded = 0x0930
        case 0x0934: folded = 0x0933
        case 0x0901: folded = 0x0902
        case 0x0966...0x096F: folded = v - 0x0966 + 0x30
        case 0x41...0x5A: folded = v + 0x20
        default: folded = v
        }
        return Unicode.Scalar(folded) ?? scalar
    }

    /// The key of a word or phrase written in a lexicon: folded, nukta dropped, words joined by
    /// one space.
    static func key(of phrase: Substring) -> [String] {
        SentenceWords(String(phrase)).words.map(\.key)
    }
}
