import AsyncHTTPClient
import Crypto
import Foundation
import JWTKit
import XCTest

@testable import PebbleTokens

/// Verification against the fixture JWKS, served by a loopback HTTP server.
final class TokenVerifierTests: XCTestCase {
    var server: JWKSTestServer!
    var verifier: TokenVerifier!
    var signers: JWTKeyCollection!

    override func setUp() async throws {
        server = try await JWKSTestServer.start(body: try Fixture.jwksJSON())
        verifier = TokenVerifier(jwksURL: server.url, policy: Fixture.policy, httpClient: .shared)
        signers = try await Fixture.signers()
    }

    override func tearDown() async throws {
        await server?.stop()
    }

    private func mint(_ change: (inout [String: JSONValue]) -> Void = { _ in }, kid: String = "ed-1") async throws -> String {
        var claims = Fixture.standardClaims()
        change(&claims)
        return try await signers.mint(claims, kid: kid)
    }

    // MARK: - Accepted

    func testAcceptsEdDSAToken() async throws {
        let token = try await mint()
        let verified = try await verifier.verify(token)
        XCTAssertEqual(verified.subject, "learner-42")
        XCTAssertEqual(verified.issuer, Fixture.issuer)
        XCTAssertEqual(verified.audiences, [Fixture.audience])
        XCTAssertEqual(verified.scopes, ["read:submissions", "write:submissions"])
        XCTAssertEqual(verified.keyID, "ed-1")
        XCTAssertEqual(verified.claims, ["jti": "tok-1"])
        XCTAssertEqual(verified.expiresAt.timeIntervalSinceNow, 300, accuracy: 5)
    }

