/// Folds spelling variants of one scalar so that equal words compare equal:
/// nukta letters lose the nukta (ज़ U+095B and ज+़ both become ज), chandrabindu becomes anusvara,
/// Devanagari digits become ASCII digits, Latin capitals become small letters.
enum ScalarFolding {
    /// How a scalar takes part in tokenization.
    enum Role: UInt8 {
        case letter, digit, space, ignorable, sentenceEnd, punctuation
    }

    /// The folded scalar value (0 when the scalar is dropped inside a word).
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        // common case first: consonants, vowel signs and virama fold to themselves
        if (v >= 0x0915 && v <= 0x0939 && v != 0x0929 && v != 0x0931 && v != 0x0934) || (v >= 0x093E && v <= 0x094D) {
            return v
        }
        switch v {
        case 0x0958: return 0x0915
        case 0x0959: return 0x0916
        case 0x095A: return 0x0917
        case 0x095B: return 0x091C
        case 0x095C: return 0x0921
        case 0x095D: return 0x0922
        case 0x095E: return 0x092B
        case 0x095F: return 0x092F
        case 0x0929: return 0x0928
        case 0x0931: return 0x0930
        case 0x0934: return 0x0933
        case 0x0901: return 0x0902
        case 0x093C: return 0
        case 0x0966...0x096F: return v - 0x0966 + 0x30
        case 0x41...0x5A: return v + 0x20
        default: return v
        }
    }

    @inline(__always)
    static func role(_ v: UInt32) -> Role {
        if v >= 0x0900 && v < 0x0980 {
            if v == 0x0964 || v == 0x0965 { return .sentenceEnd }
            if v >= 0x0966 && v <= 0x096F { return .digit }
            return v == 0x0970 ? .punctuation : .letter
        }
        if v < 0x80 {
            switch v {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x0A, 0x0D, 0x21, 0x3F, 0x7C: return .sentenceEnd  // "|" stands in for a danda in some texts
            case 0x20, 0x09, 0x0B, 0x0C: return .space
            default: return v < 0x20 ? .space : .punctuation
            }
        }
        return otherRole(v)
    }

    @inline(never)
    static func otherRole(_ v: UInt32) -> Role {
        switch v {
        case 0xA8E0...0xA8FF: return .letter
        case 0x200C, 0x200D, 0x00AD, 0x200B, 0xFEFF, 0x2060: return .ignorable
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x0085: return .space
        case 0x2028, 0x2029: return .sentenceEnd
        case 0xD800...0xDFFF: return .space
        default:
            guard let s = Unicode.Scalar(v) else { return .space }
            if s.properties.isAlphabetic { return .letter }
            if s.properties.isWhitespace { return .space }
            return .punctuation
        }
    }
}
