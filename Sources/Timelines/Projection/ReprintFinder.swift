import EventClustering
import Foundation
import Postgres

/// Recognizes an article as a reprint (a near copy) of one stored before it, by MinHash
/// fingerprints: candidates are the articles sharing a band key with it, found by index in
/// `article_bands` and among the articles of this catch-up; the most similar one at or above
/// `threshold` is the original (or that one's original, when it is itself a reprint).
struct ReprintFinder {
    /// Estimated shingle overlap from which an article is a near copy: a changed headline, an
    /// added trailer or a dropped paragraph stay above it; two reports of one event in other words fall far below.
    static let threshold = 0.6
    /// How many candidates an article is compared with, those sharing most bands first.
    static let comparedCandidates = 32

    struct Known {
        var fingerprint: ArticleFingerprint
        var reprintOf: String?
        var position: Int64
    }

    let connection: PostgresConnection
    private var known: [String: Known] = [:]
    private var byBand: [Int64: Set<String>] = [:]
    /// Fingerprints of the page's articles, computed once in `prepare`.
    private var pending: [String: ArticleFingerprint] = [:]
    private var recorded: [(stream: String, known: Known, similarity: Double?)] = []

    /// Whether stored fingerprints are looked up (not when everything stored was recorded here).
    let loads: Bool

    init(connection: PostgresConnection, loads: Bool = true) {
        self.connection = connection
        self.loads = loads
    }

    /// Fingerprints the page's articles (on all cores) and loads the stored articles sharing a band with them.
    mutating func prepare(_ payloads: [TimelinePayload]) throws {
        let articles = payloads.compactMap { payload -> ArticleIngested? in
            if case .ingested(let ingested) = payload { return ingested } else { return nil }
        }
        guard !articles.isEmpty else { return }
        let prints = try ParallelMap.map(articles) { ArticleFingerprint(text: $0.article.text) }
        var bands: Set<Int64> = []
        for (article, print) in zip(articles, prints) {
            pending[article.article.streamID] = print
            bands.formUnion(print.bandKeys)
        }
        guard loads else { return }
        let rows = try connection.query("""
            SELECT f.stream_id, encode(f.slots, 'hex') AS slots, f.reprint_of, f.position
            FROM article_fingerprints f
            WHERE f.stream_id IN (SELECT stream_id FROM article_bands WHERE band_key = ANY ($1::bigint[])
                                  UNION SELECT unnest($2::text[]))
            """, [.array(bands.map(String.init)), .array(articles.filter { $0.revision > 1 }.map(\.article.streamID))])
        for row in rows {
            let stream = try row.string("stream_id")
            guard known[stream] == nil else { continue }
            let slots = ByteaHex.values(try row.string("slots"), as: UInt32.self)
            guard slots.count == ArticleFingerprint.slotCount else { continue }
            remember(stream, Known(fingerprint: ArticleFingerprint(slots: slots), reprintOf: row["reprint_of"],
                                   position: try row.int64("position")))
        }
    }

    /// Records an article (a new one or a new revision) and decides whether it is a reprint.
    mutating func record(_ ingested: ArticleIngested, at position: Int64) {
        let stream = ingested.article.streamID
        let print = pending.removeValue(forKey: stream) ?? ArticleFingerprint(text: ingested.article.text)
        var best: (stream: String, similarity: Double, position: Int64)?
        // The articles sharing the most bands first, at most `comparedCandidates` of them: a
        // story with many look-alikes (a daily notice with a number changed) costs no more.
        var shared: [String: Int] = [:]
        for band in print.bandKeys { for other in byBand[band] ?? [] where other != stream { shared[other, default: 0] += 1 } }
        let candidates = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(Self.comparedCandidates).map(\.key)
        for candidate in candidates {
            guard let other = known[candidate] else { continue }
            let similarity = print.similarity(to: other.fingerprint)
            guard similarity >= Self.threshold else { continue }
            if best == nil || similarity > best!.similarity || (similarity == best!.similarity && other.position < best!.position) {
                best = (candidate, similarity, other.position)
            }
        }
        let original = best.map { known[$0.stream]?.reprintOf ?? $0.stream }
        if let old = known[stream] { for band in old.fingerprint.bandKeys { byBand[band]?.remove(stream) } }
        let entry = Known(fingerprint: print, reprintOf: original, position: position)
        remember(stream, entry)
        recorded.append((stream, entry, best?.similarity))
    }

    /// The article `stream` reprints, if it is a reprint.
    func original(of stream: String) -> String? { known[stream]?.reprintOf }

    private mutating func remember(_ stream: String, _ entry: Known) {
        known[stream] = entry
        for band in entry.fingerprint.bandKeys { byBand[band, default: []].insert(stream) }
    }

    /// Writes the fingerprints and band keys recorded since the last flush (the latest per article).
    mutating func flush() throws {
        guard !recorded.isEmpty else { return }
        var latest: [String: (Known, Double?)] = [:]
        for item in recorded { latest[item.stream] = (item.known, item.similarity) }
        recorded.removeAll(keepingCapacity: true)
        let streams = latest.keys.sorted()
        let rows = streams.map { (stream: $0, known: latest[$0]!.0, similarity: latest[$0]!.1) }
        try connection.query("""
            INSERT INTO article_fingerprints (stream_id, slots, reprint_of, similarity, position)
            SELECT s, sl::bytea, r, sim, p
            FROM unnest($1::text[], $2::text[], $3::text[], $4::real[], $5::bigint[]) AS x(s, sl, r, sim, p)
            ON CONFLICT (stream_id) DO UPDATE SET slots = EXCLUDED.slots,
                reprint_of = EXCLUDED.reprint_of, similarity = EXCLUDED.similarity, position = EXCLUDED.position
            """, [.array(streams),
                  .array(rows.map { ByteaHex.text($0.known.fingerprint.slots) }),
                  .array(rows.map(\.known.reprintOf)), .array(rows.map { $0.similarity.map { String(format: "%.3f", $0) } }),
                  .array(rows.map { String($0.known.position) })])
        // Bands of every original (an unchanged band of a new revision is filed twice: harmless). A
        // reprint's are not filed: a later copy of the same story finds the original.
        let bands = rows.filter { $0.known.reprintOf == nil }
            .flatMap { row in Set(row.known.fingerprint.bandKeys).sorted().map { [String($0), row.stream] } }
        _ = try connection.copyIn("COPY article_bands (band_key, stream_id) FROM STDIN", rows: bands)
    }
}
