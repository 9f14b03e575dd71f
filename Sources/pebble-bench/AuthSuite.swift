import ArgumentParser
import Crypto
import Foundation
import Logging
import PebbleAuth
import PebbleTokens

/// `pebble-bench auth` (build with -c release): login latency with the configured (default: OWASP)
/// Argon2 parameters against a bare Argon2 verification in the same run, and access-token
/// verifications per second with PebbleTokens against raw Ed25519 signature checks.
struct AuthSuite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "auth", abstract: "pebble-auth: login latency and token verification throughput.")

    @Option(help: "Logins to time.") var logins = 20
    @Option(help: "Token verifications to time.") var verifications = 20_000
    @Option(help: "Argon2 memory in KiB (default OWASP's 19456).") var memoryKiB: UInt32 = 19456
    @Option(help: "Argon2 iterations (default OWASP's 2).") var iterations: UInt32 = 2

    func run() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pebble-auth-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var settings = AuthSettings()
        settings.passwordHash = .init(memoryKiB: memoryKiB, iterations: iterations, parallelism: 1)
        settings.mailCooldownSeconds = 0
        settings.accountThrottle = .init(freeFailures: 1000, baseDelaySeconds: 1, maxDelaySeconds: 1)
        settings.addressThrottle = settings.accountThrottle
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let outbox = dir + "/outbox"
        let auth = try await AuthService(settings: settings, stateDir: dir, mailer: try FileOutboxMailer(directory: outbox), logger: logger)

        let password = "quartz rivers fold the \(UInt32.random(in: 0...UInt32.max))"
        try await auth.signup(email: "timer@example.org", username: "bencher", password: password, displayName: "Bench", locale: nil, address: "bench")
        let code = try await Self.code(in: outbox)
        try await auth.confirm(email: "timer@example.org", code: code, address: "bench")

        print("pebble-bench auth — Argon2id m=\(memoryKiB) KiB, t=\(iterations), p=1; \(ProcessInfo.processInfo.activeProcessorCount) cores (shared)")
        // Baseline: one bare Argon2 verification of the same stored hash.
        let stored = try await auth.hasher.hash(password)
        var bare: [Double] = []
        for _ in 0..<logins {
            let t = ContinuousClock.now
            _ = await auth.hasher.verify(password, encoded: stored)
            bare.append(Self.ms(ContinuousClock.now - t))
        }
        var times: [Double] = []
        for _ in 0..<logins {
            let t = ContinuousClock.now
            _ = try await auth.login(login: "bencher", password: password, address: "bench")
            times.append(Self.ms(ContinuousClock.now - t))
        }
        print(String(format: "login (Argon2 verify + SQLite + refresh family + JWT): median %.1f ms, p95 %.1f ms over %d", Self.q(times, 0.5), Self.q(times, 0.95), logins))
        print(String(format: "bare argon2id_verify (baseline):                       median %.1f ms, p95 %.1f ms over %d", Self.q(bare, 0.5), Self.q(bare, 0.95), logins))
        print(String(format: "login / bare Argon2: %.2f×", Self.q(times, 0.5) / max(0.001, Self.q(bare, 0.5))))

        // Token verification: PebbleTokens' full verify vs raw Ed25519 signature checks.
        let snapshot = try await auth.keyRing.snapshot()
        let token = try await auth.accessToken(subject: "u_bench", scope: "learner")
        let verifier = TokenVerifier(jwks: try SigningKeys.jwks(try SigningKeys(directory: dir + "/keys").load()),
                                     policy: TokenPolicy(issuer: settings.issuer, audiences: ["pebble-coach"]))
        _ = try await verifier.verify(token)
        _ = snapshot
        var t = ContinuousClock.now
        for _ in 0..<verifications { _ = try await verifier.verify(token) }
        let full = Self.seconds(ContinuousClock.now - t)

        let parts = token.split(separator: ".")
        let input = Data((parts[0] + "." + parts[1]).utf8)
        let signature = Data(Self.b64(String(parts[2])))
        let key = try SigningKeys(directory: dir + "/keys").load().last!
        let publicKey = try Curve25519.Signing.PublicKey(rawRepresentation: Self.b64(key.publicKeyBase64URL!))
        precondition(publicKey.isValidSignature(signature, for: input))
        t = ContinuousClock.now
        var ok = 0
        for _ in 0..<verifications where publicKey.isValidSignature(signature, for: input) { ok += 1 }
        let raw = Self.seconds(ContinuousClock.now - t)
        precondition(ok == verifications)
        let fullRate = Double(verifications) / full, rawRate = Double(verifications) / raw
        print(String(format: "PebbleTokens TokenVerifier.verify: %.0f tokens/s (%d in %.2f s)", fullRate, verifications, full))
        print(String(format: "raw Ed25519 isValidSignature (baseline): %.0f /s (%d in %.2f s)", rawRate, verifications, raw))
        print(String(format: "verifier / raw signature: %.2f (the verifier's parsing and claim checks cost %.0f%% on top)", fullRate / rawRate, (rawRate / fullRate - 1) * 100))
    }

    static func code(in outbox: String) async throws -> String {
        for _ in 0..<100 {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? [] where name.hasSuffix(".eml") {
                let text = try String(contentsOfFile: outbox + "/" + name, encoding: .utf8)
                if let r = text.range(of: #"\b\d{6}\b"#, options: .regularExpression) { return String(text[r]) }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ValidationError("no code in the outbox")
    }

    static func b64(_ s: String) -> [UInt8] {
        var t = s.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        t += String(repeating: "=", count: (4 - t.count % 4) % 4)
        return Array(Data(base64Encoded: t) ?? Data())
    }

    static func ms(_ d: Duration) -> Double { seconds(d) * 1000 }
    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
    static func q(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
    }
}
