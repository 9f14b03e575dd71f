import Foundation
import JWTKit
import PebbleTestSupport
import Testing

/// The contract between the services, with every one of them real: pebble-auth issues a token,
/// pebble-coach (and pebble-analytics) verify it through auth's JWKS endpoint — accepting it for
/// its own learner, refusing it for another, accepting auth's service token for anyone, and
/// refusing a token forged with another key under auth's key id.
@Suite("The services trust pebble-auth's tokens and nothing else", .serialized)
struct ServicesTrustTests {
    static let problems = CLIProcess.repositoryRoot.appendingPathComponent("problems").path

    /// The `sub` claim of a JWT (read, not verified: the services do the verifying).
    static func subject(of jwt: String) -> String? {
        let parts = jwt.split(separator: ".")
        guard parts.count == 3 else { return nil }
        var b64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64), let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return o["sub"] as? String
    }

    /// A token shaped exactly like auth's, signed by a key auth never had, under auth's key id.
    static func forged(like token: String, kid: String) async throws -> String {
        struct Claims: JWTPayload {
            var iss: String, aud: [String], sub: String, exp: Int, scope: String
            func verify(using algorithm: some JWTAlgorithm) async throws {}
        }
        let keys = JWTKeyCollection()
        await keys.add(eddsa: try EdDSA.PrivateKey(curve: .ed25519), kid: JWKIdentifier(string: kid))
        return try await keys.sign(Claims(iss: "pebble-auth", aud: ["pebblecode", "pebble-coach", "pebble-analytics"], sub: subject(of: token) ?? "x",
                                          exp: Int(Date().timeIntervalSince1970) + 600, scope: "learner service"), kid: JWKIdentifier(string: kid))
    }

    @Test("coach and analytics accept auth's tokens for their own learner and service tokens; refuses other learners and forged tokens")
    func theCoachTrustsAuth() async throws {
        let auth = try AuthHarness()
        let learner = try auth.newLearner(email: "trust@pebble.test", username: "trusting", password: "correct horse battery staple 42")
        let sub = try #require(Self.subject(of: learner.access))
        let (status, printed) = try auth.cli(["token", "--service", "platform"])
        #expect(status == 0)
        let service = try #require(printed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { $0.split(separator: ".").count == 3 })
        let jwks = try auth.call("GET", "/.well-known/jwks.json").object
        let kid = try #require(((jwks["keys"] as? [[String: Any]])?.last)?["kid"] as? String)
        let forged = try await Self.forged(like: learner.access, kid: kid)

        let coach = try TestService("pebble-coach", config: "judgeSocket: /nonexistent/judge.sock\nproblemsDir: \(Self.problems)\n",
                                    arguments: ["--auth-jwks", auth.jwksURL.absoluteString])
        defer { coach.stop() }
        func ask(_ who: String, _ token: String?) throws -> Int {
            try coach.request("POST", "/v1/coach", json: ["learner": who, "problem": "aplusb", "language": "python3", "code": "print(1)", "tier": "hint"],
                              headers: token.map { ["Authorization": "Bearer " + $0] } ?? [:]).status
        }
        #expect(try ask(sub, learner.access) == 200)
        #expect(try ask("someone-else", learner.access) == 403)
        #expect(try ask("someone-else", String(service)) == 200)
        #expect(try ask(sub, forged) == 401)
        #expect(try ask(sub, nil) == 401)
        // A logged-out learner's refresh token dies, but the short-lived access token still verifies
        // until it expires: that is the documented trade-off of stateless access tokens.
        #expect(try coach.request("GET", "/v1/learners/\(sub)/struggle?problem=aplusb", headers: ["Authorization": "Bearer " + learner.access]).status == 200)

        // pebble-analytics, the same way.
        let analytics = try TestService("pebble-analytics", config: "judgeSocket: /nonexistent/judge.sock\nproblemsDir: \(Self.problems)\n",
                                        arguments: ["--auth-jwks", auth.jwksURL.absoluteString])
        defer { analytics.stop() }
        func insights(_ who: String, _ token: String?) throws -> Int {
            try analytics.request("GET", "/v1/learners/\(who)/insights?window=7d", headers: token.map { ["Authorization": "Bearer " + $0] } ?? [:]).status
        }
        let event: [String: Any] = ["id": "e-1", "type": "run", "learner": sub, "problem": "aplusb", "language": "python3",
                                    "timestamp": Int(Date().timeIntervalSince1970 * 1000), "passed": false, "errorType": "syntax", "executionTimeMs": 12]
        #expect(try analytics.request("POST", "/v1/events", json: ["events": [event]], headers: ["Authorization": "Bearer " + learner.access]).status == 200)
        #expect(try insights(sub, learner.access) == 200)
        #expect(try insights("someone-else", learner.access) == 403)
        #expect(try insights("someone-else", String(service)) == 200)
        #expect(try insights(sub, forged) == 401)
        #expect(try insights(sub, nil) == 401)
        #expect(try analytics.request("GET", "/v1/cohorts/insights?window=7d", headers: ["Authorization": "Bearer " + learner.access]).status == 403)
        #expect(try analytics.request("GET", "/v1/cohorts/insights?window=7d", headers: ["Authorization": "Bearer " + String(service)]).status == 200)
    }
}
