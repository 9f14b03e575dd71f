import AsyncHTTPClient
import Foundation
import JWTKit
import NIOCore
import XCTest

@testable import PebbleTokens

/// The JWKS cache against a real loopback HTTP server: caching, rotation, rate limits, failures.
final class JWKSCacheTests: XCTestCase {
    var server: JWKSTestServer!
    var signers: JWTKeyCollection!

    override func setUp() async throws {
        server = try await JWKSTestServer.start(body: try Fixture.jwksJSON())
        signers = try await Fixture.signers()
    }

    override func tearDown() async throws {
        await server?.stop()
    }

    private func verifier(
        url: URL? = nil,
        refreshInterval: Duration = .seconds(300),
        minRefetchInterval: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(2),
        maxBodyBytes: Int = 64 * 1024
    ) -> TokenVerifier {
        let cache = JWKSCache(
            url: url ?? server.url, httpClient: .shared, refreshInterval: refreshInterval,
            minRefetchInterval: minRefetchInterval, requestTimeout: requestTimeout, maxBodyBytes: maxBodyBytes)
        return TokenVerifier(cache: cache, policy: Fixture.policy)
    }

    private func token(kid: String = "ed-1", with keys: JWTKeyCollection? = nil) async throws -> String {
        try await (keys ?? signers).mint(Fixture.standardClaims(), kid: kid)
    }

    func testSecondVerifyDoesNotRefetch() async throws {
        let v = verifier()
        _ = try await v.verify(try await token())
        _ = try await v.verify(try await token(kid: "es-1"))
        _ = try await v.verify(try await token())
        XCTAssertEqual(server.requestCount, 1)
        let fetches = await v.cache!.fetchCount
        XCTAssertEqual(fetches, 1)
        let keys = try await v.cache!.keys()
        XCTAssertEqual(keys.keys.compactMap(\.keyIdentifier?.string).sorted(), ["ed-1", "es-1"])
        XCTAssertEqual(server.requestCount, 1)
    }

