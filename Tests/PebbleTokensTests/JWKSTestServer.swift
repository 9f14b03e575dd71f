import Foundation
import NIOCore
import PebbleTestSupport

/// The issuer's JWKS endpoint for these tests: PebbleTestSupport's loopback server answering one
/// document, which a test can change, replace by an error status, slow down, or take away.
final class JWKSTestServer: @unchecked Sendable {
    enum Mode: Sendable, Equatable {
        case serve
        case status(Int)
    }

    private let server: LoopbackHTTPServer
    private let lock = NSLock()
    private var body: String
    private var mode = Mode.serve
    private var delay: TimeAmount = .zero

    var port: Int { server.port }
    var url: URL { URL(string: "http://127.0.0.1:\(port)/.well-known/jwks.json")! }
    var requestCount: Int { server.requestCount }

    func setBody(_ body: String) { lock.withLock { self.body = body }; apply() }
    func setMode(_ mode: Mode) { lock.withLock { self.mode = mode }; apply() }
    func setDelay(_ delay: TimeAmount) { lock.withLock { self.delay = delay }; apply() }

    private init(server: LoopbackHTTPServer, body: String) {
        self.server = server
        self.body = body
        apply()
    }

    private func apply() {
        let (body, mode, delay) = lock.withLock { (self.body, self.mode, self.delay) }
        let headers = [("content-type", "application/json"), ("connection", "close")]
        switch mode {
        case .serve:
            server.setFallback(ScriptedResponse(status: 200, headers: headers, body: body, delay: delay > .zero ? delay : nil))
        case .status(let code):
            server.setFallback(ScriptedResponse(status: code, headers: headers, body: #"{"error":"unavailable"}"#, delay: delay > .zero ? delay : nil))
        }
    }

    static func start(body: String) async throws -> JWKSTestServer {
        JWKSTestServer(server: try await LoopbackHTTPServer.start(), body: body)
    }

    /// Stops listening: new connections are refused.
    func stop() async {
        try? await server.stop()
    }

    /// A URL where nothing listens (a server started and stopped at once).
    static func deadURL() async throws -> URL {
        let server = try await start(body: "{}")
        await server.stop()
        return server.url
    }
}
