public import Foundation
import Crypto
public import Logging
import Metrics
import PebbleTokens

/// pebble-auth's flows (signup, confirmation, login, refresh, logout, profile, passwords) with no
/// HTTP in them. Every refusal is an `AuthError`; none says whether an email is registered.
public final class AuthService: Sendable {
    public struct TokenPair: Sendable {
        public var accessToken: String
        public var refreshToken: String
        public var expiresIn: Int
        public var tokenType = "Bearer"
    }

    public struct Availability: Sendable {
        public var available: Bool
        public var username: String?
        public var reason: String?
    }

    public let settings: AuthSettings
    public let store: AuthStore
    public let hasher: Argon2Hasher
    public let keyRing: KeyRing
    public let mailer: any Mailer
    let policy: PasswordPolicy
    let logger: Logger
    let accountThrottle: FailureThrottle
    let addressThrottle: FailureThrottle
    let mailCooldown: Cooldown
    let codeKey: SymmetricKey
    /// Verified against when a login names no account, so both cost one Argon2 verification.
    let dummyHash: String

    public init(settings: AuthSettings, stateDir: String, mailer: any Mailer, logger: Logger) async throws {
        try settings.validate()
        self.settings = settings
        self.logger = logger
        self.mailer = mailer
        store = try AuthStore(path: stateDir + "/auth.sqlite")
        hasher = try Argon2Hasher(parameters: settings.passwordHash, threads: settings.hashThreads)
        keyRing = KeyRing(directory: stateDir + "/keys", settings: settings, logger: logger)
        policy = PasswordPolicy(minLength: settings.passwordMinLength, maxLength: settings.passwordMaxLength)
        let a = settings.accountThrottle, b = settings.addressThrottle
        accountThrottle = FailureThrottle(freeFailures: a.freeFailures, baseDelay: a.baseDelaySeconds, maxDelay: a.maxDelaySeconds)
        addressThrottle = FailureThrottle(freeFailures: b.freeFailures, baseDelay: b.baseDelaySeconds, maxDelay: b.maxDelaySeconds)
        mailCooldown = Cooldown(seconds: Double(settings.mailCooldownSeconds))
        codeKey = try Self.loadCodeKey(path: stateDir + "/keys/code-hmac.key")
        dummyHash = try await hasher.hash(Secrets.base64URL(Secrets.randomBytes(24)))
        _ = try await keyRing.refresh()
        if settings.passwordHash.belowOWASP {
            logger.warning("Argon2 parameters are below OWASP's minimum (m=19456 KiB, t=2): for tests only",
                           metadata: ["memoryKiB": "\(settings.passwordHash.memoryKiB)", "iterations": "\(settings.passwordHash.iterations)"])
        }
    }

