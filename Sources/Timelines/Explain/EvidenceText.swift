/// Recorded actor evidence (`DatedEntry.ActorRef.evidence`) in words for people.
///
/// `EvidenceText.describe("role:विदेश मंत्री")` → "role pattern “विदेश मंत्री …”";
/// `EvidenceText.describe("short-form:राजेश वर्मा")` → "short form of “राजेश वर्मा” named earlier in the article";
/// `EvidenceText.describe("alias:लावरोव|role:विदेश मंत्री")` → "gazetteer alias “लावरोव” (the role “विदेश मंत्री” before it agrees)".
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
            ("short-form:", { "short form of “\($0)” named earlier in the article" }),
            ("latin:", { "Latin-script name “\($0)” repeated in the article" }),
        ]
        for kind in kinds where evidence.hasPrefix(kind.prefix) {
            return kind.words(String(evidence.dropFirst(kind.prefix.count)))
        }
        return evidence.isEmpty ? "not recorded" : "recorded as “\(evidence)”"
    }
}
