/// Finds temporal expressions in Hindi news text and resolves them against the publication date.
///
/// ```swift
/// let dct = CalendarDay(iso: "2025-07-13")!   // a Sunday
/// TemporalExtractor().extract(from: "लावरोव ने शनिवार को कहा कि बैठक अक्टूबर में होगी।", published: dct)
/// // → "शनिवार" DATE 2025-07-12 (past), "अक्टूबर" DATE 2025-10 (future)
/// ```
public struct TemporalExtractor: Sendable {
    /// Changes whenever rules change, so stored results can be recomputed.
    public static let version = "hindi-temporal/1.0"

    public init() {}

    /// Expressions in text order; offsets refer to the input as given.
    public func extract(from text: String, published: CalendarDay) -> [TemporalExpression] {
        let lexicon = Lexicon.shared
        let tokens = Tokenizer.tokenize(text, lexicon: lexicon)
        let context = MatchContext(tokens: tokens, lexicon: lexicon)
        let mentions = MentionFinder.find(context)
        guard !mentions.isEmpty else { return [] }
        var resolver = ValueResolver(dct: published, context: context)
        var offsets: [Int] = []
        offsets.reserveCapacity(mentions.count * 2)
        for m in mentions {
            offsets.append(Int(tokens[m.first].start))
            offsets.append(Int(tokens[m.last].end))
        }
        let indices = ScalarBuffer.indices(in: text, at: offsets)
        var out: [TemporalExpression] = []
        out.reserveCapacity(mentions.count)
        for (k, m) in mentions.enumerated() {
            let r = resolver.resolve(m, index: k, next: k + 1 < mentions.count ? mentions[k + 1] : nil)
            let range = indices[2 * k]..<indices[2 * k + 1]
            let piece = String(decoding: text.utf8[range], as: UTF8.self)
            out.append(TemporalExpression(
                text: piece, range: range, scalarRange: Int(tokens[m.first].start)..<Int(tokens[m.last].end),
                type: r.type, value: r.value, granularity: r.granularity, interval: r.interval, tense: r.tense,
                anchor: r.anchor, sentenceIndex: Int(tokens[m.first].sentence), rule: m.rule))
        }
        return out
    }
}
