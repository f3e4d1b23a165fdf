// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "timeline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "timeline", targets: ["TimelineCLI"]),
        .library(name: "HindiTemporal", targets: ["HindiTemporal"]),
        .library(name: "EventStore", targets: ["EventStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        // C: libpq, and nothing else.
        .systemLibrary(
            name: "CPostgres",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // The only Swift code that imports CPostgres.
        .target(name: "Postgres", dependencies: ["CPostgres"]),
        // Starts and stops a private PostgreSQL cluster (the embedded default).
        .target(name: "EmbeddedPostgres", dependencies: [.product(name: "Logging", package: "swift-log")]),
        // The append-only event log and its migrations.
        .target(name: "EventStore", dependencies: ["Postgres"]),
        // Pure Swift: Hindi temporal expressions. Never imports the database.
        .target(name: "HindiTemporal"),
        // Pure Swift: what happened at a date (trigger, CAMEO root, realis, roles). Never imports the database.
        .target(name: "HindiEvents", resources: [.copy("Resources")]),
        // Pure Swift: reprint fingerprints and mentions joined into events. Never imports the database.
        .target(name: "EventClustering", dependencies: ["HindiEvents"]),
        // Pure Swift: actors (people, countries, organizations) in Hindi text.
        .target(name: "ActorRecognition", resources: [.copy("Resources")]),
        // RSS/Atom feeds over HTTP (AsyncHTTPClient) into article records.
        .target(name: "Feeds", dependencies: ["Digest", .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        // SHA-256 for content identity: hex and byte helpers over swift-crypto's `Crypto.SHA256`.
        .target(name: "Digest", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Articles → dated events → per-actor timelines.
        .target(name: "Timelines", dependencies: ["EventStore", "HindiTemporal", "HindiEvents", "EventClustering", "ActorRecognition", "Postgres", "Digest"]),
        // The ingest feed daemon: feed pollers, spool watcher, projection follower, metrics, as services.
        .target(
            name: "Daemon",
            dependencies: [
                "Feeds", "Timelines", "EventStore", "Postgres", "ActorRecognition", "HindiTemporal",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                // Metrics: swift-metrics is the API, swift-prometheus keeps the values and writes the
                // exposition, SwiftNIO's HTTP/1 codec serves it.
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // Timelines as HTML: the self-contained page of `timeline actor --format html` and the pages `timeline serve` shows.
        .target(name: "TimelinePages", dependencies: ["Timelines", "HindiTemporal", "HindiEvents", "Digest"]),
        // The read-only HTTP API and browsable page (`timeline serve`): Hummingbird 2, with routing and
        // types generated from openapi.yaml by swift-openapi-generator.
        .target(
            name: "TimelineAPI",
            dependencies: [
                "Timelines", "TimelinePages", "Postgres", "ActorRecognition", "HindiTemporal", "Digest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // The `timeline` subcommands, one small type each; user-facing wording lives here.
        .target(
            name: "TimelineCommands",
            dependencies: [
                "Timelines", "TimelinePages", "TimelineAPI", "EventStore", "EmbeddedPostgres", "HindiTemporal", "HindiEvents", "ActorRecognition", "Postgres", "Daemon", "Digest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(name: "TimelineCLI", dependencies: ["TimelineCommands"]),
        // Test helper: a throwaway database on a real PostgreSQL (env-configured or embedded).
        .target(name: "PostgresTestSupport", dependencies: ["Postgres", "EmbeddedPostgres"], path: "Tests/PostgresTestSupport"),
        // Test helper: a real HTTP/1.1 server on 127.0.0.1 over POSIX sockets.
        .target(name: "HTTPTestSupport", path: "Tests/HTTPTestSupport"),
        // Test helper: the built `timeline` executable, run as a separate process.
        .target(name: "ProcessTestSupport", path: "Tests/ProcessTestSupport"),
        .testTarget(name: "HindiTemporalTests", dependencies: ["HindiTemporal"]),
        .testTarget(name: "HindiEventsTests", dependencies: ["HindiEvents"]),
        .testTarget(name: "EventClusteringTests", dependencies: ["EventClustering"]),
        .testTarget(name: "PostgresTests", dependencies: ["PostgresTestSupport"]),
        .testTarget(name: "EventStoreTests", dependencies: ["EventStore", "PostgresTestSupport"]),
        .testTarget(name: "ActorRecognitionTests", dependencies: ["ActorRecognition"]),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "FeedsTests", dependencies: ["Feeds", "Digest", "HTTPTestSupport"]),
        .testTarget(name: "TimelinesTests", dependencies: ["Timelines", "HindiEvents", "EventStore", "PostgresTestSupport"]),
        // Test helper: headless Chromium, and reading the PNGs it draws.
        .target(name: "BrowserTestSupport", path: "Tests/BrowserTestSupport"),
        .testTarget(name: "TimelinePagesTests", dependencies: ["TimelinePages", "Timelines", "Digest", "BrowserTestSupport"]),
        .testTarget(name: "TimelineAPITests", dependencies: ["TimelineAPI", "Timelines", "EventStore", "PostgresTestSupport", "BrowserTestSupport",
                                                             .product(name: "Hummingbird", package: "hummingbird"),
                                                             .product(name: "AsyncHTTPClient", package: "async-http-client"),
                                                             .product(name: "CompressNIO", package: "compress-nio"),
                                                             .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
        .testTarget(name: "TimelineCommandsTests", dependencies: ["TimelineCommands", "PostgresTestSupport", "ProcessTestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Timelines", "EventStore", "PostgresTestSupport", "Postgres"]),
        .testTarget(name: "DaemonTests", dependencies: ["Daemon", "Feeds", "Timelines", "EventStore", "PostgresTestSupport", "HTTPTestSupport", "EmbeddedPostgres", "ProcessTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
