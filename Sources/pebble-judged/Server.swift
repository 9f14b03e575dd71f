import Foundation
import PebbleOps
import Logging
import NIOCore
import NIOPosix
import PebbleJSON
import PebbleService
import PebbleWire

/// The Unix-socket server: framing and connections. Frame bodies go to the connection's
/// `Session` one at a time, in order; responses come back through `ConnectionSink`.
final class Server: @unchecked Sendable {
    let service: JudgeService
    let configuration: DaemonConfiguration
    let logger: Logger
    let group: MultiThreadedEventLoopGroup
    private var channel: (any Channel)?
    private let connections = ManagedCounter()

    init(service: JudgeService, configuration: DaemonConfiguration, logger: Logger) {
        self.service = service
        self.configuration = configuration
        self.logger = logger
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    /// Listens on the socket systemd passed (socket activation), or binds the configured path.
    func start() async throws {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ConnectionHandler(server: self))
                }
            }
        if let fd = SystemdListener.activatedSocket() {
            channel = try await bootstrap.withBoundSocket(fd).get()
            logger.notice("listening on the socket systemd passed", metadata: ["fd": "\(fd)"])
        } else {
            let path = configuration.socket
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: path) { unlink(path) }
            channel = try await bootstrap.bind(unixDomainSocketPath: path).get()
            chmod(path, mode_t(configuration.socketMode))
            if let name = configuration.socketGroup, let gr = getgrnam(name) { chown(path, uid_t.max, gr.pointee.gr_gid) }
            logger.notice("listening", metadata: ["socket": "\(path)"])
        }
    }

    /// Stops accepting; open connections stay until their jobs are answered or the daemon exits.
    func stopAccepting() async {
        try? await channel?.close().get()
        if SystemdListener.activatedSocket() == nil { unlink(configuration.socket) }
    }

    func shutdown() async {
        try? await group.shutdownGracefully()
    }

    func admit() -> Bool { connections.increment(max: configuration.maxConnections) }
    func release() { connections.decrement() }
}

final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment(max: Int) -> Bool {
        lock.withLock {
            guard value < max else { return false }
            value += 1
            return true
        }
    }

    func decrement() { lock.withLock { value -= 1 } }
}

/// A connection's frames in; its responses out.
final class ConnectionHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer

    let server: Server
    private var decoder: FrameDecoder
    private var session: Session?
    private var sink: ConnectionSink?
    private var inbox: AsyncStream<[UInt8]>.Continuation?
    private var admitted = false
    private var closing = false
    /// Frames that arrived before the peer's credentials were read.
    private var early: [[UInt8]] = []

    init(server: Server) {
        self.server = server
        decoder = FrameDecoder(maxFrameBytes: server.configuration.maxFrameBytes)
    }

    func channelActive(context: ChannelHandlerContext) {
        let channel = context.channel
        let sink = ConnectionSink(channel: channel)
        self.sink = sink
        guard server.admit() else {
            sink.sendAndClose(.error(id: "", WireError(.overloaded, "too many connections (at most \(server.configuration.maxConnections))", retryAfterMs: 1000)))
            return
        }
        admitted = true
        // SO_PEERCRED: who is at the other end (the kernel says; the peer cannot lie).
        guard let provider = channel as? any SocketOptionProvider else {
            sink.sendAndClose(.error(id: "", WireError(.forbidden, "not a Unix socket peer")))
            return
        }
        let future: EventLoopFuture<PeerCredentials> = provider.unsafeGetSocketOption(level: .socket, name: .init(rawValue: SO_PEERCRED))
        future.whenComplete { [self] result in
            guard case let .success(cred) = result else {
                sink.sendAndClose(.error(id: "", WireError(.forbidden, "the peer's credentials could not be read")))
                return
            }
            self.start(caller: cred, sink: sink)
        }
    }

    private func start(caller cred: PeerCredentials, sink: ConnectionSink) {
        guard let caller = server.configuration.callers.caller(uid: cred.uid, gid: cred.gid, pid: cred.pid) else {
            server.logger.warning("refused a caller", metadata: ["uid": "\(cred.uid)", "gid": "\(cred.gid)", "pid": "\(cred.pid)"])
            sink.sendAndClose(.error(id: "", WireError(.forbidden, "uid \(cred.uid) may not use this daemon (see callers in the configuration)")))
            return
        }
        let service = server.service
        let session = Session(caller: caller, service: service, sink: sink, limits: RequestDecoder.Limits(
            maxSourceBytes: server.configuration.maxSourceBytes, maxBatchSubmissions: server.configuration.maxBatchSubmissions))
        self.session = session
        // One task per connection takes its frames in order.
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .unbounded)
        inbox = continuation
        for body in early { continuation.yield(body) }
        early = []
        Task {
            await service.connected()
            for await body in stream { await session.receive(body) }
            await service.disconnected(sink)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard admitted, !closing else { return }
        var buffer = unwrapInboundIn(data)
        if let bytes = buffer.readBytes(length: buffer.readableBytes) { decoder.push(bytes) }
        while let event = decoder.next() {
            switch event {
            case let .frame(body):
                if let inbox { inbox.yield(body) } else { early.append(body) }
            case let .oversize(length):
                closing = true
                sink?.sendAndClose(.error(id: "", WireError(.tooLarge, "a frame of \(length) bytes (at most \(decoder.maxFrameBytes)); closing")))
                return
            }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let e = event as? ChannelEvent, e == .inputClosed {
            // The peer finished sending. A partial frame is a framing error; otherwise its jobs are
            // still answered, and the connection closes when the peer closes it.
            if decoder.pendingBytes > 0 {
                closing = true
                sink?.sendAndClose(.error(id: "", WireError(.badFrame, "the connection ended inside a frame (\(decoder.pendingBytes) bytes of it)")))
            }
            inbox?.finish()
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        inbox?.finish()
        if admitted { server.release() }
        admitted = false
        sink?.closed()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}

/// Writes a connection's frames; `offer` drops a frame when the peer reads too slowly.
final class ConnectionSink: ResponseSink, @unchecked Sendable {
    let channel: any Channel
    private let lock = NSLock()
    private var open = true

    init(channel: any Channel) { self.channel = channel }

    func send(_ response: Response) {
        guard lock.withLock({ open }) else { return }
        let bytes = response.encoded()
        var buffer = channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        channel.writeAndFlush(buffer, promise: nil)
    }

    func offer(_ response: Response) -> Bool {
        guard channel.isWritable else { return false }
        send(response)
        return true
    }

    func sendAndClose(_ response: Response) {
        let bytes = response.encoded()
        var buffer = channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        lock.withLock { open = false }
        let channel = self.channel
        channel.writeAndFlush(buffer).whenComplete { _ in channel.close(promise: nil) }
    }

    func closed() { lock.withLock { open = false } }
}

/// struct ucred (Linux, SO_PEERCRED), which Swift's Glibc module does not export.
struct PeerCredentials {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}
