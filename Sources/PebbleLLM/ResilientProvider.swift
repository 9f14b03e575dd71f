import Foundation

/// Timeouts, retries and circuit-breaking for a ``ResilientProvider``.
public struct ResiliencePolicy: Sendable {
    /// Deadline of one attempt; a slower attempt is cancelled (with its HTTP request).
    public var attemptTimeout: Duration
    /// Extra attempts after the first, for retryable errors only.
    public var maxRetries: Int
    /// Backoff before retry n (0-based) is `min(maxBackoff, baseBackoff · 2ⁿ)`, jittered.
    public var baseBackoff: Duration
    public var maxBackoff: Duration
    /// Fraction of each backoff that is random: 0.5 means a delay in `[d/2, d]`.
    public var jitter: Double
    /// Deadline of the whole call, retries and waits included.
    public var overallDeadline: Duration
    /// Consecutive failed calls that open the circuit.
    public var breakerFailureThreshold: Int
    /// How long the circuit stays open before one probe is let through.
    public var breakerCooldown: Duration

    public init(
        attemptTimeout: Duration = .seconds(8),
        maxRetries: Int = 2,
        baseBackoff: Duration = .milliseconds(200),
        maxBackoff: Duration = .seconds(2),
        jitter: Double = 0.5,
        overallDeadline: Duration = .seconds(20),
        breakerFailureThreshold: Int = 5,
        breakerCooldown: Duration = .seconds(30)
    ) {
        self.attemptTimeout = attemptTimeout
        self.maxRetries = maxRetries
        self.baseBackoff = baseBackoff
        self.maxBackoff = maxBackoff
        self.jitter = jitter
        self.overallDeadline = overallDeadline
        self.breakerFailureThreshold = breakerFailureThreshold
        self.breakerCooldown = breakerCooldown
    }

    public static let `default` = ResiliencePolicy()

    /// The jittered backoff before retry `retry` (0-based); `random` is in `0...1`.
    public func backoff(retry: Int, random: Double) -> Duration {
        let exponential = baseBackoff * Int(1 << min(retry, 20))
        let capped = min(exponential, maxBackoff)
        let fraction = (1 - jitter) + jitter * min(max(random, 0), 1)
        return capped * fraction
    }
}

/// The time a ``ResilientProvider`` and its ``CircuitBreaker`` run on. Injectable for tests.
public struct ResilienceClock: Sendable {
    /// Monotonic time since an arbitrary origin.
    public var now: @Sendable () -> Duration
    /// Waits (backoff between retries); throws when cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    public init(now: @escaping @Sendable () -> Duration, sleep: @escaping @Sendable (Duration) async throws -> Void) {
        self.now = now
        self.sleep = sleep
    }

    public static let continuous: ResilienceClock = {
        let clock = ContinuousClock()
        let origin = clock.now
        return ResilienceClock(now: { clock.now - origin }, sleep: { try await Task.sleep(for: $0) })
    }()
}

/// A circuit breaker: after `failureThreshold` consecutive failed calls it opens for
/// `cooldown` and fails fast; then it lets one probe through (half-open), which closes it on
/// success or opens it again on failure.
public actor CircuitBreaker {
    public enum State: Sendable, Equatable {
        case closed
        case open
        case halfOpen
    }

    public let failureThreshold: Int
    public let cooldown: Duration
    private let now: @Sendable () -> Duration

    public private(set) var state: State = .closed
    public private(set) var consecutiveFailures = 0
    private var openedAt: Duration = .zero
    private var probeInFlight = false

    public init(failureThreshold: Int = 5, cooldown: Duration = .seconds(30), now: @escaping @Sendable () -> Duration) {
        self.failureThreshold = max(1, failureThreshold)
        self.cooldown = cooldown
        self.now = now
    }

    /// Asks to make a call; throws ``ProviderError/circuitOpen(retryAfter:)`` when it may not.
    public func acquire() throws(ProviderError) {
        switch state {
        case .closed:
            return
        case .open:
            let elapsed = now() - openedAt
            guard elapsed >= cooldown else { throw .circuitOpen(retryAfter: cooldown - elapsed) }
            state = .halfOpen
            probeInFlight = true
        case .halfOpen:
            guard !probeInFlight else { throw .circuitOpen(retryAfter: .zero) }
            probeInFlight = true
        }
    }

    /// The upstream answered (a success, or a client error that proves it is up).
    public func recordSuccess() {
        state = .closed
        consecutiveFailures = 0
        probeInFlight = false
    }

    /// The call failed for a reason that suggests the upstream is unhealthy.
    public func recordFailure() {
        probeInFlight = false
        consecutiveFailures += 1
        if state == .halfOpen || consecutiveFailures >= failureThreshold {
            state = .open
            openedAt = now()
        }
    }

    /// The call ended without an outcome (cancelled): a probe slot is given back.
    public func recordAbandoned() {
        probeInFlight = false
    }
}

