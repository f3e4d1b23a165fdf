import CoreMetrics
import Foundation
import Metrics
import Prometheus
import Synchronization

/// The figures of one running daemon, recorded through the swift-metrics API into a
/// Prometheus registry of its own (never the process-wide `MetricsSystem`, so several daemons in
/// one process keep their figures apart), and rendered in the Prometheus text format.
///
/// Counters: `timeline_daemon_items_ingested_total`, `…_items_unchanged_total`,
/// `…_items_quarantined_total` and `…_errors_total` by `source` (`feed:NAME` or `spool`),
/// `…_spool_files_total` by `outcome` (`done`, `rejected`), `…_projection_applied_total`.
/// Gauges: `…_projection_lag_events`, `…_feed_leases_held` (the feeds this daemon may poll now).
/// Histograms, in seconds: `…_feed_poll_duration_seconds` by `feed`,
/// `…_ingest_batch_duration_seconds` by `source` (`feed`, `spool`) and `…_projection_lag_seconds`
/// (from an event's recording to the commit of the timelines that show it).
///
/// Example: after the feed "desh" brought 2 Hindi articles and one spool file was rejected,
/// ``render()`` includes `timeline_daemon_items_ingested_total{source="feed:desh"} 2` and
/// `timeline_daemon_spool_files_total{outcome="rejected"} 1`.
public final class DaemonMetrics: Sendable {
    /// Where the values are kept; ``render()`` writes it out.
    public let registry = PrometheusCollectorRegistry()
    private let factory: DescribedPrometheusFactory
    private let projectionApplied: CoreMetrics.Counter
    private let projectionLagEvents: CoreMetrics.Gauge
    private let projectionLagSeconds: CoreMetrics.Timer
    private let leasesHeld: CoreMetrics.Gauge
    private let ingestedTotal = Atomic<Int64>(0)

    enum Name {
        static let ingested = "timeline_daemon_items_ingested_total"
        static let unchanged = "timeline_daemon_items_unchanged_total"
        static let errors = "timeline_daemon_errors_total"
        static let quarantined = "timeline_daemon_items_quarantined_total"
        static let spoolFiles = "timeline_daemon_spool_files_total"
        static let projectionApplied = "timeline_daemon_projection_applied_total"
        static let projectionLagEvents = "timeline_daemon_projection_lag_events"
        static let projectionLagSeconds = "timeline_daemon_projection_lag_seconds"
        static let leasesHeld = "timeline_daemon_feed_leases_held"
        static let feedPoll = "timeline_daemon_feed_poll_duration_seconds"
        static let ingestBatch = "timeline_daemon_ingest_batch_duration_seconds"
    }

    static let help = [
        Name.ingested: "Articles recorded in the event log (new or revised).",
        Name.unchanged: "Articles seen again with the same content.",
        Name.errors: "Failed polls or spool files, by source.",
        Name.quarantined: "Items set aside (no date, no text).",
        Name.spoolFiles: "Spool files processed, by outcome.",
        Name.projectionApplied: "Events applied to the timelines.",
        Name.projectionLagEvents: "Events in the log not yet in the timelines.",
        Name.projectionLagSeconds: "Seconds from an event's recording to the commit of the timelines that show it.",
        Name.leasesHeld: "Feeds whose lease this daemon holds (the feeds it polls).",
        Name.feedPoll: "Seconds one poll of a feed took: fetch, parse, ingest and its state recorded.",
        Name.ingestBatch: "Seconds one batch of articles took to be ingested into the event log, by source.",
    ]

    private static func seconds(_ values: [Double]) -> [Duration] { values.map { .nanoseconds(Int64($0 * 1e9)) } }

    /// Polls wait on servers (timeouts of tens of seconds); ingest batches on the database; lag
    /// is under a second while the daemon keeps up and hours after a backlog.
    static let buckets: [String: [Duration]] = [
        Name.feedPoll: seconds([0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]),
        Name.ingestBatch: seconds([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]),
        Name.projectionLagSeconds: seconds([0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600]),
    ]

    public init() {
        factory = DescribedPrometheusFactory(registry: registry, help: Self.help, buckets: Self.buckets)
        projectionApplied = CoreMetrics.Counter(label: Name.projectionApplied, factory: factory)
        projectionLagEvents = CoreMetrics.Gauge(label: Name.projectionLagEvents, factory: factory)
        projectionLagSeconds = CoreMetrics.Timer(label: Name.projectionLagSeconds, factory: factory)
        leasesHeld = CoreMetrics.Gauge(label: Name.leasesHeld, factory: factory)
    }

