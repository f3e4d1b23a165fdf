import Foundation

/// A named-entity corpus in the IL-NER layout: one `word<TAB>label` per line, a blank line between
/// sentences, labels in BIO over `NEP` (person), `NEO` (organization), `NEL` (location) and others.
///
/// Sentences are re-tokenized as the recognizer tokenizes text, so that training sees what tagging
/// will see: `रमेश<TAB>B-NEP` / `यादव<TAB>I-NEP` / `,<TAB>O` becomes the words `रमेश यादव` tagged
/// `B-PER I-PER` and a hard break before whatever follows the comma.
public struct TaggedCorpus: Sendable {
    struct Sentence: Sendable {
        var text: String
        var tokens: [TextToken]
        var tags: [EntityTag]
        /// The corpus words and their labels, as read.
        var words: [CorpusWord]
    }

    struct CorpusWord: Sendable {
        var word: String
        var tag: EntityTag
    }

    /// A line that could not be read; the sentences around it are still used.
    public struct Problem: Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    var sentences: [Sentence] = []
    public private(set) var problems: [Problem] = []

    public var sentenceCount: Int { sentences.count }

    /// Reads `file`; throws only when the file cannot be read at all.
    public init(contentsOf file: URL) throws {
        let data = try Data(contentsOf: file)
        guard let content = String(data: data, encoding: .utf8) else {
            throw CocoaError(.fileReadInapplicableStringEncoding, userInfo: [NSFilePathErrorKey: file.path])
        }
        var words: [CorpusWord] = []
        var lineNumber = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                append(words)
                words.removeAll()
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty else {
                problems.append(Problem(file: file.lastPathComponent, line: lineNumber,
                                        reason: "expected 'word<TAB>label', found '\(line.prefix(40))'"))
                continue
            }
            words.append(CorpusWord(word: String(fields[0]),
                                    tag: EntityTag(corpusLabel: fields[1].trimmingCharacters(in: .whitespaces)[...])))
        }
        append(words)
    }

    init(sentences: [Sentence], problems: [Problem]) {
        self.sentences = sentences
        self.problems = problems
    }

    mutating func append(_ words: [CorpusWord]) {
        guard !words.isEmpty else { return }
        var text = ""
        var owner: [Int] = []  // corpus word of each scalar of `text`
        for (index, entry) in words.enumerated() {
            if index > 0 { text += " "; owner.append(-1) }
            text += entry.word
            owner += Array(repeating: index, count: entry.word.unicodeScalars.count)
        }
        let tokens = Tokenizer.tokens(in: text)
        guard !tokens.isEmpty else { return }
        var tags: [EntityTag] = []
        var lastWord = -1
        for token in tokens {
            let word = owner[token.scalarStart]
            var tag = words[word].tag
            if tag.isBegin, word == lastWord, let type = tag.type { tag = EntityTag(inside: type) }
            tags.append(tag)
            lastWord = word
        }
        sentences.append(Sentence(text: text, tokens: tokens, tags: tags, words: words))
    }
}
