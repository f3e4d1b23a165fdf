/// A CAMEO root event code as GDELT uses it (`01` make public statement … `20` use
/// unconventional mass violence), with its quad class.
///
/// `CAMEORoot(code: "04")` is "consult", quad class 1 (verbal cooperation); `CAMEORoot(code: "17")`
/// is "coerce", quad class 4 (material conflict). Codes outside `01`…`20` give nil.
public struct CAMEORoot: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Two digits, `01` to `20`.
    public let code: String

    public init?(code: String) {
        guard let number = Int(code), code.count == 2, (1...20).contains(number) else { return nil }
        self.code = code
    }

    /// The root as a number, 1 to 20.
    public var number: Int { Int(code) ?? 0 }

    /// The quad class: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal
    /// conflict (09–13), 4 material conflict (14–20).
    public var quad: Int {
        switch number {
        case 1...5: 1
        case 6...8: 2
        case 9...13: 3
        default: 4
        }
    }

    /// The quad class's name: `verbal cooperation`, `material cooperation`, `verbal conflict`,
    /// `material conflict`.
    public var quadLabel: String { Self.quadLabels[quad - 1] }

    /// The names of the quad classes 1 to 4.
    public static let quadLabels = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]

    /// A short English label: `statement`, `appeal`, … `mass violence`.
    public var label: String { Self.labels[number - 1] }

    public var description: String { "\(code) \(label)" }

    /// The labels of the roots, in code order.
    public static let labels = [
        "statement", "appeal", "intent to cooperate", "consult", "diplomatic cooperation",
        "material cooperation", "aid", "yield", "investigate", "demand", "disapprove", "reject",
        "threaten", "protest", "force posture", "reduce relations", "coerce", "assault", "fight",
        "mass violence",
    ]

    /// All twenty roots.
    public static let all: [CAMEORoot] = (1...20).compactMap { CAMEORoot(code: String(format2: $0)) }

    /// The root of a code or a label (`"04"`, `"4"`, `"consult"`), or nil.
    public static func named(_ name: String) -> CAMEORoot? {
        let lowered = name.lowercased()
        if let number = Int(lowered), (1...20).contains(number) { return CAMEORoot(code: String(format2: number)) }
        return labels.firstIndex(of: lowered).flatMap { CAMEORoot(code: String(format2: $0 + 1)) }
    }
}

extension String {
    /// Two decimal digits: `String(format2: 4)` is `"04"`.
    init(format2 number: Int) {
        self = number < 10 ? "0\(number)" : "\(number)"
    }
}
