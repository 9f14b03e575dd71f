import AsyncHTTPClient
import Foundation
import PebbleAuth
import PebbleTestSupport
import PebbleTokens
import Testing

@Suite("Keys, service tokens, usernames and mail texts against the real service")
struct KeyAndIdentityTests {
    func kids(_ h: AuthHarness) throws -> [String] {
        let keys = try h.call("GET", "/.well-known/jwks.json").object["keys"] as? [[String: Any]] ?? []
        return keys.compactMap { $0["kid"] as? String }
    }

    func kid(of token: String) -> String {
        let header = try! JSONSerialization.jsonObject(with: Data(Secrets.base64URLDecode(String(token.split(separator: ".")[0]))!)) as! [String: Any]
        return header["kid"] as! String
    }

    @Test("rotate-keys: the new key is published before it signs; old tokens keep working; nobody is logged out")
    func rotation() async throws {
        let h = try AuthHarness(config: AuthHarness.fastConfig.replacingOccurrences(of: "keyPublishAheadSeconds: 0", with: "keyPublishAheadSeconds: 2"))
        let old = try h.newLearner(email: "rot@example.org", username: "rotated", password: "pale comets cross the bay")
        let oldKid = kid(of: old.access)
        #expect(try kids(h) == [oldKid])
        let verifier = TokenVerifier(jwksURL: h.jwksURL, policy: TokenPolicy(issuer: "pebble-auth", audiences: ["pebble-coach"]),
                                     httpClient: HTTPClient.shared)
        _ = try await verifier.verify(old.access)

        let (rc, out) = try h.cli(["rotate-keys"])
        #expect(rc == 0, "\(out)")
        // Within a reload, both keys are published, and the old one still signs (the new one is pending).
        var published: [String] = []
        for _ in 0..<30 where published.count < 2 { published = try kids(h); usleep(100_000) }
        #expect(published.count == 2)
        #expect(published.contains(oldKid))
        let newKid = published.first { $0 != oldKid }!
        #expect(kid(of: try h.login("rotated", "pale comets cross the bay").access) == oldKid)
        // After the publish-ahead delay, new tokens carry the new kid.
        var fresh = ""
        for _ in 0..<40 {
            fresh = try h.login("rotated", "pale comets cross the bay").access
            if kid(of: fresh) == newKid { break }
            usleep(200_000)
        }
        #expect(kid(of: fresh) == newKid)
        // Old and new tokens verify, at /v1/me and with PebbleTokens (which refetches for the new kid).
        #expect(try h.call("GET", "/v1/me", headers: h.bearer(old.access)).status == 200)
        #expect(try h.call("GET", "/v1/me", headers: h.bearer(fresh)).status == 200)
        let newVerifier = TokenVerifier(jwksURL: h.jwksURL, policy: TokenPolicy(issuer: "pebble-auth", audiences: ["pebble-coach"]),
                                        httpClient: HTTPClient.shared)
        #expect(try await newVerifier.verify(old.access).keyID == oldKid)
        #expect(try await newVerifier.verify(fresh).keyID == newKid)
        // The old refresh token still works: a rotation logs nobody out.
        #expect(try h.call("POST", "/v1/refresh", json: ["refreshToken": old.refresh]).status == 200)
        // The key files are private.
        for name in try FileManager.default.contentsOfDirectory(atPath: h.stateDir + "/keys") {
            let mode = (try FileManager.default.attributesOfItem(atPath: h.stateDir + "/keys/" + name)[.posixPermissions] as? NSNumber)?.intValue ?? 0
            #expect(mode & 0o077 == 0, "\(name) is mode \(String(mode, radix: 8))")
        }
        let dirMode = (try FileManager.default.attributesOfItem(atPath: h.stateDir + "/keys")[.posixPermissions] as? NSNumber)?.intValue ?? 0
        #expect(dirMode == 0o700)
    }

    @Test("a service token from `pebble-auth token --service` passes PebbleTokens as a service, but is no learner at /v1/me")
    func serviceToken() async throws {
        let h = try AuthHarness()
        let (rc, out) = try h.cli(["token", "--service", "platform", "--ttl", "600"])
        #expect(rc == 0)
        let token = out.trimmingCharacters(in: .whitespacesAndNewlines)
        let verifier = TokenVerifier(jwksURL: h.jwksURL, policy: TokenPolicy(issuer: "pebble-auth", audiences: ["pebble-analytics"]),
                                     httpClient: HTTPClient.shared)
        let v = try await verifier.verify(token)
        #expect(v.subject == "svc_platform")
        #expect(v.isService)
        #expect(v.mayActFor(learner: "u_anyone"))
        #expect(try h.call("GET", "/v1/me", headers: h.bearer(token)).status == 401)
        let (bad, _) = try h.cli(["token", "--service", "Bad Name!"])
        #expect(bad != 0)
    }

