import Hummingbird
import Logging
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime
import Postgres
import ServiceLifecycle

/// `timeline serve`: the JSON API of `openapi.yaml` under `/v1/` and the browsable page at `/`,
/// read-only, as one `Service` that stops gracefully with its `ServiceGroup` (SIGTERM: in-flight
/// requests finish, then the database connections close).
///
/// `ServiceGroup(services: [TimelineHTTPService(settings: settings, database: configuration, logger: logger)], …)`
public struct TimelineHTTPService: Service {
    let settings: ServerSettings
    let database: PostgresConfiguration
    let logger: Logger
    let onListening: @Sendable (Int) async -> Void

    /// - Parameter onListening: called with the bound port once the server accepts connections.
    public init(settings: ServerSettings, database: PostgresConfiguration, logger: Logger,
                onListening: @escaping @Sendable (Int) async -> Void = { _ in }) {
        self.settings = settings
        self.database = database
        self.logger = logger
        self.onListening = onListening
    }

    public func run() async throws {
        try settings.validate()
        let statementTimeout = max(100, Int(settings.queryTimeout.components.seconds * 1000 + settings.queryTimeout.components.attoseconds / 1_000_000_000_000_000))
        let pool = ReaderPool(configuration: database, size: settings.poolSize, statementTimeout: statementTimeout, logger: logger)
        do {
            let app = try Self.application(settings: settings, pool: pool, logger: logger, onListening: onListening)
            try await app.run()
        } catch {
            await pool.shutdown()
            throw error
        }
        await pool.shutdown()
    }

    static func application(settings: ServerSettings, pool: ReaderPool, logger: Logger,
                            onListening: @escaping @Sendable (Int) async -> Void) throws -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: GzipMiddleware())
        router.add(middleware: ProblemMiddleware(logger: logger))
        router.add(middleware: EntityTagHeaderMiddleware())
        router.add(middleware: CacheControlMiddleware(value: settings.requiresToken ? "private, no-cache" : "no-cache"))
        router.add(middleware: RequestLimitsMiddleware(maxURILength: settings.maxURILength, maxBodyBytes: settings.maxBodyBytes))
        if let tokens = settings.tokens { router.add(middleware: BearerTokenMiddleware(tokens: tokens)) }
        let catalog = ActorCatalog()
        let handler = APIHandler(pool: pool, catalog: catalog)
        // Compact JSON with sorted keys and unescaped slashes, as the CLI's JSON but without indentation.
        if settings.fastJSON {
            let cache = settings.pageCacheBytes > 0 ? PageCache(budgetBytes: settings.pageCacheBytes) : nil
            router.add(middleware: TimelinePageMiddleware(handler: handler, cache: cache))
        }
        try handler.registerHandlers(on: router, configuration: .init(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
        PageRoutes(pool: pool, catalog: catalog, handler: handler, tokens: settings.tokens).register(on: router)
        let idle = TimeAmount.nanoseconds(Int64(settings.idleTimeout.components.seconds) * 1_000_000_000)
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: idle)),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "timeline"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }
}
