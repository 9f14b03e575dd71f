import PebbleTestSupport
import AsyncHTTPClient
import Foundation
import NIOCore
import PebbleLLM
import XCTest

final class ResilientProviderTests: XCTestCase {
    static let okReply = #"{"model":"m","choices":[{"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]}"#

    static func fastPolicy(retries: Int = 2, attemptTimeout: Duration = .seconds(2)) -> ResiliencePolicy {
        ResiliencePolicy(
            attemptTimeout: attemptTimeout,
            maxRetries: retries,
            baseBackoff: .milliseconds(10),
            maxBackoff: .milliseconds(200),
            overallDeadline: .seconds(5)
        )
    }

    static func openAI(_ server: LoopbackHTTPServer, _ client: HTTPClient) -> OpenAICompatibleProvider {
        OpenAICompatibleProvider(configuration: .init(baseURL: server.baseURL + "/v1", model: "m"), httpClient: client)
    }

    func testRetries503ThenSucceeds() async throws {
        try await withLoopback { server, client in
            server.enqueue(.json("{}", status: 503), .json("{}", status: 503), .json(Self.okReply))
            let provider = ResilientProvider(wrapping: Self.openAI(server, client), policy: Self.fastPolicy())
            let reply = try await provider.complete(sampleRequest)
            XCTAssertEqual(reply.text, "ok")
            XCTAssertEqual(server.requestCount, 3)
            let state = await provider.state
            XCTAssertEqual(state, .closed)
        }
    }

    func testGivesUpAfterMaxRetries() async throws {
        try await withLoopback { server, client in
            server.setFallback(.json("{}", status: 502))
            let provider = ResilientProvider(wrapping: Self.openAI(server, client), policy: Self.fastPolicy(retries: 2))
            let error = await assertThrows { try await provider.complete(sampleRequest) }
            guard case .http(502, _)? = error as? ProviderError else { return XCTFail("got \(String(describing: error))") }
            XCTAssertEqual(server.requestCount, 3)
        }
    }

