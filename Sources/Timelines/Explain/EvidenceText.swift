/// Recorded actor evidence (`DatedEntry.ActorRef.evidence`) in words for people.
///
/// `EvidenceText.describe("role:विदेश मंत्री")` → "role pattern “विदेश मंत्री …”";
/// `EvidenceText.describe("short-form:राजेश वर्मा")` → "short form of “राजेश वर्मा” named in full in the article";
/// `EvidenceText.describe("alias:लावरोव|role:विदेश मंत्री")` → "gazetteer alias “लावरोव” (the role “विदेश मंत्री” before it agrees)";
/// `EvidenceText.describe("model:PER:94%")` → "name tagger (person, 94% sure)".
public enum EvidenceText {
    public static func describe(_ evidence: String) -> String {
        if evidence.hasPrefix("alias:"), let split = evidence.range(of: "|role:") {
            let alias = evidence[evidence.index(evidence.startIndex, offsetBy: 6)..<split.lowerBound]
            return "gazetteer alias “\(alias)” (the role “\(evidence[split.upperBound...])” before it agrees)"
        }
        let kinds: [(prefix: String, words: (String) -> String)] = [
            ("alias:", { "gazetteer alias “\($0)”" }),
            ("tag:", { "feed tag “\($0)”" }),
            ("role:", { "role pattern “\($0) …”" }),
            ("short-form:", { "short form of “\($0)” named in full in the article" }),
            ("latin:", { "Latin-script name “\($0)” repeated in the article" }),
            ("model:", { modelWords($0) }),
            ("institution:", { "institutional name ending in “\($0)”" }),
            ("office:", { "office “\($0)” named without a person" }),
            ("abbreviation:", { "abbreviation of “\($0)” given in parentheses in the article" }),
            ("place:", { "the list of places (“\($0)”)" }),
            ("acronym:", { "acronym “\($0)” acting in the sentence" }),
            ("locality:", { "a locality, named with “\($0)”" }),
            ("initials:", { "a name after the initials “\($0)”" }),
            ("unlinked:", { "“\($0)”, a surname or given name the gazetteer knows, with no support in the article for its bearer" }),
        ]
        for kind in kinds where evidence.hasPrefix(kind.prefix) {
            return kind.words(String(evidence.dropFirst(kind.prefix.count)))
        }
        return evidence.isEmpty ? "not recorded" : "recorded as “\(evidence)”"
    }

    /// `PER:94%` → "name tagger (person, 94% sure)".
    private static func modelWords(_ detail: String) -> String {
        let parts = detail.split(separator: ":", maxSplits: 1)
        let type = ["PER": "person", "ORG": "organization", "LOC": "location"][String(parts.first ?? "")] ?? String(parts.first ?? "")
        return parts.count == 2 ? "name tagger (\(type), \(parts[1]) sure)" : "name tagger (\(type))"
    }
}
