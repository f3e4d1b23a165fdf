/// A matched stretch of tokens (inclusive indices) with its meaning and the rule that matched it.
struct Mention: Sendable {
    var first: Int
    var last: Int
    var meaning: Meaning
    var rule: String
    /// The part of day a clock time was read under ("शाम 4" in "शाम 4 से 6 बजे तक").
    var partOfDay: PartOfDay? = nil
}
