import Foundation
import Testing
@testable import Feeds

@Suite struct FeedParserAtomTests {
    let feed: ParsedFeed

    init() throws {
        feed = try FeedParser.parse(Data(Fixtures.atom.utf8), sourceURL: "https://namuna.example/atom.xml")
    }

    @Test func readsFeedTitleAndEntries() {
        #expect(feed.title == "एटम नमूना फ़ीड")
        #expect(feed.items.map(\.identity) == [
            "tag:namuna.example,2025:atom-1", "tag:namuna.example,2025:atom-2", "tag:namuna.example,2025:atom-3",
        ])
    }

    @Test func alternateLinkIsChosenOverSelf() {
        #expect(feed.items[0].link == "https://namuna.example/rajniti/1")
        #expect(feed.items[1].link == "https://namuna.example/arth/2")
    }

    @Test func relativeLinkIsResolvedAgainstTheFeedURL() {
        #expect(feed.items[2].link == "https://namuna.example/lekh/3")
    }

    @Test func contentTypesHtmlXhtmlAndTextBecomeCleanText() {
        #expect(feed.items[0].text == "सत्र सोमवार से शुरू होगा।\nकई विधेयक पेश होंगे।")
        #expect(feed.items[1].title == "शेयर बाज़ार में तेज़ी")
        #expect(feed.items[1].text == "सेंसेक्स 500 अंक चढ़ा।\nनिवेशक <उत्साहित> रहे।")
        #expect(feed.items[2].text == "केवल सार।")
    }

    @Test func categoryLabelIsPreferredOverTerm() {
        #expect(feed.items[0].tags == ["राजनीति", "sansad"])
    }

    @Test func publishedWinsOverUpdatedAndFractionsAreKept() {
        #expect(feed.items[0].published == "2025-07-13T09:30:00.250+05:30")
        #expect(feed.items[0].publishedDay == "2025-07-13")
        #expect(feed.items[1].published == "2025-07-16T18:05:00Z")
    }

    @Test func dateOnlyValueGivesDayWithoutTimestamp() {
        #expect(feed.items[2].published == nil)
        #expect(feed.items[2].publishedDay == "2025-07-17")
    }

    @Test func entryWithoutDatesIsRejected() {
        #expect(feed.rejected == [
            RejectedItem(index: 3, identity: "tag:namuna.example,2025:atom-4", reason: "no pubDate/published/updated"),
        ])
    }
}
