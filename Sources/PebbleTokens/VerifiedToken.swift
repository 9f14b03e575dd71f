public import Foundation

/// The claims of a token that passed every check.
public struct VerifiedToken: Sendable, Equatable {
    /// `sub`: who the token speaks for (a learner id, or a service's id).
    public var subject: String
    /// From the space-separated `scope` string and/or the `scp` array.
    public var scopes: Set<String>
    public var issuer: String
    /// `aud`, as an array even when the token carried a single string.
    public var audiences: [String]
    public var expiresAt: Date
    /// The header's `kid`, when it had one.
    public var keyID: String?
    /// Every other top-level claim whose value is a string (e.g. `jti`, `azp`, `client_id`).
    public var claims: [String: String]
    /// The policy's service scopes, kept for `mayActFor(learner:)`.
    public var serviceScopes: Set<String>

    public init(
        subject: String,
        scopes: Set<String>,
        issuer: String,
        audiences: [String],
        expiresAt: Date,
        keyID: String? = nil,
        claims: [String: String] = [:],
        serviceScopes: Set<String> = ["service"]
    ) {
        self.subject = subject
        self.scopes = scopes
        self.issuer = issuer
        self.audiences = audiences
        self.expiresAt = expiresAt
        self.keyID = keyID
        self.claims = claims
        self.serviceScopes = serviceScopes
    }

    /// True when the token is the learner's own, or carries a service scope.
    public func mayActFor(learner: String) -> Bool {
        (!subject.isEmpty && subject == learner) || !scopes.isDisjoint(with: serviceScopes)
    }

    /// True when the token carries a service scope (may act for anyone).
    public var isService: Bool { !scopes.isDisjoint(with: serviceScopes) }
}
