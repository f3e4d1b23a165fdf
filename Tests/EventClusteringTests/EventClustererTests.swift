import EventClustering
import Testing

/// Mentions written here for the purpose, on days counted from 2025-03-01 (day number 20148).
struct EventClustererTests {
    static let march = 20148

    static func mention(_ id: String, article: String = "a1", index: Int? = nil, day: Int, to last: Int? = nil, granularity: String = "day",
                        cameo: String? = "04", realis: String = "actual", lemma: String? = "मुलाकात",
                        actors: [String] = ["modi", "biden"], sentence: String) -> Mention {
        Mention(id: id, article: article, sentence: index ?? Int(id.dropFirst()) ?? 0, firstDay: march + day, lastDay: march + (last ?? day), granularity: granularity,
                cameo: cameo, realis: realis, lemma: lemma, actors: actors, sketch: SentenceSketch(sentence: sentence))
    }

    @Test func twoOutletsReportingOneMeetingMakeOneEvent() {
        var clusterer = EventClusterer()
        let first = clusterer.place(Self.mention("m1", article: "a1", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की"))
        let second = clusterer.place(Self.mention("m2", article: "a2", day: 2, sentence: "व्हाइट हाउस में सोमवार को बाइडेन और मोदी की मुलाकात हुई"))
        #expect(first.reason == .founded)
        #expect(second.eventID == first.eventID)
        guard case .matched(let match) = second.reason else { Issue.record("not matched: \(second)"); return }
        #expect(match.sharedActors == ["biden", "modi"])
        #expect(match.sameTrigger == "मुलाकात")
        #expect(match.sameDay)
    }

    @Test func twoMeetingsOnDifferentDaysStayApart() {
        var clusterer = EventClusterer()
        let monday = clusterer.place(Self.mention("m1", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की"))
        let friday = clusterer.place(Self.mention("m2", day: 6, sentence: "मोदी ने शुक्रवार को बाइडेन से मुलाकात की"))
        #expect(monday.eventID != friday.eventID)
        #expect(clusterer.events.count == 2)
    }

    @Test func aDayJoinsTheMonthThatHoldsItAndNarrowsIt() {
        var clusterer = EventClusterer()
        let month = clusterer.place(Self.mention("m1", day: 0, to: 30, granularity: "month",
                                                 sentence: "मोदी और बाइडेन की मुलाकात मार्च में वाशिंगटन में होगी"))
        let day = clusterer.place(Self.mention("m2", article: "a2", day: 12,
                                               sentence: "मोदी और बाइडेन की वाशिंगटन में 13 मार्च को मुलाकात हुई"))
        #expect(day.eventID == month.eventID)
        #expect(clusterer.events[month.eventID]?.interval == (Self.march + 12)...(Self.march + 12))
        let other = clusterer.place(Self.mention("m3", article: "a3", day: 20,
                                                 sentence: "मोदी और बाइडेन की वाशिंगटन में 21 मार्च को मुलाकात हुई"))
        #expect(other.eventID != month.eventID, "a second day cannot join an event narrowed to the 13th")
    }

    @Test func aPlannedMeetingAndTheHeldOneAreOneEventThatHappened() {
        var clusterer = EventClusterer()
        let planned = clusterer.place(Self.mention("m1", day: 2, realis: "planned", sentence: "मोदी सोमवार को बाइडेन से मुलाकात करेंगे"))
        let held = clusterer.place(Self.mention("m2", article: "a2", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की"))
        #expect(held.eventID == planned.eventID)
        #expect(clusterer.events[planned.eventID]?.realis == "actual")
        #expect(clusterer.events[planned.eventID]?.mentions.map(\.realis) == ["planned", "actual"])
    }

    @Test func noSharedActorNoJoin() {
        var clusterer = EventClusterer()
        let a = clusterer.place(Self.mention("m1", day: 2, actors: ["modi"], sentence: "मोदी ने सोमवार को बैठक की"))
        let b = clusterer.place(Self.mention("m2", day: 2, actors: ["biden"], sentence: "बाइडेन ने सोमवार को बैठक की"))
        #expect(a.eventID != b.eventID)
    }

    @Test func aStatementAndAMeetingOfOneDayAreTwoEvents() {
        var clusterer = EventClusterer()
        let meeting = clusterer.place(Self.mention("m1", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की"))
        let statement = clusterer.place(Self.mention("m2", day: 2, cameo: "01", lemma: "कहा",
                                                     sentence: "बाइडेन ने सोमवार को कहा कि मोदी भारत के सच्चे नेता हैं और व्यापार बढ़ेगा"))
        #expect(meeting.eventID != statement.eventID)
    }

    @Test func twoDatesOfOneSentenceJoinOnlyWithTheSameTrigger() {
        var clusterer = EventClusterer()
        let sentence = "मोदी ने रविवार को सुबह सात से रात नौ बजे तक कर्फ्यू की अपील की"
        let day = clusterer.place(Self.mention("m1", index: 1, day: 21, cameo: "02", lemma: "अपील", actors: ["modi"], sentence: sentence))
        let morning = clusterer.place(Self.mention("m2", index: 1, day: 21, cameo: "02", lemma: "अपील", actors: ["modi"], sentence: sentence))
        #expect(morning.eventID == day.eventID)
        let said = "सूत्रों ने गुरुवार को बताया कि सरकार एक अप्रैल से कर्ज बढ़ा सकती है"
        let thursday = clusterer.place(Self.mention("m3", index: 2, day: 25, cameo: nil, lemma: nil, actors: ["government"], sentence: said))
        let april = clusterer.place(Self.mention("m4", index: 2, day: 25, cameo: nil, lemma: nil, actors: ["government"], sentence: said))
        #expect(april.eventID != thursday.eventID)
    }

    @Test func aWeekendIsJudgedLikeADay() {
        var clusterer = EventClusterer()
        let saturday = clusterer.place(Self.mention("m1", day: 4, sentence: "शनिवार को किम ने लावरोव से मुलाकात की"))
        let weekend = clusterer.place(Self.mention("m2", day: 4, to: 5, granularity: "weekend", lemma: "बैठक",
                                                   sentence: "इस सप्ताह के अंत में हुई बैठक में किम और लावरोव सहमत हुए"))
        #expect(weekend.eventID == saturday.eventID, "same type, dates within a weekend")
    }

    @Test func aReprintJoinsTheOriginalsEvent() {
        var clusterer = EventClusterer()
        let original = clusterer.place(Self.mention("m1", article: "a1", day: 2, lemma: nil,
                                                    sentence: "सोमवार को मोदी और बाइडेन वाशिंगटन में थे"))
        let reprint = clusterer.place(Self.mention("m2", article: "a2", day: 2, lemma: nil,
                                                   sentence: "सोमवार को मोदी और बाइडेन वाशिंगटन में थे"), reprintOf: "a1")
        #expect(reprint.eventID == original.eventID)
        #expect(reprint.reason == .reprint(of: "a1", similarity: 1))
    }

    @Test func theSameMentionsInTheSameOrderGiveTheSameEvents() {
        let mentions = [
            Self.mention("m1", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की"),
            Self.mention("m2", article: "a2", day: 2, sentence: "सोमवार को बाइडेन और मोदी की मुलाकात हुई"),
            Self.mention("m3", day: 6, sentence: "मोदी ने शुक्रवार को बाइडेन से मुलाकात की"),
        ]
        func run() -> [String] {
            var clusterer = EventClusterer()
            return mentions.map { clusterer.place($0).eventID }
        }
        #expect(run() == run())
        #expect(run()[0] == EventID.founded(by: "m1"))
    }

    @Test func aSplitSurvivesTheMentionComingBack() {
        var clusterer = EventClusterer()
        let event = clusterer.place(Self.mention("m1", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की")).eventID
        _ = clusterer.place(Self.mention("m2", article: "a2", day: 2, sentence: "सोमवार को बाइडेन और मोदी की मुलाकात हुई"))
        let newID = EventID.split(from: event, mentionIDs: ["m2"])
        #expect(clusterer.split(event, moving: ["m2"], keeping: ["m1"], into: newID) == ["m2"])
        #expect(clusterer.event(ofMention: "m2") == newID)
        // The article is reprocessed: both mentions come back and stay apart.
        clusterer.remove("m1"); clusterer.remove("m2")
        let m1 = clusterer.place(Self.mention("m1", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की"))
        let m2 = clusterer.place(Self.mention("m2", article: "a2", day: 2, sentence: "सोमवार को बाइडेन और मोदी की मुलाकात हुई"))
        #expect(m2.eventID == newID && m2.reason == .curated)
        #expect(m1.eventID != newID)
    }

    @Test func aMergeLeadsTheOldIDToTheTarget() {
        var clusterer = EventClusterer()
        let a = clusterer.place(Self.mention("m1", day: 2, sentence: "मोदी ने सोमवार को बाइडेन से मुलाकात की")).eventID
        let b = clusterer.place(Self.mention("m2", day: 6, sentence: "मोदी ने शुक्रवार को बाइडेन से मुलाकात की")).eventID
        #expect(clusterer.merge(b, into: a, mentions: ["m1", "m2"]) == ["m2"])
        #expect(clusterer.events[a]?.mentions.count == 2)
        #expect(clusterer.events[a]?.interval == nil, "the dates of a curated merge need not meet")
        #expect(clusterer.events[a]?.spread == (Self.march + 2)...(Self.march + 6))
        #expect(clusterer.curation.resolve(b) == a)
        clusterer.remove("m2")
        #expect(clusterer.place(Self.mention("m2", day: 6, sentence: "मोदी ने शुक्रवार को बाइडेन से मुलाकात की")).eventID == a)
    }
}
