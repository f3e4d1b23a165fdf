import ActorRecognition
import HindiTemporal
import Timelines

/// Hindi wire-style articles for benchmarks, composed from sentence patterns written for this
/// purpose and actors drawn from the gazetteer. Deterministic for a given seed.
struct SyntheticArticles {
    private var rng: SplitMix64
    private let people: [Actor]
    private let places: [Actor]

    init(gazetteer: Gazetteer, seed: UInt64 = 42) {
        rng = SplitMix64(seed: seed)
        people = gazetteer.actors.filter { $0.kind == .person }
        places = gazetteer.actors.filter { $0.kind == .country }
    }

    private static let patterns: [String] = [
        "{P} ने {D} को {C} के नेताओं से मुलाकात की।",
        "{C} के विदेश मंत्रालय ने बताया कि {P} {F} में दौरा करेंगे।",
        "{P} ने कहा कि पिछले साल {C} के साथ व्यापार में बढ़ोतरी हुई थी।",
        "बैठक करीब दो घंटे चली और इसमें कई मुद्दों पर बात हुई।",
        "{D} शाम को {P} ने संवाददाताओं से बात की और {C} की नीति की आलोचना की।",
        "अधिकारियों के अनुसार अगले महीने {C} और {C2} के बीच एक नया समझौता हो सकता है।",
        "{P} ने {M} में {C} की यात्रा की थी।",
        "इस सप्ताह के अंत में {P} की {P2} से बातचीत होगी।",
        "विशेषज्ञों का मानना है कि यह प्रक्रिया तीन साल तक चल सकती है।",
        "{N} {M} 2024 को {C} में हुए सम्मेलन में {P} ने भाषण दिया था।",
    ]
    private static let weekdays = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
    private static let months = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]

    mutating func article(number: Int) -> Article {
        let day = CalendarDay(year: 2025, month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))!
        var sentences: [String] = []
        for _ in 0..<(6 + Int(rng.next() % 5)) {
            var s = Self.patterns[Int(rng.next() % UInt64(Self.patterns.count))]
            s = s.replacingOccurrences(of: "{P2}", with: pick(people).canonicalName)
            s = s.replacingOccurrences(of: "{P}", with: pick(people).canonicalName)
            s = s.replacingOccurrences(of: "{C2}", with: pick(places).canonicalName)
            s = s.replacingOccurrences(of: "{C}", with: pick(places).canonicalName)
            s = s.replacingOccurrences(of: "{D}", with: Self.weekdays[Int(rng.next() % 7)])
            s = s.replacingOccurrences(of: "{M}", with: Self.months[Int(rng.next() % 12)])
            s = s.replacingOccurrences(of: "{F}", with: Self.months[Int(rng.next() % 12)])
            s = s.replacingOccurrences(of: "{N}", with: String(1 + rng.next() % 28))
            sentences.append(s)
        }
        return Article(identifier: "https://bench.test/\(number)", url: "https://bench.test/\(number)",
                       title: "समाचार \(number)", published: day, text: sentences.joined(separator: " "), source: "bench")
    }

    private static let trailers = [
        " (एजेंसी इनपुट के साथ)", " ताजा खबरों के लिए हमारे ऐप को डाउनलोड करें।", " यह खबर पहले हमारे सहयोगी अखबार में छपी थी।",
    ]

    /// A near copy of `original` from another outlet, as reprints are in real feeds: another
    /// headline and URL, and one of a trailer added, the last sentence dropped, or spacing changed.
    mutating func nearCopy(of original: Article, number: Int) -> Article {
        var text = original.text
        switch rng.next() % 3 {
        case 0: text += Self.trailers[Int(rng.next() % UInt64(Self.trailers.count))]
        case 1:
            var sentences = text.split(separator: "।", omittingEmptySubsequences: true).map(String.init)
            if sentences.count > 3 { sentences.removeLast() }
            text = sentences.joined(separator: "।") + "।"
        default: text = text.replacingOccurrences(of: "। ", with: "।  ")
        }
        let host = "copy\(rng.next() % 20).bench.test"
        return Article(identifier: "https://\(host)/\(number)", url: "https://\(host)/\(number)",
                       title: "ताजा: " + original.title, published: original.published, text: text, source: host)
    }

    /// `count` articles, a share `nearCopies` of them (0…1) near copies of earlier ones.
    mutating func articles(_ count: Int, nearCopies: Double = 0) -> [Article] {
        var out: [Article] = []
        out.reserveCapacity(count)
        for number in 0..<count {
            if !out.isEmpty, Double(rng.next() % 1_000_000) / 1_000_000 < nearCopies {
                out.append(nearCopy(of: out[Int(rng.next() % UInt64(out.count))], number: number))
            } else {
                out.append(article(number: number))
            }
        }
        return out
    }

    private mutating func pick(_ actors: [Actor]) -> Actor {
        actors[Int(rng.next() % UInt64(actors.count))]
    }
}
