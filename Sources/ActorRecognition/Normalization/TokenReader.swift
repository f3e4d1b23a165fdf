/// The tokenizer's state while it reads one text's UTF-8 bytes (see `Tokenizer.tokens(in:flags:)`).
///
/// ASCII and Devanagari, nearly all of Hindi news, are classified and folded from their bytes;
/// other scalars go through `ScalarClass` and `NameNormalizer`. Example: the bytes of `मोदी ने`
/// give the tokens `मोदी` (4 letters) and `ने`.
struct TokenReader {
    let text: String
    let flags: Bool
    private(set) var result: [TextToken] = []
    private var hardBreak = false
    private var open = false
    private var startByte = 0, endByte = 0, scalarStart = 0, scalarEnd = 0
    private var letters = 0
    private var isDevanagari = false, hasDigit = false, capitalized = false
    /// Whether a full stop closed the last word, which a space after it makes a sentence end.
    private var fullStopEnded = false
    /// The open word's key, scalar by scalar.
    private var builder = KeyBuilder()

    init(text: String, flags: Bool) {
        self.text = text
        self.flags = flags
        result.reserveCapacity(text.utf8.count / 6)
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0, offset = 0
        let count = bytes.count
        while i < count {
            let (value, width) = Self.decode(bytes, at: i)
            if value == 0xA8, let (consumedBytes, consumedScalars) = readMisplacedSign(bytes, at: i, scalar: offset) {
                i += consumedBytes
                offset += consumedScalars
                continue
            }
            switch Self.classify(value) {
            case .letter:
                if !open { begin(byte: i, scalar: offset, first: value) }
                if value < 0x80 {
                    add(value >= 0x41 && value <= 0x5A ? value + 32 : value)
                } else if value >= 0x0900 && value <= 0x097F {
                    if let folded = NameNormalizer.foldDevanagari(value) { add(folded.value) }
                } else {
                    var folded = String.UnicodeScalarView()
                    NameNormalizer.fold(Unicode.Scalar(value) ?? "\u{FFFD}", into: &folded)
                    for scalar in folded { add(scalar.value) }
                }
                endByte = i + width
                scalarEnd = offset + 1
            case .ignorable:
                if open {
                    endByte = i + width
                    scalarEnd = offset + 1
                }
            case .space:
                close()
                if fullStopEnded { hardBreak = true }
                fullStopEnded = false
            case .softBreak:
                let closing = open
                close()
                // `उतरेगी. रमेश`: a full stop after a word (not after an initial or an abbreviation:
                // `सी.पी.`, `डॉ.`) and then a space ends the sentence.
                fullStopEnded = value == 0x2E && closing && result.last.map(Self.endsSentenceBeforeFullStop) ?? false
            case .hardBreak:
                close()
                hardBreak = true
                fullStopEnded = false
            }
            i += width
            offset += 1
        }
        close()
    }

    /// `¨सह` for `सिंह`, `¨प्रट` for `प्रिंट`: some Hindi news sites' font conversion writes `िं` as a
    /// `¨` before the consonant (cluster) it belongs to. Reads the `¨` at byte `i` and that cluster
    /// as the cluster followed by `ि` and `ं`; returns the bytes and scalars read, or nil when no
    /// Devanagari consonant follows (then `¨` is punctuation).
    private mutating func readMisplacedSign(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, scalar offset: Int) -> (Int, Int)? {
        func isConsonant(_ v: UInt32) -> Bool { (0x0915...0x0939).contains(v) || (0x0958...0x095F).contains(v) }
        var j = i + 2, scalars = 1  // U+00A8 is two bytes
        var cluster: [UInt32] = []
        while j < bytes.count {
            let (v, w) = Self.decode(bytes, at: j)
            let joins = cluster.isEmpty ? isConsonant(v) : (cluster.last == 0x094D ? isConsonant(v) : v == 0x094D || v == 0x093C)
            guard joins else { break }
            cluster.append(v)
            j += w
            scalars += 1
        }
        guard let first = cluster.first, isConsonant(first) else { return nil }
        if cluster.last == 0x094D { return nil }
        if !open { begin(byte: i, scalar: offset, first: first) }
        for v in cluster { if let folded = NameNormalizer.foldDevanagari(v) { add(folded.value) } }
        add(0x093F)
        add(0x0902)
        endByte = j
        scalarEnd = offset + scalars
        return (j - i, scalars)
    }

    /// Whether a full stop right after `token` may end a sentence: the token is a Devanagari word,
    /// not a spelt initial (`पी.`) or an abbreviation (`डॉ.`, `मो.`).
    private static func endsSentenceBeforeFullStop(_ token: TextToken) -> Bool {
        token.isDevanagari && !token.hasDigit && !abbreviations.contains(token.key) && !StopWords.isInitial(token.key)
    }

    private static let abbreviations: Set<NameKey> = InstitutionWords.keys("डॉ डा श्री मो प्रो ले स्व कु सं जि रु लि सेमी मि कि")

    private mutating func begin(byte: Int, scalar: Int, first: UInt32) {
        fullStopEnded = false
        capitalized = (0x41...0x5A).contains(first)
            || first >= 0x80 && first < 0x250 && (Unicode.Scalar(first)?.properties.isUppercase ?? false)
        open = true
        startByte = byte
        scalarStart = scalar
        letters = 0
        isDevanagari = false
        hasDigit = false
        builder = KeyBuilder()
    }

    /// Adds one folded scalar to the open word's key.
    @inline(__always)
    private mutating func add(_ v: UInt32) {
        builder.add(v)
        if v != 0x094D { letters += 1 }
        if v >= 0x0900 && v <= 0x097F { isDevanagari = true }
        if (0x30...0x39).contains(v) || (0x0966...0x096F).contains(v) { hasDigit = true }
    }

    private mutating func close() {
        guard open else { return }
        open = false
        if builder.isEmpty { return }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: startByte), end = utf8.index(utf8.startIndex, offsetBy: endByte)
        // A key that does not fit inline (rare) is folded again from its text, the same way.
        let name = builder.key ?? NameKey(NameNormalizer.normalize(String(text[start..<end])))
        var token = TextToken(key: name, scalarStart: scalarStart, scalarEnd: scalarEnd,
                              start: start, end: end, letters: letters,
                              hardBreakBefore: hardBreak || result.isEmpty, isDevanagari: isDevanagari,
                              hasDigit: hasDigit, capitalized: capitalized)
        if flags { token.flags = WordFlags.of(name) }
        result.append(token)
        hardBreak = false
    }

    private static let asciiClasses: [ScalarClass] = (0...0x7F).map { ScalarClass.of(Unicode.Scalar(UInt8($0))) }

    /// The scalar starting at byte `i` of valid UTF-8, and its width in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// `ScalarClass.of` with ASCII and the Devanagari block answered without building a scalar.
    @inline(__always)
    private static func classify(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x00...0x7F:
            return asciiClasses[Int(value)]
        case 0x0900...0x097F:
            switch value {
            case 0x093C: return .ignorable
            case 0x0964, 0x0965, 0x0970: return .hardBreak
            default: return .letter
            }
        default:
            return ScalarClass.of(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
    }
}
