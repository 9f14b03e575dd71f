import Foundation
import PebbleAuth
import Testing

@Suite("Domain rules, in process")
struct UnitTests {
    @Test("username folding and skeletons")
    func usernameFolding() throws {
        #expect(try Username("  Ada_Lovelace ").canonical == "ada_lovelace")
        #expect(try Username("Ｊｏｈｎ").canonical == "john")
        #expect(try Username("j\u{043E}hn").canonical == "john")          // Cyrillic о
        #expect(try Username("\u{0391}\u{039D}\u{039D}\u{0391}").canonical == "anna")  // Greek capitals
        #expect(try Username("Zoë-99").canonical == "zoe-99")
        #expect(try Username("paypa1").key == (try Username("paypal").key))
        #expect(try Username("modern").key == (try Username("modem").key))   // rn ≈ m
        #expect(try Username("j.o.h.n").key == "john")
        for bad in ["ab", String(repeating: "a", count: 31), "_lead", "trail.", "dou..ble", "sp ace", "emoji😀", "semi;colon", "'--"] {
            #expect(throws: Username.Problem.self, "\(bad)") { try Username(bad) }
        }
        for reserved in ["admin", "ADMIN", "adm1n", "r00t", "support", "Pebble", "pebble_team", "the-admin", "SYSTEM", "api", "n\u{03BF}reply"] {
            #expect(throws: Username.Problem.reserved, "\(reserved)") { try Username(reserved) }
        }
    }

    @Test("email normalisation")
    func emails() throws {
        let e = try EmailAddress("  Bob.Smith@Example.COM ")
        #expect(e.address == "Bob.Smith@example.com")
        #expect(e.key == "bob.smith@example.com")
        for bad in ["", "no-at", "a@b", "a@@b.com", ".a@b.com", "a..b@c.com", "a b@c.com", "a@-b.com", "a@b.123", "ü@b.com",
                    String(repeating: "a", count: 65) + "@b.com", "a@" + String(repeating: "b", count: 250) + ".com", "a@b.com\r\nBcc: x@y.com"] {
            #expect(throws: EmailAddress.Invalid.self, "\(bad)") { try EmailAddress(bad) }
        }
    }

    @Test("password policy and the bundled list")
    func policy() {
        let p = PasswordPolicy()
        #expect(CommonPasswords.set.count > 5000)
        #expect(CommonPasswords.contains("Password123"))
        #expect(p.problem(with: "correct horse battery staple", username: nil, email: nil)?.code == "password_common")
        #expect(p.problem(with: "pass word 1234567", username: nil, email: nil)?.code == "password_common")
        #expect(p.problem(with: "fourteen chars", username: nil, email: nil)?.code == "password_too_short")
        #expect(p.problem(with: "fifteen chars!!", username: nil, email: nil) == nil)
        #expect(p.problem(with: "my handle is Ada_Lovelace", username: "ada_lovelace", email: nil)?.code == "password_contains_name")
        #expect(p.problem(with: "ring ring \u{7}bell here", username: nil, email: nil)?.code == "password_invalid")
        // Code points, not bytes: 15 Devanagari letters pass.
        #expect(p.problem(with: String(repeating: "क", count: 5) + "खगघङचछजझञट", username: nil, email: nil) == nil)
    }

    @Test("failure throttle: free failures, then 1, 2, 4 s … capped, reset by success")
    func throttle() async {
        let t = FailureThrottle(freeFailures: 5, baseDelay: 1, maxDelay: 900)
        let now = Date()
        for _ in 1...4 { await t.recordFailure("k", now: now) }
        #expect(await t.retryAfter("k", now: now) == nil)
        await t.recordFailure("k", now: now)
        #expect(await t.retryAfter("k", now: now) == 1)
        await t.recordFailure("k", now: now)
        #expect(await t.retryAfter("k", now: now) == 2)
        await t.recordFailure("k", now: now)
        #expect(await t.retryAfter("k", now: now) == 4)
        for _ in 0..<30 { await t.recordFailure("k", now: now) }
        #expect(await t.retryAfter("k", now: now) == 900)
        #expect(await t.retryAfter("other", now: now) == nil)
        await t.recordSuccess("k")
        #expect(await t.retryAfter("k", now: now) == nil)
    }

