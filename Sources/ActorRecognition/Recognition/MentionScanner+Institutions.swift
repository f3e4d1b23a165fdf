/// Institutional actors (`राजस्थान सरकार`, `कानपुर पुलिस`, `स्वास्थ्य मंत्रालय`, `नेशनल स्टॉक एक्सचेंज`)
/// and office-holders named without a person (`एसएसपी ने बताया`).
extension MentionScanner {
    struct InstitutionMatch {
        var length: Int
        /// The head word's position (the last head word when several follow each other: `पुलिस विभाग`).
        var head: Int
    }

    /// An institutional name starting at `start`: up to three qualifying words, then head words.
    /// A gazetteer name at least as long wins (`भारतीय जनता पार्टी` stays the gazetteer's party).
    func institution(at start: Int) -> InstitutionMatch? {
        // Most words have no head word within reach: answer those at once.
        var reach = start
        while reach < tokens.count, reach - start < 5, tokens[reach].flags.isDisjoint(with: .head) {
            if reach > start, tokens[reach].hardBreakBefore { return nil }
            reach += 1
        }
        guard reach < tokens.count, reach - start < 5, reach == start || !tokens[reach].hardBreakBefore else { return nil }
        var i = start
        while i < tokens.count, i - start < 4 {
            let token = tokens[i]
            if i > start, token.hardBreakBefore { return nil }
            if !token.flags.isDisjoint(with: .head) {
                var end = i + 1
                while end < tokens.count, end - start < 5, !tokens[end].hardBreakBefore,
                      !tokens[end].flags.isDisjoint(with: .head) {
                    end += 1
                }
                if i == start {
                    guard token.flags.contains(.standAloneHead)
                        || (token.flags.contains(.governmentHead) && agentMarker(at: end)) else { return nil }
                }
                // `पुलिस कमिश्नर`, `राज्य सभा सांसद`: the institution only qualifies the role after it.
                if end < tokens.count, !tokens[end].hardBreakBefore, tokens[end].flags.contains(.roleStart) { return nil }
                if qualifiesRole(after: end) { return nil }
                if let known = gazetteerMatch(at: start), known.keys.count >= end - start { return nil }
                if let remembered = memory.fullName(in: tokens, at: start), remembered.keys.count >= end - start { return nil }
                return InstitutionMatch(length: end - start, head: end - 1)
            }
            if let place = gazetteerMatch(at: i),
               place.claims.contains(where: { actors[$0.actor].kind.isLocation }), i + place.keys.count < tokens.count {
                i += place.keys.count
                continue
            }
            guard qualifies(token, at: i, beforeStandAloneHead: headIsStandAlone(after: i)) else { return nil }
            i += 1
        }
        return nil
    }

    /// `सरकारी समाचार एजेंसी केसीएनए`, `सरकारी कंपनी ओएनजीसी`: a description of a kind of body right
    /// before the body's own name (a gazetteer name, an acronym, the tagger's name) only describes it.
    /// The heads that stand alone (`पुलिस`, `सरकार`) are bodies themselves. So is a body of some kind
    /// that does not act (`एक समाचार एजेंसी फ़ीड से`).
    func describesName(_ found: InstitutionMatch, at start: Int) -> Bool {
        let next = start + found.length
        // `एक समाचार एजेंसी फ़ीड से`, `किसी बैंक में`: a body of some kind, unless it acts (`एक अदालत ने`).
        if indefiniteBefore(start), !agentMarker(at: next) { return true }
        // `न्यायाधीश रमेश चंद्र की अदालत ने`: a judge's court; the judge, named just before, acts.
        if found.length == 1, Self.courts.contains(tokens[start].key), start >= 2, !tokens[start].hardBreakBefore,
           NameLexicon.genitives.contains(tokens[start - 1].key), let last = mentions.last, last.kind == .person,
           last.range.upperBound == tokens[start - 2].end {
            return true
        }
        guard next < tokens.count, !tokens[next].hardBreakBefore,
              !tokens[found.head].flags.contains(.standAloneHead) else { return false }
        if gazetteerMatch(at: next) != nil || !tokens[next].isDevanagari && !tokens[next].hasDigit { return true }
        if let span = modelSpans[next], span.type != .location { return true }
        return (LatinLetterSpellings.letterCount(of: tokens[next].key) ?? 0) >= 2
            && tokens[next].flags.isDisjoint(with: [.roleStart, .notName, .caseMarker, .stopWord])
    }

