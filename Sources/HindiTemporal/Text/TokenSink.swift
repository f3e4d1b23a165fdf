/// Collects tokens and numbers sentences as they are closed.
struct TokenSink {
    var tokens: [Token] = []
    var sentence: Int32 = 0
    var pendingBreak = false
    /// The last token pushed, kept across chunks.
    var last: Token?

    @inline(__always)
    mutating func push(_ token: Token) {
        var t = token
        if pendingBreak {
            sentence += 1
            pendingBreak = false
        }
        t.sentence = sentence
        if t.endsSentence { pendingBreak = true }
        tokens.append(t)
        last = t
    }
}
