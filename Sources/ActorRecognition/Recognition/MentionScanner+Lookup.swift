/// Lookups the scan makes many times per article, each answered once: word ranges of the focused
/// sentences, the gazetteer name at each word (found when the scan begins), and support for a
/// gazetteer person.
extension MentionScanner {
    /// The word ranges covering scalar ranges (sorted or not).
    static func tokenRanges(of scalarRanges: [Range<Int>], in tokens: [TextToken]) -> [Range<Int>] {
        scalarRanges.map { range in
            let lower = firstToken(endingAfter: range.lowerBound, in: tokens)
            let upper = firstToken(endingAfter: range.upperBound, in: tokens)
            return lower..<max(lower, upper)
        }
    }

    /// The first word that ends after scalar offset `scalar` (binary search; words are in text order).
    static func firstToken(endingAfter scalar: Int, in tokens: [TextToken]) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].scalarEnd <= scalar { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The gazetteer's longest name at `position` (found once per word, when the scan began).
    func gazetteerMatch(at position: Int) -> AliasIndex.Entry? {
        gazetteerMatches[position]
    }
}

/// Which gazetteer people the article names in full, computed once per person asked about.
final class SupportCache {
    var answers: [Int: Bool] = [:]
}
