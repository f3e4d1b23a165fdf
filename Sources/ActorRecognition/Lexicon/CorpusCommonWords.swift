import Foundation

/// Words a tagged corpus uses often and never inside a name (`Resources/common-words.txt`, one
/// folded word per line): `पुराने`, `आयोजित`, `अनुसार`, `उपलब्ध`. Such a word does not make an unknown
/// body's name on its own: `पुराने बैंक` is "the old bank", no bank's name.
///
/// The list is derived from IL-NER's training split by `timeline ner train` (`derive(from:)`),
/// together with the tagger's model.
///
/// Example: `CorpusCommonWords.contains(NameKey("अनुसार"))` is true; for `कमलापुरम`, false.
public enum CorpusCommonWords {
    /// How often a word must occur, never inside a name, to be listed.
    public static let minimumCount = 3

    static func contains(_ key: NameKey) -> Bool {
        words.contains(key)
    }

    static var count: Int { words.count }

    private static let words: Set<NameKey> = {
        guard let url = Bundle.module.url(forResource: "common-words", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "common-words", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { NameKey(String($0)) })
    }()

    /// The folded words of `corpus` seen at least `minimumCount` times and never inside a person's,
    /// organization's or location's name, sorted; what `Resources/common-words.txt` lists.
    public static func derive(from corpus: TaggedCorpus, minimumCount: Int = minimumCount) -> [String] {
        var seen: [NameKey: Int] = [:]
        var named: Set<NameKey> = []
        for sentence in corpus.sentences {
            for (token, tag) in zip(sentence.tokens, sentence.tags) where token.isDevanagari && !token.hasDigit {
                seen[token.key, default: 0] += 1
                if tag.type != nil { named.insert(token.key) }
            }
        }
        return seen.filter { $0.value >= minimumCount && !named.contains($0.key) }.map(\.key.string).sorted()
    }
}
