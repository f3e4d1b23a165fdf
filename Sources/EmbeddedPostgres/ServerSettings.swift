import Foundation

/// The settings the embedded server starts with where PostgreSQL's defaults suit a shared server
/// with spinning disks rather than one local cluster on the machine's own (usually solid-state)
/// storage. Durability settings stay at their defaults in the ``EmbeddedCluster/Durability/durable``
/// profile: every commit is flushed.
///
/// ```swift
/// ServerSettings(durability: .durable, physicalMemory: 16 << 30).options
/// // ["shared_buffers=1024MB", "random_page_cost=1.1", "work_mem=16MB", "jit=off"]
/// ```
public struct ServerSettings: Sendable, Equatable {
    /// The buffer cache in megabytes: an eighth of the machine's memory (PostgreSQL suggests a
    /// quarter for a dedicated server; this one shares the machine), at least PostgreSQL's default
    /// 128 MB and at most 1 GB. A million timeline rows with their indexes take about 1 GB; with the
    /// default 128 MB most pages of a busy actor's timeline are read again from the OS cache.
    public let sharedBuffersMegabytes: Int
    public let durability: EmbeddedCluster.Durability

    public init(durability: EmbeddedCluster.Durability, physicalMemory: UInt64 = ProcessInfo.processInfo.physicalMemory) {
        self.durability = durability
        let eighth = Int(min(physicalMemory / 8, UInt64(Int.max)) >> 20)
        sharedBuffersMegabytes = min(max(eighth, 128), 1024)
    }

    /// `name=value` pairs for `postgres -c`.
    public var options: [String] {
        var options = [
            "shared_buffers=\(sharedBuffersMegabytes)MB",
            // Index scans read pages that are cached or on solid-state storage: a random read costs
            // little more than a sequential one. With the default 4 the planner prefers a parallel
            // bitmap scan and a sort to reading a busy actor's timeline in index order.
            "random_page_cost=1.1",
            // The busiest actor's reporting questions sort some 60,000 rows: with the default 4 MB
            // the sorts spill to disk. Few sessions use this cluster at once.
            "work_mem=16MB",
            // JIT compilation took 70-110 ms on reporting queries that run for a few hundred,
            // more than it saved; the queries here are short.
            "jit=off",
        ]
        if durability == .fastUnsafe {
            options += ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"]
        }
        return options
    }
}