    func testClientErrorsAreNotRetried() async throws {
        try await withLoopback { server, client in
            for status in [400, 401, 403, 404] {
                server.enqueue(.json(#"{"error":"bad"}"#, status: status))
                let before = server.requestCount
                let provider = ResilientProvider(wrapping: Self.openAI(server, client), policy: Self.fastPolicy())
                let error = await assertThrows { try await provider.complete(sampleRequest) }
                guard case .http(let got, _)? = error as? ProviderError else { return XCTFail("got \(String(describing: error))") }
                XCTAssertEqual(got, status)
                XCTAssertEqual(server.requestCount, before + 1, "HTTP \(status) must not be retried")
            }
        }
    }

    func testTransportErrorIsRetried() async throws {
        try await withLoopback { server, client in
            server.enqueue(.abruptClose, .json(Self.okReply))
            let provider = ResilientProvider(wrapping: Self.openAI(server, client), policy: Self.fastPolicy())
            let reply = try await provider.complete(sampleRequest)
            XCTAssertEqual(reply.text, "ok")
            XCTAssertEqual(server.requestCount, 2)
        }
    }

    func testRetryAfterIsHonouredOnlyWithinTheCap() async throws {
        try await withLoopback { server, client in
            // Within the cap (200 ms): wait as told, then succeed.
            server.enqueue(.json("{}", status: 429, headers: [("retry-after", "0")]), .json(Self.okReply))
            let provider = ResilientProvider(wrapping: Self.openAI(server, client), policy: Self.fastPolicy())
            let reply = try await provider.complete(sampleRequest)
            XCTAssertEqual(reply.text, "ok")
            XCTAssertEqual(server.requestCount, 2)

            // Longer than the cap: give up at once with the 429.
            server.enqueue(.json(#"{"error":"slow down"}"#, status: 429, headers: [("retry-after", "120")]))
            let started = ContinuousClock.now
            let error = await assertThrows { try await provider.complete(sampleRequest) }
            guard case .http(429, _)? = error as? ProviderError else { return XCTFail("got \(String(describing: error))") }
            XCTAssertEqual(server.requestCount, 3)
            XCTAssertLessThan(ContinuousClock.now - started, .seconds(1))
        }
    }

    func testSlowProviderTimesOutAtTheAttemptDeadline() async throws {
        try await withLoopback { server, client in
            var slow = ScriptedResponse.json(Self.okReply)
            slow.delay = .seconds(3)
            server.setFallback(slow)
            let provider = ResilientProvider(
                wrapping: Self.openAI(server, client),
                policy: Self.fastPolicy(retries: 0, attemptTimeout: .milliseconds(300))
            )
            let started = ContinuousClock.now
            let error = await assertThrows { try await provider.complete(sampleRequest) }
            let elapsed = ContinuousClock.now - started
            guard case .timeout? = error as? ProviderError else { return XCTFail("got \(String(describing: error))") }
            XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(290))
            XCTAssertLessThan(elapsed, .seconds(1))
            XCTAssertEqual(server.requestCount, 1)
            // The abandoned HTTP request was cancelled: its connection is closed long before the 3 s answer.
            for _ in 0..<50 where server.closedConnections == 0 { try await Task.sleep(for: .milliseconds(10)) }
            XCTAssertEqual(server.closedConnections, 1)
        }
    }

    func testOverallDeadlineBoundsRetries() async throws {
        try await withLoopback { server, client in
            var slow = ScriptedResponse.json(Self.okReply)
            slow.delay = .seconds(3)
            server.setFallback(slow)
            var policy = Self.fastPolicy(retries: 5, attemptTimeout: .milliseconds(200))
            policy.overallDeadline = .milliseconds(500)
            let provider = ResilientProvider(wrapping: Self.openAI(server, client), policy: policy)
            let started = ContinuousClock.now
            let error = await assertThrows { try await provider.complete(sampleRequest) }
            let elapsed = ContinuousClock.now - started
            guard case .timeout? = error as? ProviderError else { return XCTFail("got \(String(describing: error))") }
            XCTAssertLessThan(elapsed, .milliseconds(1200))
            XCTAssertLessThanOrEqual(server.requestCount, 3)
        }
    }

    func testCircuitOpensFailsFastAndHalfOpenProbeClosesIt() async throws {
        try await withLoopback { server, client in
            server.setFallback(.json("{}", status: 500))
            let time = ManualTime()
            var policy = Self.fastPolicy(retries: 0)
            policy.breakerFailureThreshold = 3
            policy.breakerCooldown = .seconds(30)
            let provider = ResilientProvider(
                wrapping: Self.openAI(server, client),
                policy: policy,
                clock: ResilienceClock(now: { time.now }, sleep: { try await Task.sleep(for: $0) })
            )

            for _ in 0..<3 {
                let error = await assertThrows { try await provider.complete(sampleRequest) }
                guard case .http(500, _)? = error as? ProviderError else { return XCTFail("got \(String(describing: error))") }
            }
            var state = await provider.state
            XCTAssertEqual(state, .open)
            XCTAssertEqual(server.requestCount, 3)

            // Open: fails fast, the server sees nothing.
            time.advance(by: .seconds(10))
            let fast = await assertThrows { try await provider.complete(sampleRequest) }
            guard case .circuitOpen(let retryAfter)? = fast as? ProviderError else { return XCTFail("got \(String(describing: fast))") }
            XCTAssertEqual(retryAfter, .seconds(20))
            XCTAssertFalse((fast as? ProviderError)?.isRetryable ?? true)
            XCTAssertEqual(server.requestCount, 3)

            // After the cooldown one probe goes through; it fails, so the circuit opens again.
            time.advance(by: .seconds(20))
            _ = await assertThrows { try await provider.complete(sampleRequest) }
            XCTAssertEqual(server.requestCount, 4)
            state = await provider.state
            XCTAssertEqual(state, .open)
            _ = await assertThrows { try await provider.complete(sampleRequest) }
            XCTAssertEqual(server.requestCount, 4)

            // Next cooldown: the probe succeeds and closes the circuit.
            time.advance(by: .seconds(30))
            server.setFallback(.json(Self.okReply))
            let reply = try await provider.complete(sampleRequest)
            XCTAssertEqual(reply.text, "ok")
            state = await provider.state
            XCTAssertEqual(state, .closed)
            let failures = await provider.breaker.consecutiveFailures
            XCTAssertEqual(failures, 0)
            _ = try await provider.complete(sampleRequest)
            XCTAssertEqual(server.requestCount, 6)
        }
    }

    func testHalfOpenAdmitsOneProbeAtATime() async throws {
        let time = ManualTime()
        let breaker = CircuitBreaker(failureThreshold: 1, cooldown: .seconds(5), now: { time.now })
        await breaker.recordFailure()
        var state = await breaker.state
        XCTAssertEqual(state, .open)
        time.advance(by: .seconds(5))
        try await breaker.acquire()
        state = await breaker.state
        XCTAssertEqual(state, .halfOpen)
        do {
            try await breaker.acquire()
            XCTFail("a second probe must not be admitted")
        } catch {
            guard case .circuitOpen = error else { return XCTFail("got \(error)") }
        }
        await breaker.recordSuccess()
        state = await breaker.state
        XCTAssertEqual(state, .closed)
    }

    func testBackoffGrowsExponentiallyWithJitterAndCap() {
        let policy = ResiliencePolicy(baseBackoff: .milliseconds(200), maxBackoff: .seconds(2), jitter: 0.5)
        XCTAssertEqual(policy.backoff(retry: 0, random: 1), .milliseconds(200))
        XCTAssertEqual(policy.backoff(retry: 0, random: 0), .milliseconds(100))
        XCTAssertEqual(policy.backoff(retry: 1, random: 1), .milliseconds(400))
        XCTAssertEqual(policy.backoff(retry: 2, random: 1), .milliseconds(800))
        XCTAssertEqual(policy.backoff(retry: 6, random: 1), .seconds(2))
        XCTAssertFalse(ProviderError.http(status: 404, body: "").isRetryable)
        XCTAssertTrue(ProviderError.http(status: 429, body: "").isRetryable)
        XCTAssertTrue(ProviderError.http(status: 504, body: "").isRetryable)
        XCTAssertTrue(ProviderError.timeout.isRetryable)
        XCTAssertTrue(ProviderError.transport("reset").isRetryable)
        XCTAssertFalse(ProviderError.badResponse("x").isRetryable)
    }
}
