public import Foundation
import JWTKit
public import Logging
public import PebbleTokens

/// The keys in use right now: the signer (current key), the published JWKS and a verifier over
/// it for the service's own bearer checks. `refresh` rereads the key folder (so a
/// `pebble-auth rotate-keys` run beside the server is picked up), creates the first key,
/// rotates after `keyRotationDays` and deletes keys nobody can need any more.
public actor KeyRing {
    public struct Snapshot: Sendable {
        public let signer: AccessTokenSigner
        public let jwksJSON: String
        public let verifier: TokenVerifier
        public let publishedKids: [String]
    }

    let keys: SigningKeys
    let settings: AuthSettings
    let logger: Logger
    private var current: Snapshot?
    private var fingerprint: [String] = []

    public init(directory: String, settings: AuthSettings, logger: Logger) {
        keys = SigningKeys(directory: directory)
        self.settings = settings
        self.logger = logger
    }

    /// The current snapshot (loading the keys the first time).
    public func snapshot() async throws -> Snapshot {
        if let current { return current }
        return try await refresh()
    }

    @discardableResult
    public func refresh(now: Date = Date()) async throws -> Snapshot {
        var all = try keys.load()
        if all.isEmpty {
            let key = try keys.create(now: now, activatesAt: now)
            logger.notice("created the first signing key", metadata: ["kid": "\(key.kid)"])
            all = [key]
        } else if !all.contains(where: { $0.activatesAt > now }), let newest = all.last,
                  now.timeIntervalSince(newest.activatesAt) > settings.keyRotationDays * 86_400 {
            let key = try keys.create(now: now, activatesAt: now.addingTimeInterval(Double(settings.keyPublishAheadSeconds)))
            logger.notice("rotating the signing key (age limit reached)", metadata: ["kid": "\(key.kid)", "activatesAt": "\(key.activatesAt)"])
            all.append(key)
        }
        var plan = SigningKeys.plan(all, now: now, retention: settings.keyRetentionSeconds)
        if plan.signing == nil, let first = all.first {
            // Only pending keys (an operator pre-created one): sign with the oldest rather than not at all.
            plan.signing = first
        }
        for key in plan.expired {
            keys.delete(kid: key.kid)
            logger.notice("deleted a retired signing key", metadata: ["kid": "\(key.kid)"])
        }
        let print = [plan.signing!.kid] + plan.published.map(\.kid)
        if let current, print == fingerprint { return current }
        let signer = try await AccessTokenSigner(key: plan.signing!, issuer: settings.issuer, audiences: settings.audiences)
        let published = plan.published
        let jwks = try SigningKeys.jwks(published)
        let verifier = TokenVerifier(jwks: jwks, policy: TokenPolicy(issuer: settings.issuer, audiences: Set(settings.audiences),
                                                                    algorithms: ["EdDSA"]))
        let snapshot = Snapshot(signer: signer, jwksJSON: SigningKeys.jwksJSON(published), verifier: verifier,
                                publishedKids: published.map(\.kid))
        if !fingerprint.isEmpty {
            logger.notice("signing keys changed", metadata: ["signing": "\(signer.kid)", "published": "\(snapshot.publishedKids.joined(separator: ","))"])
        }
        current = snapshot
        fingerprint = print
        return snapshot
    }

    /// Creates a new key that signs after `keyPublishAheadSeconds` (the `rotate-keys` command).
    public func rotate(now: Date = Date()) throws -> SigningKeys.Key {
        try keys.create(now: now, activatesAt: now.addingTimeInterval(Double(settings.keyPublishAheadSeconds)))
    }
}
