/// The features of one word in its sentence, as hashes: the word and its neighbours two either
/// side, affixes, shape, lexicon classes, and the tags given to the two words before it.
///
/// Example: for `कुमार` in `थाना प्रभारी सुनील कुमार ने बताया` the features include "word = कुमार",
/// "next word = ने", "previous word class = none", "previous tag = B-PER".
///
/// Every feature is one read of a table too large for a core's cache, so each template must earn
/// its place: templates pairing two neighbours' words or a neighbour's affix with the word's shape
/// were dropped (numbers 18–20, 22, 23, 33) when IL-NER F1 stayed within 0.01 and the actor scores
/// on annotated news stayed level without them, and tagging got a sixth faster. Numbers are never
/// reused: a template's number is part of its hash.
enum EntityFeatures {
    /// Features that do not depend on earlier tags; appended to `out`.
    static func contextual(_ views: [TokenView], at i: Int, into out: inout [UInt64]) {
        let w = views[i]
        let p1 = i > 0 ? views[i - 1] : .boundary
        let p2 = i > 1 ? views[i - 2] : .boundary
        let n1 = i + 1 < views.count ? views[i + 1] : .boundary
        let n2 = i + 2 < views.count ? views[i + 2] : .boundary
        let breakBefore: UInt64 = w.hardBreakBefore ? 1 : 0
        let breakAfter: UInt64 = n1.hardBreakBefore ? 1 : 0
        out.append(FeatureHash.feature(1, 0))
        out.append(FeatureHash.feature(2, w.word))
        out.append(FeatureHash.feature(3, p1.word))
        out.append(FeatureHash.feature(4, n1.word))
        out.append(FeatureHash.feature(5, p2.word))
        out.append(FeatureHash.feature(6, n2.word))
        out.append(FeatureHash.feature(7, w.suffix1))
        out.append(FeatureHash.feature(8, w.suffix2))
        out.append(FeatureHash.feature(9, w.suffix3))
        out.append(FeatureHash.feature(10, w.prefix2))
        out.append(FeatureHash.feature(11, w.prefix3))
        out.append(FeatureHash.feature(12, w.shape))
        out.append(FeatureHash.feature(13, p1.word, w.word))
        out.append(FeatureHash.feature(14, w.word, n1.word))
        out.append(FeatureHash.feature(15, w.wordClass.rawValue, n1.wordClass.rawValue))
        out.append(FeatureHash.feature(16, p1.wordClass.rawValue, w.wordClass.rawValue))
        out.append(FeatureHash.feature(17, breakBefore, breakAfter))
        out.append(FeatureHash.feature(21, p1.shape, n1.shape))
        out.append(FeatureHash.feature(24, w.lexicon))
        out.append(FeatureHash.feature(25, p1.lexicon, w.lexicon))
        out.append(FeatureHash.feature(26, w.lexicon, n1.lexicon))
        out.append(FeatureHash.feature(27, w.lexicon, n1.word))
    }

    /// Features of the two previous tags; appended to `out`.
    static func history(_ views: [TokenView], at i: Int, previous: EntityTag, beforePrevious: EntityTag,
                        into out: inout [UInt64]) {
        let p = UInt64(previous.rawValue), pp = UInt64(beforePrevious.rawValue)
        out.append(FeatureHash.feature(30, p))
        out.append(FeatureHash.feature(31, p, pp))
        out.append(FeatureHash.feature(32, p, views[i].word))
    }
}
