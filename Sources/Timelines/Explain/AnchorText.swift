import HindiTemporal

/// What a recorded anchor (`dct`, `explicit`, `expr:N`) means for one entry, in words.
///
/// For `expr:0` in "12 मार्च 2025 को बैठक हुई। अगले दिन जेलेंस्की ने भाषण दिया।" the anchor is the
/// article's 1st temporal expression, “12 मार्च 2025” (2025-03-12), in sentence 1: re-extraction of
/// the stored text names it, since the entry records only its index.
enum AnchorText {
    static func describe(label: String?, text: String, published: CalendarDay, extractorVersion: String)
        -> EntryExplanation.AnchorInfo {
        guard let label else {
            return .init(label: nil, explanation: "not recorded (the entry was extracted before anchors were kept)",
                         expression: nil)
        }
        switch label {
        case "dct":
            return .init(label: label, explanation: "the publish date, \(published.iso) (\(weekdayName(published)))",
                         expression: nil)
        case "explicit":
            return .init(label: label, explanation: "none needed: the expression writes out its own full date",
                         expression: nil)
        default:
            guard label.hasPrefix("expr:"), let index = Int(label.dropFirst(5)), index >= 0 else {
                return .init(label: label, explanation: "“\(label)”, a kind of anchor this version does not know",
                             expression: nil)
            }
            return expression(index, label: label, text: text, published: published, extractorVersion: extractorVersion)
        }
    }

    /// The `index`-th temporal expression of the text, found again by re-extraction.
    private static func expression(_ index: Int, label: String, text: String, published: CalendarDay,
                                   extractorVersion: String) -> EntryExplanation.AnchorInfo {
        let all = TemporalExtractor().extract(from: text, published: published)
        let ordinal = ordinal(index + 1)
        let rerun = extractorVersion == DatedEventBuilder.version
            ? "" : " (found again with \(DatedEventBuilder.version); the entry was made by \(extractorVersion))"
        guard index < all.count else {
            return .init(label: label, explanation: "the article's \(ordinal) temporal expression, which re-extraction with "
                         + "\(TemporalExtractor.version) does not find (it finds \(all.count))", expression: nil)
        }
        let found = all[index]
        let sentence = ScalarSentences(text: text).sentence(containing: found.scalarRange.lowerBound)?.index
        let place = sentence.map { ", in sentence \($0 + 1)" } ?? ""
        return .init(
            label: label,
            explanation: "the article's \(ordinal) temporal expression, “\(found.text)” (\(found.value))\(place)\(rerun)",
            expression: .init(index: index, text: found.text, value: found.value, sentenceIndex: sentence))
    }

    static func weekdayName(_ day: CalendarDay) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day.weekday - 1]
    }

    /// 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, …, 21st.
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