    func testConcurrentFirstCallersShareOneFetch() async throws {
        server.setDelay(.milliseconds(200))
        let v = verifier()
        let t = try await token()
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask { try await v.verify(t).subject } }
            for try await subject in group { XCTAssertEqual(subject, "learner-42") }
        }
        XCTAssertEqual(server.requestCount, 1)
    }

    func testUnknownKidRefetchesSoRotationWorks() async throws {
        let v = verifier(minRefetchInterval: .milliseconds(200))
        _ = try await v.verify(try await token())
        XCTAssertEqual(server.requestCount, 1)

        // The issuer rotates: a new key ed-2 is published, ed-1 is retired.
        let rotated = JWTKeyCollection()
        let ed2 = try EdDSA.PrivateKey(curve: .ed25519)
        await rotated.add(eddsa: ed2, kid: "ed-2")
        server.setBody(Fixture.jwksJSON(ed: ed2, kid: "ed-2"))
        try await Task.sleep(for: .milliseconds(250))

        let verified = try await v.verify(try await token(kid: "ed-2", with: rotated))
        XCTAssertEqual(verified.keyID, "ed-2")
        XCTAssertEqual(server.requestCount, 2)
        // The retired key is gone with the old set.
        await assertRefused(.unknownKey("ed-1")) { () async throws(TokenError) in try await v.verify(try! await token()) }
        // And the new one keeps working without further fetches.
        _ = try await v.verify(try await token(kid: "ed-2", with: rotated))
        XCTAssertEqual(server.requestCount, 2)
    }

    func testUnknownKidWithinMinRefetchIntervalDoesNotRefetch() async throws {
        let v = verifier(minRefetchInterval: .seconds(10))
        _ = try await v.verify(try await token())
        let bogus = try await token().replacingKid("bogus")
        await assertRefused(.unknownKey("bogus")) { () async throws(TokenError) in try await v.verify(bogus) }
        XCTAssertEqual(server.requestCount, 1)
    }

    func testBurstOfUnknownKidsMakesAtMostOneFetch() async throws {
        let v = verifier(minRefetchInterval: .milliseconds(300))
        _ = try await v.verify(try await token())
        XCTAssertEqual(server.requestCount, 1)
        try await Task.sleep(for: .milliseconds(350))  // a refetch is allowed again

        let base = try await token()
        let results = await withTaskGroup(of: TokenError?.self, returning: [TokenError?].self) { group in
            for i in 0..<50 {
                let forged = base.replacingKid("bogus-\(i)")
                group.addTask {
                    do { _ = try await v.verify(forged); return nil } catch { return error as? TokenError }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(results.count, 50)
        for (i, error) in results.enumerated() {
            guard case .unknownKey(let kid?) = error else { return XCTFail("#\(i): \(String(describing: error))") }
            XCTAssertTrue(kid.hasPrefix("bogus-"))
        }
        XCTAssertLessThanOrEqual(server.requestCount - 1, 1, "a burst of unknown kids made \(server.requestCount - 1) fetches")
        // A second burst right after: no fetch at all.
        let before = server.requestCount
        for i in 0..<50 {
            await assertRefused(.unknownKey("again-\(i)")) { () async throws(TokenError) in try await v.verify(base.replacingKid("again-\(i)")) }
        }
        XCTAssertEqual(server.requestCount, before)
        // Good tokens still verify from the cache.
        _ = try await v.verify(base)
    }

    func testRefreshesAfterRefreshInterval() async throws {
        let v = verifier(refreshInterval: .milliseconds(200), minRefetchInterval: .milliseconds(50))
        _ = try await v.verify(try await token())
        try await Task.sleep(for: .milliseconds(250))
        _ = try await v.verify(try await token())  // served from cache, refresh starts in the background
        let server = self.server!
        try await waitUntil { server.requestCount == 2 }
        _ = try await v.verify(try await token())
        XCTAssertEqual(server.requestCount, 2)
    }

    func testServerDownAfterFirstFetchKeepsCachedKeys() async throws {
        // AsyncHTTPClient retries a refused connection until the request's deadline: keep it short.
        let v = verifier(refreshInterval: .milliseconds(100), minRefetchInterval: .milliseconds(50), requestTimeout: .milliseconds(300))
        _ = try await v.verify(try await token())
        await server.stop()
        try await Task.sleep(for: .milliseconds(150))
        // Stale: a background refresh fails, the cached keys keep working.
        _ = try await v.verify(try await token())
        try await Task.sleep(for: .milliseconds(100))
        _ = try await v.verify(try await token(kid: "es-1"))
        // An unknown kid tries a refetch, which fails: still a precise unknownKey, not jwksUnavailable.
        let bogus = try await token().replacingKid("bogus")
        await assertRefused(.unknownKey("bogus")) { () async throws(TokenError) in try await v.verify(bogus) }
        let attempts = await v.cache!.fetchCount
        XCTAssertGreaterThan(attempts, 1)
    }

    func testErrorStatusAfterFirstFetchKeepsCachedKeys() async throws {
        let v = verifier(refreshInterval: .milliseconds(100), minRefetchInterval: .milliseconds(50))
        _ = try await v.verify(try await token())
        server.setMode(.status(503))
        try await Task.sleep(for: .milliseconds(150))
        _ = try await v.verify(try await token())
        let server = self.server!
        try await waitUntil { server.requestCount >= 2 }
        try await Task.sleep(for: .milliseconds(100))
        _ = try await v.verify(try await token(kid: "es-1"))
        // The issuer comes back with a new set: picked up at the next refresh.
        let ed2 = try EdDSA.PrivateKey(curve: .ed25519)
        server.setBody(Fixture.jwksJSON(ed: ed2, kid: "ed-2"))
        server.setMode(.serve)
        let rotated = JWTKeyCollection()
        await rotated.add(eddsa: ed2, kid: "ed-2")
        try await Task.sleep(for: .milliseconds(100))
        _ = try await v.verify(try await token(kid: "ed-2", with: rotated))
    }

    func testServerDownFromTheStartIsJwksUnavailable() async throws {
        let v = verifier(url: try await JWKSTestServer.deadURL(), minRefetchInterval: .seconds(10), requestTimeout: .milliseconds(300))
        let t = try await token()
        do {
            _ = try await v.verify(t)
            XCTFail("accepted without keys")
        } catch {
            guard case .jwksUnavailable = error else { return XCTFail("\(error)") }
            XCTAssertEqual(error.code, "jwks_unavailable")
            XCTAssertEqual(error.httpStatus, 503)
        }
        // Within minRefetchInterval: fails at once, without another attempt.
        do {
            _ = try await v.cache!.keys()
            XCTFail("keys without a server")
        } catch {
            guard case .jwksUnavailable = error else { return XCTFail("\(error)") }
        }
        let attempts = await v.cache!.fetchCount
        XCTAssertEqual(attempts, 1)
    }

    func testErrorStatusFromTheStartIsJwksUnavailable() async throws {
        server.setMode(.status(500))
        let v = verifier(minRefetchInterval: .milliseconds(100))
        await assertRefused(.jwksUnavailable("HTTP 500 from the JWKS endpoint")) { () async throws(TokenError) in try await v.verify(try! await token()) }
        // The issuer recovers: the next attempt after minRefetchInterval succeeds.
        server.setMode(.serve)
        try await Task.sleep(for: .milliseconds(150))
        _ = try await v.verify(try await token())
        XCTAssertEqual(server.requestCount, 2)
    }

    func testOversizedJWKSIsRefused() async throws {
        let big = #"{"keys":[],"padding":""# + String(repeating: "x", count: 70_000) + #""}"#
        server.setBody(big)
        let v = verifier()
        await assertRefused(.jwksUnavailable("the JWKS body is larger than 65536 bytes")) { () async throws(TokenError) in try await v.verify(try! await token()) }
    }

    func testInvalidJWKSIsRefused() async throws {
        for body in ["not json", #"{"keys":[]}"#, #"{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"h"}]}"#] {
            server.setBody(body)
            let v = verifier()
            do {
                _ = try await v.verify(try await token())
                XCTFail("accepted with JWKS \(body)")
            } catch let error as TokenError {
                guard case .jwksUnavailable = error else { return XCTFail("\(error)") }
            }
        }
    }

    func testUnusableKeysInTheSetAreSkipped() async throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixture.jwksJSON().utf8)) as! [String: Any]
        var keys = fixture["keys"] as! [[String: Any]]
        keys.append(["kty": "oct", "k": "c2VjcmV0", "kid": "hmac"])  // a symmetric key: never usable
        keys.append(["kty": "EC", "crv": "P-256", "use": "enc", "kid": "enc-1", "x": keys[1]["x"]!, "y": keys[1]["y"]!])
        keys.append(["kty": "OKP", "crv": "Ed25519", "alg": "ES256", "kid": "confused", "x": keys[0]["x"]!])
        keys.append(["kty": "EC", "crv": "P-256", "kid": "bad-point", "x": "AAAA", "y": "AAAA"])
        keys.append(["kty": "OKP", "crv": "Ed25519", "x": keys[0]["x"]!])  // no kid, in a set of several
        let body = try JSONSerialization.data(withJSONObject: ["keys": keys])
        server.setBody(String(decoding: body, as: UTF8.self))
        let v = verifier()
        _ = try await v.verify(try await token())
        _ = try await v.verify(try await token(kid: "es-1"))
        let served = try await v.cache!.keys()
        XCTAssertEqual(served.keys.compactMap(\.keyIdentifier?.string).sorted(), ["ed-1", "es-1"])
        await assertRefused(.unknownKey("confused")) { () async throws(TokenError) in try await v.verify(try! await token().replacingKid("confused")) }
    }

    func testKeysWithoutAlgGetTheImpliedAlgorithm() async throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixture.jwksJSON().utf8)) as! [String: Any]
        let keys = (fixture["keys"] as! [[String: Any]]).map { key in key.filter { $0.key != "alg" } }
        server.setBody(String(decoding: try JSONSerialization.data(withJSONObject: ["keys": keys]), as: UTF8.self))
        let v = verifier()
        _ = try await v.verify(try await token())
        _ = try await v.verify(try await token(kid: "es-1"))
        let served = try await v.cache!.keys()
        XCTAssertEqual(Set(served.keys.compactMap(\.algorithm?.rawValue)), ["EdDSA", "ES256"])
    }

    private func waitUntil(timeout: Duration = .seconds(3), _ condition: @escaping @Sendable () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { return XCTFail("condition not met within \(timeout)") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
