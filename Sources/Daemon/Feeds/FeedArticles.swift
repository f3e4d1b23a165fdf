import Feeds
import HindiTemporal
import Timelines

/// Feed items to articles, and the items that cannot be articles to quarantine entries.
///
/// The article identifier is the item's identity (guid/id, else link, else a content hash), so
/// the same item polled again, by this daemon or another one, lands in the same stream and
/// is recognised as unchanged. The publish day is the day in the item's own zone.
///
/// Example: an item with `guid` "urn:khabar:7", title "बाढ़ की चेतावनी", pubDate
/// `Mon, 14 Jul 2025 23:30:00 +0530` and categories "मौसम", "असम" becomes
/// `Article(identifier: "urn:khabar:7", title: "बाढ़ की चेतावनी", published: 2025-07-14,
/// publishedAt: "2025-07-14T23:30:00+05:30", tags: ["मौसम", "असम"], …)`; the same item without a
/// pubDate becomes `(identity: "urn:khabar:7", reason: "no pubDate/published/updated")`.
public enum FeedArticles {
    /// What one parsed document yields.
    public struct Split: Sendable {
        public var articles: [Article] = []
        public var quarantined: [(identity: String, reason: String)] = []
    }

    public static func split(_ feed: ParsedFeed, sourceName: String) -> Split {
        var split = Split()
        for item in feed.items {
            guard let dayText = item.publishedDay, let day = CalendarDay(iso: dayText) else {
                split.quarantined.append((item.identity, "no usable publish date"))
                continue
            }
            let text = item.text.isEmpty ? item.title : item.text
            guard !text.isEmpty else {
                split.quarantined.append((item.identity, "no title and no text"))
                continue
            }
            split.articles.append(Article(
                identifier: item.identity, url: item.link, title: item.title.isEmpty ? String(text.prefix(80)) : item.title,
                published: day, publishedAt: item.published, text: text, tags: item.tags,
                source: item.source ?? sourceName, language: nil))
        }
        for rejected in feed.rejected {
            split.quarantined.append((rejected.identity ?? "item #\(rejected.index + 1)", rejected.reason))
        }
        return split
    }
}
