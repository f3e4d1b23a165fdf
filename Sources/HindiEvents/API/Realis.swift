/// Whether the event at a date happened.
///
/// "मंत्री ने शनिवार को मुलाकात की" is `actual`; "मंत्री शनिवार को मुलाकात करेंगे" `planned`;
/// "शनिवार को मुलाकात नहीं हुई" `negated`; "अगर मौसम ठीक रहा तो शनिवार को मुलाकात होगी" `hypothetical`.
public enum Realis: String, Sendable, Codable, CaseIterable {
    /// Happened or is happening.
    case actual
    /// Scheduled, expected or intended.
    case planned
    /// Did not happen, or was cancelled or put off.
    case negated
    /// Conditional, possible, wished or feared.
    case hypothetical
}
