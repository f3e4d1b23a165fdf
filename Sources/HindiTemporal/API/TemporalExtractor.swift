/// Finds temporal expressions in Hindi news text and resolves them against the publication date.
///
/// ```swift
/// let dct = CalendarDay(iso: "2025-07-13")!   // a Sunday
/// TemporalExtractor().extract(from: "मंत्री ने शनिवार को कहा कि बैठक अक्टूबर में होगी।", published: dct)
/// // → "शनिवार" DATE 2025-07-12 (past), "अक्टूबर" DATE 2025-10 (future)
/// ```
public struct TemporalExtractor: Sendable {
    /// Changes whenever rules change, so stored results can be recomputed.
    public static let version = "hindi-temporal/1.1"

    public init() {}

    /// Expressions in text order; offsets refer to the input as given. Runs in time linear in the text
    /// and memory proportional to the result (texts are processed in sentence-aligned chunks); offsets
    /// are kept in 32 bits, so texts are limited to 2³¹ Unicode scalars.
    public func extract(from text: String, published: CalendarDay) -> [TemporalExpression] {
        var none: SentenceBounds?
        return extract(from: text, published: published, sentences: &none)
    }

    /// The expressions and the sentences of `text`, in one tokenization.
    public func read(_ text: String, published: CalendarDay) -> TemporalReading {
        var bounds: SentenceBounds? = SentenceBounds()
        let expressions = extract(from: text, published: published, sentences: &bounds)
        return TemporalReading(expressions: expressions,
                               sentences: SentenceSplitter.sentences(bounds?.finish() ?? [], in: text))
    }

    private func extract(from text: String, published: CalendarDay, sentences: inout SentenceBounds?) -> [TemporalExpression] {
        var text = text
        text.makeContiguousUTF8()
        let found = text.utf8.withContiguousStorageIfAvailable { extract(utf8: $0, published: published, sentences: &sentences) }
            ?? Array(text.utf8).withUnsafeBufferPointer { extract(utf8: $0, published: published, sentences: &sentences) }
        guard !found.isEmpty else { return [] }
        var offsets: [Int] = []
        offsets.reserveCapacity(found.count * 2)
        for f in found {
            offsets.append(f.start)
            offsets.append(f.end)
        }
        let indices = ScalarBuffer.indices(in: text, at: offsets)
        var out: [TemporalExpression] = []
        out.reserveCapacity(found.count)
        for (k, f) in found.enumerated() {
            let range = indices[2 * k]..<indices[2 * k + 1]
            let r = f.resolved
            out.append(TemporalExpression(
                text: String(decoding: text.utf8[range], as: UTF8.self), range: range, scalarRange: f.start..<f.end,
                type: r.type, value: r.value, granularity: r.granularity, interval: r.interval, tense: r.tense,
                anchor: r.anchor, sentenceIndex: f.sentence, rule: f.rule))
        }
        return out
    }

    /// A resolved mention before its String indices are known.
    private struct Found {
        var start: Int
        var end: Int
        var sentence: Int
        var rule: String
        var resolved: Resolved
    }

    /// Tokenizes, matches and resolves chunk by chunk (chunks end at sentence ends).
    private func extract(utf8 bytes: UnsafeBufferPointer<UInt8>, published: CalendarDay,
                         sentences: inout SentenceBounds?) -> [Found] {
        let lexicon = Lexicon.shared
        var stream = TokenStream(bytes)
        stream.sink.tokens.reserveCapacity(min(bytes.count / 12 + 16, TemporalExtractor.chunkLimit))
        var resolver = ValueResolver(dct: published, context: MatchContext(tokens: [], lexicon: lexicon))
        var found: [Found] = []
        while stream.fill(target: TemporalExtractor.chunkTarget, limit: TemporalExtractor.chunkLimit, lexicon: lexicon) {
            sentences?.read(stream.sink.tokens)
            let context = MatchContext(tokens: stream.sink.tokens, lexicon: lexicon)
            let mentions = MentionFinder.find(context)
            resolver.use(context)
            for (k, m) in mentions.enumerated() {
                let r = resolver.resolve(m, index: found.count, next: k + 1 < mentions.count ? mentions[k + 1] : nil)
                let first = context.tokens[m.first]
                found.append(Found(start: Int(first.start), end: Int(context.tokens[m.last].end),
                                   sentence: Int(first.sentence), rule: m.rule, resolved: r))
            }
            // release the chunk's tokens so the next fill reuses their storage
            resolver.use(MatchContext(tokens: [], lexicon: lexicon))
        }
        return found
    }

    /// Tokens per chunk: the first sentence end after `chunkTarget` closes it, `chunkLimit` always does.
    static let chunkTarget = 20_000
    static let chunkLimit = 200_000
}
