public import Foundation
import GRDB

/// All of pebble-auth's storage: one SQLite file (WAL, synchronous=NORMAL) behind this one type.
/// Plain, portable SQL (TEXT ids, BIGINT epoch milliseconds) so it can move to PostgreSQL.
/// Every value reaches SQL as a bound argument, never by string building.
public final class AuthStore: Sendable {
    public struct Account: Sendable, Equatable {
        public var id: String
        public var email: String
        public var emailKey: String
        public var username: String
        public var usernameKey: String
        public var passwordHash: String
        public var displayName: String
        public var bio: String
        public var track: String?
        public var level: String?
        public var locale: String
        public var confirmedAt: Date?
        public var createdAt: Date
        public var passwordChangedAt: Date

        public init(id: String, email: String, emailKey: String, username: String, usernameKey: String, passwordHash: String,
                    displayName: String, bio: String = "", track: String? = nil, level: String? = nil, locale: String,
                    confirmedAt: Date? = nil, createdAt: Date, passwordChangedAt: Date) {
            self.id = id; self.email = email; self.emailKey = emailKey; self.username = username; self.usernameKey = usernameKey
            self.passwordHash = passwordHash; self.displayName = displayName; self.bio = bio; self.track = track; self.level = level
            self.locale = locale; self.confirmedAt = confirmedAt; self.createdAt = createdAt; self.passwordChangedAt = passwordChangedAt
        }
    }

    public enum CodePurpose: String, Sendable { case confirm, reset }

    public enum SignupOutcome: Sendable, Equatable {
        case created
        /// The email has an account: nothing was created, the username is held like a new one's.
        case existing(Account)
        case usernameTaken
    }

    public enum CodeAction: Sendable {
        case confirmEmail
        /// Sets the password, confirms the email (the code proved the mailbox) and ends every session.
        case resetPassword(hash: String)
    }

    public enum CodeRedemption: Sendable, Equatable { case redeemed, wrong, noActiveCode }

    public enum RefreshOutcome: Sendable, Equatable {
        case rotated(accountID: String, familyID: String)
        /// An already rotated token came back: the family is revoked now.
        case reused(accountID: String, familyID: String)
        case invalid
    }

    public struct ProfileChanges: Sendable {
        public var username: Username?
        public var displayName: String?
        public var bio: String?
        public var track: String??
        public var level: String??
        public init(username: Username? = nil, displayName: String? = nil, bio: String? = nil, track: String?? = nil, level: String?? = nil) {
            self.username = username; self.displayName = displayName; self.bio = bio; self.track = track; self.level = level
        }
    }

    public struct UsernameTaken: Error {}

    private let db: DatabasePool

