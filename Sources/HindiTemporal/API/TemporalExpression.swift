/// One temporal expression found in a text.
///
/// For "मंत्री ने शनिवार को कहा" published 2025-07-13: text "शनिवार", type `.date`,
/// value "2025-07-12", granularity `.day`, tense `.past`.
public struct TemporalExpression: Sendable, Hashable {
    public let text: String
    /// Range into the input as given.
    public let range: Range<String.Index>
    /// Unicode scalar offsets into the input as given.
    public let scalarRange: Range<Int>
    public let type: TemporalType
    /// TIMEX3 value, e.g. "2025-07-12", "2025-W28", "P3D", "PRESENT_REF".
    public let value: String
    public let granularity: Granularity
    /// First and last day denoted; nil for durations, sets, vague references and undated times.
    public let interval: DayInterval?
    public let tense: Tense
    public let anchor: Anchor
    public let sentenceIndex: Int
    /// Stable name of the rule that produced the expression, e.g. "weekday.tensed".
    public let rule: String

    public init(text: String, range: Range<String.Index>, scalarRange: Range<Int>, type: TemporalType,
                value: String, granularity: Granularity, interval: DayInterval?, tense: Tense,
                anchor: Anchor, sentenceIndex: Int, rule: String) {
        self.text = text
        self.range = range
        self.scalarRange = scalarRange
        self.type = type
        self.value = value
        self.granularity = granularity
        self.interval = interval
        self.tense = tense
        self.anchor = anchor
        self.sentenceIndex = sentenceIndex
        self.rule = rule
    }
}
