public import Foundation
public import JWTKit
import Crypto

/// The claims of the access tokens this service signs (docs/auth.md, "Tokens"): what PebbleTokens'
/// verifier in the coach and analytics checks.
public struct AccessTokenPayload: JWTPayload, Equatable {
    public var iss: String
    public var sub: String
    public var aud: [String]
    public var exp: Int
    public var iat: Int
    public var nbf: Int
    public var jti: String
    public var scope: String

    public func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// Signs access tokens with the current key (EdDSA, `kid` in the header).
public struct AccessTokenSigner: Sendable {
    public var issuer: String
    public var audiences: [String]
    let collection: JWTKeyCollection
    public let kid: String

    public init(key: SigningKeys.Key, issuer: String, audiences: [String]) async throws {
        guard let d = key.privateKey else { throw SigningKeys.Failure(description: "the key \(key.kid) is unreadable") }
        let collection = JWTKeyCollection()
        await collection.add(eddsa: try EdDSA.PrivateKey(d: Secrets.base64URL(d.rawRepresentation), curve: .ed25519),
                             kid: JWKIdentifier(string: key.kid))
        self.collection = collection
        self.kid = key.kid
        self.issuer = issuer
        self.audiences = audiences
    }

    /// A token for `subject` with `scope` (space-separated), valid `ttl` seconds from `now`.
    public func sign(subject: String, scope: String, ttl: Int, now: Date = Date()) async throws -> String {
        let t = Int(now.timeIntervalSince1970)
        let payload = AccessTokenPayload(iss: issuer, sub: subject, aud: audiences, exp: t + ttl, iat: t, nbf: t,
                                         jti: Secrets.identifier("at_"), scope: scope)
        return try await collection.sign(payload, kid: JWKIdentifier(string: kid))
    }
}
