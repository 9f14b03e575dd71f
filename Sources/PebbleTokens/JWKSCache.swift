public import AsyncHTTPClient
public import Foundation
public import JWTKit
public import Logging
import NIOCore
import NIOHTTP1

/// The issuer's JSON Web Key Set, fetched over HTTP(S) and kept fresh.
///
/// - The first caller fetches; concurrent callers share that one in-flight fetch.
/// - After `refreshInterval` the keys are refetched in the background; callers keep getting the
///   cached keys meanwhile.
/// - A token naming an unknown `kid` triggers a refetch (the issuer may have rotated), at most
///   once per `minRefetchInterval`, so a flood of bogus kids cannot hammer the issuer.
/// - A failed refresh keeps the last good keys (logged as a warning); only while no keys were
///   ever fetched does the cache fail, with `.jwksUnavailable`. Attempts while there are no keys
///   are rate-limited by `minRefetchInterval` too.
/// - The body is capped at `maxBodyBytes`; each request at `requestTimeout`.
public actor JWKSCache {
    public nonisolated let url: URL
    public nonisolated let refreshInterval: Duration
    public nonisolated let minRefetchInterval: Duration
    public nonisolated let requestTimeout: Duration
    public nonisolated let maxBodyBytes: Int
    private let httpClient: HTTPClient
    private let logger: Logger
    private let clock = ContinuousClock()

    private var current: KeySet?
    private var fetchedAt: ContinuousClock.Instant?
    private var lastAttempt: ContinuousClock.Instant?
    private var lastFailure: String?
    private var inFlight: Task<Result<KeySet, TokenError>, Never>?

    /// How many fetches were started (successful or not). For metrics and tests.
    public private(set) var fetchCount = 0

    public init(
        url: URL,
        httpClient: HTTPClient,
        refreshInterval: Duration = .seconds(300),
        minRefetchInterval: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(5),
        maxBodyBytes: Int = 64 * 1024,
        logger: Logger = Logger(label: "pebble.tokens.jwks")
    ) {
        self.url = url
        self.httpClient = httpClient
        self.refreshInterval = refreshInterval
        self.minRefetchInterval = minRefetchInterval
        self.requestTimeout = requestTimeout
        self.maxBodyBytes = maxBodyBytes
        var logger = logger
        logger[metadataKey: "jwks_url"] = "\(url.absoluteString)"
        self.logger = logger
    }

    /// The current usable keys (each with its `alg` filled in), fetching them if needed.
    public func keys() async throws(TokenError) -> JWKS {
        try await keySet().jwks
    }

    /// The keys after giving the issuer a chance to publish `kid`: refetches unless a fetch
    /// happened less than `minRefetchInterval` ago (then the cached keys are returned as they are).
    public func keys(forUnknownKid kid: String) async throws(TokenError) -> JWKS {
        try await keySet(forUnknownKid: kid).jwks
    }

    // MARK: - Internal

    func keySet() async throws(TokenError) -> KeySet {
        let now = clock.now
        if let current, let fetchedAt {
            if now - fetchedAt >= refreshInterval, inFlight == nil, mayAttempt(at: now) {
                startFetch()  // in the background: this caller keeps the cached keys
            }
            return current
        }
        let task: Task<Result<KeySet, TokenError>, Never>
        if let inFlight {
            task = inFlight
        } else if mayAttempt(at: now) {
            task = startFetch()
        } else {
            throw .jwksUnavailable(lastFailure ?? "no keys fetched yet")
        }
        switch await task.value {
        case .success(let keySet): return keySet
        case .failure(let error):
            if let current { return current }  // another fetch may have succeeded meanwhile
            throw error
        }
    }

    func keySet(forUnknownKid kid: String) async throws(TokenError) -> KeySet {
        guard let known = current else { return try await keySet() }
        if known.contains(kid: kid) { return known }
        let task: Task<Result<KeySet, TokenError>, Never>
        if let inFlight {
            task = inFlight
        } else if mayAttempt(at: clock.now) {
            logger.debug("unknown kid, refetching the JWKS", metadata: ["kid": "\(TokenError.sanitized(kid))"])
            task = startFetch()
        } else {
            return known
        }
        switch await task.value {
        case .success(let keySet): return keySet
        case .failure: return current ?? known
        }
    }

    private func mayAttempt(at now: ContinuousClock.Instant) -> Bool {
        guard let lastAttempt else { return true }
        return now - lastAttempt >= minRefetchInterval
    }

    @discardableResult
    private func startFetch() -> Task<Result<KeySet, TokenError>, Never> {
        lastAttempt = clock.now
        fetchCount += 1
        let request = FetchRequest(
            url: url, httpClient: httpClient, timeout: requestTimeout, maxBodyBytes: maxBodyBytes, logger: logger)
        let task = Task<Result<KeySet, TokenError>, Never> {
            let result = await request.run()
            self.finish(result)
            return result
        }
        inFlight = task
        return task
    }

    private func finish(_ result: Result<KeySet, TokenError>) {
        inFlight = nil
        switch result {
        case .success(let keySet):
            if current == nil {
                logger.info("JWKS fetched", metadata: ["keys": "\(keySet.count)"])
            } else {
                logger.debug("JWKS refreshed", metadata: ["keys": "\(keySet.count)"])
            }
            current = keySet
            fetchedAt = clock.now
            lastFailure = nil
        case .failure(let error):
            let reason: String
            if case .jwksUnavailable(let r) = error { reason = r } else { reason = error.description }
            lastFailure = reason
            if current != nil {
                logger.warning("JWKS refresh failed; keeping the last good keys", metadata: ["reason": "\(reason)"])
            } else {
                logger.error("JWKS fetch failed and no keys were fetched before", metadata: ["reason": "\(reason)"])
            }
        }
    }
}

/// One GET of the JWKS, off the actor.
private struct FetchRequest: Sendable {
    let url: URL
    let httpClient: HTTPClient
    let timeout: Duration
    let maxBodyBytes: Int
    let logger: Logger

    func run() async -> Result<KeySet, TokenError> {
        do {
            var request = HTTPClientRequest(url: url.absoluteString)
            request.method = .GET
            request.headers.add(name: "Accept", value: "application/jwk-set+json, application/json")
            let response = try await httpClient.execute(request, timeout: TimeAmount(timeout))
            guard response.status == .ok else {
                return .failure(.jwksUnavailable("HTTP \(response.status.code) from the JWKS endpoint"))
            }
            let body: ByteBuffer
            do {
                body = try await response.body.collect(upTo: maxBodyBytes)
            } catch is NIOTooManyBytesError {
                return .failure(.jwksUnavailable("the JWKS body is larger than \(maxBodyBytes) bytes"))
            }
            do {
                let keySet = try await KeySet.build(json: Array(body.readableBytesView), logger: logger)
                return .success(keySet)
            } catch let error as KeySet.BuildError {
                return .failure(.jwksUnavailable(error.description))
            } catch {
                return .failure(.jwksUnavailable("the JWKS body is not a valid key set"))
            }
        } catch {
            return .failure(.jwksUnavailable(Self.describe(error)))
        }
    }

    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}