    /// `विदेश मंत्रालय के प्रवक्ता`: whether `के`/`की`/`का` and a role follow word `end - 1`, so that
    /// the name before only says whose the office is (the spokesman acts, not the ministry).
    func qualifiesRole(after end: Int) -> Bool {
        guard end + 1 < tokens.count, !tokens[end].hardBreakBefore, !tokens[end + 1].hardBreakBefore else { return false }
        return NameLexicon.genitives.contains(tokens[end].key) && tokens[end + 1].flags.contains(.roleStart)
    }

    /// Whether `ने` or `द्वारा` follows: a head alone acts (`अदालत ने`, `आयोग द्वारा`).
    func agentMarker(at position: Int) -> Bool {
        guard position < tokens.count, !tokens[position].hardBreakBefore else { return false }
        return NameLexicon.agentMarkers.contains(tokens[position].key)
    }

    /// Whether `एक`/`किसी`/… comes right before `start`, or before common words right before it
    /// (`एक स्वचालित समाचार एजेंसी`).
    private func indefiniteBefore(_ start: Int) -> Bool {
        var i = start - 1
        while i >= 0, start - i <= 3, !tokens[i + 1].hardBreakBefore {
            if Self.indefinites.contains(tokens[i].key) { return true }
            guard CorpusCommonWords.contains(tokens[i].key) else { return false }
            i -= 1
        }
        return false
    }

    private static let courts: Set<NameKey> = InstitutionWords.keys("अदालत कोर्ट न्यायालय")
    private static let indefinites: Set<NameKey> = InstitutionWords.keys("एक किसी कोई कई हर")
    private static let stateWords: Set<NameKey> = InstitutionWords.keys("राज्य प्रदेश")

    private func headIsStandAlone(after position: Int) -> Bool {
        var j = position + 1
        while j < tokens.count, j - position < 4, !tokens[j].hardBreakBefore {
            if !tokens[j].flags.isDisjoint(with: .head) { return tokens[j].flags.contains(.standAloneHead) }
            j += 1
        }
        return false
    }

    /// A word that may stand before a head word. Before `सरकार`, `पुलिस`, `प्रशासन` an unknown word must
    /// look like a name (tagged by the model, or a Latin capital): `बार सरकार` is no government.
    /// Before other heads a common noun may say what the body is for (`क्रिकेट बोर्ड`, `समाचार एजेंसी`),
    /// but a word the corpus uses often and never in a name (`CorpusCommonWords`) only right before
    /// the head of a body that acts.
    private func qualifies(_ token: TextToken, at position: Int, beforeStandAloneHead: Bool) -> Bool {
        if token.flags.contains(.qualifier) { return true }
        if !beforeStandAloneHead, token.flags.contains(.commonNoun), plainGap(after: position),
           token.flags.isDisjoint(with: [.caseMarker, .roleStart]) {
            return true
        }
        guard plainGap(after: position), ArticleMemory.canStandAlone(token),
              token.flags.isDisjoint(with: [.caseMarker, .roleStart, .notName]) else { return false }
        if index.startsName(token.key) || modelSpans.covers(position) || !token.isDevanagari
            || token.flags.contains(.placeWord) { return true }
        // A word common in text and never in a name says which body, not its name (`पुराने बैंक से`),
        // unless it stands right before the head of a body that acts (`विशेष अदालत ने`).
        return !beforeStandAloneHead && (!CorpusCommonWords.contains(token.key) || precedesActingHead(position))
    }

    /// Whether head words follow `position` at once and `ने`/`द्वारा` after them.
    private func precedesActingHead(_ position: Int) -> Bool {
        var end = position + 1
        while end < tokens.count, !tokens[end].hardBreakBefore, !tokens[end].flags.isDisjoint(with: .head) { end += 1 }
        return end > position + 1 && agentMarker(at: end)
    }

    mutating func emitInstitution(_ found: InstitutionMatch, at start: Int) {
        let first = tokens[start], last = tokens[start + found.length - 1]
        var name = String(text.unicodeScalars[first.start..<last.end])
        let head = cleanSurface(tokens[found.head])
        if found.length == 2, Self.stateWords.contains(first.key), let state = contextState {
            name = actors[state].canonicalName + " " + head
        }
        let target = ArticleMemory.Target.provisional(name: name, kind: .organization)
        emit(Resolution(target: target, length: found.length, evidence: .institution(head: head)), at: start)
        rememberAbbreviation(after: start + found.length, for: target, name: name)
    }

