import Foundation

/// Names of countries, Indian states, districts and cities, and world cities (`Resources/places.tsv`:
/// `name<TAB>kind` per line), beyond the gazetteer's actors: a village of the story is still a place.
///
/// Example: `PlaceNames.shared.longestMatch(in: tokens, at: 0)` over `शाहजहांपुर जिले में` is 1
/// (`शाहजहांपुर`); `PlaceNames.isPlaceWord("कानपुर")` is true.
struct PlaceNames: Sendable {
    static let shared = PlaceNames(tsv: Self.bundledText())

    private let byFirstKey: [NameKey: [[NameKey]]]
    private let words: Set<NameKey>
    /// Every place name, as folded words.
    let allNames: [[NameKey]]

    init(tsv: String) {
        var table: [NameKey: [[NameKey]]] = [:]
        var words: Set<NameKey> = []
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let name = line.split(separator: "\t").first.map(String.init) ?? ""
            let keys = Tokenizer.keys(of: name)
            guard let first = keys.first else { continue }
            table[first, default: []].append(keys)
            words.formUnion(keys)
        }
        byFirstKey = table.mapValues { $0.sorted { $0.count > $1.count } }
        self.words = words
        allNames = table.values.flatMap { $0 }
    }

    var allWords: Set<NameKey> { words }

    /// Whether the folded word is part of some place's name.
    func isPlaceWord(_ key: NameKey) -> Bool {
        words.contains(key)
    }

    /// How many words of a place name start at `index` (0 when none).
    func longestMatch(in tokens: [TextToken], at index: Int) -> Int {
        guard let candidates = byFirstKey[tokens[index].key] else { return 0 }
        for keys in candidates where index + keys.count <= tokens.count {
            if (1..<max(keys.count, 1)).allSatisfy({ !tokens[index + $0].hardBreakBefore && tokens[index + $0].key == keys[$0] }) {
                return keys.count
            }
        }
        return 0
    }

    private static func bundledText() -> String {
        guard let url = Bundle.module.url(forResource: "places", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "places", withExtension: "tsv") else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
