/// More training sentences from the corpus's own: each copy puts other names where the corpus
/// has people and places, drawn from the name and place lists (`CommonNames`, `PlaceNames`), so the
/// tagger learns the contexts that name people and places rather than the corpus's few names.
///
/// Example: `सुनील<B-NEP> कुमार<I-NEP> ने कहा` may become `रमेश यादव ने कहा`, tagged the same way.
struct NameReplacement {
    private let givenNames: [String]
    private let surnames: [String]
    private let places: [[String]]

    init() {
        givenNames = CommonNames.givenNames.map(\.string).sorted()
        surnames = CommonNames.surnames.map(\.string).sorted()
        places = PlaceNames.shared.allNames.map { $0.map(\.string) }.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }

    /// `copies` more versions of every sentence that names a person or a place, the same for the same seed.
    func augmented(_ corpus: TaggedCorpus, copies: Int, seed: UInt64) -> TaggedCorpus {
        var result = corpus
        guard copies > 0, !givenNames.isEmpty, !surnames.isEmpty, !places.isEmpty else { return result }
        var random = SplitMix64(seed: seed)
        for _ in 0..<copies {
            for sentence in corpus.sentences where sentence.words.contains(where: { $0.tag.type == .person || $0.tag.type == .location }) {
                result.append(replaced(sentence.words, random: &random))
            }
        }
        return result
    }

    private func replaced(_ words: [TaggedCorpus.CorpusWord], random: inout SplitMix64) -> [TaggedCorpus.CorpusWord] {
        var out: [TaggedCorpus.CorpusWord] = []
        var i = 0
        while i < words.count {
            let tag = words[i].tag
            guard let type = tag.type, type != .organization else {
                out.append(words[i])
                i += 1
                continue
            }
            var end = i + 1
            while end < words.count, words[end].tag == EntityTag(inside: type) { end += 1 }
            let name: [String]
            if type == .person {
                let given = givenNames[Int(random.next() % UInt64(givenNames.count))]
                let surname = surnames[Int(random.next() % UInt64(surnames.count))]
                name = random.next() % 4 == 0 ? [given] : [given, surname]
            } else {
                name = places[Int(random.next() % UInt64(places.count))]
            }
            for (offset, word) in name.enumerated() {
                out.append(TaggedCorpus.CorpusWord(word: word, tag: offset == 0 ? EntityTag(begin: type) : EntityTag(inside: type)))
            }
            i = end
        }
        return out
    }
}
