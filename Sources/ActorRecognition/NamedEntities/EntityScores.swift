/// Precision, recall and F1 of tagged names against a corpus's names, per type and over all
/// three, counting a name as found only when its type and its words match exactly.
///
/// Example: gold `रमेश यादव` (PER) and tagged `रमेश` (PER) count as one miss and one wrong name.
public struct EntityScores: Sendable {
    public struct Counts: Sendable {
        public var found = 0, gold = 0, correct = 0
        public init() {}
        public var precision: Double { found == 0 ? 0 : Double(correct) / Double(found) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public private(set) var byType: [EntityType: Counts] = [:]
    public private(set) var all = Counts()

    /// Tags every sentence of `corpus` with `model` and counts.
    public init(model: EntityModel, corpus: TaggedCorpus) {
        let tagger = EntityTagger(model: model)
        for sentence in corpus.sentences {
            let found = EntityTagger.spans(of: tagger.tags(tagger.views(of: sentence.tokens, in: sentence.text)))
            let gold = EntityTagger.spans(of: sentence.tags.map { ($0, 1) })
            let goldKeys = Set(gold.map { Key(type: $0.type, tokens: $0.tokens) })
            for span in found {
                byType[span.type, default: Counts()].found += 1
                all.found += 1
                if goldKeys.contains(Key(type: span.type, tokens: span.tokens)) {
                    byType[span.type, default: Counts()].correct += 1
                    all.correct += 1
                }
            }
            for span in gold {
                byType[span.type, default: Counts()].gold += 1
                all.gold += 1
            }
        }
    }

    private struct Key: Hashable {
        var type: EntityType
        var tokens: Range<Int>
    }
}
