/// Latin letters as Hindi writes them (`एस`, `बी`, `आई`), and words made only of them: acronyms
/// such as `पीएनबी` (P N B) or `एसबीआई` (S B I).
///
/// Example: `LatinLetterSpellings.letterCount(of: NameKey("पीएनबी")) == 3`; of `सरकार`, nil.
enum LatinLetterSpellings {
    private static let spellings: [[UInt32]] = """
    ए बी सी डी ई एफ जी एच आई आइ जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू डब्लू एक्स वाई जेड
    """.split(whereSeparator: { $0 == " " || $0 == "\n" })
        .map { NameNormalizer.normalize(String($0)).unicodeScalars.map(\.value) }

    /// How many letters the folded word spells when it is nothing but spelled Latin letters, or nil.
    static func letterCount(of key: NameKey) -> Int? {
        let scalars = key.scalarValues
        guard !scalars.isEmpty, scalars.count <= 40 else { return nil }
        // fewest[i]: letters spelling the first i scalars (nil when they cannot be spelled).
        var fewest = [Int?](repeating: nil, count: scalars.count + 1)
        fewest[0] = 0
        for end in 1...scalars.count {
            for spelling in spellings where spelling.count <= end {
                guard let before = fewest[end - spelling.count],
                      scalars[(end - spelling.count)..<end].elementsEqual(spelling) else { continue }
                fewest[end] = min(fewest[end] ?? Int.max, before + 1)
            }
        }
        return fewest[scalars.count]
    }
}