    public init(path: String) throws {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        config.foreignKeysEnabled = true
        db = try DatabasePool(path: path, configuration: config)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id TEXT PRIMARY KEY,
                    email TEXT NOT NULL,
                    email_key TEXT NOT NULL UNIQUE,
                    username TEXT NOT NULL,
                    username_key TEXT NOT NULL UNIQUE,
                    password_hash TEXT NOT NULL,
                    display_name TEXT NOT NULL,
                    bio TEXT NOT NULL DEFAULT '',
                    track TEXT,
                    level TEXT,
                    locale TEXT NOT NULL,
                    confirmed_at BIGINT,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    password_changed_at BIGINT NOT NULL);
                CREATE INDEX account_unconfirmed ON account(confirmed_at, created_at);
                CREATE TABLE username_hold (
                    username_key TEXT PRIMARY KEY,
                    until_at BIGINT NOT NULL);
                CREATE TABLE verification_code (
                    id TEXT PRIMARY KEY,
                    account_id TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    purpose TEXT NOT NULL,
                    code_hash TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    consumed_at BIGINT);
                CREATE INDEX code_account ON verification_code(account_id, purpose, created_at);
                CREATE TABLE refresh_token (
                    id TEXT PRIMARY KEY,
                    token_hash TEXT NOT NULL UNIQUE,
                    family_id TEXT NOT NULL,
                    account_id TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    parent_id TEXT,
                    family_started_at BIGINT NOT NULL,
                    created_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL,
                    rotated_at BIGINT,
                    revoked_at BIGINT,
                    revoked_reason TEXT);
                CREATE INDEX refresh_family ON refresh_token(family_id);
                CREATE INDEX refresh_account ON refresh_token(account_id);
                CREATE INDEX refresh_expiry ON refresh_token(expires_at);
                """)
        }
        try migrator.migrate(db)
    }

    static func ms(_ d: Date) -> Int64 { Int64((d.timeIntervalSince1970 * 1000).rounded(.down)) }
    static func date(_ ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }

    // MARK: - Accounts

    private static let accountColumns = """
        id, email, email_key, username, username_key, password_hash, display_name, bio, track, level, locale,
        confirmed_at, created_at, password_changed_at
        """

    private static func account(_ row: Row) -> Account {
        Account(id: row["id"], email: row["email"], emailKey: row["email_key"], username: row["username"],
                usernameKey: row["username_key"], passwordHash: row["password_hash"], displayName: row["display_name"],
                bio: row["bio"], track: row["track"], level: row["level"], locale: row["locale"],
                confirmedAt: (row["confirmed_at"] as Int64?).map(date), createdAt: date(row["created_at"]),
                passwordChangedAt: date(row["password_changed_at"]))
    }

    private static func usernameTaken(_ db: Database, key: String, now: Date, except accountID: String? = nil) throws -> Bool {
        if let owner = try String.fetchOne(db, sql: "SELECT id FROM account WHERE username_key = ?", arguments: [key]) {
            return owner != accountID
        }
        return try Bool.fetchOne(db, sql: "SELECT 1 FROM username_hold WHERE username_key = ? AND until_at > ?",
                                 arguments: [key, ms(now)]) == true
    }

    /// A signup in one transaction: a taken (or held) username is refused first, whatever the
    /// email; an email that has an account creates nothing but holds the username for `holdUntil`,
    /// so what `username/available` says next is the same as for a new account.
    public func signup(_ account: Account, codeHash: String, codeExpires: Date, holdUntil: Date, now: Date) async throws -> SignupOutcome {
        try await db.write { db in
            if try Self.usernameTaken(db, key: account.usernameKey, now: now) { return .usernameTaken }
            if let row = try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM account WHERE email_key = ?", arguments: [account.emailKey]) {
                try db.execute(sql: "DELETE FROM username_hold WHERE username_key = ?", arguments: [account.usernameKey])
                try db.execute(sql: "INSERT INTO username_hold (username_key, until_at) VALUES (?, ?)",
                               arguments: [account.usernameKey, Self.ms(holdUntil)])
                return .existing(Self.account(row))
            }
            try db.execute(sql: "DELETE FROM username_hold WHERE username_key = ?", arguments: [account.usernameKey])
            try db.execute(sql: """
                INSERT INTO account (id, email, email_key, username, username_key, password_hash, display_name, bio, track, level,
                                     locale, confirmed_at, created_at, updated_at, password_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
                """, arguments: [account.id, account.email, account.emailKey, account.username, account.usernameKey, account.passwordHash,
                                 account.displayName, account.bio, account.track, account.level, account.locale,
                                 Self.ms(account.createdAt), Self.ms(account.createdAt), Self.ms(account.passwordChangedAt)])
            try Self.insertCode(db, accountID: account.id, purpose: .confirm, codeHash: codeHash, now: now, expires: codeExpires)
            return .created
        }
    }

    public func account(id: String) async throws -> Account? {
        try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM account WHERE id = ?", arguments: [id]).map(Self.account)
        }
    }

    public func account(emailKey: String) async throws -> Account? {
        try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM account WHERE email_key = ?", arguments: [emailKey]).map(Self.account)
        }
    }

    public func account(usernameKey: String) async throws -> Account? {
        try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM account WHERE username_key = ?", arguments: [usernameKey]).map(Self.account)
        }
    }

    public func isUsernameTaken(key: String, now: Date) async throws -> Bool {
        try await db.read { db in try Self.usernameTaken(db, key: key, now: now) }
    }

    /// Replaces the hash only if it is still `old` (a concurrent password change wins).
    public func upgradeHash(accountID: String, from old: String, to new: String) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE id = ? AND password_hash = ?", arguments: [new, accountID, old])
        }
    }

    /// A new password; every refresh-token family of the account is revoked with it.
    public func setPassword(accountID: String, hash: String, now: Date) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE account SET password_hash = ?, password_changed_at = ?, updated_at = ? WHERE id = ?",
                           arguments: [hash, Self.ms(now), Self.ms(now), accountID])
            try Self.revokeAll(db, accountID: accountID, now: now, reason: "password")
        }
    }

    public func updateProfile(accountID: String, _ c: ProfileChanges, now: Date) async throws -> Account? {
        try await db.write { db in
            if let u = c.username {
                if try Self.usernameTaken(db, key: u.key, now: now, except: accountID) { throw UsernameTaken() }
                try db.execute(sql: "UPDATE account SET username = ?, username_key = ? WHERE id = ?", arguments: [u.canonical, u.key, accountID])
            }
            if let v = c.displayName { try db.execute(sql: "UPDATE account SET display_name = ? WHERE id = ?", arguments: [v, accountID]) }
            if let v = c.bio { try db.execute(sql: "UPDATE account SET bio = ? WHERE id = ?", arguments: [v, accountID]) }
            if let v = c.track { try db.execute(sql: "UPDATE account SET track = ? WHERE id = ?", arguments: [v, accountID]) }
            if let v = c.level { try db.execute(sql: "UPDATE account SET level = ? WHERE id = ?", arguments: [v, accountID]) }
            try db.execute(sql: "UPDATE account SET updated_at = ? WHERE id = ?", arguments: [Self.ms(now), accountID])
            return try Row.fetchOne(db, sql: "SELECT \(Self.accountColumns) FROM account WHERE id = ?", arguments: [accountID]).map(Self.account)
        }
    }

    // MARK: - Verification codes

    private static func insertCode(_ db: Database, accountID: String, purpose: CodePurpose, codeHash: String, now: Date, expires: Date) throws {
        // A new code replaces every earlier one of its purpose.
        try db.execute(sql: "UPDATE verification_code SET consumed_at = ? WHERE account_id = ? AND purpose = ? AND consumed_at IS NULL",
                       arguments: [ms(now), accountID, purpose.rawValue])
        try db.execute(sql: """
            INSERT INTO verification_code (id, account_id, purpose, code_hash, created_at, expires_at, attempts, consumed_at)
            VALUES (?, ?, ?, ?, ?, ?, 0, NULL)
            """, arguments: [Secrets.identifier("c_"), accountID, purpose.rawValue, codeHash, ms(now), ms(expires)])
    }

    public func storeCode(accountID: String, purpose: CodePurpose, codeHash: String, now: Date, expires: Date) async throws {
        try await db.write { db in try Self.insertCode(db, accountID: accountID, purpose: purpose, codeHash: codeHash, now: now, expires: expires) }
    }

    /// Checks a code against the account's one active code of `purpose` (not used, not expired,
    /// fewer than `maxAttempts` wrong tries) and, when it matches, uses it up and does `action`,
    /// all in one transaction. A wrong code counts an attempt.
    public func redeemCode(accountID: String, purpose: CodePurpose, now: Date, maxAttempts: Int,
                           isMatch: @escaping @Sendable (String) -> Bool, action: CodeAction) async throws -> CodeRedemption {
        try await db.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, code_hash FROM verification_code
                WHERE account_id = ? AND purpose = ? AND consumed_at IS NULL AND expires_at > ? AND attempts < ?
                ORDER BY created_at DESC LIMIT 1
                """, arguments: [accountID, purpose.rawValue, Self.ms(now), maxAttempts]) else { return .noActiveCode }
            let id: String = row["id"]
            guard isMatch(row["code_hash"]) else {
                try db.execute(sql: "UPDATE verification_code SET attempts = attempts + 1 WHERE id = ?", arguments: [id])
                return .wrong
            }
            try db.execute(sql: "UPDATE verification_code SET consumed_at = ? WHERE id = ?", arguments: [Self.ms(now), id])
            switch action {
            case .confirmEmail:
                try db.execute(sql: "UPDATE account SET confirmed_at = COALESCE(confirmed_at, ?), updated_at = ? WHERE id = ?",
                               arguments: [Self.ms(now), Self.ms(now), accountID])
            case .resetPassword(let hash):
                try db.execute(sql: """
                    UPDATE account SET password_hash = ?, password_changed_at = ?, updated_at = ?, confirmed_at = COALESCE(confirmed_at, ?)
                    WHERE id = ?
                    """, arguments: [hash, Self.ms(now), Self.ms(now), Self.ms(now), accountID])
                try Self.revokeAll(db, accountID: accountID, now: now, reason: "password-reset")
            }
            return .redeemed
        }
    }

    // MARK: - Refresh tokens

    /// The first token of a new family (a login).
    public func startFamily(accountID: String, tokenHash: String, now: Date, ttl: TimeInterval, familyMax: TimeInterval) async throws -> String {
        let family = Secrets.identifier("fam_")
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO refresh_token (id, token_hash, family_id, account_id, parent_id, family_started_at, created_at, expires_at)
                VALUES (?, ?, ?, ?, NULL, ?, ?, ?)
                """, arguments: [Secrets.identifier("rt_"), tokenHash, family, accountID, Self.ms(now), Self.ms(now),
                                 Self.ms(now.addingTimeInterval(min(ttl, familyMax)))])
        }
        return family
    }

    /// Rotation with reuse detection, in one transaction: a live token is retired and its child
    /// `newHash` inserted (expiring `ttl` from now, never past the family's `familyMax`); a token
    /// that was already rotated revokes its whole family; anything else is `.invalid`.
    public func rotate(tokenHash: String, newHash: String, now: Date, ttl: TimeInterval, familyMax: TimeInterval) async throws -> RefreshOutcome {
        try await db.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, token_hash, family_id, account_id, family_started_at, expires_at, rotated_at, revoked_at
                FROM refresh_token WHERE token_hash = ?
                """, arguments: [tokenHash]),
                Secrets.constantTimeEquals(row["token_hash"], tokenHash)
            else { return .invalid }
            let id: String = row["id"], family: String = row["family_id"], account: String = row["account_id"]
            if (row["revoked_at"] as Int64?) != nil { return .invalid }
            if (row["rotated_at"] as Int64?) != nil {
                try db.execute(sql: "UPDATE refresh_token SET revoked_at = ?, revoked_reason = 'reuse' WHERE family_id = ? AND revoked_at IS NULL",
                               arguments: [Self.ms(now), family])
                return .reused(accountID: account, familyID: family)
            }
            guard (row["expires_at"] as Int64) > Self.ms(now) else { return .invalid }
            try db.execute(sql: "UPDATE refresh_token SET rotated_at = ? WHERE id = ? AND rotated_at IS NULL", arguments: [Self.ms(now), id])
            guard db.changesCount == 1 else { return .invalid }
            let started: Int64 = row["family_started_at"]
            let expires = min(Self.ms(now.addingTimeInterval(ttl)), started + Int64(familyMax * 1000))
            guard expires > Self.ms(now) else { return .invalid }
            try db.execute(sql: """
                INSERT INTO refresh_token (id, token_hash, family_id, account_id, parent_id, family_started_at, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [Secrets.identifier("rt_"), newHash, family, account, id, started, Self.ms(now), expires])
            return .rotated(accountID: account, familyID: family)
        }
    }

    /// Logout: revokes the family the token belongs to (whatever state the token is in).
    @discardableResult
    public func revokeFamily(tokenHash: String, now: Date) async throws -> Bool {
        try await db.write { db in
            guard let family = try String.fetchOne(db, sql: "SELECT family_id FROM refresh_token WHERE token_hash = ?", arguments: [tokenHash])
            else { return false }
            try db.execute(sql: "UPDATE refresh_token SET revoked_at = ?, revoked_reason = 'logout' WHERE family_id = ? AND revoked_at IS NULL",
                           arguments: [Self.ms(now), family])
            return true
        }
    }

    private static func revokeAll(_ db: Database, accountID: String, now: Date, reason: String) throws {
        try db.execute(sql: "UPDATE refresh_token SET revoked_at = ?, revoked_reason = ? WHERE account_id = ? AND revoked_at IS NULL",
                       arguments: [ms(now), reason, accountID])
    }

    // MARK: - Housekeeping

    /// Drops what can never be used again: expired codes and tokens (a day after, so reuse of a
    /// just-expired token is still recognised), expired holds, and accounts never confirmed
    /// within `unconfirmedTTL` (their usernames become free again).
    public func sweep(now: Date, unconfirmedTTL: TimeInterval) async throws {
        try await db.write { db in
            let day: Int64 = 86_400_000
            try db.execute(sql: "DELETE FROM verification_code WHERE expires_at < ?", arguments: [Self.ms(now) - day])
            try db.execute(sql: "DELETE FROM refresh_token WHERE expires_at < ?", arguments: [Self.ms(now) - day])
            try db.execute(sql: "DELETE FROM username_hold WHERE until_at < ?", arguments: [Self.ms(now)])
            try db.execute(sql: "DELETE FROM account WHERE confirmed_at IS NULL AND created_at < ?",
                           arguments: [Self.ms(now.addingTimeInterval(-unconfirmedTTL))])
        }
    }

    /// Rows per table (for /health and tests).
    public func counts() async throws -> [String: Int] {
        try await db.read { db in
            var out: [String: Int] = [:]
            for table in ["account", "username_hold", "verification_code", "refresh_token"] {
                out[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return out
        }
    }
}
