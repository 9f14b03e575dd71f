import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PebbleAuth
import PebbleHTTP
import PebbleJSON

@main
struct PebbleAuthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pebble-auth",
        abstract: "Accounts, email verification and the access tokens the other PebbleCode services trust.",
        subcommands: [Serve.self, IssueToken.self, RotateKeys.self],
        defaultSubcommand: Serve.self)
}

/// The config file (docs/auth.md, "Configuration"): the service's own keys plus every
/// `AuthSettings` key at the top level. Command-line options win.
struct AuthConfig: Decodable {
    var host: String?
    var port: Int?
    var stateDir: String?
    var outbox: String?
    var smtp: SMTPMailer.Settings?
    var trustedProxies: [String]?
    var rateLimit: RateLimiter.Settings?
    var usernameRateLimit: RateLimiter.Settings?
    var settings: AuthSettings

    enum Keys: String, CodingKey { case host, port, stateDir, outbox, smtp, trustedProxies, rateLimit, usernameRateLimit }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        host = try c.decodeIfPresent(String.self, forKey: .host)
        port = try c.decodeIfPresent(Int.self, forKey: .port)
        stateDir = try c.decodeIfPresent(String.self, forKey: .stateDir)
        outbox = try c.decodeIfPresent(String.self, forKey: .outbox)
        smtp = try c.decodeIfPresent(SMTPMailer.Settings.self, forKey: .smtp)
        trustedProxies = try c.decodeIfPresent([String].self, forKey: .trustedProxies)
        rateLimit = try c.decodeIfPresent(RateLimiter.Settings.self, forKey: .rateLimit)
        usernameRateLimit = try c.decodeIfPresent(RateLimiter.Settings.self, forKey: .usernameRateLimit)
        settings = try AuthSettings(from: decoder)
    }

    static func load(_ options: ServiceOptions) throws -> (AuthConfig?, AuthSettings, String) {
        let file = try ConfigFile.load(AuthConfig.self, from: options.config)
        let stateDir = options.stateDirectory(configured: file?.stateDir, service: "pebble-auth")
        let settings = file?.settings ?? AuthSettings()
        try settings.validate()
        return (file, settings, stateDir)
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the auth HTTP API (the default).")

    @OptionGroup var service: ServiceOptions

    @Option(help: "The file mailer's folder: one .eml per message (default STATE_DIR/outbox; ignored when `smtp:` is configured).")
    var outbox: String?

    func run() async throws {
        let (file, settings, stateDir) = try AuthConfig.load(service)
        umask(0o077)  // the database, keys and outbox hold secrets: nothing we create is readable by others
        let (logger, registry) = HTTPService.bootstrap(label: "pebble-auth", level: service.logLevel)
        try HTTPService.prepareStateDir(stateDir)
        let mailer: any Mailer
        if let smtp = file?.smtp {
            mailer = SMTPMailer(settings: smtp)
        } else {
            mailer = try FileOutboxMailer(directory: outbox ?? file?.outbox ?? stateDir + "/outbox")
        }
        let auth = try await AuthService(settings: settings, stateDir: stateDir, mailer: mailer, logger: logger)
        let limiter = RateLimiter(file?.rateLimit, burst: 10, perMinute: 30)
        let usernameLimiter = RateLimiter(file?.usernameRateLimit, burst: 5, perMinute: 20)
        let router = HTTPService.router(name: "pebble-auth", registry: registry, context: AuthRequestContext.self) {
            let kids = (try? await auth.keyRing.snapshot().publishedKids.count) ?? 0
            return ["mailer": .string(mailer.name), "publishedKeys": .int(Int64(kids)), "issuer": .string(settings.issuer)]
        }
        AuthRoutes(auth: auth, limiter: limiter, usernameLimiter: usernameLimiter, trustedProxies: Set(file?.trustedProxies ?? []),
                   logger: logger).add(to: router)
        let housekeeping = Task {
            var lastSweep = Date.distantPast
            while !Task.isCancelled {
                do {
                    try await auth.keyRing.refresh()
                    if Date().timeIntervalSince(lastSweep) > 600 {
                        try await auth.store.sweep(now: Date(), unconfirmedTTL: Double(settings.unconfirmedTTLSeconds))
                        lastSweep = Date()
                    }
                } catch {
                    logger.error("housekeeping failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: .seconds(settings.keyReloadSeconds))
            }
        }
        logger.notice("pebble-auth starting", metadata: ["stateDir": "\(stateDir)", "mailer": "\(mailer.name)",
                                                         "argon2": "m=\(settings.passwordHash.memoryKiB),t=\(settings.passwordHash.iterations),p=\(settings.passwordHash.parallelism)"])
        defer { housekeeping.cancel() }
        try await HTTPService.run(router, name: "pebble-auth", host: service.host, port: service.port ?? file?.port ?? 8703,
                                  stateDir: stateDir, logger: logger)
    }
}

/// Prints a service token (scope `service`) signed by the current key: how the platform's backend
/// gets a token that may act for any learner at the coach and analytics.
struct IssueToken: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Print an access token for a service client.")

    @OptionGroup var service: ServiceOptions

    @Option(name: .customLong("service"), help: "The client's name (a–z, 0–9, -; 1–40): the token's subject is svc_NAME.")
    var name: String

    @Option(help: "Lifetime in seconds (60…86400).")
    var ttl: Int = 3600

    func validate() throws {
        guard (1...40).contains(name.count), name.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }) else {
            throw ValidationError("--service must be 1–40 characters of a–z, 0–9 and -")
        }
        guard (60...86_400).contains(ttl) else { throw ValidationError("--ttl must be 60…86400 seconds") }
    }

    func run() async throws {
        let (_, settings, stateDir) = try AuthConfig.load(service)
        try HTTPService.prepareStateDir(stateDir)
        let ring = KeyRing(directory: stateDir + "/keys", settings: settings, logger: Logger(label: "pebble-auth.token"))
        let signer = try await ring.refresh().signer
        print(try await signer.sign(subject: "svc_" + name, scope: "service", ttl: ttl))
    }
}

/// Creates a new signing key. It is published at once and signs after `keyPublishAheadSeconds`
/// (so every verifier has it cached first); the old key stays published until its tokens expire.
struct RotateKeys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rotate-keys", abstract: "Start a signing-key rotation.")

    @OptionGroup var service: ServiceOptions

    @Flag(help: "Sign with the new key at once (e.g. the old one leaked; verifiers refetch on the unknown kid).")
    var immediate = false

    func run() async throws {
        let (_, settings, stateDir) = try AuthConfig.load(service)
        try HTTPService.prepareStateDir(stateDir)
        let keys = SigningKeys(directory: stateDir + "/keys")
        let now = Date()
        _ = try keys.load()
        let key = try keys.create(now: now, activatesAt: immediate ? now : now.addingTimeInterval(Double(settings.keyPublishAheadSeconds)))
        print("new key \(key.kid): published now, signs from \(ISO8601DateFormatter().string(from: key.activatesAt))")
    }
}
