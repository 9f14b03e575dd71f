import Crypto
import Foundation
import JWTKit
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A loopback HTTP/1 server that serves one JWKS document (the auth service's keys, as a
/// fixture), and mints tokens signed with the matching private key.
final class JWKSFixture: Sendable {
    let channel: any Channel
    let keys: JWTKeyCollection
    var url: String { "http://127.0.0.1:\(channel.localAddress?.port ?? 0)/.well-known/jwks.json" }

    static func start() async throws -> JWKSFixture {
        let key = Curve25519.Signing.PrivateKey()
        let x = key.publicKey.rawRepresentation.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let body = #"{"keys":[{"kty":"OKP","crv":"Ed25519","alg":"EdDSA","use":"sig","kid":"test-1","x":"\#(x)"}]}"#
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(body: body))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let keys = JWTKeyCollection()
        await keys.add(eddsa: EdDSA.PrivateKey(backing: key), kid: JWKIdentifier(string: "test-1"))
        return JWKSFixture(channel: channel, keys: keys)
    }

    private init(channel: any Channel, keys: JWTKeyCollection) {
        self.channel = channel
        self.keys = keys
    }

    func stop() async { try? await channel.close() }

    struct Claims: JWTPayload {
        var iss: String
        var sub: String
        var aud: [String]
        var exp: Int
        var iat: Int
        var scope: String?
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    /// A token from "pebble-auth" for pebble-analytics.
    func token(subject: String, scope: String? = nil, expiresIn: Int = 300, audience: String = "pebble-analytics") async throws -> String {
        let now = Int(Date().timeIntervalSince1970)
        return try await keys.sign(Claims(iss: "pebble-auth", sub: subject, aud: [audience], exp: now + expiresIn, iat: now - 1, scope: scope),
                                   kid: JWKIdentifier(string: "test-1"))
    }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let body: String
        init(body: String) { self.body = body }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard case .end = unwrapInboundIn(data) else { return }
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/json")
            headers.add(name: "Content-Length", value: "\(body.utf8.count)")
            headers.add(name: "Connection", value: "close")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
        }
    }
}

/// Reads a Server-Sent Events stream over a plain socket (no HTTP library in between).
final class SSEReader {
    let fd: Int32
    private(set) var text = ""
    private(set) var status = 0
    private(set) var headers: [String: String] = [:]

    init(port: Int, path: String, token: String? = nil) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { throw NSError(domain: "sse", code: Int(errno)) }
        var tv = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
        if let token { request += "Authorization: Bearer \(token)\r\n" }
        request += "\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    deinit { close() }

    func close() { Foundation.close(fd) }

    /// Reads until `condition` holds on everything read so far, or `timeout` passes.
    @discardableResult
    func read(until condition: (String) -> Bool, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !condition(text) {
            if Date() > deadline { return false }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n > 0 { text += String(decoding: buffer[0..<n], as: UTF8.self) } else if n == 0 { return condition(text) }
            if status == 0, let end = text.range(of: "\r\n\r\n") {
                let head = text[..<end.lowerBound].split(separator: "\r\n")
                status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
                for line in head.dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
                }
            }
        }
        return true
    }

    /// The `data:` of every `event: insights` so far, parsed.
    var insights: [[String: Any]] {
        text.components(separatedBy: "event: insights\n").dropFirst().compactMap { chunk in
            guard let line = chunk.split(separator: "\n").first(where: { $0.hasPrefix("data: ") }) else { return nil }
            return try? JSONSerialization.jsonObject(with: Data(line.dropFirst(6).utf8)) as? [String: Any]
        }
    }

    var heartbeats: Int { text.components(separatedBy: ": heartbeat").count - 1 }
}
