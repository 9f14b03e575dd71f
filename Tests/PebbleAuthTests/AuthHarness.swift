import Foundation
import GRDB
import PebbleTestSupport
import Testing

/// One real pebble-auth for a test: started with `TestService` (a free port, its own state under
/// /run/pebble-tests), every response checked against docs/api/auth.yaml, the operations it
/// exercised recorded, and helpers to read the outbox and the SQLite file.
final class AuthHarness: @unchecked Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let document: OpenAPIDocument = try! OpenAPIDocument(yamlFile: repository.appendingPathComponent("docs/api/auth.yaml").path)
    static let binary = URL(fileURLWithPath: CLIProcess.pebble).deletingLastPathComponent().appendingPathComponent("pebble-auth").path

    /// Fast Argon2 (tests only; one test runs the real parameters), quick codes, roomy address limits.
    static let fastConfig = """
        passwordHash: {memoryKiB: 1024, iterations: 1, parallelism: 1}
        keyPublishAheadSeconds: 0
        keyReloadSeconds: 1
        mailCooldownSeconds: 1
        rateLimit: {perMinute: 600, burst: 200}
        usernameRateLimit: {perMinute: 600, burst: 200}
        """

    let service: TestService
    private let lock = NSLock()
    private var exercised: Set<String> = []

    init(config: String = AuthHarness.fastConfig, extra: String = "", arguments: [String] = []) throws {
        service = try TestService("pebble-auth", config: config + "\n" + extra, arguments: arguments)
    }

    deinit { service.stop() }

    var stateDir: String { service.state + "/state" }
    var jwksURL: URL { URL(string: service.baseURL + "/.well-known/jwks.json")! }
    var configPath: String { service.state + "/config.yaml" }

    /// One request; the answer must conform to the OpenAPI document.
    @discardableResult
    func call(_ method: String, _ path: String, json: Any? = nil, body: Data? = nil, headers: [String: String] = [:],
              sourceLocation: SourceLocation = #_sourceLocation) throws -> TestService.HTTPAnswer {
        let answer = try service.request(method, path, json: json, body: body, headers: headers)
        let problems = Self.document.validateResponse(method: method, path: path, status: answer.status,
                                                      contentType: answer.contentType, body: answer.body)
        for p in problems { Issue.record("OpenAPI: \(p) — body: \(answer.text.prefix(300))", sourceLocation: sourceLocation) }
        let template = Self.document.operations.first { $0.method == method && Self.matches($0.path, path) }
        lock.withLock { _ = exercised.insert("\(method) \(template?.path ?? path)") }
        return answer
    }

    static func matches(_ template: String, _ path: String) -> Bool { template == path.split(separator: "?").first.map(String.init) }

    var exercisedOperations: Set<String> { lock.withLock { exercised } }

    func bearer(_ token: String) -> [String: String] { ["Authorization": "Bearer " + token] }

    // MARK: - Mail

    struct Mail { var to: String; var subject: String; var body: String; var raw: String }

    func mails() -> [Mail] {
        let dir = stateDir + "/outbox"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        return names.compactMap { name in
            guard let raw = try? String(contentsOfFile: dir + "/" + name, encoding: .utf8) else { return nil }
            let parts = raw.components(separatedBy: "\r\n\r\n")
            var to = "", subject = ""
            for line in parts[0].components(separatedBy: "\r\n") {
                if line.hasPrefix("To: ") { to = String(line.dropFirst(4)) }
                if line.hasPrefix("Subject: ") { subject = String(line.dropFirst(9)) }
            }
            return Mail(to: to, subject: subject, body: parts.dropFirst().joined(separator: "\r\n\r\n"), raw: raw)
        }
    }

    /// Waits (mail is sent in the background) for the `count`-th mail to `to`.
    func waitForMails(to: String, count: Int = 1, timeout: Double = 5) throws -> [Mail] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let found = mails().filter { $0.to == to }
            if found.count >= count { return found }
            guard Date() < deadline else { throw TestServiceError("no mail #\(count) to \(to) (have \(found.count))") }
            usleep(20_000)
        }
    }

    static func code(in mail: Mail) -> String? {
        mail.body.range(of: #"\b[0-9]{6}\b"#, options: .regularExpression).map { String(mail.body[$0]) }
    }

    /// The code of the newest mail to `to`, waiting for mail number `count`.
    func latestCode(to: String, count: Int = 1) throws -> String {
        let mails = try waitForMails(to: to, count: count)
        guard let code = Self.code(in: mails.last!) else { throw TestServiceError("no code in the mail to \(to)") }
        return code
    }

    // MARK: - Accounts

    /// Signs up, confirms with the mailed code, and logs in: the token pair.
    @discardableResult
    func newLearner(email: String, username: String, password: String) throws -> (access: String, refresh: String) {
        let s = try call("POST", "/v1/signup", json: ["email": email, "username": username, "password": password, "displayName": "Test Learner"])
        guard s.status == 202 else { throw TestServiceError("signup: \(s.status) \(s.text)") }
        let code = try latestCode(to: email)
        let c = try call("POST", "/v1/confirm", json: ["email": email, "code": code])
        guard c.status == 200 else { throw TestServiceError("confirm: \(c.status) \(c.text)") }
        return try login(email, password)
    }

    func login(_ login: String, _ password: String) throws -> (access: String, refresh: String) {
        let l = try call("POST", "/v1/login", json: ["login": login, "password": password])
        guard l.status == 200, let a = l.object["accessToken"] as? String, let r = l.object["refreshToken"] as? String else {
            throw TestServiceError("login: \(l.status) \(l.text)")
        }
        return (a, r)
    }

    // MARK: - The database

    func database() throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: stateDir + "/auth.sqlite", configuration: config)
    }

    func counts() throws -> [String: Int] {
        try database().read { db in
            var out: [String: Int] = [:]
            for t in ["account", "username_hold", "verification_code", "refresh_token"] {
                out[t] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)")
            }
            out["revoked"] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NOT NULL")
            out["consumed"] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM verification_code WHERE consumed_at IS NOT NULL")
            return out
        }
    }

    /// A whole-table snapshot (every column of every row): "nothing changed" means equal snapshots.
    func snapshot() throws -> String {
        try database().read { db in
            var out = ""
            for t in ["account", "username_hold", "verification_code", "refresh_token"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(t) ORDER BY 1") { out += "\(t): \(row)\n" }
            }
            return out
        }
    }

    /// Runs `pebble-auth ARGS --state-dir … --config …` to its end.
    func cli(_ arguments: [String]) throws -> (Int32, String) {
        try CLIProcess.run(arguments + ["--state-dir", stateDir, "--config", configPath], executable: Self.binary)
    }
}

/// Neither of these may appear in the service's log.
func assertLogHasNoSecrets(_ harness: AuthHarness, _ secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let log = harness.service.log
    #expect(!log.isEmpty, sourceLocation: sourceLocation)
    for secret in secrets where !secret.isEmpty {
        #expect(!log.contains(secret), "the log contains a secret (\(secret.prefix(6))…)", sourceLocation: sourceLocation)
    }
}
