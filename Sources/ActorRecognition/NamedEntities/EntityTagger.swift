import Foundation

/// Tags words with person, organization and location names: an averaged perceptron over hashed
/// features (`EntityFeatures`), decoded greedily left to right.
///
/// Example: `EntityTagger(model: .shipped!).spans(in: "आरोपी रमेश यादव को पुलिस ने कानपुर से पकड़ा")`
/// gives a person span over `रमेश यादव` and a location span over `कानपुर`.
struct EntityTagger: Sendable {
    let model: EntityModel

    /// The word views of a tokenized text.
    func views(of tokens: some Collection<TextToken>, in text: String) -> [TokenView] {
        tokens.map { TokenView($0, capitalized: $0.capitalized) }
    }

    /// The best tag of every word, each with its probability.
    func tags(_ views: [TokenView]) -> [(tag: EntityTag, probability: Float)] {
        var result: [(tag: EntityTag, probability: Float)] = []
        result.reserveCapacity(views.count)
        var features: [UInt64] = []
        features.reserveCapacity(32)
        var previous = EntityTag.outside, beforePrevious = EntityTag.outside
        for i in views.indices {
            features.removeAll(keepingCapacity: true)
            EntityFeatures.contextual(views, at: i, into: &features)
            EntityFeatures.history(views, at: i, previous: previous, beforePrevious: beforePrevious, into: &features)
            let best = Self.best(model.vectorScore(features), after: previous)
            result.append(best)
            beforePrevious = previous
            previous = best.tag
        }
        return result
    }

    /// The allowed tag with the highest score after `previous`, and its softmax probability (1 for
    /// `outside`, whose probability no span reads).
    static func best(_ scores: SIMD8<Float>, after previous: EntityTag) -> (tag: EntityTag, probability: Float) {
        var bestTag = EntityTag.outside
        var bestScore = -Float.greatestFiniteMagnitude
        for tag in EntityTag.allCases where tag.mayFollow(previous) && scores[tag.rawValue] > bestScore {
            bestTag = tag
            bestScore = scores[tag.rawValue]
        }
        if bestTag == .outside { return (bestTag, 1) }
        var sum: Float = 0
        for tag in EntityTag.allCases where tag.mayFollow(previous) {
            sum += exp(min(scores[tag.rawValue] - bestScore, 0))
        }
        return (bestTag, 1 / sum)
    }

    /// The names in a tokenized text.
    func spans(_ tokens: [TextToken], in text: String) -> [EntitySpan] {
        Self.spans(of: tags(views(of: tokens, in: text)))
    }

    /// The names in the given word ranges only (each with two words of context either side):
    /// the recognizer tags only the sentences whose actors are asked for.
    func spans(_ tokens: [TextToken], in text: String, ranges: [Range<Int>]) -> [EntitySpan] {
        var result: [EntitySpan] = []
        for range in ranges where !range.isEmpty {
            let lower = max(range.lowerBound - 2, 0), upper = min(range.upperBound + 2, tokens.count)
            let local = views(of: tokens[lower..<upper], in: text)
            for span in Self.spans(of: tags(local)) {
                let shifted = (span.tokens.lowerBound + lower)..<(span.tokens.upperBound + lower)
                if shifted.lowerBound >= range.lowerBound, shifted.lowerBound < range.upperBound {
                    result.append(EntitySpan(type: span.type, tokens: shifted, score: span.score))
                }
            }
        }
        return result
    }

    /// Groups per-word tags into spans: a begin tag and the inside tags after it.
    static func spans(of tagged: [(tag: EntityTag, probability: Float)]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var i = 0
        while i < tagged.count {
            guard let type = tagged[i].tag.type else { i += 1; continue }
            var end = i + 1
            var score = tagged[i].probability
            while end < tagged.count, tagged[end].tag == EntityTag(inside: type) {
                score = min(score, tagged[end].probability)
                end += 1
            }
            spans.append(EntitySpan(type: type, tokens: i..<end, score: Double(score)))
            i = end
        }
        return spans
    }
}
