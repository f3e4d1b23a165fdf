import HindiTemporal

/// Extraction against 2025-07-13 (a Sunday) for command-level tests.
enum HindiTemporalFixture {
    static func extract(_ text: String) -> [TemporalExpression] {
        guard let dct = CalendarDay(iso: "2025-07-13") else { return [] }
        return TemporalExtractor().extract(from: text, published: dct)
    }
}