    @Test("usernames: case-insensitive, confusables folded, reserved names refused, lookalikes collide")
    func usernames() throws {
        let h = try AuthHarness()
        try h.newLearner(email: "john@example.org", username: "john.doe", password: "ferns unfurl in the morning")
        func available(_ u: String) throws -> [String: Any] { try h.call("POST", "/v1/username/available", json: ["username": u]).object }
        #expect(try available("JOHN.DOE")["reason"] as? String == "taken")
        #expect(try available("j\u{043E}hn.doe")["reason"] as? String == "taken")  // Cyrillic о
        #expect(try available("j0hn_doe")["reason"] as? String == "taken")        // 0 for o, _ for .
        #expect(try available("ＪＯＨＮＤＯＥ")["reason"] as? String == "taken")       // full-width
        #expect(try available("Adm1n")["reason"] as? String == "reserved")
        #expect(try available("r00t")["reason"] as? String == "reserved")
        #expect(try available("pebble_helper")["reason"] as? String == "reserved")
        #expect(try available("x")["reason"] as? String == "invalid")
        #expect(try available("bad name")["reason"] as? String == "invalid")
        #expect(try available("josé")["username"] as? String == "jose")
        #expect(try available("josé")["available"] as? Bool == true)
        let clash = try h.call("POST", "/v1/signup", json: ["email": "imp@example.org", "username": "J\u{043E}HN-D\u{03BF}E",
                                                            "password": "ferns unfurl in the evening", "displayName": "Imp"])
        #expect(clash.status == 409)
        let reserved = try h.call("POST", "/v1/signup", json: ["email": "a@example.org", "username": "Administrator",
                                                               "password": "ferns unfurl in the evening", "displayName": "A"])
        #expect(reserved.status == 400)
        #expect((reserved.object["error"] as? [String: Any])?["code"] as? String == "username_reserved")
        // Login by username folds the same way.
        #expect(try h.login("J0HN_DOE", "ferns unfurl in the morning").access.isEmpty == false)
    }

    @Test("password policy: length, the common list, the account's own names")
    func passwordPolicy() throws {
        let h = try AuthHarness()
        func signup(_ p: String, username: String = "policy", email: String = "pol@example.org") throws -> String? {
            let a = try h.call("POST", "/v1/signup", json: ["email": email, "username": username, "password": p, "displayName": "P"])
            return (a.object["error"] as? [String: Any])?["code"] as? String
        }
        #expect(try signup("short pass") == "password_too_short")
        #expect(try signup("password1234567") == "password_common")
        #expect(try signup("QWERTYUIOP123456") == "password_common")
        #expect(try signup("iloveyouforever!") == "password_common")
        #expect(try signup("aaaaaaaaaaaaaaaaaaaa") == "password_common")
        #expect(try signup("my name is policy, hello") == "password_contains_name")
        #expect(try signup("someone.long forever and ever", username: "polly", email: "someone.long@example.org") == "password_contains_name")
        #expect(try signup(String(repeating: "long enough? ", count: 11)) == "password_too_long")
        #expect(try signup("a perfectly good passphrase", username: "policy2", email: "pol2@example.org") == nil)
    }

    @Test("mail texts follow `locale` or Accept-Language (en, es, hi)")
    func localisedMail() throws {
        let h = try AuthHarness()
        _ = try h.call("POST", "/v1/signup", json: ["email": "es@example.org", "username": "hablante", "password": "las olas del mar cantan",
                                                    "displayName": "E", "locale": "es-MX"])
        _ = try h.call("POST", "/v1/signup", json: ["email": "hi@example.org", "username": "vakta", "password": "nadi ke kinare chalna",
                                                    "displayName": "H"], headers: ["Accept-Language": "fr;q=0.9, hi-IN;q=0.8, en;q=0.5"])
        _ = try h.call("POST", "/v1/signup", json: ["email": "en@example.org", "username": "speaker", "password": "the sea sings at night",
                                                    "displayName": "S"], headers: ["Accept-Language": "de"])
        let es = try h.waitForMails(to: "es@example.org").last!
        #expect(es.body.contains("Tu código de verificación"))
        #expect(es.subject.hasPrefix("=?UTF-8?B?"))
        let hi = try h.waitForMails(to: "hi@example.org").last!
        #expect(hi.body.contains("सत्यापन कोड"))
        let en = try h.waitForMails(to: "en@example.org").last!
        #expect(en.body.contains("verification code is"))
        #expect(en.subject == "Your PebbleCode code")
        // The reset mail uses the account's language when the request names none.
        _ = try h.call("POST", "/v1/password/reset", json: ["email": "es@example.org"], headers: ["Accept-Language": "*"])
        #expect(try h.waitForMails(to: "es@example.org", count: 2).last!.body.contains("restablecer"))
        // Outbox files are private.
        let dir = h.stateDir + "/outbox"
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/" + name)[.posixPermissions] as? NSNumber)?.intValue ?? 0
            #expect(mode == 0o600)
        }
    }
}
