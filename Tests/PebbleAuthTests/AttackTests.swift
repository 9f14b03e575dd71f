import AsyncHTTPClient
import Crypto
import Foundation
import GRDB
import JWTKit
import PebbleAuth
import PebbleTestSupport
import PebbleTokens
import Testing

@Suite("Attacks, each refused")
struct AttackTests {
    func errorCode(_ a: TestService.HTTPAnswer) -> String? { (a.object["error"] as? [String: Any])?["code"] as? String }

    @Test("wrong passwords until throttled: 429 + Retry-After, growing delays, even the right password waits; unknown logins alike")
    func passwordGuessing() throws {
        let h = try AuthHarness()
        let password = "copper kettles sing at dawn"
        try h.newLearner(email: "victim@example.org", username: "victim", password: password)
        for i in 1...5 {
            let a = try h.call("POST", "/v1/login", json: ["login": "victim", "password": "guess number \(i) is wrong"])
            #expect(a.status == 401, "attempt \(i)")
            #expect(errorCode(a) == "invalid_credentials")
        }
        let locked = try h.call("POST", "/v1/login", json: ["login": "victim", "password": password])
        #expect(locked.status == 429)
        #expect(locked.headers["retry-after"] == "1")
        usleep(1_100_000)
        #expect(try h.call("POST", "/v1/login", json: ["login": "VICTIM", "password": "sixth wrong guess!!"]).status == 401)
        let longer = try h.call("POST", "/v1/login", json: ["login": "victim", "password": password])
        #expect(longer.status == 429)
        #expect(longer.headers["retry-after"] == "2")
        // After waiting, the owner gets in (and the counter resets).
        usleep(2_100_000)
        #expect(try h.call("POST", "/v1/login", json: ["login": "victim", "password": password]).status == 200)

        // An unknown login is throttled exactly alike (no hint that it does not exist).
        for _ in 1...5 { #expect(try h.call("POST", "/v1/login", json: ["login": "nobody-here", "password": "whatever it is, wrong"]).status == 401) }
        let ghost = try h.call("POST", "/v1/login", json: ["login": "nobody-here", "password": "whatever it is, wrong"])
        #expect(ghost.status == 429)
        #expect(ghost.headers["retry-after"] == "1")
        assertLogHasNoSecrets(h, [password, "guess number 1 is wrong"])
    }

    @Test("one address spraying many accounts is throttled")
    func addressThrottle() throws {
        let h = try AuthHarness(extra: "addressThrottle: {freeFailures: 8, baseDelaySeconds: 3, maxDelaySeconds: 60}")
        for i in 1...8 {
            #expect(try h.call("POST", "/v1/login", json: ["login": "user\(i)@example.org", "password": "password spray attempt"]).status == 401)
        }
        let blocked = try h.call("POST", "/v1/login", json: ["login": "fresh@example.org", "password": "password spray attempt"])
        #expect(blocked.status == 429)
        #expect(Int(blocked.headers["retry-after"] ?? "") ?? 0 >= 2)
    }

    @Test("code guessing: after 5 wrong codes even the right one is refused; a resent code works")
    func codeGuessing() throws {
        let h = try AuthHarness()
        let email = "guess@example.org"
        #expect(try h.call("POST", "/v1/signup", json: ["email": email, "username": "guesser", "password": "nine ravens over the river",
                                                        "displayName": "G"]).status == 202)
        let code = try h.latestCode(to: email)
        var wrong = 0
        var candidate = 0
        while wrong < 5 {
            let guess = String(format: "%06d", candidate)
            candidate += 1
            if guess == code { continue }
            let a = try h.call("POST", "/v1/confirm", json: ["email": email, "code": guess])
            #expect(a.status == 400)
            #expect(errorCode(a) == "invalid_code")
            wrong += 1
        }
        let right = try h.call("POST", "/v1/confirm", json: ["email": email, "code": code])
        #expect(right.status == 400, "the code must be dead after 5 wrong attempts")
        #expect(errorCode(right) == "invalid_code")
        let attempts = try h.database().read { try Int.fetchOne($0, sql: "SELECT attempts FROM verification_code") }
        #expect(attempts == 5)
        usleep(1_100_000)
        #expect(try h.call("POST", "/v1/resend", json: ["email": email]).status == 202)
        let fresh = try h.latestCode(to: email, count: 2)
        #expect(try h.call("POST", "/v1/confirm", json: ["email": email, "code": fresh]).status == 200)
        // Resend is throttled per address named (429), whether or not it has an account.
        usleep(1_100_000)
        #expect(try h.call("POST", "/v1/resend", json: ["email": email]).status == 202)
        #expect(try h.call("POST", "/v1/resend", json: ["email": email]).status == 429)
        #expect(try h.call("POST", "/v1/resend", json: ["email": "ghost@example.org"]).status == 202)
        let ghost = try h.call("POST", "/v1/resend", json: ["email": "ghost@example.org"])
        #expect(ghost.status == 429)
        #expect(ghost.headers["retry-after"] != nil)
        assertLogHasNoSecrets(h, [code, fresh, "nine ravens over the river"])
    }

    @Test("expired and reused codes are refused")
    func expiredAndReusedCodes() throws {
        let h = try AuthHarness(extra: "codeTTLSeconds: 2")
        let email = "tardy@example.org", password = "amber tides under slate skies"
        #expect(try h.call("POST", "/v1/signup", json: ["email": email, "username": "latecomer", "password": password, "displayName": "L"]).status == 202)
        let code = try h.latestCode(to: email)
        usleep(2_300_000)
        #expect(errorCode(try h.call("POST", "/v1/confirm", json: ["email": email, "code": code])) == "invalid_code")
        #expect(try h.call("POST", "/v1/resend", json: ["email": email]).status == 202)
        let fresh = try h.latestCode(to: email, count: 2)
        #expect(try h.call("POST", "/v1/confirm", json: ["email": email, "code": fresh]).status == 200)
        #expect(errorCode(try h.call("POST", "/v1/confirm", json: ["email": email, "code": fresh])) == "invalid_code")
        // A reset code: used once, then dead.
        #expect(try h.call("POST", "/v1/password/reset", json: ["email": email]).status == 202)
        let reset = try h.latestCode(to: email, count: 3)
        let np = "quiet engines hum in the dark"
        #expect(try h.call("POST", "/v1/password/reset/confirm", json: ["email": email, "code": reset, "newPassword": np]).status == 200)
        #expect(errorCode(try h.call("POST", "/v1/password/reset/confirm", json: ["email": email, "code": reset, "newPassword": "another fine long password"])) == "invalid_code")
        #expect(try h.login(email, np).access.isEmpty == false)
        // An expired reset code.
        usleep(1_100_000)
        #expect(try h.call("POST", "/v1/password/reset", json: ["email": email]).status == 202)
        let reset2 = try h.latestCode(to: email, count: 5)
        usleep(2_300_000)
        #expect(errorCode(try h.call("POST", "/v1/password/reset/confirm", json: ["email": email, "code": reset2, "newPassword": "another fine long password"])) == "invalid_code")
        #expect(try h.login(email, np).access.isEmpty == false)
    }

    @Test("refresh-token reuse revokes the family: the legitimate newer token stops working too")
    func refreshReuse() throws {
        let h = try AuthHarness()
        let first = try h.newLearner(email: "rt@example.org", username: "rotator", password: "marble owls keep the time")
        let other = try h.login("rotator", "marble owls keep the time")  // another device: another family
        let r2 = try h.call("POST", "/v1/refresh", json: ["refreshToken": first.refresh])
        #expect(r2.status == 200)
        let second = r2.object["refreshToken"] as! String
        // The stolen first token comes back.
        let reuse = try h.call("POST", "/v1/refresh", json: ["refreshToken": first.refresh])
        #expect(reuse.status == 401)
        #expect(errorCode(reuse) == "invalid_refresh_token")
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": second]).status == 401)
        let reasons = try h.database().read { try String.fetchAll($0, sql: "SELECT DISTINCT revoked_reason FROM refresh_token WHERE revoked_at IS NOT NULL") }
        #expect(reasons == ["reuse"])
        // The other device's family is untouched.
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": other.refresh]).status == 200)
        // Garbage and unknown tokens.
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": "not-a-token"]).status == 400)
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": Secrets.refreshToken()]).status == 401)
        assertLogHasNoSecrets(h, [first.refresh, second, other.refresh, first.access])
    }

    @Test("forged JWTs (alg none, HS256 with the public key, wrong key, wrong audience, wrong issuer, expired, not yet valid, tampered) are refused by /v1/me and by PebbleTokens")
    func forgedTokens() async throws {
        let h = try AuthHarness()
        let good = try h.newLearner(email: "jwt@example.org", username: "jwtholder", password: "violet lanterns drift downstream")
        let parts = good.access.split(separator: ".").map(String.init)
        let header = try JSONSerialization.jsonObject(with: Data(Secrets.base64URLDecode(parts[0])!)) as! [String: Any]
        var claims = try JSONSerialization.jsonObject(with: Data(Secrets.base64URLDecode(parts[1])!)) as! [String: Any]
        let kid = header["kid"] as! String
        #expect(header["alg"] as? String == "EdDSA")
        func b64(_ o: Any) -> String { Secrets.base64URL(try! JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])) }

        // The service's real private key (read from its state, as an insider with the key would):
        // used to sign tokens whose claims are wrong.
        let key = try SigningKeys(directory: h.stateDir + "/keys").load().last!
        let stateKey = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: h.stateDir + "/keys/\(key.kid).json")!) as! [String: Any]
        let realKey = JWTKeyCollection()
        await realKey.add(eddsa: try EdDSA.PrivateKey(d: stateKey["d"] as! String, curve: .ed25519), kid: JWKIdentifier(string: kid))
        let otherKey = JWTKeyCollection()
        await otherKey.add(eddsa: try EdDSA.PrivateKey(curve: .ed25519), kid: JWKIdentifier(string: kid))

        struct Claims: JWTPayload {
            var iss: String; var sub: String; var aud: [String]; var exp: Int; var iat: Int; var nbf: Int; var scope: String
            func verify(using algorithm: some JWTAlgorithm) async throws {}
        }
        let now = Int(Date().timeIntervalSince1970)
        let sub = claims["sub"] as! String
        func real(_ c: Claims) async throws -> String { try await realKey.sign(c, kid: JWKIdentifier(string: kid)) }
        let valid = Claims(iss: "pebble-auth", sub: sub, aud: ["pebblecode"], exp: now + 300, iat: now, nbf: now, scope: "learner")

        // Sanity: a token signed with the real key and right claims passes.
        let control = try await real(valid)
        #expect(try h.call("GET", "/v1/me", headers: h.bearer(control)).status == 200)

        var forged: [(String, String)] = []
        forged.append(("alg none", b64(["alg": "none", "typ": "JWT", "kid": kid]) + "." + parts[1] + "."))
        forged.append(("alg none with signature", b64(["alg": "none", "kid": kid]) + "." + parts[1] + "." + parts[2]))
        let hsHeader = b64(["alg": "HS256", "typ": "JWT", "kid": kid]) + "." + parts[1]
        let publicKeyBytes = SymmetricKey(data: Data(key.publicKeyBase64URL!.utf8))
        let hs = Secrets.base64URL(HMAC<SHA256>.authenticationCode(for: Data(hsHeader.utf8), using: publicKeyBytes))
        forged.append(("HS256 keyed with the public key", hsHeader + "." + hs))
        forged.append(("wrong key, same kid", try await otherKey.sign(valid, kid: JWKIdentifier(string: kid))))
        forged.append(("unknown kid", try await otherKey.sign(valid, kid: JWKIdentifier(string: "k-attacker"))))
        var c = valid; c.aud = ["someone-else"]
        forged.append(("wrong audience", try await real(c)))
        c = valid; c.iss = "evil-auth"
        forged.append(("wrong issuer", try await real(c)))
        c = valid; c.exp = now - 120; c.iat = now - 1000; c.nbf = now - 1000
        forged.append(("expired", try await real(c)))
        c = valid; c.nbf = now + 3600; c.iat = now + 3600; c.exp = now + 7200
        forged.append(("not yet valid", try await real(c)))
        claims["sub"] = "u_someone_else"
        forged.append(("tampered payload", parts[0] + "." + b64(claims) + "." + parts[2]))
        claims["sub"] = sub; claims["scope"] = "service"
        forged.append(("scope escalated", parts[0] + "." + b64(claims) + "." + parts[2]))
        forged.append(("truncated signature", parts[0] + "." + parts[1] + "." + String(parts[2].dropLast(4))))
        forged.append(("garbage", "this.is.not-a-jwt"))
        forged.append(("huge", String(repeating: "a", count: 9000) + ".b.c"))

        let verifier = TokenVerifier(jwksURL: h.jwksURL, policy: TokenPolicy(issuer: "pebble-auth", audiences: ["pebblecode", "pebble-coach"]),
                                     httpClient: HTTPClient.shared)
        #expect(try await verifier.verify(good.access).subject == sub)
        for (name, token) in forged {
            let a = try h.call("GET", "/v1/me", headers: h.bearer(token))
            #expect(a.status == 401, "\(name): /v1/me answered \(a.status)")
            await #expect(throws: TokenError.self, "\(name): PebbleTokens accepted it") { _ = try await verifier.verify(token) }
        }
        #expect(try h.call("GET", "/v1/me").status == 401)
        #expect(try h.call("GET", "/v1/me", headers: ["Authorization": "Basic dXNlcjpwYXNz"]).status == 401)
        #expect(try h.call("GET", "/v1/me", headers: h.bearer(good.access)).status == 200)
    }

    @Test("SQL injection and oversized values in every field: a clear 4xx and nothing changed")
    func injectionAndOversized() throws {
        let h = try AuthHarness(extra: "accountThrottle: {freeFailures: 1000, baseDelaySeconds: 1, maxDelaySeconds: 1}\naddressThrottle: {freeFailures: 1000, baseDelaySeconds: 1, maxDelaySeconds: 1}")
        let password = "sturdy oak doors never creak"
        let tokens = try h.newLearner(email: "owner@example.org", username: "owner1", password: password)
        let before = try h.snapshot()

        let injections = ["' OR '1'='1", "admin'--", "x'); DROP TABLE account; --", "\" OR \"\"=\"", "1; DELETE FROM refresh_token",
                          "owner1' UNION SELECT password_hash FROM account --", "%' OR 1=1 --", "\\'; UPDATE account SET bio='pwned'; --"]
        let huge = String(repeating: "A", count: 20_000)
        let big = String(repeating: "é", count: 700)  // under the body limit, over every field's limit
        // Each base request would change nothing even if valid (a taken username, an unknown address,
        // random tokens), so any change must come from the bad value.
        let endpoints: [(String, [String: String])] = [
            ("/v1/signup", ["email": "new@example.org", "username": "owner1", "password": "a reasonable long password", "displayName": "N"]),
            ("/v1/confirm", ["email": "owner@example.org", "code": "123456"]),
            ("/v1/resend", ["email": "owner@example.org"]),
            ("/v1/login", ["login": "owner1", "password": "wrong wrong wrong wrong"]),
            ("/v1/refresh", ["refreshToken": Secrets.refreshToken()]),
            ("/v1/logout", ["refreshToken": Secrets.refreshToken()]),
            ("/v1/username/available", ["username": "someone"]),
            ("/v1/password/reset", ["email": "nobody@example.org"]),
            ("/v1/password/reset/confirm", ["email": "owner@example.org", "code": "123456", "newPassword": "a reasonable long password"]),
        ]
        var checked = 0
        for (path, base) in endpoints {
            for field in base.keys.sorted() {
                for bad in injections + [big, "\u{0}nul", ""] {
                    var body = base
                    body[field] = bad
                    let a = try h.call("POST", path, json: body)
                    if path == "/v1/username/available" && a.status == 200 {
                        #expect(a.object["available"] as? Bool == false, "username \(bad.prefix(20)) was called available")
                    } else {
                        #expect((400..<500).contains(a.status), "\(path) \(field)=\(bad.prefix(20)): \(a.status) \(a.text)")
                        #expect(errorCode(a) != nil)
                    }
                    checked += 1
                }
                var body = base
                body[field] = huge
                #expect(try h.call("POST", path, json: body).status == 413, "\(path) \(field) 20 kB")
            }
            var extra: [String: Any] = base
            extra["isAdmin"] = true
            let unknown = try h.call("POST", path, json: extra)
            #expect(unknown.status == 400)
            #expect(errorCode(unknown) == "unknown_field")
            var typed: [String: Any] = base
            typed[base.keys.sorted().first!] = ["$ne": 1]
            #expect(try h.call("POST", path, json: typed).status == 400)
            #expect(try h.call("POST", path, body: Data("{not json".utf8), headers: ["Content-Type": "application/json"]).status == 400)
            #expect(try h.call("POST", path, json: [1, 2, 3]).status == 400)
        }
        // The authenticated endpoints, field by field (free text is data there: only its size is bad).
        for field in ["displayName", "username", "bio", "track", "level"] {
            for bad in (field == "displayName" || field == "bio" ? [] : injections) + [big, String(repeating: "b", count: 5000)] {
                let a = try h.call("PATCH", "/v1/me", json: [field: bad], headers: h.bearer(tokens.access))
                #expect(a.status == 400 || a.status == 413, "PATCH /v1/me \(field)=\(bad.prefix(20)): \(a.status)")
            }
        }
        for field in ["currentPassword", "newPassword"] {
            for bad in injections + [big] {
                var body = ["currentPassword": "wrong password for sure!", "newPassword": "a reasonable long password"]
                body[field] = bad
                let a = try h.call("POST", "/v1/password/change", json: body, headers: h.bearer(tokens.access))
                #expect((400..<500).contains(a.status), "password/change \(field): \(a.status)")
            }
        }
        #expect(checked > 150)
        #expect(try h.snapshot() == before, "a bad request changed the database")
        #expect(try h.login("owner1", password).access.isEmpty == false)
        #expect(try h.call("GET", "/health").status == 200)
    }

    @Test("neutral answers: signup, resend, reset and confirm say the same for an existing and an unknown address")
    func neutralResponses() throws {
        let h = try AuthHarness()
        try h.newLearner(email: "known@example.org", username: "known", password: "hollow reeds whistle softly")
        usleep(1_100_000)  // past the mail cooldown of the signup
        func shape(_ a: TestService.HTTPAnswer) -> String { "\(a.status) \(a.text)" }

        let existing = try h.call("POST", "/v1/signup", json: ["email": "KNOWN@example.org", "username": "impostor",
                                                               "password": "an entirely new long password", "displayName": "I"])
        let fresh = try h.call("POST", "/v1/signup", json: ["email": "unknown@example.org", "username": "newcomer",
                                                            "password": "an entirely new long password", "displayName": "N"])
        #expect(shape(existing) == shape(fresh))
        // The owner of the existing address is told, and gets no code; the newcomer gets a code.
        let ownerMail = try h.waitForMails(to: "known@example.org", count: 2).last!
        #expect(ownerMail.subject.contains("already have"))
        #expect(AuthHarness.code(in: ownerMail) == nil)
        #expect(AuthHarness.code(in: try h.waitForMails(to: "unknown@example.org").last!) != nil)
        // The username asked for is held alike in both cases.
        #expect(try h.call("POST", "/v1/username/available", json: ["username": "impostor"]).object["available"] as? Bool == false)
        #expect(try h.call("POST", "/v1/username/available", json: ["username": "newcomer"]).object["available"] as? Bool == false)
        // Only one new account row.
        #expect(try h.counts()["account"] == 2)

        usleep(1_100_000)
        #expect(shape(try h.call("POST", "/v1/password/reset", json: ["email": "known@example.org"]))
                == shape(try h.call("POST", "/v1/password/reset", json: ["email": "nobody@example.org"])))
        #expect(shape(try h.call("POST", "/v1/resend", json: ["email": "known@example.org"]))
                == shape(try h.call("POST", "/v1/resend", json: ["email": "nobody@example.org"])))
        #expect(shape(try h.call("POST", "/v1/confirm", json: ["email": "known@example.org", "code": "000000"]))
                == shape(try h.call("POST", "/v1/confirm", json: ["email": "nobody@example.org", "code": "000000"])))
        #expect(shape(try h.call("POST", "/v1/password/reset/confirm", json: ["email": "known@example.org", "code": "000000", "newPassword": "a reasonable long password"]))
                == shape(try h.call("POST", "/v1/password/reset/confirm", json: ["email": "nobody@example.org", "code": "000000", "newPassword": "a reasonable long password"])))
        #expect(shape(try h.call("POST", "/v1/login", json: ["login": "known", "password": "not the right password"]))
                == shape(try h.call("POST", "/v1/login", json: ["login": "nobody", "password": "not the right password"])))
        // A taken username is refused whatever the email (so it says nothing about the email).
        let taken1 = try h.call("POST", "/v1/signup", json: ["email": "known@example.org", "username": "known", "password": "an entirely new long password", "displayName": "K"])
        let taken2 = try h.call("POST", "/v1/signup", json: ["email": "other@example.org", "username": "known", "password": "an entirely new long password", "displayName": "K"])
        #expect(taken1.status == 409)
        #expect(shape(taken1) == shape(taken2))
    }
}