    private func counter(_ name: String, _ label: String, _ value: String) -> CoreMetrics.Counter {
        CoreMetrics.Counter(label: name, dimensions: [(label, value)], factory: factory)
    }

    public func ingested(source: String, new: Int, unchanged: Int) {
        counter(Name.ingested, "source", source).increment(by: new)
        counter(Name.unchanged, "source", source).increment(by: unchanged)
        ingestedTotal.add(Int64(new), ordering: .relaxed)
    }

    public func error(source: String) { counter(Name.errors, "source", source).increment() }
    public func quarantined(source: String, count: Int) { counter(Name.quarantined, "source", source).increment(by: count) }
    public func spoolFile(outcome: String) { counter(Name.spoolFiles, "outcome", outcome).increment() }

    /// A catch-up applied `applied` events and left `lag` events of the log for later.
    public func projection(applied: Int, lag: Int64) {
        projectionApplied.increment(by: applied)
        projectionLagEvents.record(lag)
    }

    /// Events recorded at `recordedAt` are in the timelines as of `now`. The time comes from the
    /// database for the one and from this machine for the other; a clock behind the database's
    /// counts as no lag.
    public func projected(recordedAt: [Date], now: Date = Date()) {
        for moment in recordedAt {
            projectionLagSeconds.recordNanoseconds(Int64(max(0, now.timeIntervalSince(moment)) * 1e9))
        }
    }

    /// The daemon holds the leases of `held` feeds now.
    public func feedLeases(held: Int) { leasesHeld.record(held) }

    /// One poll of `feed` (whatever its outcome) took `duration`.
    public func feedPolled(feed: String, duration: Duration) {
        CoreMetrics.Timer(label: Name.feedPoll, dimensions: [("feed", feed)], factory: factory).record(duration: duration)
    }

    /// One batch of articles from `source` (`feed` or `spool`) went into the event log in `duration`.
    public func ingestBatch(source: String, duration: Duration) {
        CoreMetrics.Timer(label: Name.ingestBatch, dimensions: [("source", source)], factory: factory).record(duration: duration)
    }

    /// Total articles newly recorded (new or revised) from every source.
    public var totalIngested: Int64 { ingestedTotal.load(ordering: .relaxed) }

    /// The Prometheus text exposition (version 0.0.4) of this daemon's registry.
    public func render() -> String { registry.emitToString() }
}

/// Makes swift-metrics handlers in one ``PrometheusCollectorRegistry``, as swift-prometheus's
/// `PrometheusMetricsFactory` does, with a `# HELP` line per family and buckets per histogram.
struct DescribedPrometheusFactory: MetricsFactory {
    let registry: PrometheusCollectorRegistry
    let help: [String: String]
    let buckets: [String: [Duration]]
    private var plain: PrometheusMetricsFactory { PrometheusMetricsFactory(registry: registry) }

    init(registry: PrometheusCollectorRegistry, help: [String: String], buckets: [String: [Duration]]) {
        self.registry = registry
        self.help = help
        self.buckets = buckets
    }

    private func name(_ label: String) -> MetricNameDescriptor {
        MetricNameDescriptor(metricName: label, unitName: "", helpText: help[label] ?? "")
    }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        registry.makeCounter(descriptor: name(label), labels: dimensions)
    }

    func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler {
        registry.makeCounter(descriptor: name(label), labels: dimensions)
    }

    func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler {
        registry.makeGauge(descriptor: name(label), labels: dimensions)
    }

    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler {
        guard aggregate else { return registry.makeGauge(descriptor: name(label), labels: dimensions) }
        return registry.makeValueHistogram(descriptor: name(label), labels: dimensions, buckets: plain.defaultValueHistogramBuckets)
    }

    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler {
        registry.makeDurationHistogram(
            descriptor: name(label), labels: dimensions, buckets: buckets[label] ?? plain.defaultDurationHistogramBuckets)
    }

    func destroyCounter(_ handler: any CounterHandler) { plain.destroyCounter(handler) }
    func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) { plain.destroyFloatingPointCounter(handler) }
    func destroyMeter(_ handler: any MeterHandler) { plain.destroyMeter(handler) }
    func destroyRecorder(_ handler: any RecorderHandler) { plain.destroyRecorder(handler) }
    func destroyTimer(_ handler: any TimerHandler) { plain.destroyTimer(handler) }
}
