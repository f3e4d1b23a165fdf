import Foundation

/// Folds spelling variants of names so that they compare equal.
///
/// - nukta: composed letters (क़ U+0958 … य़ U+095F, ऩ, ऱ, ऴ) and base + U+093C both fold to the base letter,
///   so `फ़रवरी` and `फरवरी`, `ज़ेलेंस्की` and `जेलेंस्की` are equal;
/// - ZWJ, ZWNJ, BOM and soft hyphen are dropped;
/// - no-break and other Unicode spaces, hyphens and full stops become a plain space, runs of spaces collapse,
///   ends are trimmed;
/// - chandrabindu (ँ) folds to anusvara (ं);
/// - Latin letters are lowercased and lose their diacritics (`Zelenskyy` → `zelenskyy`, `Élysée` → `elysee`).
///
/// Example: `NameNormalizer.normalize("ज़ेलेंस्की\u{00A0} ") == "जेलेंस्की"`.
public enum NameNormalizer {
    /// Returns the folded form of `text` (see the type's description).
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch ScalarClass.of(scalar) {
            case .space, .softBreak:
                pendingSpace = !out.isEmpty
            case .ignorable:
                continue
            case .letter, .hardBreak:
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                fold(scalar, into: &out)
            }
        }
        return String(out)
    }

    /// Appends the folded form of one scalar (nothing for a dropped one); returns the last scalar appended.
    @discardableResult
    static func fold(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            let lower = Unicode.Scalar(value + 32) ?? scalar
            out.append(lower)
            return lower
        case 0x00...0x7F:
            out.append(scalar)
            return scalar
        case 0x0900...0x097F:
            guard let folded = foldDevanagari(value) else { return nil }
            out.append(folded)
            return folded
        case 0x200C, 0x200D, 0xFEFF, 0x00AD, 0x0300...0x036F:
            return nil
        default:
            return foldOther(scalar, into: &out)
        }
    }

    /// Appends the folded form of one scalar as UTF-8 (the tokenizer's fast path); returns the last
    /// scalar appended. Same folding as `fold(_:into:)` on a scalar view.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, into out: inout [UInt8]) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            out.append(UInt8(value + 32))
            return Unicode.Scalar(UInt8(value + 32))
        case 0x00...0x7F:
            out.append(UInt8(value))
            return scalar
        case 0x0900...0x097F:
            guard let folded = foldDevanagari(value) else { return nil }
            let v = folded.value  // three UTF-8 bytes: E0 A4/A5 xx
            out.append(0xE0)
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
            return folded
        default:
            var view = String.UnicodeScalarView()
            let last = fold(scalar, into: &view)
            out.append(contentsOf: String(view).utf8)
            return last
        }
    }

    private static let nuktaBases: [UInt32] = [0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F]

    @inline(__always)
    static func foldDevanagari(_ value: UInt32) -> Unicode.Scalar? {
        let folded: UInt32
        switch value {
        case 0x093C: return nil
        case 0x0929: folded = 0x0928
        case 0x0931: folded = 0x0930
        case 0x0934: folded = 0x0933
        case 0x0958...0x095F: folded = nuktaBases[Int(value - 0x0958)]
        case 0x0901: folded = 0x0902
        default: folded = value
        }
        return Unicode.Scalar(folded)
    }

    private static func foldOther(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) -> Unicode.Scalar? {
        let value = scalar.value
        var last: Unicode.Scalar?
        let isLatin = (0x00C0...0x024F).contains(value) || (0x1E00...0x1EFF).contains(value)
        if isLatin {
            let folded = String(scalar)
                .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
                .lowercased()
            for piece in folded.unicodeScalars where !(0x0300...0x036F).contains(piece.value) {
                out.append(piece)
                last = piece
            }
        } else if scalar.properties.changesWhenLowercased {
            for piece in scalar.properties.lowercaseMapping.unicodeScalars {
                out.append(piece)
                last = piece
            }
        } else {
            out.append(scalar)
            last = scalar
        }
        return last
    }
}
