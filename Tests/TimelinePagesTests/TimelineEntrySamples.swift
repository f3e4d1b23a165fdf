import Timelines

/// Timeline entries for the output tests, with Hindi sentences written for them.
enum TimelineEntrySamples {
    static func entry(_ id: String, value: String, granularity: String, first: String, last: String,
                      expression: String, sentence: String, title: String = "दिल्ली डायरी",
                      url: String? = "https://news.test/a", others: [String] = []) -> TimelineEntry {
        TimelineEntry(id: id, actorID: "ravi-shankar", actorName: "रवि शंकर", value: value, granularity: granularity,
                      firstDay: first, lastDay: last, expression: expression, sentence: sentence, otherActors: others,
                      otherActorIDs: others.map { "id-" + $0 }, articleTitle: title, articleURL: url,
                      articleIdentifier: url ?? "article-1", published: "2025-07-20", evidence: "alias:रवि शंकर")
    }

    /// A day, a week, a month, a year and another day, as `timeline actor` orders them.
    static let mixed: [TimelineEntry] = [
        entry("a000000001", value: "2024", granularity: "year", first: "2024-01-01", last: "2024-12-31",
              expression: "पिछले साल", sentence: "पिछले साल मंत्री ने तीन देशों की यात्रा की थी।"),
        entry("a000000002", value: "2025-06", granularity: "month", first: "2025-06-01", last: "2025-06-30",
              expression: "जून में", sentence: "जून में दोनों देशों के बीच व्यापार पर बातचीत हुई।", others: ["जापान"]),
        entry("a000000003", value: "2025-06-18", granularity: "day", first: "2025-06-18", last: "2025-06-18",
              expression: "18 जून", sentence: "18 जून को मंत्री ने संसद में बयान दिया।"),
        entry("a000000004", value: "2025-W30", granularity: "week", first: "2025-07-21", last: "2025-07-27",
              expression: "अगले हफ्ते", sentence: "अगले हफ्ते वे टोक्यो जाएंगे।", others: ["जापान", "फुमियो किशिदा"]),
        entry("a000000005", value: "2025-07-12", granularity: "day", first: "2025-07-12", last: "2025-07-12",
              expression: "शनिवार", sentence: "शनिवार को उन्होंने पत्रकारों से बात की।"),
    ]
}