    /// The HMAC key codes are hashed with (32 random bytes, created once, mode 0600).
    static func loadCodeKey(path: String) throws -> SymmetricKey {
        if let data = FileManager.default.contents(atPath: path), data.count == 32 { return SymmetricKey(data: data) }
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let bytes = Secrets.randomBytes(32)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AuthError(500, "state", "cannot write \(path)") }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        return SymmetricKey(data: bytes)
    }

    func codeHash(accountID: String, purpose: AuthStore.CodePurpose, code: String) -> String {
        Secrets.hmacHex(key: codeKey, "\(purpose.rawValue)|\(accountID)|\(code)")
    }

    static func locale(_ l: String?) -> String { l ?? "en" }

    // MARK: - Input

    static func email(_ s: String) throws(AuthError) -> EmailAddress {
        do { return try EmailAddress(s) } catch { throw AuthError(400, "invalid_email", "`email`: \(error.message)") }
    }

    static func username(_ s: String, field: String = "username") throws(AuthError) -> Username {
        do { return try Username(s) } catch {
            switch error {
            case .reserved: throw AuthError(400, "username_reserved", "`\(field)`: this username is reserved; choose another")
            case .invalid(let why): throw AuthError(400, "invalid_username", "`\(field)`: \(why)")
            }
        }
    }

    static func code(_ s: String) throws(AuthError) -> String {
        guard s.utf8.count == 6, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw .invalidField("code", "must be the 6 digits from the mail")
        }
        return s
    }

    func checkPassword(_ password: String, field: String, username: String?, email: String?) throws(AuthError) {
        if let problem = policy.problem(with: password, username: username, email: email) {
            throw AuthError(400, problem.code, "`\(field)`: \(problem.message)")
        }
    }

    func throttled(_ throttle: FailureThrottle, _ key: String, what: String) async throws(AuthError) {
        if let wait = await throttle.retryAfter(key) {
            Counter(label: "pebble_auth_throttled_total", dimensions: [("what", what)]).increment()
            throw .throttled(wait)
        }
    }

    // MARK: - Signup and confirmation

    /// Creates an unconfirmed account and mails it a code — or, when the email has an account,
    /// mails its owner instead and answers exactly the same (status, body, time: the password is
    /// hashed either way, mail goes out in the background).
    public func signup(email rawEmail: String, username rawUsername: String, password: String, displayName rawName: String,
                       locale: String?, address: String) async throws {
        let email = try Self.email(rawEmail)
        let username = try Self.username(rawUsername)
        let displayName = try ProfileText.clean(rawName, field: "displayName", max: ProfileText.maxDisplayName, allowEmpty: false, allowNewlines: false)
        try checkPassword(password, field: "password", username: username.canonical, email: email.address)
        let hash = try await hasher.hash(PasswordPolicy.normalized(password))
        let now = Date()
        let account = AuthStore.Account(id: Secrets.identifier("u_"), email: email.address, emailKey: email.key, username: username.canonical,
                                        usernameKey: username.key, passwordHash: hash, displayName: displayName, locale: Self.locale(locale),
                                        createdAt: now, passwordChangedAt: now)
        let code = Secrets.numericCode()
        let outcome = try await store.signup(account, codeHash: codeHash(accountID: account.id, purpose: .confirm, code: code),
                                             codeExpires: now.addingTimeInterval(Double(settings.codeTTLSeconds)),
                                             holdUntil: now.addingTimeInterval(Double(settings.unconfirmedTTLSeconds)), now: now)
        let firstMail = await mailCooldown.take("mail:" + email.key) == nil
        switch outcome {
        case .usernameTaken:
            throw AuthError(409, "username_taken", "`username`: this username is taken; choose another")
        case .created:
            Counter(label: "pebble_auth_signups_total").increment()
            logger.info("account created", metadata: ["account": "\(account.id)"])
            deliver(.confirmCode(code), to: email.address, locale: account.locale)
        case .existing(let owner):
            logger.info("signup for an address that has an account; mailing its owner", metadata: ["account": "\(owner.id)"])
            if firstMail { deliver(.alreadyRegistered, to: owner.email, locale: locale ?? owner.locale) }
        }
    }

    public func confirm(email rawEmail: String, code rawCode: String, address: String) async throws {
        let email = try Self.email(rawEmail)
        let code = try Self.code(rawCode)
        try await redeem(email: email, code: code, purpose: .confirm, action: .confirmEmail, address: address)
        logger.info("email confirmed")
    }

    /// Shared by confirmation and reset: the address is throttled on wrong codes (guessing across
    /// accounts), each code on its own attempts (guessing one account's code).
    func redeem(email: EmailAddress, code: String, purpose: AuthStore.CodePurpose, action: AuthStore.CodeAction, address: String) async throws {
        let ipKey = "code:" + address
        try await throttled(addressThrottle, ipKey, what: "code")
        guard let account = try await store.account(emailKey: email.key) else {
            await addressThrottle.recordFailure(ipKey)
            throw AuthError.invalidCode
        }
        let candidate = codeHash(accountID: account.id, purpose: purpose, code: code)
        let result = try await store.redeemCode(accountID: account.id, purpose: purpose, now: Date(), maxAttempts: settings.codeMaxAttempts,
                                                isMatch: { Secrets.constantTimeEquals($0, candidate) }, action: action)
        guard result == .redeemed else {
            await addressThrottle.recordFailure(ipKey)
            Counter(label: "pebble_auth_code_failures_total", dimensions: [("purpose", purpose.rawValue)]).increment()
            throw AuthError.invalidCode
        }
        if case .resetPassword = action {
            logger.notice("password reset", metadata: ["account": "\(account.id)"])
            deliver(.passwordChanged, to: account.email, locale: account.locale)
        }
    }

    /// A new confirmation code for an unconfirmed account; throttled per address named (whether or
    /// not it has an account) and silent about which.
    public func resend(email rawEmail: String, locale: String?, address: String) async throws {
        let email = try Self.email(rawEmail)
        if let wait = await mailCooldown.take("mail:" + email.key) { throw AuthError.throttled(wait, "a code was sent to this address just now") }
        guard let account = try await store.account(emailKey: email.key), account.confirmedAt == nil else { return }
        let code = Secrets.numericCode()
        let now = Date()
        try await store.storeCode(accountID: account.id, purpose: .confirm, codeHash: codeHash(accountID: account.id, purpose: .confirm, code: code),
                                  now: now, expires: now.addingTimeInterval(Double(settings.codeTTLSeconds)))
        deliver(.confirmCode(code), to: account.email, locale: locale ?? account.locale)
    }

    public func usernameAvailable(_ raw: String) async throws -> Availability {
        let username: Username
        do { username = try Username(raw) } catch {
            switch error {
            case .reserved: return Availability(available: false, username: nil, reason: "reserved")
            case .invalid: return Availability(available: false, username: nil, reason: "invalid")
            }
        }
        let taken = try await store.isUsernameTaken(key: username.key, now: Date())
        return Availability(available: !taken, username: username.canonical, reason: taken ? "taken" : nil)
    }

    // MARK: - Login and tokens

    /// `login` is the email or the username. Throttled per login name and per address, before
    /// any password work; an unknown login costs the same Argon2 verification as a known one.
    public func login(login rawLogin: String, password: String, address: String) async throws -> TokenPair {
        let login = rawLogin.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !login.isEmpty, login.utf8.count <= EmailAddress.maxLength else { throw AuthError.invalidField("login", "must be your email or username (at most 254 characters)") }
        guard !password.isEmpty, password.utf8.count <= settings.passwordMaxLength * 4 else { throw AuthError.invalidField("password", "must be 1…\(settings.passwordMaxLength) characters") }
        let isEmail = login.contains("@")
        let lookup = isEmail ? EmailAddress.lookupKey(login) : Username.lookupKey(login)
        let accountKey = (isEmail ? "email:" : "user:") + lookup
        let ipKey = "login:" + address
        try await throttled(accountThrottle, accountKey, what: "account")
        try await throttled(addressThrottle, ipKey, what: "address")
        let account = isEmail ? try await store.account(emailKey: lookup) : try await store.account(usernameKey: lookup)
        let normalized = PasswordPolicy.normalized(password)
        let ok = await hasher.verify(normalized, encoded: account?.passwordHash ?? dummyHash)
        guard ok, let account else {
            await accountThrottle.recordFailure(accountKey)
            await addressThrottle.recordFailure(ipKey)
            Counter(label: "pebble_auth_logins_total", dimensions: [("result", "failure")]).increment()
            logger.info("login failed", metadata: account.map { ["account": "\($0.id)"] } ?? [:])
            throw AuthError.invalidCredentials
        }
        await accountThrottle.recordSuccess(accountKey)
        guard account.confirmedAt != nil else {
            throw AuthError(403, "email_not_confirmed", "confirm your email address first (POST /v1/confirm; a new code: POST /v1/resend)")
        }
        if hasher.needsRehash(account.passwordHash) {
            let upgraded = try await hasher.hash(normalized)
            try await store.upgradeHash(accountID: account.id, from: account.passwordHash, to: upgraded)
            logger.info("password hash upgraded to the current parameters", metadata: ["account": "\(account.id)"])
        }
        Counter(label: "pebble_auth_logins_total", dimensions: [("result", "success")]).increment()
        logger.info("logged in", metadata: ["account": "\(account.id)"])
        return try await startSession(accountID: account.id)
    }

    func startSession(accountID: String) async throws -> TokenPair {
        let refresh = Secrets.refreshToken()
        _ = try await store.startFamily(accountID: accountID, tokenHash: Secrets.sha256Hex(refresh), now: Date(),
                                        ttl: Double(settings.refreshTokenTTLSeconds), familyMax: Double(settings.refreshFamilyMaxSeconds))
        return TokenPair(accessToken: try await accessToken(subject: accountID, scope: "learner"), refreshToken: refresh,
                         expiresIn: settings.accessTokenTTLSeconds)
    }

    public func accessToken(subject: String, scope: String, ttl: Int? = nil) async throws -> String {
        try await keyRing.snapshot().signer.sign(subject: subject, scope: scope, ttl: ttl ?? settings.accessTokenTTLSeconds)
    }

    static func refreshShape(_ token: String) throws(AuthError) -> String {
        guard token.utf8.count == 43, Secrets.base64URLDecode(token)?.count == 32 else {
            throw .invalidField("refreshToken", "is not a refresh token of this service")
        }
        return token
    }

    /// Rotates the refresh token. A token that was already rotated means it was copied: its whole
    /// family is revoked, so the thief's and the owner's newer token both stop working.
    public func refresh(_ raw: String) async throws -> TokenPair {
        let token = try Self.refreshShape(raw)
        let next = Secrets.refreshToken()
        let outcome = try await store.rotate(tokenHash: Secrets.sha256Hex(token), newHash: Secrets.sha256Hex(next), now: Date(),
                                             ttl: Double(settings.refreshTokenTTLSeconds), familyMax: Double(settings.refreshFamilyMaxSeconds))
        switch outcome {
        case .invalid:
            throw AuthError.invalidRefreshToken
        case .reused(let account, let family):
            Counter(label: "pebble_auth_refresh_reuse_total").increment()
            logger.warning("refresh token reused: family revoked", metadata: ["account": "\(account)", "family": "\(family)"])
            throw AuthError.invalidRefreshToken
        case .rotated(let accountID, _):
            guard let account = try await store.account(id: accountID), account.confirmedAt != nil else { throw AuthError.invalidRefreshToken }
            return TokenPair(accessToken: try await accessToken(subject: account.id, scope: "learner"), refreshToken: next,
                             expiresIn: settings.accessTokenTTLSeconds)
        }
    }

    public func logout(_ raw: String) async throws {
        let token = try Self.refreshShape(raw)
        if try await store.revokeFamily(tokenHash: Secrets.sha256Hex(token), now: Date()) {
            logger.info("logged out (family revoked)")
        }
    }

    // MARK: - Bearer-authenticated

    /// The account an `Authorization: Bearer` access token speaks for, verified with this
    /// service's own published keys (PebbleTokens' verifier, the same checks the coach makes).
    /// Tokens issued before the account's last password change are refused here too.
    public func authenticate(authorization: String?) async throws -> AuthStore.Account {
        let snapshot = try await keyRing.snapshot()
        let token: VerifiedToken
        do {
            token = try await snapshot.verifier.verify(authorizationHeader: authorization)
        } catch {
            throw AuthError(401, "unauthorized", "a valid bearer access token is required (\(error.code))")
        }
        guard !token.isService, let account = try await store.account(id: token.subject) else {
            throw AuthError(401, "unauthorized", "this token does not belong to a learner account")
        }
        if let iat = Self.issuedAt(authorization), iat < floor(account.passwordChangedAt.timeIntervalSince1970) {
            throw AuthError(401, "unauthorized", "this token was issued before the last password change; log in again")
        }
        return account
    }

    /// `iat` of a token whose signature has already been verified.
    static func issuedAt(_ header: String?) -> Double? {
        guard let header, let token = header.split(separator: " ").last else { return nil }
        let parts = token.split(separator: ".")
        guard parts.count == 3, let bytes = Secrets.base64URLDecode(String(parts[1])),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        return (object["iat"] as? NSNumber)?.doubleValue
    }

    public func profile(_ a: AuthStore.Account) -> Profile {
        Profile(id: a.id, email: a.email, username: a.username, displayName: a.displayName, bio: a.bio,
                track: a.track.flatMap(Track.init(rawValue:)), level: a.level.flatMap(Level.init(rawValue:)),
                locale: a.locale, emailConfirmed: a.confirmedAt != nil, createdAt: a.createdAt)
    }

    public func updateProfile(_ account: AuthStore.Account, _ changes: AuthStore.ProfileChanges) async throws -> Profile {
        do {
            guard let updated = try await store.updateProfile(accountID: account.id, changes, now: Date()) else { throw AuthError.unauthorized }
            return profile(updated)
        } catch is AuthStore.UsernameTaken {
            throw AuthError(409, "username_taken", "`username`: this username is taken; choose another")
        }
    }

    /// A new password for a logged-in learner who knows the current one; every session ends.
    public func changePassword(_ account: AuthStore.Account, current: String, new: String) async throws {
        guard !current.isEmpty, current.utf8.count <= settings.passwordMaxLength * 4 else { throw AuthError.invalidField("currentPassword", "is required") }
        let key = "change:" + account.id
        try await throttled(accountThrottle, key, what: "account")
        guard await hasher.verify(PasswordPolicy.normalized(current), encoded: account.passwordHash) else {
            await accountThrottle.recordFailure(key)
            throw AuthError(403, "invalid_credentials", "`currentPassword` is wrong")
        }
        await accountThrottle.recordSuccess(key)
        try checkPassword(new, field: "newPassword", username: account.username, email: account.email)
        let hash = try await hasher.hash(PasswordPolicy.normalized(new))
        try await store.setPassword(accountID: account.id, hash: hash, now: Date())
        logger.notice("password changed", metadata: ["account": "\(account.id)"])
        deliver(.passwordChanged, to: account.email, locale: account.locale)
    }

    /// Mails a reset code if the address has an account; answers the same either way.
    public func requestReset(email rawEmail: String, locale: String?, address: String) async throws {
        let email = try Self.email(rawEmail)
        if let wait = await mailCooldown.take("reset:" + email.key) { throw AuthError.throttled(wait, "a code was sent to this address just now") }
        guard let account = try await store.account(emailKey: email.key) else { return }
        let code = Secrets.numericCode()
        let now = Date()
        try await store.storeCode(accountID: account.id, purpose: .reset, codeHash: codeHash(accountID: account.id, purpose: .reset, code: code),
                                  now: now, expires: now.addingTimeInterval(Double(settings.codeTTLSeconds)))
        deliver(.resetCode(code), to: account.email, locale: locale ?? account.locale)
    }

    public func confirmReset(email rawEmail: String, code rawCode: String, newPassword: String, address: String) async throws {
        let email = try Self.email(rawEmail)
        let code = try Self.code(rawCode)
        try checkPassword(newPassword, field: "newPassword", username: nil, email: email.address)
        let hash = try await hasher.hash(PasswordPolicy.normalized(newPassword))
        try await redeem(email: email, code: code, purpose: .reset, action: .resetPassword(hash: hash), address: address)
    }

    // MARK: - Mail

    /// Sends in the background: the answer never waits for (or reveals) a mail.
    func deliver(_ kind: MailTexts.Kind, to: String, locale: String) {
        let (subject, body) = MailTexts.render(kind, locale: locale, codeMinutes: max(1, settings.codeTTLSeconds / 60))
        let domain = settings.mailFrom.split(separator: "@").last.map { String($0.filter { $0 != ">" }) } ?? "pebblecode.invalid"
        let message = MailMessage(from: settings.mailFrom, to: to, subject: subject, body: body, domain: domain)
        let mailer = self.mailer, logger = self.logger
        Task {
            do {
                try await mailer.send(message)
                Counter(label: "pebble_auth_mails_total", dimensions: [("result", "sent")]).increment()
            } catch {
                Counter(label: "pebble_auth_mails_total", dimensions: [("result", "failed")]).increment()
                logger.error("mail not sent", metadata: ["mailer": "\(mailer.name)", "reason": "\(error)"])
            }
        }
    }
}
