import Foundation
import Testing
@testable import Feeds

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Sun, 13 Jul 2025 09:30:00 +0530", "2025-07-13T09:30:00+05:30", "2025-07-13"),
        ("13 Jul 2025 09:30 GMT", "2025-07-13T09:30:00Z", "2025-07-13"),
        ("Sun, 3 Aug 2025 23:59:59 IST", "2025-08-03T23:59:59+05:30", "2025-08-03"),
        ("Mon, 14 Jul 25 22:10:00 PDT", "2025-07-14T22:10:00-07:00", "2025-07-14"),
        ("Mon, 14 Jul 99 22:10:00 EST", "1999-07-14T22:10:00-05:00", "1999-07-14"),
        ("Tue, 1 Jul 2025 00:05:00 UT", "2025-07-01T00:05:00Z", "2025-07-01"),
        ("1 Jul 2025 00:05:00 UTC", "2025-07-01T00:05:00Z", "2025-07-01"),
        ("Wed, 02 Jul 2025 12:00:00 EDT", "2025-07-02T12:00:00-04:00", "2025-07-02"),
        ("Wed, 02 Jul 2025 12:00:00 CST", "2025-07-02T12:00:00-06:00", "2025-07-02"),
        ("Wed, 02 Jul 2025 12:00:00 CDT", "2025-07-02T12:00:00-05:00", "2025-07-02"),
        ("Wed, 02 Jul 2025 12:00:00 MST", "2025-07-02T12:00:00-07:00", "2025-07-02"),
        ("Wed, 02 Jul 2025 12:00:00 MDT", "2025-07-02T12:00:00-06:00", "2025-07-02"),
        ("Wed, 02 Jul 2025 12:00:00 PST", "2025-07-02T12:00:00-08:00", "2025-07-02"),
        ("Wednesday, 02 July 2025 7:05:09 +05:30", "2025-07-02T07:05:09+05:30", "2025-07-02"),
        ("Wed, 02 Jul 2025 12:00:00 GMT+0530", "2025-07-02T12:00:00+05:30", "2025-07-02"),
        ("Wed, 02 Jul 2025 12:00:00 +0000 (UTC)", "2025-07-02T12:00:00Z", "2025-07-02"),
        ("Sat, 29 Feb 2024 10:00:00 +0100", "2024-02-29T10:00:00+01:00", "2024-02-29"),
        ("2025-07-13T09:30:00+05:30", "2025-07-13T09:30:00+05:30", "2025-07-13"),
        ("2025-07-13T04:00:00Z", "2025-07-13T04:00:00Z", "2025-07-13"),
        ("2025-07-13t04:00:00.123456z", "2025-07-13T04:00:00.123456Z", "2025-07-13"),
        ("2025-07-13T23:30:00-0400", "2025-07-13T23:30:00-04:00", "2025-07-13"),
        ("2025-07-13 09:30+05:30", "2025-07-13T09:30:00+05:30", "2025-07-13"),
        ("  2025-07-13T09:30:00.5+05:30\n", "2025-07-13T09:30:00.5+05:30", "2025-07-13"),
    ])
    func parsesAndKeepsTheOriginalOffset(input: String, rfc3339: String, day: String) throws {
        let date = try #require(FeedDate.parse(input))
        #expect(date.rfc3339 == rfc3339)
        #expect(date.day == day)
    }

    @Test(arguments: [
        "", "कल सुबह", "Sun, 13 Foo 2025 09:30:00 GMT", "31 Jun 2025 10:00:00 GMT",
        "29 Feb 2025 10:00:00 GMT", "13 Jul 2025 24:00:00 GMT", "13 Jul 2025 09:60 GMT", "13 Jul 2025 09:30:00 XYZ123",
        "2025-13-01T00:00:00Z", "2025-07-13T09:30:00+25:00", "2025-07-13T09:30:00.Z",
        "2025-07-1", "13 Jul 202 09:30 GMT", "13 Jul 2025 13:30 pm GMT", "13 Jul 2025 09:30 GMT extra",
    ])
    func rejectsWhatItCannotReadWithoutGuessing(input: String) {
        #expect(FeedDate.parse(input) == nil)
    }

    @Test(arguments: [
        ("13 Jul 2025 09:30", "2025-07-13"), ("2025-07-13T09:30:00", "2025-07-13"), ("2025-07-13 23:30:00", "2025-07-13"),
        ("Sun, 13 Jul 2025 09:30:00 XYZ", "2025-07-13"), ("Mon, 14 Jul 2025 8:56 am", "2025-07-14"),
    ])
    func aTimeWithoutAKnownZoneKeepsTheWrittenDayAndNoTime(input: String, day: String) throws {
        let date = try #require(FeedDate.parse(input))
        #expect(date.day == day)
        #expect(date.rfc3339 == nil, "no offset is guessed")
    }

    @Test(arguments: [
        ("Mon, 21 Jul 2025 8:56 am PST", "2025-07-21T08:56:00-08:00"), ("Sun, 20 Jul 2025 8:19 pm CEST", "2025-07-20T20:19:00+02:00"),
        ("Sun, 20 Jul 2025 12:05am IST", "2025-07-20T00:05:00+05:30"), ("2025-07-13 16:42:47 -0800", "2025-07-13T16:42:47-08:00"),
        ("Sun, 20 Jul 2025 10:00 NPT", "2025-07-20T10:00:00+05:45"),
    ])
    func twelveHourClocksSpacedZonesAndMoreZoneNames(input: String, rfc3339: String) throws {
        #expect(try #require(FeedDate.parse(input)).rfc3339 == rfc3339)
    }

    @Test func dateOnlyGivesADayWithoutTimestamp() throws {
        let date = try #require(FeedDate.parse("2025-07-17"))
        #expect(date.day == "2025-07-17")
        #expect(date.rfc3339 == nil)
        #expect(date.date == nil)
        #expect(!date.hasTime)
    }

    @Test func instantAccountsForTheOffset() throws {
        let india = try #require(FeedDate.parse("Sun, 13 Jul 2025 09:30:00 +0530"))
        let utc = try #require(FeedDate.parse("2025-07-13T04:00:00Z"))
        #expect(india.date == utc.date)
        #expect(utc.date?.timeIntervalSince1970 == 1_752_379_200)
        let fraction = try #require(FeedDate.parse("1970-01-01T00:00:01.25Z"))
        #expect(fraction.date?.timeIntervalSince1970 == 1.25)
    }
}
