/// Trains the tagger: an averaged perceptron over `EntityFeatures`, decoding greedily with its own
/// previous tags as at tagging time, sentences shuffled with a fixed seed so a run is repeatable.
///
/// Example: `EntityTrainer(bucketBits: 18).train(on: corpus, epochs: 10)` returns the averaged model.
public struct EntityTrainer: Sendable {
    public let bucketBits: Int
    public let seed: UInt64

    public init(bucketBits: Int = 18, seed: UInt64 = 2026) {
        self.bucketBits = bucketBits
        self.seed = seed
    }

    /// Trains on `corpus`; `progress` gets (epoch, words tagged wrong in it, words in it).
    /// `replacedNameCopies`: how many copies of the sentences with people and places to add, other
    /// names put in their place (`NameReplacement`).
    public func train(on corpus: TaggedCorpus, epochs: Int, replacedNameCopies: Int = 0,
                      progress: ((Int, Int, Int) -> Void)? = nil) -> EntityModel {
        let corpus = NameReplacement().augmented(corpus, copies: replacedNameCopies, seed: seed)
        var model = EntityModel(bucketBits: bucketBits)
        let tagger = EntityTagger(model: model)
        let sentences = corpus.sentences.map { (views: tagger.views(of: $0.tokens, in: $0.text), tags: $0.tags) }
        let size = model.weights.count
        var totals = [Double](repeating: 0, count: size)
        var stamps = [Int](repeating: 0, count: size)
        var clock = 0
        var order = Array(sentences.indices)
        var random = SplitMix64(seed: seed)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: EntityTag.count)

        func update(_ index: Int, _ delta: Float) {
            totals[index] += Double(clock - stamps[index]) * Double(model.weights[index])
            stamps[index] = clock
            model.weights[index] += delta
        }

        for epoch in 1...max(epochs, 1) {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            var wrong = 0, words = 0
            for s in order {
                let (views, gold) = sentences[s]
                var previous = EntityTag.outside, beforePrevious = EntityTag.outside
                for i in views.indices {
                    clock += 1
                    features.removeAll(keepingCapacity: true)
                    EntityFeatures.contextual(views, at: i, into: &features)
                    EntityFeatures.history(views, at: i, previous: previous, beforePrevious: beforePrevious, into: &features)
                    for t in 0..<EntityTag.count { scores[t] = 0 }
                    model.score(features, into: &scores)
                    var lanes = SIMD8<Float>.zero
                    for t in 0..<EntityTag.count { lanes[t] = scores[t] }
                    let guess = EntityTagger.best(lanes, after: previous).tag
                    if guess != gold[i] {
                        wrong += 1
                        for feature in features {
                            let base = model.bucket(feature)
                            update(base + gold[i].rawValue, 1)
                            update(base + guess.rawValue, -1)
                        }
                    }
                    words += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            progress?(epoch, wrong, words)
        }
        for index in 0..<size {
            totals[index] += Double(clock - stamps[index]) * Double(model.weights[index])
            model.weights[index] = Float(totals[index] / Double(max(clock, 1)))
        }
        return EntityModel(bucketBits: bucketBits, weights: model.weights)
    }
}
