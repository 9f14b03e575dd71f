import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A tiny HTTP/1 server on 127.0.0.1 that serves one JWKS document, counts the requests, and can
/// change the document, answer with an error status, answer slowly, or go away.
final class JWKSTestServer: Sendable {
    enum Mode: Sendable, Equatable {
        case serve
        case status(Int)
    }

    private struct State {
        var body: String
        var mode: Mode = .serve
        var delay: TimeAmount = .zero
        var requests = 0
    }

    private let state: NIOLockedValueBox<State>
    private let channel: any Channel
    let port: Int

    var url: URL { URL(string: "http://127.0.0.1:\(port)/.well-known/jwks.json")! }

    var requestCount: Int { state.withLockedValue { $0.requests } }

    func setBody(_ body: String) { state.withLockedValue { $0.body = body } }
    func setMode(_ mode: Mode) { state.withLockedValue { $0.mode = mode } }
    func setDelay(_ delay: TimeAmount) { state.withLockedValue { $0.delay = delay } }

    private init(state: NIOLockedValueBox<State>, channel: any Channel) {
        self.state = state
        self.channel = channel
        self.port = channel.localAddress?.port ?? 0
    }

    static func start(body: String) async throws -> JWKSTestServer {
        let state = NIOLockedValueBox(State(body: body))
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(state: state))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return JWKSTestServer(state: state, channel: channel)
    }

    /// Stops listening: new connections are refused.
    func stop() async {
        try? await channel.close()
    }

    /// A URL where nothing listens (a server started and stopped at once).
    static func deadURL() async throws -> URL {
        let server = try await start(body: "{}")
        await server.stop()
        return server.url
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let state: NIOLockedValueBox<State>
        init(state: NIOLockedValueBox<State>) { self.state = state }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard case .end = unwrapInboundIn(data) else { return }
            let snapshot = state.withLockedValue { state -> State in
                state.requests += 1
                return state
            }
            if snapshot.delay > .zero {
                let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                context.eventLoop.assumeIsolated().scheduleTask(in: snapshot.delay) {
                    let (handler, context) = loopBound.value
                    handler.respond(context: context, snapshot: snapshot)
                }
            } else {
                respond(context: context, snapshot: snapshot)
            }
        }

        private func respond(context: ChannelHandlerContext, snapshot: State) {
            let status: HTTPResponseStatus
            let body: String
            switch snapshot.mode {
            case .serve:
                status = .ok
                body = snapshot.body
            case .status(let code):
                status = HTTPResponseStatus(statusCode: code)
                body = #"{"error":"unavailable"}"#
            }
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: "\(body.utf8.count)")
            headers.add(name: "Connection", value: "close")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
            let closed = context.eventLoop.makePromise(of: Void.self)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: closed)
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            closed.futureResult.assumeIsolated().whenComplete { _ in
                loopBound.value.close(promise: nil)
            }
        }
    }
}
