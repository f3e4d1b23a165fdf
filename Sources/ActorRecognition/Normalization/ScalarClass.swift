/// How the tokenizer and the normalizer treat one Unicode scalar of the input.
enum ScalarClass {
    /// Part of a word (letters, digits, vowel signs, virama).
    case letter
    /// Inside a word but dropped when folding (nukta, ZWJ, ZWNJ, combining accents).
    case ignorable
    /// A space of any kind, including no-break spaces.
    case space
    /// A hyphen or full stop: separates words but may sit inside a name (`जम्मू-कश्मीर`, `सी.पी. राधाकृष्णन`).
    case softBreak
    /// Punctuation and symbols: separates words and ends a name (`।`, `,`, `(`).
    case hardBreak

    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
            return .letter
        case 0x20, 0x09...0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .space
        case 0x2D, 0x2E, 0x2010, 0x2011:
            return .softBreak
        case 0x00...0x7F:
            return .hardBreak
        case 0x093C, 0x200C, 0x200D, 0xFEFF, 0x00AD, 0x0300...0x036F:
            return .ignorable
        case 0x0964, 0x0965, 0x0970:
            return .hardBreak
        case 0x0900...0x097F:
            return .letter
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                return .letter
            }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                return .letter
            default:
                return properties.isWhitespace ? .space : .hardBreak
            }
        }
    }
}
