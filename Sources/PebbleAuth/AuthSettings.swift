public import Foundation

/// pebble-auth's settings (the config file's keys, docs/auth.md "Configuration"), with the
/// defaults a production service runs with. Tests shorten the times and weaken Argon2 here only.
public struct AuthSettings: Sendable, Decodable {
    public var issuer = "pebble-auth"
    public var audiences = ["pebblecode", "pebble-coach", "pebble-analytics"]
    public var accessTokenTTLSeconds = 900
    public var refreshTokenTTLSeconds = 30 * 86_400
    /// A family (one login's chain of refresh tokens) ends this long after the login however often it is refreshed.
    public var refreshFamilyMaxSeconds = 90 * 86_400
    public var codeTTLSeconds = 600
    public var codeMaxAttempts = 5
    public var mailCooldownSeconds = 60
    public var unconfirmedTTLSeconds = 86_400
    public var passwordHash = Argon2Hasher.Parameters.owasp
    public var hashThreads = 2
    public var passwordMinLength = 15
    public var passwordMaxLength = 128
    public var keyRotationDays = 30.0
    public var keyPublishAheadSeconds = 360
    public var keyReloadSeconds = 10
    public var accountThrottle = Throttle(freeFailures: 5, baseDelaySeconds: 1, maxDelaySeconds: 900)
    public var addressThrottle = Throttle(freeFailures: 20, baseDelaySeconds: 1, maxDelaySeconds: 900)
    public var mailFrom = "PebbleCode <no-reply@pebblecode.invalid>"

    public struct Throttle: Sendable, Decodable {
        public var freeFailures: Int
        public var baseDelaySeconds: Double
        public var maxDelaySeconds: Double
        public init(freeFailures: Int, baseDelaySeconds: Double, maxDelaySeconds: Double) {
            self.freeFailures = freeFailures
            self.baseDelaySeconds = baseDelaySeconds
            self.maxDelaySeconds = maxDelaySeconds
        }
    }

    public init() {}

    enum Keys: String, CodingKey {
        case issuer, audiences, accessTokenTTLSeconds, refreshTokenTTLSeconds, refreshFamilyMaxSeconds, codeTTLSeconds, codeMaxAttempts,
             mailCooldownSeconds, unconfirmedTTLSeconds, passwordHash, hashThreads, passwordMinLength, passwordMaxLength,
             keyRotationDays, keyPublishAheadSeconds, keyReloadSeconds, accountThrottle, addressThrottle, mailFrom
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        func v<T: Decodable>(_ key: Keys, _ current: T) throws -> T { try c.decodeIfPresent(T.self, forKey: key) ?? current }
        issuer = try v(.issuer, issuer)
        audiences = try v(.audiences, audiences)
        accessTokenTTLSeconds = try v(.accessTokenTTLSeconds, accessTokenTTLSeconds)
        refreshTokenTTLSeconds = try v(.refreshTokenTTLSeconds, refreshTokenTTLSeconds)
        refreshFamilyMaxSeconds = try v(.refreshFamilyMaxSeconds, refreshFamilyMaxSeconds)
        codeTTLSeconds = try v(.codeTTLSeconds, codeTTLSeconds)
        codeMaxAttempts = try v(.codeMaxAttempts, codeMaxAttempts)
        mailCooldownSeconds = try v(.mailCooldownSeconds, mailCooldownSeconds)
        unconfirmedTTLSeconds = try v(.unconfirmedTTLSeconds, unconfirmedTTLSeconds)
        passwordHash = try v(.passwordHash, passwordHash)
        hashThreads = try v(.hashThreads, hashThreads)
        passwordMinLength = try v(.passwordMinLength, passwordMinLength)
        passwordMaxLength = try v(.passwordMaxLength, passwordMaxLength)
        keyRotationDays = try v(.keyRotationDays, keyRotationDays)
        keyPublishAheadSeconds = try v(.keyPublishAheadSeconds, keyPublishAheadSeconds)
        keyReloadSeconds = try v(.keyReloadSeconds, keyReloadSeconds)
        accountThrottle = try v(.accountThrottle, accountThrottle)
        addressThrottle = try v(.addressThrottle, addressThrottle)
        mailFrom = try v(.mailFrom, mailFrom)
    }

    /// Refuses settings that would make the service unsafe or broken, naming the key.
    public func validate() throws {
        func need(_ ok: Bool, _ what: String) throws { if !ok { throw AuthError(500, "bad_config", what) } }
        try need(!issuer.isEmpty, "issuer may not be empty")
        try need(!audiences.isEmpty && audiences.allSatisfy { !$0.isEmpty }, "audiences must name at least one audience")
        try need((30...86_400).contains(accessTokenTTLSeconds), "accessTokenTTLSeconds must be 30…86400")
        try need(refreshTokenTTLSeconds >= 60 && refreshTokenTTLSeconds <= refreshFamilyMaxSeconds, "refreshTokenTTLSeconds must be ≥ 60 and ≤ refreshFamilyMaxSeconds")
        try need((1...3600).contains(codeTTLSeconds), "codeTTLSeconds must be 1…3600")
        try need((1...10).contains(codeMaxAttempts), "codeMaxAttempts must be 1…10")
        try need(mailCooldownSeconds >= 0, "mailCooldownSeconds may not be negative")
        try need(unconfirmedTTLSeconds >= codeTTLSeconds, "unconfirmedTTLSeconds must be at least codeTTLSeconds")
        try need((8...64).contains(passwordMinLength), "passwordMinLength must be 8…64 (NIST: 15 without a second factor)")
        try need(passwordMaxLength >= 64 && passwordMaxLength <= 1024, "passwordMaxLength must be 64…1024")
        try need((1...16).contains(hashThreads), "hashThreads must be 1…16")
        try need(keyRotationDays > 0, "keyRotationDays must be positive")
        try need(keyPublishAheadSeconds >= 0 && keyReloadSeconds >= 1, "keyPublishAheadSeconds ≥ 0, keyReloadSeconds ≥ 1")
        for t in [accountThrottle, addressThrottle] {
            try need(t.freeFailures >= 1 && t.baseDelaySeconds > 0 && t.maxDelaySeconds >= t.baseDelaySeconds, "throttle: freeFailures ≥ 1, 0 < baseDelaySeconds ≤ maxDelaySeconds")
        }
    }

    /// How long a retired key stays published: every token it signed has expired by then.
    public var keyRetentionSeconds: Double { Double(accessTokenTTLSeconds) + 120 }
}
