/// The clauses of a sentence: a new clause starts after strong punctuation (`;`, `:`, quotes,
/// `।`) and at a clause-opening word (`कि`, `लेकिन`, `क्योंकि` …), which belongs to the clause it
/// opens. Example: "मंत्री ने कहा कि बैठक सोमवार को होगी" has the clauses `मंत्री ने कहा` and
/// `कि बैठक सोमवार को होगी`.
struct ClauseMap {
    /// The clause number of each word.
    let clauseOf: [Int]
    /// Each clause's word range.
    let ranges: [Range<Int>]

    init(_ words: SentenceWords) {
        var clauseOf: [Int] = []
        var ranges: [Range<Int>] = []
        var start = 0
        for i in 0..<words.count {
            let opens = words[i].breakBefore == .strong || FunctionWords.clauseOpeners.contains(words[i].key)
            if i > 0, opens {
                ranges.append(start..<i)
                start = i
            }
            clauseOf.append(ranges.count)
        }
        ranges.append(start..<words.count)
        self.clauseOf = clauseOf
        self.ranges = ranges
    }

    /// The word range of the clause holding word `i` (the whole sentence's last clause past its end).
    func clause(of i: Int) -> Range<Int> {
        guard !clauseOf.isEmpty else { return 0..<0 }
        return ranges[clauseOf[min(max(i, 0), clauseOf.count - 1)]]
    }
}
