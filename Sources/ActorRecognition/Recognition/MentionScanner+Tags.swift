/// Feed tags: each tag is matched whole against the gazetteer; an unknown tag that looks like a
/// name becomes a provisional actor, and its words serve as short forms in the text.
///
/// Example: the tag `सर्गेई लावरोव` gives Lavrov's mention (`.feedTag("सर्गेई लावरोव")`), and `लावरोव`
/// in the text refers back to him.
extension MentionScanner {
    mutating func scanTags(_ tags: [String]) {
        guard !tags.isEmpty else { return }
        let textEnd = text.endIndex
        let scalarCount = text.unicodeScalars.count
        var seen: Set<String> = []
        for tag in tags {
            let trimmed = tag.trimmingSpaces
            let tagTokens = Tokenizer.tokens(in: trimmed)
            let key = tagTokens.map(\.key.string).joined(separator: " ")
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            let target: ArticleMemory.Target
            if let entry = index.exact(key) {
                guard !entry.isAmbiguous, let claim = entry.claims.first else { continue }
                target = .actor(claim.actor)
                if actors[claim.actor].kind == .person {
                    memory.rememberShortForms(of: tagTokens, target: target, fullName: name(of: target))
                }
            } else if looksLikeName(tagTokens) {
                target = .provisional(name: trimmed, kind: nil)
                if tagTokens.count > 1 {
                    memory.rememberFullName(tagTokens.map(\.key), target: target, evidence: .feedTag(trimmed))
                }
            } else {
                continue
            }
            tagMentions.append(mention(of: target, surface: trimmed, scalarRange: scalarCount..<scalarCount,
                                       range: textEnd..<textEnd, evidence: .feedTag(trimmed)))
        }
    }

    private func looksLikeName(_ tagTokens: [TextToken]) -> Bool {
        guard (1...4).contains(tagTokens.count) else { return false }
        if tagTokens.count == 1, tagTokens[0].letters < 2 { return false }
        for (offset, token) in tagTokens.enumerated() {
            if offset > 0, token.hardBreakBefore { return false }
            if token.hasDigit || StopWords.contains(token.key) || roles.startsRole(token.key) { return false }
        }
        return true
    }
}
