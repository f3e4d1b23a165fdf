import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// An HTTP server, on 127.0.0.1 unless another address is configured, that answers
/// `GET /metrics` with ``DaemonMetrics/render()`` in the Prometheus text format (version 0.0.4)
/// and 404 to any other path. SwiftNIO speaks HTTP/1.1; each answer closes its connection, and
/// a connection that sends nothing for 10 seconds is closed. It stops listening on graceful
/// shutdown.
///
/// Example: `curl -s http://127.0.0.1:9464/metrics | grep items_ingested` shows
/// `timeline_daemon_items_ingested_total{source="feed:desh"} 12`.
public final class MetricsServer: Service, Sendable {
    /// The bound port (the configured one, or the one picked for port 0).
    public let port: UInt16
    /// The bound address.
    public let address: String
    private let channel: any Channel
    private let logger: Logger

    /// Binds `address`:`port` (an IP address; 0 picks a free port, see ``port``); throws when the
    /// port is taken or the address is not one of this machine's.
    public init(address: String = "127.0.0.1", port: UInt16, metrics: DaemonMetrics, logger: Logger) throws {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(IdleStateHandler(readTimeout: .seconds(10)))
                    try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                    try pipeline.addHandler(MetricsHTTPHandler(metrics: metrics))
                }
            }
        do {
            channel = try bootstrap.bind(to: try SocketAddress(ipAddress: address, port: Int(port))).wait()
        } catch {
            throw MetricsServerError(message: "cannot listen on \(address):\(port): \(error)")
        }
        self.port = UInt16(channel.localAddress?.port ?? Int(port))
        self.address = address
        self.logger = logger
    }

    deinit { channel.close(promise: nil) }

    public func run() async throws {
        logger.info("metrics server listening", metadata: ["address": "http://\(address):\(port)/metrics"])
        let channel = self.channel
        try await withGracefulShutdownHandler {
            try await withTaskCancellationHandler {
                try await channel.closeFuture.get()
            } onCancel: { channel.close(promise: nil) }
        } onGracefulShutdown: { channel.close(promise: nil) }
    }
}

/// The metrics server could not start.
public struct MetricsServerError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Answers each request on one connection: the exposition for `GET /metrics` (and `HEAD`),
/// 405 for another method there, 404 elsewhere; then closes the connection.
final class MetricsHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let metrics: DaemonMetrics
    private var request: HTTPRequestHead?

    init(metrics: DaemonMetrics) {
        self.metrics = metrics
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): request = head
        case .body: break
        case .end:
            guard let request else { return }
            self.request = nil
            respond(to: request, context: context)
        }
    }

    private func respond(to request: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = request.uri.prefix { $0 != "?" }
        var headers = HTTPHeaders()
        let status: HTTPResponseStatus
        let body: [UInt8]
        if path != "/metrics" {
            status = .notFound
            body = Array("not found; try /metrics\n".utf8)
        } else if request.method != .GET && request.method != .HEAD {
            status = .methodNotAllowed
            body = Array("only GET and HEAD\n".utf8)
            headers.add(name: "Allow", value: "GET, HEAD")
        } else {
            status = .ok
            body = metrics.registry.emitToBuffer()
        }
        headers.add(name: "Content-Type", value: status == .ok ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: "\(body.count)")
        headers.add(name: "Connection", value: "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        if request.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