    @Test("Argon2id: PHC strings carry parameters; verify; rehash when weaker")
    func argon2() async throws {
        let weak = try Argon2Hasher(parameters: .init(memoryKiB: 1024, iterations: 1, parallelism: 1), threads: 1)
        let hash = try await weak.hash("a password to hash")
        #expect(hash.hasPrefix("$argon2id$v=19$m=1024,t=1,p=1$"))
        #expect(await weak.verify("a password to hash", encoded: hash))
        #expect(!(await weak.verify("a password to hasH", encoded: hash)))
        #expect(!(await weak.verify("a password to hash", encoded: "$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA")))
        #expect(try await weak.hash("a password to hash") != hash)  // fresh salt
        let owasp = try Argon2Hasher(parameters: .owasp, threads: 1)
        #expect(owasp.needsRehash(hash))
        #expect(!weak.needsRehash(hash))
        #expect(owasp.needsRehash("$2b$12$bcrypt-hash"))
        #expect(Argon2Hasher.parameters(of: hash) == .init(memoryKiB: 1024, iterations: 1, parallelism: 1))
        #expect(Argon2Hasher.Parameters.owasp == .init(memoryKiB: 19456, iterations: 2, parallelism: 1))
    }

    @Test("secrets: codes are 6 digits and spread, refresh tokens 256 bits, constant-time compare")
    func secrets() {
        var seen = Set<String>()
        for _ in 0..<2000 {
            let c = Secrets.numericCode()
            #expect(c.count == 6 && c.allSatisfy(\.isNumber))
            seen.insert(c)
        }
        #expect(seen.count > 1990)
        let t = Secrets.refreshToken()
        #expect(t.count == 43 && Secrets.base64URLDecode(t)?.count == 32)
        #expect(Secrets.constantTimeEquals("abc", "abc"))
        #expect(!Secrets.constantTimeEquals("abc", "abd"))
        #expect(!Secrets.constantTimeEquals("abc", "abcd"))
    }

    @Test("key plan: pending keys published, the newest active one signs, retired keys kept for the retention, the previous always")
    func keyPlan() throws {
        let t0 = Date(timeIntervalSince1970: 1_000_000)
        func key(_ kid: String, _ at: Double) -> SigningKeys.Key {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .secondsSince1970
            return try! decoder.decode(SigningKeys.Key.self, from: Data(#"{"kid":"\#(kid)","createdAt":\#(t0.timeIntervalSince1970 + at),"activatesAt":\#(t0.timeIntervalSince1970 + at),"d":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}"#.utf8))
        }
        let keys = [key("a", 0), key("b", 100), key("c", 10_000), key("d", 20_000)]
        let p = SigningKeys.plan(keys, now: t0.addingTimeInterval(10_500), retention: 1000)
        #expect(p.signing?.kid == "c")
        #expect(p.published.map(\.kid) == ["d", "c", "b"])
        #expect(p.expired.map(\.kid) == ["a"])
        let later = SigningKeys.plan(keys, now: t0.addingTimeInterval(20_100), retention: 1000)
        #expect(later.signing?.kid == "d")
        #expect(later.published.map(\.kid) == ["d", "c"])
        #expect(Set(later.expired.map(\.kid)) == ["a", "b"])
    }

    @Test("locale choice")
    func locales() {
        #expect(MailTexts.locale(requested: "es-MX", acceptLanguage: "hi") == "es")
        #expect(MailTexts.locale(requested: "xx", acceptLanguage: "de, hi;q=0.4, es;q=0.7") == "es")
        #expect(MailTexts.locale(requested: nil, acceptLanguage: "de") == nil)
        #expect(MailTexts.render(.confirmCode("123456"), locale: "hi", codeMinutes: 10).body.contains("123456"))
    }
}
