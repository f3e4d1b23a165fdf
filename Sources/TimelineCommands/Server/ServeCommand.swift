import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import TimelineAPI

/// `timeline serve`: the timelines over HTTP, JSON under /v1/ and a page at /, read-only.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the timelines over HTTP: a JSON API under /v1/ and a browsable page at /, read-only.",
        discussion: """
        The API is described by openapi.yaml (OpenAPI 3.1): /v1/actors?q=NAME, /v1/actors/ID, \
        /v1/actors/ID/timeline (pages with a cursor, ETag and 304), /v1/entries/ID, /v1/events, \
        /v1/events/ID and /v1/status. Errors are RFC 9457 problem details. Answers of 1 KB or more \
        are gzipped for clients that accept it.

        The page at / finds an actor by any name, shows the timeline on a time axis with a filter \
        by dates and co-actor, and explains each entry; it works without JavaScript.

        It only reads: its database connections switch to the role timeline_reader (SELECT only) \
        in read-only transactions. It listens on 127.0.0.1 unless told otherwise; an address \
        other machines can reach needs --token-file (clients send Authorization: Bearer TOKEN; \
        browsers sign in at /login) or an explicit --insecure-public. SIGTERM or SIGINT stops it \
        gracefully: requests in flight finish.

        Examples:
          timeline serve                                   http://127.0.0.1:8080/
          curl -s 'http://127.0.0.1:8080/v1/actors?q=लावरोव'
          curl -s 'http://127.0.0.1:8080/v1/actors/sergey-lavrov/timeline?limit=20&order=newest'
          timeline serve --bind 0.0.0.0 --port 8443 --token-file /etc/timeline/tokens
        """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("read-url"), help: ArgumentHelp(
        "A standby (read replica) every request reads from (default: $TIMELINE_READ_URL); the gazetteer is seeded on the primary first.",
        valueName: "url"))
    var readURL: String?

    @Option(help: "The port to listen on (0 picks a free one and prints it).")
    var port: Int = 8080

    @Option(help: ArgumentHelp("The address to listen on; beyond loopback it needs --token-file or --insecure-public.",
                               valueName: "address"))
    var bind: String = "127.0.0.1"

    @Option(name: .customLong("token-file"), help: ArgumentHelp(
        "A file of bearer tokens, one per line (at least 16 characters; # comments).", valueName: "file"))
    var tokenFile: String?

    @Flag(name: .customLong("insecure-public"), help: "Serve beyond loopback without tokens: anyone who reaches the port reads every timeline.")
    var insecurePublic = false

    @Option(help: "Database connections (each on its own thread).")
    var connections: Int = 4

    @Option(name: .customLong("query-timeout"), help: ArgumentHelp("The longest one query may run, in seconds.", valueName: "seconds"))
    var queryTimeout: Int = 10

    @Flag(name: .customLong("no-fast-json"), help: "Write timeline pages with the generated code's JSONEncoder (the same bytes, slower).")
    var noFastJSON = false

    @Option(name: .customLong("page-cache-mb"), help: ArgumentHelp(
        "Megabytes of gzipped timeline pages kept while the timelines do not change (0: none).", valueName: "MB"))
    var pageCacheMB: Int = 32

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, got \(port).") }
        guard (1...64).contains(connections) else { throw ValidationError("--connections must be between 1 and 64, got \(connections).") }
        guard (0...4096).contains(pageCacheMB) else { throw ValidationError("--page-cache-mb must be between 0 and 4096, got \(pageCacheMB).") }
        guard (1...600).contains(queryTimeout) else { throw ValidationError("--query-timeout must be between 1 and 600 seconds, got \(queryTimeout).") }
        if !ServerSettings.isLoopback(bind), tokenFile == nil, !insecurePublic {
            throw ValidationError("--bind \(bind) is reachable from other machines: give --token-file FILE (bearer tokens), "
                                  + "or --insecure-public to serve without any.")
        }
    }

    func run() async throws {
        var settings = ServerSettings()
        settings.host = bind
        settings.port = port
        settings.insecurePublic = insecurePublic
        settings.poolSize = connections
        settings.queryTimeout = .seconds(queryTimeout)
        settings.fastJSON = !noFastJSON
        settings.pageCacheBytes = pageCacheMB << 20
        do {
            settings.tokens = try tokenFile.map { try AccessTokens(file: $0) }
            try settings.validate()
        } catch let error as ServerSettingsError {
            throw ValidationError(error.description + ".")
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "timeline.serve")
        // The schema and the gazetteer are brought up to date once, before serving starts; serving only reads.
        let session = try database.openSession()
        _ = try session.gazetteer()
        session.close()
        // With a standby configured, every request reads there; the seeding above went to the primary.
        let postgres = try ReadOptions.standby(readURL) ?? database.configuration()
        let host = bind
        let service = TimelineHTTPService(settings: settings, database: postgres, logger: logger) { port in
            let line = "serving http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (read-only; SIGTERM or Ctrl-C stops)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        let group = ServiceGroup(configuration: .init(services: [.init(service: service)],
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
