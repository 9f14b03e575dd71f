import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import PebbleService
import Prometheus

/// Prometheus metrics on a loopback HTTP listener (`metricsListen`, e.g. 127.0.0.1:9464):
/// GET /metrics answers the registry's text; nothing else is served.
final class MetricsServer: @unchecked Sendable {
    let registry: PrometheusCollectorRegistry
    let service: JudgeService
    let group: any EventLoopGroup
    private var channel: (any Channel)?

    init(registry: PrometheusCollectorRegistry, service: JudgeService, group: any EventLoopGroup) {
        self.registry = registry
        self.service = service
        self.group = group
    }

    func start(_ listen: String, logger: Logger) async throws {
        let parts = listen.split(separator: ":")
        guard parts.count == 2, let port = Int(parts[1]) else { throw ConfigurationError("metricsListen must be HOST:PORT, not '\(listen)'") }
        let host = String(parts[0])
        guard ["127.0.0.1", "::1", "localhost"].contains(host) else { throw ConfigurationError("metricsListen must be a loopback address") }
        channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(MetricsHandler(server: self))
                }
            }
            .bind(host: host, port: port).get()
        logger.notice("metrics listening", metadata: ["address": "\(listen)"])
    }

    func stop() async { try? await channel?.close().get() }
}

final class MetricsHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let server: MetricsServer
    private var path = ""

    init(server: MetricsServer) { self.server = server }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(head): path = head.uri
        case .body: break
        case .end:
            let channel = context.channel
            let promise = context.eventLoop.makePromise(of: [UInt8]?.self)
            let server = self.server
            let path = self.path
            promise.completeWithTask {
                guard path == "/metrics" else { return nil }
                await server.service.refreshGauges()
                return server.registry.emitToBuffer()
            }
            promise.futureResult.whenSuccess { body in
                var headers = HTTPHeaders()
                headers.add(name: "Content-Type", value: body == nil ? "text/plain" : "text/plain; version=0.0.4")
                let bytes = body ?? Array("not found: GET /metrics\n".utf8)
                headers.add(name: "Content-Length", value: "\(bytes.count)")
                headers.add(name: "Connection", value: "close")
                let head = HTTPResponseHead(version: .http1_1, status: body == nil ? .notFound : .ok, headers: headers)
                channel.write(HTTPServerResponsePart.head(head), promise: nil)
                var buffer = channel.allocator.buffer(capacity: bytes.count)
                buffer.writeBytes(bytes)
                channel.write(HTTPServerResponsePart.body(.byteBuffer(buffer)), promise: nil)
                channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in channel.close(promise: nil) }
            }
        }
    }
}
