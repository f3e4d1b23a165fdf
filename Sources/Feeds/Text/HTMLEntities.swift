/// Character references for ``HTMLText`` and ``XMLRepair``: the named entities feeds use (XML's
/// five, all of HTML 4's — Latin-1, typographic quotes and dashes, Greek letters, mathematical
/// symbols, arrows — and `&rupee;`) and numeric references, with the HTML5 rule that
/// `&#150;`-style references in 0x80–0x9F mean windows-1252.
///
/// Example: `"&ldquo;नमस्ते&rdquo;&nbsp;&#8212;&#x201C;"` decodes to `"“नमस्ते”\u{A0}—“"`.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "nbsp": 0xA0,
        "iexcl": 0xA1,
        "cent": 0xA2,
        "pound": 0xA3,
        "curren": 0xA4,
        "yen": 0xA5,
        "brvbar": 0xA6,
        "sect": 0xA7,
        "uml": 0xA8,
        "copy": 0xA9,
        "ordf": 0xAA,
        "laquo": 0xAB,
        "not": 0xAC,
        "shy": 0xAD,
        "reg": 0xAE,
        "macr": 0xAF,
        "deg": 0xB0,
        "plusmn": 0xB1,
        "sup2": 0xB2,
        "sup3": 0xB3,
        "acute": 0xB4,
        "micro": 0xB5,
        "para": 0xB6,
        "middot": 0xB7,
        "cedil": 0xB8,
        "sup1": 0xB9,
        "ordm": 0xBA,
        "raquo": 0xBB,
        "frac14": 0xBC,
        "frac12": 0xBD,
        "frac34": 0xBE,
        "iquest": 0xBF,
        "Agrave": 0xC0,
        "Aacute": 0xC1,
        "Acirc": 0xC2,
        "Atilde": 0xC3,
        "Auml": 0xC4,
        "Aring": 0xC5,
        "AElig": 0xC6,
        "Ccedil": 0xC7,
        "Egrave": 0xC8,
        "Eacute": 0xC9,
        "Ecirc": 0xCA,
        "Euml": 0xCB,
        "Igrave": 0xCC,
        "Iacute": 0xCD,
        "Icirc": 0xCE,
        "Iuml": 0xCF,
        "ETH": 0xD0,
        "Ntilde": 0xD1,
        "Ograve": 0xD2,
        "Oacute": 0xD3,
        "Ocirc": 0xD4,
        "Otilde": 0xD5,
        "Ouml": 0xD6,
        "times": 0xD7,
        "Oslash": 0xD8,
        "Ugrave": 0xD9,
        "Uacute": 0xDA,
        "Ucirc": 0xDB,
        "Uuml": 0xDC,
        "Yacute": 0xDD,
        "THORN": 0xDE,
        "szlig": 0xDF,
        "agrave": 0xE0,
        "aacute": 0xE1,
        "acirc": 0xE2,
        "atilde": 0xE3,
        "auml": 0xE4,
        "aring": 0xE5,
        "aelig": 0xE6,
        "ccedil": 0xE7,
        "egrave": 0xE8,
        "eacute": 0xE9,
        "ecirc": 0xEA,
        "euml": 0xEB,
        "igrave": 0xEC,
        "iacute": 0xED,
        "icirc": 0xEE,
        "iuml": 0xEF,
        "eth": 0xF0,
        "ntilde": 0xF1,
        "ograve": 0xF2,
        "oacute": 0xF3,
        "ocirc": 0xF4,
        "otilde": 0xF5,
        "ouml": 0xF6,
        "divide": 0xF7,
        "oslash": 0xF8,
        "ugrave": 0xF9,
        "uacute": 0xFA,
        "ucirc": 0xFB,
        "uuml": 0xFC,
        "yacute": 0xFD,
        "thorn": 0xFE,
        "yuml": 0xFF,
        "amp": 0x0026,
        "lt": 0x003C,
        "gt": 0x003E,
        "quot": 0x0022,
        "apos": 0x0027,
        "OElig": 0x0152,
        "oelig": 0x0153,
        "Scaron": 0x0160,
        "scaron": 0x0161,
        "Yuml": 0x0178,
        "fnof": 0x0192,
        "circ": 0x02C6,
        "tilde": 0x02DC,
        "ensp": 0x2002,
        "emsp": 0x2003,
        "thinsp": 0x2009,
        "zwnj": 0x200C,
        "zwj": 0x200D,
        "lrm": 0x200E,
        "rlm": 0x200F,
        "ndash": 0x2013,
        "mdash": 0x2014,
        "lsquo": 0x2018,
        "rsquo": 0x2019,
        "sbquo": 0x201A,
        "ldquo": 0x201C,
        "rdquo": 0x201D,
        "bdquo": 0x201E,
        "dagger": 0x2020,
        "Dagger": 0x2021,
        "bull": 0x2022,
        "hellip": 0x2026,
        "permil": 0x2030,
        "prime": 0x2032,
        "Prime": 0x2033,
        "lsaquo": 0x2039,
        "rsaquo": 0x203A,
        "oline": 0x203E,
        "frasl": 0x2044,
        "euro": 0x20AC,
        "trade": 0x2122,
        "larr": 0x2190,
        "uarr": 0x2191,
        "rarr": 0x2192,
        "darr": 0x2193,
        "harr": 0x2194,
        "minus": 0x2212,
        "rupee": 0x20B9,
        "hyphen": 0x2010,
        "dash": 0x2010,
        "Alpha": 0x0391,
        "alpha": 0x03B1,
        "Beta": 0x0392,
        "beta": 0x03B2,
        "Gamma": 0x0393,
        "gamma": 0x03B3,
        "Delta": 0x0394,
        "delta": 0x03B4,
        "pi": 0x03C0,
        "Omega": 0x03A9,
        "omega": 0x03C9,
        "mu": 0x03BC,
        // The rest of HTML 4's entities: Greek letters, mathematical symbols, arrows, card suits.
        "Epsilon": 0x0395, "Zeta": 0x0396, "Eta": 0x0397, "Theta": 0x0398, "Iota": 0x0399, "Kappa": 0x039A,
        "Lambda": 0x039B, "Mu": 0x039C, "Nu": 0x039D, "Xi": 0x039E, "Omicron": 0x039F, "Pi": 0x03A0,
        "Rho": 0x03A1, "Sigma": 0x03A3, "Tau": 0x03A4, "Upsilon": 0x03A5, "Phi": 0x03A6, "Chi": 0x03A7,
        "Psi": 0x03A8, "epsilon": 0x03B5, "zeta": 0x03B6, "eta": 0x03B7, "theta": 0x03B8, "iota": 0x03B9,
        "kappa": 0x03BA, "lambda": 0x03BB, "nu": 0x03BD, "xi": 0x03BE, "omicron": 0x03BF, "rho": 0x03C1,
        "sigmaf": 0x03C2, "sigma": 0x03C3, "tau": 0x03C4, "upsilon": 0x03C5, "phi": 0x03C6, "chi": 0x03C7,
        "psi": 0x03C8, "thetasym": 0x03D1, "upsih": 0x03D2, "piv": 0x03D6, "image": 0x2111, "weierp": 0x2118,
        "real": 0x211C, "alefsym": 0x2135, "crarr": 0x21B5, "lArr": 0x21D0, "uArr": 0x21D1, "rArr": 0x21D2,
        "dArr": 0x21D3, "hArr": 0x21D4, "forall": 0x2200, "part": 0x2202, "exist": 0x2203, "empty": 0x2205,
        "nabla": 0x2207, "isin": 0x2208, "notin": 0x2209, "ni": 0x220B, "prod": 0x220F, "sum": 0x2211,
        "lowast": 0x2217, "radic": 0x221A, "prop": 0x221D, "infin": 0x221E, "ang": 0x2220, "and": 0x2227,
        "or": 0x2228, "cap": 0x2229, "cup": 0x222A, "int": 0x222B, "there4": 0x2234, "sim": 0x223C,
        "cong": 0x2245, "asymp": 0x2248, "ne": 0x2260, "equiv": 0x2261, "le": 0x2264, "ge": 0x2265,
        "sub": 0x2282, "sup": 0x2283, "nsub": 0x2284, "sube": 0x2286, "supe": 0x2287, "oplus": 0x2295,
        "otimes": 0x2297, "perp": 0x22A5, "sdot": 0x22C5, "lceil": 0x2308, "rceil": 0x2309, "lfloor": 0x230A,
        "rfloor": 0x230B, "lang": 0x2329, "rang": 0x232A, "loz": 0x25CA, "spades": 0x2660, "clubs": 0x2663,
        "hearts": 0x2665, "diams": 0x2666,
    ]

    /// windows-1252 meanings of numeric references 0x80–0x9F.
    static let windows1252: [UInt32: UInt32] = [0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178]

    /// The scalar for a numeric reference, following HTML5 (NUL, surrogates and out-of-range
    /// values become U+FFFD).
    static func numeric(_ value: UInt32) -> Unicode.Scalar {
        if let mapped = windows1252[value], let scalar = Unicode.Scalar(mapped) { return scalar }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Decodes the reference starting at `start` (which holds "&"); returns the scalar and the
    /// index after the reference, or nil when there is no valid reference there.
    static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        let limit = min(scalars.count, start + 34)
        guard index < limit else { return nil }
        if scalars[index] == "#" {
            index += 1
            var radix: UInt32 = 10
            if index < limit, scalars[index] == "x" || scalars[index] == "X" {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digitCount = 0
            while index < limit, let digit = digitValue(scalars[index], radix: radix) {
                value = min(value &* radix &+ digit, 0x110000)
                digitCount += 1
                index += 1
            }
            guard digitCount > 0 else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            return (numeric(value), index)
        }
        var name = ""
        while index < limit, isASCIILetterOrDigit(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == ";", let value = named[name], let scalar = Unicode.Scalar(value) else {
            return nil
        }
        return (scalar, index + 1)
    }

    private static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        let v = scalar.value
        if v >= 0x30 && v <= 0x39 { return v - 0x30 }
        guard radix == 16 else { return nil }
        if v >= 0x61 && v <= 0x66 { return v - 0x61 + 10 }
        if v >= 0x41 && v <= 0x46 { return v - 0x41 + 10 }
        return nil
    }
}
