import Foundation

/// The curated Hindi predicates that name events, each with its CAMEO root: written forms
/// (inflections, light-verb phrases) map to their lemma. Lookup folds nukta and chandrabindu
/// like `SentenceWords`, and prefers the longest phrase.
///
/// File format (`Resources/predicates.tsv`): `#` comment lines, then one lemma per line, three
/// TAB-separated fields: the code (`01`…`20`, `-` for no interaction, `x` for a phrase that names no
/// event), the lemma, and its forms
/// separated by `|` (a form may hold words separated by spaces). Example line:
/// `17	गिरफ्तार	गिरफ्तार|गिरफ्तारी|अरेस्ट`; then `match(["पुलिस","ने","गिरफ्तार","किया"], at: 2)` is that
/// entry, one word long.
public struct PredicateLexicon: Sendable {
    /// The forms by their first word's key, longest first.
    private let forms: WordTable<[(words: [WordKey], entry: PredicateEntry, lemmaKey: WordKey)]>
    /// Number of lemmas.
    public let count: Int

    /// Reads a lexicon file's text; a bad line is an error naming the line.
    public init(text: String) throws {
        var forms: [WordKey: [(words: [WordKey], entry: PredicateEntry, lemmaKey: WordKey)]] = [:]
        var count = 0
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let content = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if content.trimmingCharacters(in: .whitespaces).isEmpty || content.hasPrefix("#") { continue }
            let fields = content.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else {
                throw PredicateLexiconError(line: line, reason: "expected 3 TAB-separated fields (code, lemma, forms), found \(fields.count)")
            }
            let code = fields[0].trimmingCharacters(in: .whitespaces)
            let cameo = CAMEORoot(code: code)
            guard cameo != nil || code == "-" || code == "x" else {
                throw PredicateLexiconError(line: line, reason: "code '\(code)' is neither 01…20, - nor x")
            }
            let entry = PredicateEntry(lemma: fields[1].trimmingCharacters(in: .whitespaces), cameo: cameo,
                                       isEvent: code != "x", line: line)
            var any = false
            for form in fields[2].split(separator: "|") {
                let words = SentenceWords.keys(of: form)
                guard let first = words.first else { continue }
                forms[first, default: []].append((words, entry, WordKey.of(entry.lemma)))
                any = true
            }
            guard any else { throw PredicateLexiconError(line: line, reason: "no forms for '\(entry.lemma)'") }
            count += 1
        }
        self.forms = WordTable(forms.mapValues { $0.sorted { $0.words.count > $1.words.count } })
        self.count = count
    }

    /// The longest form starting at word `i` of `keys`, with its length in words.
    func match(_ keys: (Int) -> WordKey, at i: Int) -> (entry: PredicateEntry, length: Int, lemmaKey: WordKey)? {
        guard let options = forms[keys(i)] else { return nil }
        for option in options where option.words.indices.allSatisfy({ keys(i + $0) == option.words[$0] }) {
            return (option.entry, option.words.count, option.lemmaKey)
        }
        return nil
    }

    /// The entry of a single written word or phrase (`"गिरफ्तारी"`), if the lexicon knows it as an event.
    public func entry(for phrase: String) -> PredicateEntry? {
        let keys = SentenceWords.keys(of: Substring(phrase))
        guard let found = match({ $0 < keys.count ? keys[$0] : .none }, at: 0), found.length == keys.count,
              found.entry.isEvent else { return nil }
        return found.entry
    }

    /// The lexicon shipped with the reader (`Resources/predicates.tsv`), read once. A shipped file
    /// that cannot be read stops the program with the line at fault: it is part of the build.
    public static let shipped: PredicateLexicon = {
        guard let url = Bundle.module.url(forResource: "predicates", withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "predicates", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("predicate lexicon: Resources/predicates.tsv is missing from the HindiEvents bundle")
        }
        do { return try PredicateLexicon(text: text) } catch { fatalError("\(error)") }
    }()
}
