public import Foundation
public import NIOCore
public import NIOHTTP1
import NIOPosix

/// One request as the loopback server received it.
public struct RecordedRequest: Sendable {
    public var method: String
    /// The request-target exactly as sent (path and query, still percent-encoded).
    public var uri: String
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public var path: String { String(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]) }
    public var query: String {
        let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count > 1 ? String(parts[1]) : ""
    }
    public var bodyString: String { String(decoding: body, as: UTF8.self) }
    public func jsonBody() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw NSError(domain: "LoopbackHTTPServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "body is not a JSON object"])
        }
        return object
    }
}

/// What the loopback server answers to one request.
public struct ScriptedResponse: Sendable {
    public init(status: Int = 200, headers: [(String, String)] = [("content-type", "application/json")], body: String = "",
                delay: TimeAmount? = nil, closeConnection: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.closeConnection = closeConnection
    }

    public var status: Int = 200
    public var headers: [(String, String)] = [("content-type", "application/json")]
    public var body: String = ""
    /// Wait this long before answering.
    public var delay: TimeAmount? = nil
    /// Close the connection instead of answering.
    public var closeConnection = false

    public static func json(_ body: String, status: Int = 200, headers: [(String, String)] = []) -> ScriptedResponse {
        ScriptedResponse(status: status, headers: [("content-type", "application/json")] + headers, body: body)
    }
    public static let abruptClose = ScriptedResponse(closeConnection: true)
}

/// A small HTTP/1.1 server on 127.0.0.1 (port chosen by the OS) that records every request
/// and answers from a script: queued responses first, then the fallback, over and over.
public final class LoopbackHTTPServer: @unchecked Sendable {
    private let lock = NSLock()
    private var _requests: [RecordedRequest] = []
    private var queue: [ScriptedResponse] = []
    private var fallback = ScriptedResponse.json(#"{"error":"no script"}"#, status: 599)
    private var channel: (any Channel)?

    public private(set) var port = 0
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public var requests: [RecordedRequest] { lock.withLock { _requests } }
    public var requestCount: Int { lock.withLock { _requests.count } }
    /// Connections the client (or the server's script) has closed.
    public var closedConnections: Int { lock.withLock { _closedConnections } }
    private var _closedConnections = 0
    fileprivate func connectionClosed() { lock.withLock { _closedConnections += 1 } }

    /// Queues responses, answered in order before the fallback.
    public func enqueue(_ responses: ScriptedResponse...) { lock.withLock { queue.append(contentsOf: responses) } }
    /// The answer once the queue is empty.
    public func setFallback(_ response: ScriptedResponse) { lock.withLock { fallback = response } }

    fileprivate func record(_ request: RecordedRequest) -> ScriptedResponse {
        lock.withLock {
            _requests.append(request)
            return queue.isEmpty ? fallback : queue.removeFirst()
        }
    }

    public static func start() async throws -> LoopbackHTTPServer {
        let server = LoopbackHTTPServer()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(RecordingHandler(server: server))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        server.channel = channel
        server.port = channel.localAddress?.port ?? 0
        return server
    }

    public func stop() async throws {
        try await channel?.close()
    }
}

private final class RecordingHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: LoopbackHTTPServer
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(server: LoopbackHTTPServer) { self.server = server }

    func channelInactive(context: ChannelHandlerContext) {
        server.connectionClosed()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
        case .body(var buffer):
            body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let head else { return }
            let script = server.record(
                RecordedRequest(method: head.method.rawValue, uri: head.uri, headers: head.headers, body: body)
            )
            self.head = nil
            if let delay = script.delay {
                let version = head.version
                context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
                    self.answer(context: context, version: version, with: script)
                }
            } else {
                answer(context: context, version: head.version, with: script)
            }
        }
    }

    private func answer(context: ChannelHandlerContext, version: HTTPVersion, with script: ScriptedResponse) {
        guard context.channel.isActive else { return }
        if script.closeConnection {
            context.close(promise: nil)
            return
        }
        var headers = HTTPHeaders(script.headers)
        headers.replaceOrAdd(name: "content-length", value: String(script.body.utf8.count))
        let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: script.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: script.body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
