import Synchronization

/// Counters and gauges of a running daemon, rendered in the Prometheus text format.
///
/// Example: after the feed "desh" brought 2 Hindi articles and one spool file was rejected,
/// ``render()`` includes `timeline_daemon_items_ingested_total{source="feed:desh"} 2` and
/// `timeline_daemon_spool_files_total{outcome="rejected"} 1`.
public final class DaemonMetrics: Sendable {
    private struct State {
        var ingested: [String: Int64] = [:]
        var unchanged: [String: Int64] = [:]
        var errors: [String: Int64] = [:]
        var quarantined: [String: Int64] = [:]
        var spoolFiles: [String: Int64] = [:]
        var projectionLag: Int64 = 0
        var projectionApplied: Int64 = 0
        var databaseReconnects: Int64 = 0
    }

    private let state = Mutex(State())

    public init() {}

    public func ingested(source: String, new: Int, unchanged: Int) {
        state.withLock {
            $0.ingested[source, default: 0] += Int64(new)
            $0.unchanged[source, default: 0] += Int64(unchanged)
        }
    }

    public func error(source: String) { state.withLock { $0.errors[source, default: 0] += 1 } }
    public func quarantined(source: String, count: Int) { state.withLock { $0.quarantined[source, default: 0] += Int64(count) } }
    public func spoolFile(outcome: String) { state.withLock { $0.spoolFiles[outcome, default: 0] += 1 } }
    public func projection(applied: Int, lag: Int64) {
        state.withLock {
            $0.projectionApplied += Int64(applied)
            $0.projectionLag = lag
        }
    }

    /// Total articles newly recorded (new or revised) from every source.
    public var totalIngested: Int64 { state.withLock { $0.ingested.values.reduce(0, +) } }

    /// The Prometheus text exposition (version 0.0.4).
    public func render() -> String {
        let s = state.withLock { $0 }
        var out = ""
        func family(_ name: String, _ help: String, _ type: String, _ label: String, _ values: [String: Int64]) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
            for key in values.keys.sorted() { out += "\(name){\(label)=\"\(escape(key))\"} \(values[key] ?? 0)\n" }
        }
        family("timeline_daemon_items_ingested_total", "Articles recorded in the event log (new or revised).", "counter", "source", s.ingested)
        family("timeline_daemon_items_unchanged_total", "Articles seen again with the same content.", "counter", "source", s.unchanged)
        family("timeline_daemon_errors_total", "Failed polls or spool files, by source.", "counter", "source", s.errors)
        family("timeline_daemon_items_quarantined_total", "Items set aside (no date, no text).", "counter", "source", s.quarantined)
        family("timeline_daemon_spool_files_total", "Spool files processed, by outcome.", "counter", "outcome", s.spoolFiles)
        out += "# HELP timeline_daemon_projection_applied_total Events applied to the timelines.\n"
        out += "# TYPE timeline_daemon_projection_applied_total counter\ntimeline_daemon_projection_applied_total \(s.projectionApplied)\n"
        out += "# HELP timeline_daemon_projection_lag_events Events in the log not yet in the timelines.\n"
        out += "# TYPE timeline_daemon_projection_lag_events gauge\ntimeline_daemon_projection_lag_events \(s.projectionLag)\n"
        return out
    }

    private func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
