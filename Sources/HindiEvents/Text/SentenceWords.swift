/// The words of one sentence, each with its folded key, its place in Unicode scalars and the
/// punctuation before it.
///
/// Keys fold spelling variants: the nukta is dropped (`मुलाक़ात` and `मुलाकात` are one key),
/// chandrabindu becomes anusvara, Devanagari digits ASCII, Latin capitals small letters; ZWJ,
/// ZWNJ and soft hyphens vanish. Example: `"लावरोव ने, “रविवार” को"` gives `लावरोव`, `ने`,
/// `रविवार` (after a strong break, the opening quote), `को` (after a strong break, the closing quote).
struct SentenceWords {
    /// Punctuation between a word and the one before it.
    enum Break: Int, Comparable {
        case none, comma, strong
        static func < (a: Break, b: Break) -> Bool { a.rawValue < b.rawValue }
    }

    struct Word {
        var key: WordKey
        var scalarRange: Range<Int>
        var breakBefore: Break
        /// Where the word is in the text's UTF-8, and its folded scalars in `folded`.
        var bytes: Range<Int>
        var foldedRange: Range<Int>
    }

    private(set) var words: [Word] = []
    /// The folded scalars of every word, one after another.
    private var folded: [UInt32] = []
    private let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        words.reserveCapacity(text.utf8.count / 8)
        folded.reserveCapacity(text.utf8.count / 3)
        text.utf8.withContiguousStorageIfAvailable { read($0) }
    }

    /// One pass over the UTF-8 bytes: scalars decoded in place, words closed at spaces and punctuation.
    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var builder = WordKey.Builder()
        var open = false, pending = Break.none
        var start = 0, startByte = 0, foldedStart = 0, offset = 0, i = 0
        func close(_ words: inout [Word], _ folded: [UInt32], at end: Int, byte: Int) {
            guard open else { return }
            words.append(Word(key: builder.key, scalarRange: start..<end, breakBefore: pending,
                              bytes: startByte..<byte, foldedRange: foldedStart..<folded.count))
            pending = .none
            open = false
        }
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let value: UInt32, width: Int
            if b0 < 0x80 {
                (value, width) = (b0, 1)
            } else if b0 < 0xE0 {
                (value, width) = ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
            } else if b0 < 0xF0 {
                (value, width) = ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
            } else {
                (value, width) = ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                                    | UInt32(bytes[i + 3] & 0x3F), 4)
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            switch Self.role(of: scalar) {
            case .letter:
                if !open {
                    open = true
                    builder = WordKey.Builder()
                    start = offset
                    startByte = i
                    foldedStart = folded.count
                }
                let foldedValue = Self.fold(scalar).value
                builder.add(foldedValue)
                folded.append(foldedValue)
            case .ignorable:
                break
            case .space:
                close(&words, folded, at: offset, byte: i)
            case .comma:
                close(&words, folded, at: offset, byte: i)
                pending = max(pending, .comma)
            case .strong:
                close(&words, folded, at: offset, byte: i)
                pending = .strong
            }
            i += width
            offset += 1
        }
        close(&words, folded, at: offset, byte: bytes.count)
    }

    var count: Int { words.count }
    subscript(i: Int) -> Word { words[i] }

    /// The key of word `i`, or `.none` outside the sentence.
    func key(_ i: Int) -> WordKey { i >= 0 && i < words.count ? words[i].key : .none }

    /// The folded scalars of word `i` (empty outside the sentence).
    func folded(_ i: Int) -> ArraySlice<UInt32> { i >= 0 && i < words.count ? folded[words[i].foldedRange] : [] }

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
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: words[range.lowerBound].bytes.lowerBound)
        let to = utf8.index(utf8.startIndex, offsetBy: words[range.upperBound - 1].bytes.upperBound)
        return String(text[from..<to])
    }

    /// The trigger a candidate stands for.
    func trigger(_ candidate: TriggerCandidate) -> EventTrigger {
        let range = candidate.words
        return EventTrigger(
            text: text(of: range),
            scalarRange: words[range.lowerBound].scalarRange.lowerBound..<words[range.upperBound - 1].scalarRange.upperBound,
            entry: candidate.entry)
    }

    enum Role { case letter, ignorable, space, comma, strong }

    /// How a scalar takes part in words: ASCII and Devanagari answered from their values.
    @inline(__always)
    static func role(of scalar: Unicode.Scalar) -> Role {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x2C, 0x28, 0x29, 0x5B, 0x5D: return .comma
            case 0x3B, 0x3A, 0x3F, 0x21, 0x7C, 0x22, 0x27, 0x0A, 0x0D: return .strong
            default: return .space
            }
        }
        switch v {
        case 0x0964, 0x0965, 0x0970: return .strong
        case 0x093C: return .ignorable
        case 0x0900...0x097F: return .letter
        case 0x200B, 0x200C, 0x200D, 0x00AD, 0xFEFF, 0x2060: return .ignorable
        case 0x2013, 0x2014, 0xFF0C: return .comma
        case 0x2018, 0x2019, 0x201C, 0x201D: return .strong
        default:
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .letter : .space
        }
    }

    /// One scalar of a key: see the type's comment.
    @inline(__always)
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

    /// The keys of a word or phrase written in a lexicon.
    static func keys(of phrase: Substring) -> [WordKey] {
        phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { WordKey.of($0) }
    }
}
