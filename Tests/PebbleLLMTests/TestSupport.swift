import PebbleTestSupport
import PebbleLLM
import AsyncHTTPClient
import Foundation
import NIOPosix
import XCTest

/// Starts a loopback server and an HTTP client, runs `body`, then shuts both down.
func withLoopback<T>(
    _ body: (LoopbackHTTPServer, HTTPClient) async throws -> T
) async throws -> T {
    let server = try await LoopbackHTTPServer.start()
    let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
    let result: T
    do {
        result = try await body(server, client)
    } catch {
        try? await client.shutdown()
        try? await server.stop()
        throw error
    }
    try await client.shutdown()
    try await server.stop()
    return result
}

/// Asserts that `operation` throws and returns the error.
func assertThrows<T>(
    _ operation: () async throws -> T,
    file: StaticString = #filePath,
    line: UInt = #line
) async -> (any Error)? {
    do {
        let value = try await operation()
        XCTFail("expected an error, got \(value)", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

/// A clock that only moves when told to, for the circuit breaker.
final class ManualTime: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Duration = .zero
    var now: Duration { lock.withLock { current } }
    func advance(by duration: Duration) { lock.withLock { current += duration } }
}

let sampleRequest = ChatRequestFixture.make()

enum ChatRequestFixture {
    static func make(stop: [String] = []) -> ChatRequest {
        ChatRequest(
            system: "You are a patient coding tutor.",
            messages: [.user("Why does my loop never end?"), .assistant("Show me the loop."), .user("while i < 10 { print(i) }")],
            stop: stop
        )
    }
}