    func testAcceptsES256Token() async throws {
        let token = try await mint(kid: "es-1")
        let header = try XCTUnwrap(Base64URL.decode(token.split(separator: ".")[0]))
        XCTAssertTrue(String(decoding: header, as: UTF8.self).contains(#""alg":"ES256""#))
        let verified = try await verifier.verify(token)
        XCTAssertEqual(verified.keyID, "es-1")
        XCTAssertEqual(verified.subject, "learner-42")
    }

    func testAcceptsAudienceArray() async throws {
        let token = try await mint { $0["aud"] = .array([.string("someone-else"), .string("pebble-grading")]) }
        let verified = try await verifier.verify(token)
        XCTAssertEqual(verified.audiences, ["someone-else", "pebble-grading"])
    }

    func testServiceScopeMayActForAnyLearner() async throws {
        let token = try await mint {
            $0["sub"] = .string("svc-grader")
            $0["scope"] = .string("read:submissions service")
        }
        let verified = try await verifier.verify(token)
        XCTAssertTrue(verified.isService)
        XCTAssertTrue(verified.mayActFor(learner: "learner-42"))
        XCTAssertTrue(verified.mayActFor(learner: "learner-7"))
    }

    func testScpArrayCountsAsScopes() async throws {
        let token = try await mint {
            $0["scope"] = nil
            $0["scp"] = .array([.string("service"), .string("read")])
        }
        let verified = try await verifier.verify(token)
        XCTAssertEqual(verified.scopes, ["service", "read"])
        XCTAssertTrue(verified.mayActFor(learner: "anyone"))
    }

    func testLearnerMayActOnlyForThemselves() async throws {
        let verified = try await verifier.verify(try await mint())
        XCTAssertFalse(verified.isService)
        XCTAssertTrue(verified.mayActFor(learner: "learner-42"))
        XCTAssertFalse(verified.mayActFor(learner: "learner-7"))
        XCTAssertFalse(verified.mayActFor(learner: ""))
    }

    func testCustomServiceScopes() async throws {
        var policy = Fixture.policy
        policy.serviceScopes = ["internal"]
        let custom = TokenVerifier(jwksURL: server.url, policy: policy, httpClient: .shared)
        let withService = try await custom.verify(try await mint { $0["scope"] = .string("service") })
        XCTAssertFalse(withService.mayActFor(learner: "learner-7"))
        let withInternal = try await custom.verify(try await mint { $0["scope"] = .string("internal") })
        XCTAssertTrue(withInternal.mayActFor(learner: "learner-7"))
    }

    func testWithinLeewayIsAccepted() async throws {
        let now = Date().timeIntervalSince1970
        let token = try await mint {
            $0["exp"] = .number(now - 10)
            $0["nbf"] = .number(now + 10)
            $0["iat"] = .number(now + 10)
        }
        _ = try await verifier.verify(token)
    }

    func testAuthorizationHeader() async throws {
        let token = try await mint()
        for header in ["Bearer \(token)", "bearer \(token)", "BEARER  \(token) ", "  Bearer\t\(token)"] {
            let verified = try await verifier.verify(authorizationHeader: header)
            XCTAssertEqual(verified.subject, "learner-42", header)
        }
        await assertRefused(.missing) { () async throws(TokenError) in try await verifier.verify(authorizationHeader: nil) }
        await assertRefused(.missing) { () async throws(TokenError) in try await verifier.verify(authorizationHeader: "") }
        await assertRefused(.missing) { () async throws(TokenError) in try await verifier.verify(authorizationHeader: "Bearer") }
        await assertRefused(.missing) { () async throws(TokenError) in try await verifier.verify(authorizationHeader: "Bearer   ") }
        await assertRefused(.missing) { () async throws(TokenError) in try await verifier.verify(authorizationHeader: "Basic dXNlcjpwYXNz") }
        await assertRefused(.missing) { () async throws(TokenError) in try await verifier.verify(authorizationHeader: token) }
        await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(authorizationHeader: "Bearer \(token) extra") }
        await assertRefused(.missing) { () async throws(TokenError) in try await verifier.verify("") }
    }

    func testStaticJWKS() async throws {
        let fixed = TokenVerifier(jwks: try Fixture.jwks(), policy: Fixture.policy)
        XCTAssertNil(fixed.cache)
        _ = try await fixed.verify(try await mint())
        _ = try await fixed.verify(try await mint(kid: "es-1"))
        await assertRefused(.unknownKey("nope")) { () async throws(TokenError) in try await fixed.verify(try! await mint(kid: "ed-1").replacingKid("nope")) }
    }

    func testTokenWithoutKid() async throws {
        // One key in the set: a token without kid uses it.
        let ed = try Fixture.edPrivate()
        let single = TokenVerifier(
            jwks: try JSONDecoder().decode(JWKS.self, from: Data(Fixture.jwksJSON(ed: ed, kid: "ed-1").utf8)),
            policy: Fixture.policy)
        let unnamed = JWTKeyCollection()
        await unnamed.add(eddsa: ed)
        let token = try await unnamed.sign(AnyClaims(Fixture.standardClaims()))
        XCTAssertFalse(String(decoding: Base64URL.decode(token.split(separator: ".")[0])!, as: UTF8.self).contains("kid"))
        let verified = try await single.verify(token)
        XCTAssertNil(verified.keyID)
        // Several keys: a kid is required.
        await assertRefused(.unknownKey(nil)) { () async throws(TokenError) in try await verifier.verify(token) }
    }

    func testRS256OnlyWhenAllowed() async throws {
        let rsaJWKS = try JSONDecoder().decode(JWKS.self, from: Data(Fixture.text("jwks-rsa", "json").utf8))
        let token = try await mint(kid: "rs-1")
        let byDefault = TokenVerifier(jwks: rsaJWKS, policy: Fixture.policy)
        await assertRefused(.unsupportedAlgorithm("RS256")) { () async throws(TokenError) in try await byDefault.verify(token) }
        var policy = Fixture.policy
        policy.algorithms.insert("RS256")
        let allowed = TokenVerifier(jwks: rsaJWKS, policy: policy)
        let verified = try await allowed.verify(token)
        XCTAssertEqual(verified.keyID, "rs-1")
    }

    // MARK: - Refused

    func testRefusesAlgNone() async throws {
        let none = try compactJWS(header: #"{"alg":"none","typ":"JWT","kid":"ed-1"}"#, payload: Fixture.standardClaims()) { _ in Data() }
        XCTAssertTrue(none.hasSuffix("."))
        await assertRefused(.unsupportedAlgorithm("none")) { () async throws(TokenError) in try await verifier.verify(none) }
        // Even when someone puts it in the policy.
        var policy = Fixture.policy
        policy.algorithms = ["none", "EdDSA"]
        let lax = TokenVerifier(jwks: try Fixture.jwks(), policy: policy)
        await assertRefused(.unsupportedAlgorithm("none")) { () async throws(TokenError) in try await lax.verify(none) }
        let noneSigned = none + "c2ln"
        await assertRefused(.unsupportedAlgorithm("none")) { () async throws(TokenError) in try await lax.verify(noneSigned) }
        // And other spellings.
        let upper = try compactJWS(header: #"{"alg":"NONE"}"#, payload: Fixture.standardClaims()) { _ in Data() }
        await assertRefused(.unsupportedAlgorithm("NONE")) { () async throws(TokenError) in try await verifier.verify(upper) }
    }

    func testRefusesHS256SignedWithThePublicKey() async throws {
        let jwks = try Fixture.jwksJSON()
        let x = try XCTUnwrap(Base64URL.decode(try Fixture.jwks().keys[0].x!))
        for secret in [x, Data(jwks.utf8), Data(try Fixture.edPrivate().publicKey.pemRepresentation.utf8)] {
            let token = try compactJWS(header: #"{"alg":"HS256","typ":"JWT","kid":"ed-1"}"#, payload: Fixture.standardClaims()) {
                Data(HMAC<SHA256>.authenticationCode(for: $0, using: SymmetricKey(data: secret)))
            }
            await assertRefused(.unsupportedAlgorithm("HS256")) { () async throws(TokenError) in try await verifier.verify(token) }
            var policy = Fixture.policy
            policy.algorithms = ["HS256", "EdDSA"]
            let lax = TokenVerifier(jwks: try Fixture.jwks(), policy: policy)
            await assertRefused(.unsupportedAlgorithm("HS256")) { () async throws(TokenError) in try await lax.verify(token) }
        }
    }

    func testRefusesAlgorithmNotInPolicy() async throws {
        var policy = Fixture.policy
        policy.algorithms = ["EdDSA"]
        let edOnly = TokenVerifier(jwks: try Fixture.jwks(), policy: policy)
        await assertRefused(.unsupportedAlgorithm("ES256")) { () async throws(TokenError) in try await edOnly.verify(try! await mint(kid: "es-1")) }
    }

    func testRefusesAlgorithmThatDoesNotMatchTheKey() async throws {
        // An ES256 signature presented under the EdDSA key's kid.
        let es = try Fixture.esPrivate()
        let token = try compactJWS(header: #"{"alg":"ES256","kid":"ed-1"}"#, payload: Fixture.standardClaims()) { input in
            try P256.Signing.PrivateKey(pemRepresentation: es.pemRepresentation).signature(for: input).rawRepresentation
        }
        await assertRefused(.unsupportedAlgorithm("ES256")) { () async throws(TokenError) in try await verifier.verify(token) }
    }

    func testRefusesWrongKeyWithKnownKid() async throws {
        let impostor = JWTKeyCollection()
        await impostor.add(eddsa: try EdDSA.PrivateKey(curve: .ed25519), kid: "ed-1")
        await impostor.add(ecdsa: ES256PrivateKey(), kid: "es-1")
        for kid in ["ed-1", "es-1"] {
            let token = try await impostor.mint(Fixture.standardClaims(), kid: kid)
            await assertRefused(.badSignature) { () async throws(TokenError) in try await verifier.verify(token) }
        }
    }

    func testRefusesUnknownKid() async throws {
        let token = try await mint().replacingKid("retired-key")
        await assertRefused(.unknownKey("retired-key")) { () async throws(TokenError) in try await verifier.verify(token) }
    }

    func testRefusesWrongIssuer() async throws {
        for issuer: JSONValue? in [.string("https://evil.example"), .string("https://auth.pebble.test/"), nil, .number(1)] {
            let token = try await mint { $0["iss"] = issuer }
            let expected: TokenError = issuer == .number(1) ? .malformed : .wrongIssuer
            await assertRefused(expected) { () async throws(TokenError) in try await verifier.verify(token) }
        }
    }

    func testRefusesWrongAudience() async throws {
        for aud: JSONValue? in [.string("other-api"), .array([.string("a"), .string("b")]), .array([]), nil] {
            let token = try await mint { $0["aud"] = aud }
            await assertRefused(.wrongAudience) { () async throws(TokenError) in try await verifier.verify(token) }
        }
    }

    func testRefusesExpired() async throws {
        let now = Date().timeIntervalSince1970
        let token = try await mint { $0["exp"] = .number(now - 120) }
        await assertRefused(.expired) { () async throws(TokenError) in try await verifier.verify(token) }
        let justPastLeeway = try await mint { $0["exp"] = .number(now - 31) }
        await assertRefused(.expired) { () async throws(TokenError) in try await verifier.verify(justPastLeeway) }
    }

    func testRefusesMissingExpiry() async throws {
        let token = try await mint { $0["exp"] = nil }
        await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(token) }
    }

    func testRefusesNotYetValid() async throws {
        let now = Date().timeIntervalSince1970
        let nbf = try await mint { $0["nbf"] = .number(now + 120) }
        await assertRefused(.notYetValid) { () async throws(TokenError) in try await verifier.verify(nbf) }
        let iat = try await mint { $0["iat"] = .number(now + 120) }
        await assertRefused(.notYetValid) { () async throws(TokenError) in try await verifier.verify(iat) }
    }

    func testRefusesTamperedPayload() async throws {
        let token = try await mint()
        let parts = token.split(separator: ".").map(String.init)
        var claims = try JSONDecoder().decode(AnyClaims.self, from: XCTUnwrap(Base64URL.decode(parts[1]))).values
        for (claim, value) in [("sub", JSONValue.string("learner-7")), ("scope", .string("service")), ("exp", .number(9_999_999_999))] {
            claims = try JSONDecoder().decode(AnyClaims.self, from: XCTUnwrap(Base64URL.decode(parts[1]))).values
            claims[claim] = value
            let forged = parts[0] + "." + Base64URL.encode(try JSONEncoder().encode(AnyClaims(claims))) + "." + parts[2]
            await assertRefused(.badSignature) { () async throws(TokenError) in try await verifier.verify(forged) }
        }
        // A flipped character inside the signature, too.
        var signature = Array(parts[2])
        signature[10] = signature[10] == "A" ? "B" : "A"
        let flipped = parts[0] + "." + parts[1] + "." + String(signature)
        await assertRefused(.badSignature) { () async throws(TokenError) in try await verifier.verify(flipped) }
    }

    func testRefusesTruncatedToken() async throws {
        let token = try await mint()
        let parts = token.split(separator: ".").map(String.init)
        await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(parts[0] + "." + parts[1]) }
        await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(parts[0] + "." + parts[1] + ".") }
        await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(String(parts[0].dropLast(3))) }
        await assertRefused(.badSignature) { () async throws(TokenError) in try await verifier.verify(String(token.dropLast(4))) }
    }

    func testRefusesGarbage() async throws {
        for garbage in ["garbage", "a.b.c", "...", "ey.ey.ey", "🔑.🔑.🔑", "eyJhbGciOiJFZERTQSJ9.%%%.abc", String(repeating: ".", count: 50),
                        Base64URL.encode(json: "[1,2]") + ".e30.c2ln", Base64URL.encode(json: #"{"alg":5}"#) + ".e30.c2ln",
                        Base64URL.encode(json: #"{"alg":"EdDSA","kid":"ed-1","crit":["exp"]}"#) + ".e30.c2ln",
                        Base64URL.encode(json: #"{"alg":"EdDSA","kid":7}"#) + ".e30.c2ln"] {
            await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(garbage) }
        }
        // A correctly signed payload that is not a JSON object: refused after the signature verified.
        let input = Base64URL.encode(json: #"{"alg":"EdDSA","kid":"ed-1"}"#) + "." + Base64URL.encode(json: "[1]")
        let ed = try Curve25519.Signing.PrivateKey(rawRepresentation: Fixture.edPrivate().rawRepresentation)
        let signed = input + "." + Base64URL.encode(try ed.signature(for: Data(input.utf8)))
        await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(signed) }
    }

    func testRefusesMissingSubject() async throws {
        let missing = try await mint { $0["sub"] = nil }
        await assertRefused(.noSubject) { () async throws(TokenError) in try await verifier.verify(missing) }
        let empty = try await mint { $0["sub"] = .string("") }
        await assertRefused(.noSubject) { () async throws(TokenError) in try await verifier.verify(empty) }
    }

    func testRefusesOverlongToken() async throws {
        let token = try await mint { $0["padding"] = .string(String(repeating: "x", count: 7_000)) }
        XCTAssertGreaterThan(token.utf8.count, TokenVerifier.maxTokenBytes)
        await assertRefused(.malformed) { () async throws(TokenError) in try await verifier.verify(token) }
        // Just under the cap is fine.
        let fits = try await mint { $0["padding"] = .string(String(repeating: "x", count: 5_000)) }
        XCTAssertLessThan(fits.utf8.count, TokenVerifier.maxTokenBytes)
        _ = try await verifier.verify(fits)
    }

    // MARK: - Errors

    func testErrorsNeverEchoTheToken() async throws {
        let token = try await mint { $0["exp"] = .number(1) }
        let parts = token.split(separator: ".").map(String.init)
        let cases: [String] = [token, parts[0] + "." + parts[1], token.replacingKid(String(repeating: "k\"<>", count: 40))]
        for candidate in cases {
            do {
                _ = try await verifier.verify(candidate)
                XCTFail("accepted")
            } catch {
                for part in candidate.split(separator: ".") where part.count > 8 {
                    XCTAssertFalse(error.description.contains(part), "\(error.code) echoes a token segment")
                }
                XCTAssertFalse(error.description.contains("<"), error.description)
                XCTAssertLessThan(error.description.count, 200)
            }
        }
    }

    func testErrorCodesAreStable() {
        let all: [TokenError] = [
            .missing, .malformed, .unsupportedAlgorithm("x"), .unknownKey("k"), .unknownKey(nil), .badSignature, .expired,
            .notYetValid, .wrongIssuer, .wrongAudience, .noSubject, .jwksUnavailable("down"),
        ]
        XCTAssertEqual(all.map(\.code), [
            "missing", "malformed", "unsupported_algorithm", "unknown_key", "unknown_key", "bad_signature", "expired",
            "not_yet_valid", "wrong_issuer", "wrong_audience", "no_subject", "jwks_unavailable",
        ])
        XCTAssertEqual(all.map(\.httpStatus), Array(repeating: 401, count: 11) + [503])
        for error in all { XCTAssertFalse(error.description.isEmpty) }
    }
}

extension String {
    /// The same token with its header's kid replaced (signature no longer matters for the kid checks).
    func replacingKid(_ kid: String) -> String {
        let parts = split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var header = (try? JSONSerialization.jsonObject(with: Base64URL.decode(parts[0]) ?? Data())) as? [String: Any] ?? [:]
        header["kid"] = kid
        let data = (try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])) ?? Data()
        return ([Base64URL.encode(data)] + parts.dropFirst()).joined(separator: ".")
    }
}
