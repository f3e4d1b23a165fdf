import ArgumentParser
import Daemon
import EventStore
import Foundation
import Logging
import ServiceLifecycle
import TimelineAPI

/// `timeline daemon --config FILE`: the unattended ingest daemon (feeds and a spool directory).
struct DaemonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daemon",
        abstract: "Poll RSS/Atom feeds and watch a spool directory, ingesting until SIGTERM or SIGINT.",
        discussion: DaemonHelp.text
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The configuration file, TOML or JSON (default: $TIMELINE_DAEMON_CONFIG).", valueName: "FILE"))
    var config: String?

    @Option(help: ArgumentHelp(
        "This daemon's name among the daemons sharing the feeds of one database; overrides [fleet] member (default: HOST:PID).",
        valueName: "NAME"))
    var member: String?

    func run() async throws {
        let signals = ShutdownRequests()
        guard let path = config ?? ProcessInfo.processInfo.environment[DaemonEnvironment.configFile], !path.isEmpty else {
            throw ValidationError("Name the configuration file with --config FILE (or set TIMELINE_DAEMON_CONFIG).")
        }
        var settings: DaemonConfiguration
        do {
            settings = try DaemonConfiguration.load(from: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("configuration: \(error)")
        }
        if let member {
            guard !member.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--member must not be empty.") }
            settings.fleet.member = member
        }
        let level = Logger.Level(rawValue: settings.logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "timeline.daemon")
        var options = database
        if options.databaseURL == nil, let url = settings.databaseURL { options.databaseURL = url }
        let postgres = try options.configuration()
        let sql = try Migrator.locateSQLDirectory(explicit: options.sqlDirectory)
        var extra: [any Service] = []
        if settings.api.serve {
            var server = ServerSettings()
            server.port = settings.api.port
            server.host = settings.api.bind
            server.insecurePublic = settings.api.insecurePublic
            do {
                server.tokens = try settings.api.tokenFile.map { try AccessTokens(file: $0) }
                try server.validate()
            } catch let error as ServerSettingsError {
                throw CommandFailure("configuration: [http] \(error.description)")
            }
            // The schema the API reads is migrated before any service starts.
            try options.connect(migrate: true).close()
            let host = server.host
            extra.append(TimelineHTTPService(settings: server, database: postgres, logger: Logger(label: "timeline.serve")) { port in
                logger.info("serving the timelines over HTTP", metadata: ["address": "http://\(host):\(port)/"])
            })
        }
        let daemon = try Daemon(configuration: settings, database: postgres, sqlDirectory: sql, logger: logger,
                                extraServices: extra)
        logger.info("daemon started", metadata: ["pid": "\(getpid())", "config": "\(path)", "member": "\(daemon.member)"])
        if signals.attach(daemon) {
            logger.info("stop requested while starting")
            await daemon.shutdown()
        }
        try await daemon.run()
        logger.info("daemon stopped", metadata: ["items_ingested": "\(daemon.metrics.totalIngested)"])
    }
}