/// Wraps a provider with per-attempt timeouts, retries with exponential backoff and jitter,
/// an overall deadline and a circuit breaker.
public struct ResilientProvider: ChatProvider {
    public let wrapped: any ChatProvider
    public let policy: ResiliencePolicy
    public let breaker: CircuitBreaker
    private let clock: ResilienceClock
    private let random: @Sendable () -> Double

    public var name: String { wrapped.name }

    /// The breaker's state, for tests and metrics.
    public var state: CircuitBreaker.State {
        get async { await breaker.state }
    }

    public init(
        wrapping provider: any ChatProvider,
        policy: ResiliencePolicy = .default,
        clock: ResilienceClock = .continuous,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.wrapped = provider
        self.policy = policy
        self.clock = clock
        self.random = random
        self.breaker = CircuitBreaker(
            failureThreshold: policy.breakerFailureThreshold,
            cooldown: policy.breakerCooldown,
            now: clock.now
        )
    }

    public func complete(_ request: ChatRequest) async throws -> ChatReply {
        try await breaker.acquire()
        do {
            let reply = try await attempts(request)
            await breaker.recordSuccess()
            return reply
        } catch let error as ProviderError {
            if Self.countsAsFailure(error) {
                await breaker.recordFailure()
            } else {
                await breaker.recordSuccess()
            }
            throw error
        } catch {
            await breaker.recordAbandoned()
            throw error
        }
    }

    /// 4xx answers other than 429 show the upstream is up; everything else counts against it.
    static func countsAsFailure(_ error: ProviderError) -> Bool {
        if case .http(let status, _) = error, (400..<500).contains(status), status != 429 { return false }
        return true
    }

    private func attempts(_ request: ChatRequest) async throws -> ChatReply {
        let deadline = clock.now() + policy.overallDeadline
        var retry = 0
        while true {
            let remaining = deadline - clock.now()
            guard remaining > .zero else { throw ProviderError.timeout }
            let sink = RetryAfterSink()
            do {
                return try await RetryAfterSink.$current.withValue(sink) {
                    try await Self.withTimeout(min(policy.attemptTimeout, remaining)) { [wrapped] in
                        try await wrapped.complete(request)
                    }
                }
            } catch let error as ProviderError {
                guard error.isRetryable, retry < policy.maxRetries else { throw error }
                var delay = policy.backoff(retry: retry, random: random())
                if case .http(429, _) = error, let hinted = await sink.take() {
                    // Honour the server's hint, unless it asks for longer than we would ever wait.
                    guard hinted <= policy.maxBackoff else { throw error }
                    delay = hinted
                }
                guard clock.now() + delay < deadline else { throw error }
                try await clock.sleep(delay)
                retry += 1
            }
        }
    }

    /// Runs `operation`, cancelling it and throwing ``ProviderError/timeout`` after `timeout`.
    static func withTimeout<T: Sendable>(
        _ timeout: Duration,
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw ProviderError.timeout
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw ProviderError.timeout }
            return first
        }
    }
}
