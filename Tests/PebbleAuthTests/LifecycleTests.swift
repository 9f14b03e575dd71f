import AsyncHTTPClient
import GRDB
import PebbleAuth
import Foundation
import PebbleTestSupport
import PebbleTokens
import Testing

@Suite("The whole lifecycle against the real service")
struct LifecycleTests {
    @Test("signup → confirm → login (email and username) → me → patch → refresh → logout → change and reset password; every operation in the document")
    func lifecycle() async throws {
        let h = try AuthHarness()
        let email = "Ada.Lovelace@Example.ORG", password = "a long and quiet river of stones", username = "Ada_Lovelace"

        // Health, metrics, keys.
        #expect(try h.call("GET", "/health").object["status"] as? String == "ok")
        let jwks = try h.call("GET", "/.well-known/jwks.json")
        #expect(jwks.status == 200)
        #expect(((jwks.object["keys"] as? [[String: Any]])?.count ?? 0) == 1)

        // Availability, then signup.
        let before = try h.call("POST", "/v1/username/available", json: ["username": username])
        #expect(before.object["available"] as? Bool == true)
        #expect(before.object["username"] as? String == "ada_lovelace")
        let s = try h.call("POST", "/v1/signup", json: ["email": email, "username": username, "password": password, "displayName": "Ada"])
        #expect(s.status == 202)
        #expect(try h.call("POST", "/v1/username/available", json: ["username": "ADA.LOVELACE"]).object["available"] as? Bool == false)

        // The mail goes to the address with the domain lower-cased; login before confirming is refused.
        let stored = "Ada.Lovelace@example.org"
        let code = try h.latestCode(to: stored)
        let early = try h.call("POST", "/v1/login", json: ["login": email, "password": password])
        #expect(early.status == 403)
        #expect((early.object["error"] as? [String: Any])?["code"] as? String == "email_not_confirmed")
        // Resend replaces the code: the old one no longer works, the new one does.
        usleep(1_100_000)
        #expect(try h.call("POST", "/v1/resend", json: ["email": email]).status == 202)
        let code2 = try h.latestCode(to: stored, count: 2)
        if code2 != code {
            #expect(try h.call("POST", "/v1/confirm", json: ["email": email, "code": code]).status == 400)
        }
        #expect(try h.call("POST", "/v1/confirm", json: ["email": "ada.lovelace@example.org", "code": code2]).status == 200)

        // Login with the email (any case) and with the username (any case).
        let byEmail = try h.login("ADA.LOVELACE@example.org", password)
        let l = try h.call("POST", "/v1/login", json: ["login": "ada_LOVELACE", "password": password])
        #expect(l.status == 200)
        #expect(l.object["tokenType"] as? String == "Bearer")
        #expect(l.object["expiresIn"] as? Int == 900)
        #expect(l.headers["cache-control"] == "no-store")
        let access = l.object["accessToken"] as! String, refresh = l.object["refreshToken"] as! String

        // The token is the contract with the coach and analytics: PebbleTokens accepts it via the JWKS URL.
        let verifier = TokenVerifier(jwksURL: h.jwksURL, policy: TokenPolicy(issuer: "pebble-auth", audiences: ["pebble-coach"]),
                                     httpClient: HTTPClient.shared)
        let verified = try await verifier.verify(authorizationHeader: "Bearer " + access)
        #expect(verified.subject.hasPrefix("u_"))
        #expect(verified.scopes == ["learner"])
        #expect(verified.mayActFor(learner: verified.subject) && !verified.mayActFor(learner: "u_someone_else"))
        #expect(Set(verified.audiences) == ["pebblecode", "pebble-coach", "pebble-analytics"])
        #expect(verified.claims["jti"]?.hasPrefix("at_") == true)
        let analytics = TokenVerifier(jwksURL: h.jwksURL, policy: TokenPolicy(issuer: "pebble-auth", audiences: ["pebble-analytics"]),
                                      httpClient: HTTPClient.shared)
        #expect(try await analytics.verify(access).subject == verified.subject)

        // Profile.
        let me = try h.call("GET", "/v1/me", headers: h.bearer(access))
        #expect(me.status == 200)
        #expect(me.object["id"] as? String == verified.subject)
        #expect(me.object["username"] as? String == "ada_lovelace")
        #expect(me.object["emailConfirmed"] as? Bool == true)
        #expect(me.object["track"] is NSNull)
        let patched = try h.call("PATCH", "/v1/me", json: ["displayName": "Ada L.", "bio": "Analytical engines.\nAnd poetry.",
                                                           "track": "algorithms", "level": "advanced", "username": "countess.ada"],
                                 headers: h.bearer(access))
        #expect(patched.status == 200)
        #expect(patched.object["username"] as? String == "countess.ada")
        #expect(patched.object["track"] as? String == "algorithms")
        #expect(patched.object["bio"] as? String == "Analytical engines.\nAnd poetry.")
        let cleared = try h.call("PATCH", "/v1/me", json: ["track": NSNull()], headers: h.bearer(access))
        #expect(cleared.object["track"] is NSNull)
        #expect(cleared.object["level"] as? String == "advanced")
        #expect(try h.call("PATCH", "/v1/me", json: ["level": "expert"], headers: h.bearer(access)).status == 400)
        #expect(try h.call("PATCH", "/v1/me", json: ["bio": String(repeating: "b", count: 281)], headers: h.bearer(access)).status == 400)
        #expect(try h.login("countess.ada", password).access.isEmpty == false)
        #expect(try h.call("POST", "/v1/login", json: ["login": "ada_lovelace", "password": password]).status == 401)

        // Refresh rotates; logout revokes the family.
        let r = try h.call("POST", "/v1/refresh", json: ["refreshToken": refresh])
        #expect(r.status == 200)
        let refresh2 = r.object["refreshToken"] as! String
        #expect(refresh2 != refresh)
        #expect(try h.call("GET", "/v1/me", headers: h.bearer(r.object["accessToken"] as! String)).status == 200)
        #expect(try h.call("POST", "/v1/logout", json: ["refreshToken": refresh2]).object["status"] as? String == "logged_out")
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": refresh2]).status == 401)
        #expect(try h.call("POST", "/v1/logout", json: ["refreshToken": refresh2]).status == 200)  // idempotent

        // Password change: the other session (byEmail) ends; the old password stops working.
        let newPassword = "seven quiet herons over the weir"
        #expect(try h.call("POST", "/v1/password/change", json: ["currentPassword": "not the password at all!", "newPassword": newPassword],
                           headers: h.bearer(access)).status == 403)
        let change = try h.call("POST", "/v1/password/change", json: ["currentPassword": password, "newPassword": newPassword],
                                headers: h.bearer(access))
        #expect(change.status == 200)
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": byEmail.refresh]).status == 401)
        #expect(try h.call("POST", "/v1/login", json: ["login": stored, "password": password]).status == 401)
        let afterChange = try h.login(stored, newPassword)
        _ = try h.waitForMails(to: stored, count: 3)  // code, code, "password changed"

        // Reset with a mailed code.
        usleep(1_100_000)
        #expect(try h.call("POST", "/v1/password/reset", json: ["email": stored]).status == 202)
        let resetMails = try h.waitForMails(to: stored, count: 4)
        let resetCode = AuthHarness.code(in: resetMails.last!)!
        let finalPassword = "the lamps are lit along the quay"
        #expect(try h.call("POST", "/v1/password/reset/confirm", json: ["email": stored, "code": resetCode, "newPassword": finalPassword]).status == 200)
        #expect(try h.call("POST", "/v1/password/reset/confirm", json: ["email": stored, "code": resetCode, "newPassword": finalPassword]).status == 400)
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": afterChange.refresh]).status == 401)
        #expect(try h.login(stored, finalPassword).access.isEmpty == false)

        // Metrics count what happened.
        let metrics = try h.call("GET", "/metrics")
        #expect(metrics.text.contains("pebble_auth_logins_total"))
        #expect(metrics.text.contains("pebble_auth_signups_total"))

        // Every documented operation was exercised.
        let documented = Set(AuthHarness.document.operations.map { "\($0.method) \($0.path)" })
        #expect(documented.subtracting(h.exercisedOperations).isEmpty, "not exercised: \(documented.subtracting(h.exercisedOperations).sorted())")

        // Nothing secret in the logs.
        assertLogHasNoSecrets(h, [password, newPassword, finalPassword, code, code2, resetCode, access, refresh, refresh2,
                                  byEmail.access, byEmail.refresh, afterChange.refresh])
        let state = h.service.state
        h.service.stop()
        #expect(!FileManager.default.fileExists(atPath: state))
    }

    @Test("OWASP's Argon2id parameters for real, and a weaker stored hash upgraded on login")
    func realParametersAndRehash() async throws {
        // The default parameters: no passwordHash in the config.
        let h = try AuthHarness(config: "keyReloadSeconds: 1\nmailCooldownSeconds: 1\n")
        let password = "granite moss lantern harbour"
        try h.newLearner(email: "rehash@example.org", username: "rehasher", password: password)
        let real = try await h.database().read { try String.fetchOne($0, sql: "SELECT password_hash FROM account") }!
        #expect(real.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$"))

        // An account whose hash was made with weaker parameters (as after raising them in the config).
        let weak = try await Argon2Hasher(parameters: .init(memoryKiB: 1024, iterations: 1, parallelism: 1), threads: 1).hash(password)
        var config = Configuration()
        config.busyMode = .timeout(5)
        try await DatabaseQueue(path: h.stateDir + "/auth.sqlite", configuration: config).write {
            try $0.execute(sql: "UPDATE account SET password_hash = ?", arguments: [weak])
        }
        _ = try h.login("rehasher", password)
        let upgraded = try await h.database().read { try String.fetchOne($0, sql: "SELECT password_hash FROM account") }!
        #expect(upgraded.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$"))
        #expect(upgraded != real)
        _ = try h.login("REHASH@example.org", password)  // verifies against the upgraded hash
        #expect(try h.call("POST", "/v1/login", json: ["login": "rehasher", "password": "granite moss lantern harbor"]).status == 401)
        assertLogHasNoSecrets(h, [password])
    }
}