    /// A role word with no name after it that names one office-holder: the person the article
    /// gave that role before, or the office itself (`राजस्थान के मुख्यमंत्री` when the state is known).
    mutating func officeHolder(role: String, at start: Int, length: Int) {
        guard roles.isOffice(role) else { return }
        let next = start + length
        guard next < tokens.count, tokens[next].flags.contains(.caseMarker) && !tokens[next].hardBreakBefore
            || listGoesOn(at: next) else { return }
        let target: ArticleMemory.Target
        if let holder = memory.holder(of: role) {
            target = holder
        } else if ["मुख्यमंत्री", "उपमुख्यमंत्री", "राज्यपाल"].contains(role), let state = contextState {
            target = .provisional(name: actors[state].canonicalName + " के " + role, kind: .person)
        } else {
            target = .provisional(name: role, kind: .person)
        }
        emit(Resolution(target: target, length: length, evidence: .officeHolder(role: role)), at: start)
    }

    /// `एनटीपीसी ने …`: an acronym of three letters or more that acts (before `ने` or `द्वारा`) is an
    /// organization, and so are its later uses in the article. Returns the words used.
    mutating func actingAcronym(at position: Int) -> Int? {
        guard agentMarker(at: position + 1) else { return nil }
        let token = tokens[position]
        guard token.isDevanagari,
              token.flags.isDisjoint(with: [.roleStart, .notName, .stopWord, .caseMarker, .governmentHead, .organizationHead]),
              let letters = LatinLetterSpellings.letterCount(of: token.key), letters >= 3 else { return nil }
        let name = cleanSurface(token)
        let target = ArticleMemory.Target.provisional(name: name, kind: .organization)
        memory.rememberFullName([token.key], target: target, evidence: .acronym(name))
        emit(Resolution(target: target, length: 1, evidence: .acronym(name)), at: position)
        return 1
    }

    /// `ज्वाइंट मजिस्ट्रेट, सीएमओ व मुख्य कोषाधिकारी की …`: whether more roles follow at `next`, each
    /// after a comma or `व`/`और`/`एवं`, and a case marker after the last: the office before is then
    /// one of a list of holders who act or are acted upon. (`मुख्यमंत्री, मंत्री और सांसद पहुंचे` is not.)
    func listGoesOn(at next: Int) -> Bool {
        var position = next
        while position < tokens.count {
            if Self.listWords.contains(tokens[position].key), !tokens[position].hardBreakBefore {
                position += 1
            } else if !tokens[position].hardBreakBefore || !commaOnly(before: position) {
                return false
            }
            guard position < tokens.count, !tokens[position].hardBreakBefore || commaOnly(before: position),
                  tokens[position].flags.contains(.roleStart), let (_, length) = roles.match(tokens, at: position)
            else { return false }
            position += length
            if position < tokens.count, !tokens[position].hardBreakBefore, tokens[position].flags.contains(.caseMarker) {
                return true
            }
        }
        return false
    }

    private func commaOnly(before position: Int) -> Bool {
        position > 0 && text.unicodeScalars[tokens[position - 1].end..<tokens[position].start].allSatisfy { $0 == "," || $0 == " " }
    }

    private static let listWords: Set<NameKey> = InstitutionWords.keys("व और एवं तथा")

    /// `नेशनल स्टॉक एक्सचेंज (एनएसई)`: remembers the word in parentheses right after a name as its abbreviation.
    mutating func rememberAbbreviation(after position: Int, for target: ArticleMemory.Target, name: String) {
        guard position < tokens.count, tokens[position].hardBreakBefore, position > 0 else { return }
        let scalars = text.unicodeScalars
        let gap = scalars[tokens[position - 1].end..<tokens[position].start]
        guard gap.contains("("), tokens[position].end < scalars.endIndex, scalars[tokens[position].end] == ")" else { return }
        memory.rememberFullName([tokens[position].key], target: target, evidence: .abbreviation(of: name))
    }

    /// Whether only spaces stand between word `position` and the next (no ` - `, no quote).
    func plainGap(after position: Int) -> Bool {
        guard position + 1 < tokens.count else { return true }
        return text.unicodeScalars[tokens[position].end..<tokens[position + 1].start].allSatisfy { $0 == " " || $0 == "\u{00A0}" }
    }
}
