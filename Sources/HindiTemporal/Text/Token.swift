/// One token of the folded text with its place in the original scalars.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    // Field order keeps the stride at 32 bytes.
    /// FNV-1a hash of the folded word; the scalar value for punctuation; the value of a number.
    var key: UInt64
    /// Scalar offsets into the input as given (end exclusive).
    var start: Int32
    var end: Int32
    /// Index into the lexicon, or -1.
    var lex: Int32
    var sentence: Int32
    /// Folded scalar count of a word.
    var length: UInt16
    var kind: Kind
    /// Whitespace separated this token from the previous one.
    var spaceBefore: Bool
    /// Number of digits of a digit run.
    var digits: UInt8
    /// Word-shape flags (see `TokenShape`).
    var shape: TokenShape
    /// This token ends a sentence (danda, ?, !, newline, sentence-final '.').
    var endsSentence: Bool

    init(start: Int32, end: Int32, kind: Kind, spaceBefore: Bool, key: UInt64, number: Int, digits: UInt8,
         lex: Int32, shape: TokenShape, length: UInt16, sentence: Int32, endsSentence: Bool) {
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.key = kind == .number ? UInt64(number) : key
        self.digits = digits
        self.lex = lex
        self.shape = shape
        self.length = length
        self.sentence = sentence
        self.endsSentence = endsSentence
    }

    /// Value of a digit run (Indian comma grouping joined), capped at 10^12; 0 for other tokens.
    @inline(__always) var number: Int { kind == .number ? Int(truncatingIfNeeded: key) : 0 }

    @inline(__always) var futureForm: Bool { shape.contains(.future) }

    @inline(__always) func isPunct(_ scalar: UInt32) -> Bool { kind == .punctuation && key == UInt64(scalar) }
}
